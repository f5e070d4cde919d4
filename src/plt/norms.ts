/**
 * matplotlib.colors' normalisations (matplotlib 3.6): data values to the [0, 1] interval a
 * colormap reads (BoundaryNorm: to colormap indices). `norm.__call__(x)` is Python's `norm(x)`;
 * limits left None are set from the first data normalised (autoscale_None), as matplotlib does.
 */
import { ValueError } from "../errors";
import { NDArray } from "../np/ndarray";
import { float64 } from "../np/dtype";
import { pyfunction, PyArgs } from "../signature";
import { finiteRange, NDArrayLike, readArray } from "./data";
import { mplsig } from "./pysig";

const LIMIT = "float|None";
const NORMALIZE = mplsig("matplotlib.colors.Normalize(vmin=None, vmax=None, clip=False)", { types: { vmin: LIMIT, vmax: LIMIT, clip: "bool" } });
const LOG_NORM = mplsig("matplotlib.colors.LogNorm(vmin=None, vmax=None, clip=False)", { types: { vmin: LIMIT, vmax: LIMIT, clip: "bool" } });
const CENTERED_NORM = mplsig("matplotlib.colors.CenteredNorm(vcenter=0, halfrange=None, clip=False)", { types: { vcenter: "float", halfrange: LIMIT, clip: "bool" } });
const SYMLOG_NORM = mplsig("matplotlib.colors.SymLogNorm(linthresh, linscale=1.0, vmin=None, vmax=None, clip=False, *, base=10)", {
  types: { linthresh: "float", linscale: "float", vmin: LIMIT, vmax: LIMIT, clip: "bool", base: "float" },
});
const TWO_SLOPE_NORM = mplsig("matplotlib.colors.TwoSlopeNorm(vcenter, vmin=None, vmax=None)", { types: { vcenter: "float", vmin: LIMIT, vmax: LIMIT } });
const POWER_NORM = mplsig("matplotlib.colors.PowerNorm(gamma, vmin=None, vmax=None, clip=False)", { types: { gamma: "float", vmin: LIMIT, vmax: LIMIT, clip: "bool" } });
const BOUNDARY_NORM = mplsig("matplotlib.colors.BoundaryNorm(boundaries, ncolors, clip=False, *, extend='neither')", {
  types: { boundaries: "array_like", ncolors: "int", clip: "bool" },
  inList: { extend: ["neither", "both", "min", "max"] },
});
const CALL = mplsig("matplotlib.colors.Normalize.__call__(value, clip=None)", { types: { value: "float|array_like", clip: "bool|None" } });
const INVERSE = mplsig("matplotlib.colors.Normalize.inverse(value)", { types: { value: "float|array_like" } });
const AUTOSCALE = mplsig("matplotlib.colors.Normalize.autoscale(A)", { types: { A: "array_like" } });
const AUTOSCALE_NONE = mplsig("matplotlib.colors.Normalize.autoscale_None(A)", { types: { A: "array_like" } });
const SCALED = mplsig("matplotlib.colors.Normalize.scaled()");

/** Applies `f` to every value, keeping the input's shape (a number stays a number). */
function mapValues(value: NDArrayLike | number, f: (v: number) => number): number | NDArray {
  if (typeof value === "number") return f(value);
  const { values, shape } = readArray(value, "value");
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = f(values[i]);
  return NDArray.fromStorage(out, shape, float64);
}

export interface NormalizeOptions {
  vmin?: number | null;
  vmax?: number | null;
  clip?: boolean;
}

/**
 * `matplotlib.colors.Normalize(vmin=None, vmax=None, clip=False)`: values linearly onto [0, 1]
 * between vmin and vmax; with clip, values outside are clipped first.
 */
export class Normalize {
  vmin: number | null;
  vmax: number | null;
  clip: boolean;

  constructor(...args: PyArgs<[vmin: number | null, vmax: number | null, clip: boolean, options: NormalizeOptions], NormalizeOptions>);
  constructor(...args: unknown[]) {
    const b = NORMALIZE.bind(args);
    this.vmin = b.vmin;
    this.vmax = b.vmax;
    this.clip = b.clip;
  }

  /** `Normalize.__call__(value, clip=None)` (Python's `norm(value)`): the normalised values; NaN where matplotlib masks. */
  __call__(value: NDArrayLike | number, clip?: boolean | null): number | NDArray;
  __call__(): number | NDArray {
    const b = CALL.bind(arguments);
    const { values } = readArray(b.value, "value");
    this.autoscale_None(values);
    this._check();
    const clip = b.clip ?? this.clip;
    return mapValues(b.value, (v) => this._forward(clip ? this._clipped(v) : v));
  }

  /** `Normalize.inverse(value)`: normalised values back to data values. */
  inverse(value: NDArrayLike | number): number | NDArray;
  inverse(): number | NDArray {
    const b = INVERSE.bind(arguments);
    if (!this.scaled()) throw new ValueError("Not invertible until both vmin and vmax are set");
    this._check();
    return mapValues(b.value, (t) => this._inverse(t));
  }

  /** `Normalize.autoscale(A)`: vmin and vmax from the data's minimum and maximum. */
  autoscale(A: NDArrayLike): void;
  autoscale(): void {
    const b = AUTOSCALE.bind(arguments);
    this.vmin = null;
    this.vmax = null;
    this.autoscale_None(readArray(b.A, "A").values);
  }

  /** `Normalize.autoscale_None(A)`: the limits still None from the data's minimum and maximum. */
  autoscale_None(A: NDArrayLike): void;
  autoscale_None(A: unknown): void {
    const values = A instanceof Float64Array ? A : readArray(AUTOSCALE_NONE.bind(arguments).A, "A").values;
    if (this.vmin != null && this.vmax != null) return;
    const [lo, hi] = this._dataRange(values);
    if (this.vmin == null && !Number.isNaN(lo)) this.vmin = lo;
    if (this.vmax == null && !Number.isNaN(hi)) this.vmax = hi;
  }

  /** `Normalize.scaled()`: whether vmin and vmax are both set. */
  scaled(): boolean {
    if (arguments.length > 0) SCALED.bind(arguments);
    return this.vmin != null && this.vmax != null;
  }

  /** @internal The data range autoscaling reads (LogNorm leaves out values <= 0). */
  _dataRange(values: ArrayLike<number>): [number, number] {
    return finiteRange(values);
  }

  /** @internal matplotlib's complaint about limits it cannot normalise with. */
  _check(): void {
    if (this.vmin! > this.vmax!) throw new ValueError("minvalue must be less than or equal to maxvalue");
  }

  /** @internal A value clipped to [vmin, vmax]. */
  _clipped(v: number): number {
    return v < this.vmin! ? this.vmin! : v > this.vmax! ? this.vmax! : v;
  }

  /** @internal One value normalised (limits set and checked). */
  _forward(v: number): number {
    const lo = this.vmin!;
    const hi = this.vmax!;
    return lo === hi ? (v !== v ? NaN : 0) : (v - lo) / (hi - lo);
  }

  /** @internal One normalised value back in data units. */
  _inverse(t: number): number {
    return this.vmin! + t * (this.vmax! - this.vmin!);
  }

  /** @internal The axis scale a colorbar of this norm uses ("log" for LogNorm). */
  _scale(): "linear" | "log" {
    return "linear";
  }

  /** @internal The colorbar extension the norm asks for (BoundaryNorm's extend), else null. */
  _extend(): string | null {
    return null;
  }

  /** @internal Prepares the norm for data about to be colormapped: limits from it, then checked. */
  _prepare(values: ArrayLike<number>): void {
    this.autoscale_None(values instanceof Float64Array ? values : Float64Array.from(values));
    if (!this.scaled()) {
      // all-NaN data: matplotlib's limits stay None and every value maps to NaN
      this.vmin ??= 0;
      this.vmax ??= 1;
    }
    this._check();
  }

  /** @internal A data value as a position on the colormap: [0, 1], below 0 under, above 1 over, NaN bad. */
  _position(v: number): number {
    return this._forward(this.clip ? this._clipped(v) : v);
  }
}

/** `matplotlib.colors.LogNorm(vmin=None, vmax=None, clip=False)`: log10 of the values onto [0, 1]. */
export class LogNorm extends Normalize {
  constructor(...args: PyArgs<[vmin: number | null, vmax: number | null, clip: boolean, options: NormalizeOptions], NormalizeOptions>);
  constructor(...args: unknown[]) {
    super();
    const b = LOG_NORM.bind(args);
    Object.assign(this, { vmin: b.vmin, vmax: b.vmax, clip: b.clip });
  }

  /** @internal Only positive values count when the limits come from the data. */
  override _dataRange(values: ArrayLike<number>): [number, number] {
    return finiteRange(Array.from(values).filter((v) => v > 0));
  }

  /** @internal */
  override _check(): void {
    if (this.vmin! > this.vmax!) throw new ValueError("vmin must be less or equal to vmax");
    if (this.vmin !== this.vmax && !(this.vmin! > 0 && this.vmax! > 0)) throw new ValueError("Invalid vmin or vmax");
  }

  /** @internal log10; values <= 0 are masked (NaN), as LogNorm's LogTransform(nonpositive="mask") does. */
  override _forward(v: number): number {
    if (this.vmin === this.vmax) return v !== v ? NaN : 0;
    const lo = Math.log10(this.vmin!);
    const hi = Math.log10(this.vmax!);
    return v <= 0 ? NaN : (Math.log10(v) - lo) / (hi - lo);
  }

  /** @internal */
  override _inverse(t: number): number {
    const lo = Math.log10(this.vmin!);
    const hi = Math.log10(this.vmax!);
    return Math.pow(10, lo + t * (hi - lo));
  }

  /** @internal */
  override _scale(): "linear" | "log" {
    return "log";
  }
}

export interface CenteredNormOptions {
  vcenter?: number;
  halfrange?: number | null;
  clip?: boolean;
}

/**
 * `matplotlib.colors.CenteredNorm(vcenter=0, halfrange=None, clip=False)`: linear, symmetric
 * about vcenter (vcenter maps to 0.5); halfrange defaults to the data's furthest distance from it.
 */
export class CenteredNorm extends Normalize {
  vcenter: number;
  /** @internal */
  _halfrange: number | null;

  constructor(...args: PyArgs<[vcenter: number, halfrange: number | null, clip: boolean, options: CenteredNormOptions], CenteredNormOptions>);
  constructor(...args: unknown[]) {
    super();
    const b = CENTERED_NORM.bind(args);
    this.clip = b.clip;
    this.vcenter = b.vcenter;
    this._halfrange = null;
    this.halfrange = b.halfrange;
  }

  /** The distance from vcenter to vmin and to vmax. */
  get halfrange(): number | null {
    return this._halfrange;
  }
  set halfrange(h: number | null) {
    if (h == null) {
      this._halfrange = null;
      this.vmin = this.vmax = null;
    } else {
      this._halfrange = Math.abs(h);
      this.vmin = this.vcenter - this._halfrange;
      this.vmax = this.vcenter + this._halfrange;
    }
  }

  /** `CenteredNorm.autoscale(A)`: halfrange from the data. */
  override autoscale(A: NDArrayLike): void;
  override autoscale(A: unknown): void {
    const values = A instanceof Float64Array ? A : readArray(AUTOSCALE.bind(arguments).A, "A").values;
    const [lo, hi] = finiteRange(values);
    this.halfrange = Math.max(Math.abs(lo - this.vcenter), Math.abs(hi - this.vcenter));
  }

  /** `CenteredNorm.autoscale_None(A)`: halfrange from the data if it is None. */
  override autoscale_None(A: NDArrayLike): void;
  override autoscale_None(A: unknown): void {
    const values = A instanceof Float64Array ? A : readArray(AUTOSCALE_NONE.bind(arguments).A, "A").values;
    if (this._halfrange == null && values.length > 0) this.autoscale(values as unknown as NDArrayLike);
  }
}

export interface SymLogNormOptions extends NormalizeOptions {
  linthresh?: number;
  linscale?: number;
  base?: number;
}

/**
 * `matplotlib.colors.SymLogNorm(linthresh, linscale=1.0, vmin=None, vmax=None, clip=False, *, base=10)`:
 * linear within ±linthresh, logarithmic beyond, on both sides of zero.
 */
export class SymLogNorm extends Normalize {
  linthresh: number;
  linscale: number;
  base: number;

  constructor(linthresh: number, ...args: PyArgs<[linscale: number, vmin: number | null, vmax: number | null, clip: boolean, options: SymLogNormOptions], SymLogNormOptions>);
  constructor(options: SymLogNormOptions);
  constructor(...args: unknown[]) {
    super();
    const b = SYMLOG_NORM.bind(args);
    if (!(b.base > 1)) throw new ValueError("'base' must be larger than 1");
    if (!(b.linthresh > 0)) throw new ValueError("'linthresh' must be positive");
    if (!(b.linscale > 0)) throw new ValueError("'linscale' must be positive");
    Object.assign(this, { vmin: b.vmin, vmax: b.vmax, clip: b.clip });
    this.linthresh = b.linthresh;
    this.linscale = b.linscale;
    this.base = b.base;
  }

  /** @internal matplotlib's SymmetricalLogTransform. */
  _symlog(a: number): number {
    const adj = this.linscale / (1 - 1 / this.base);
    const abs = Math.abs(a);
    return abs > this.linthresh ? Math.sign(a) * this.linthresh * (adj + Math.log(abs / this.linthresh) / Math.log(this.base)) : a * adj;
  }

  /** @internal */
  _symexp(a: number): number {
    const adj = this.linscale / (1 - 1 / this.base);
    const abs = Math.abs(a);
    return abs > this._symlog(this.linthresh) ? Math.sign(a) * this.linthresh * Math.pow(this.base, abs / this.linthresh - adj) : a / adj;
  }

  /** @internal */
  override _check(): void {
    if (this.vmin! > this.vmax!) throw new ValueError("vmin must be less or equal to vmax");
  }

  /** @internal */
  override _forward(v: number): number {
    if (this.vmin === this.vmax) return v !== v ? NaN : 0;
    const lo = this._symlog(this.vmin!);
    const hi = this._symlog(this.vmax!);
    return (this._symlog(v) - lo) / (hi - lo);
  }

  /** @internal */
  override _inverse(t: number): number {
    const lo = this._symlog(this.vmin!);
    const hi = this._symlog(this.vmax!);
    return this._symexp(lo + t * (hi - lo));
  }
}

export interface TwoSlopeNormOptions {
  vcenter?: number;
  vmin?: number | null;
  vmax?: number | null;
}

/**
 * `matplotlib.colors.TwoSlopeNorm(vcenter, vmin=None, vmax=None)`: two linear pieces meeting at
 * vcenter, which maps to 0.5.
 */
export class TwoSlopeNorm extends Normalize {
  vcenter: number;

  constructor(vcenter: number, ...args: PyArgs<[vmin: number | null, vmax: number | null, options: TwoSlopeNormOptions], TwoSlopeNormOptions>);
  constructor(options: TwoSlopeNormOptions);
  constructor(...args: unknown[]) {
    super();
    const b = TWO_SLOPE_NORM.bind(args);
    this.vmin = b.vmin;
    this.vmax = b.vmax;
    this.vcenter = b.vcenter;
    if (b.vmin != null && b.vcenter <= b.vmin) throw new ValueError("vmin, vcenter, and vmax must be in ascending order");
    if (b.vmax != null && b.vcenter >= b.vmax) throw new ValueError("vmin, vcenter, and vmax must be in ascending order");
  }

  /** `TwoSlopeNorm.autoscale_None(A)`: limits from the data, pushed past vcenter when the data lies on one side. */
  override autoscale_None(A: NDArrayLike): void;
  override autoscale_None(A: unknown): void {
    const values = A instanceof Float64Array ? A : readArray(AUTOSCALE_NONE.bind(arguments).A, "A").values;
    super.autoscale_None(values as unknown as NDArrayLike);
    if (this.vmin! >= this.vcenter) this.vmin = this.vcenter - (this.vmax! - this.vcenter);
    if (this.vmax! <= this.vcenter) this.vmax = this.vcenter + (this.vcenter - this.vmin!);
  }

  /** @internal */
  override _check(): void {
    if (!(this.vmin! <= this.vcenter && this.vcenter <= this.vmax!)) throw new ValueError("vmin, vcenter, vmax must increase monotonically");
  }

  /** @internal np.interp over (vmin, vcenter, vmax) -> (0, 0.5, 1), ±inf outside. */
  override _forward(v: number): number {
    const lo = this.vmin!;
    const c = this.vcenter;
    const hi = this.vmax!;
    if (v !== v) return NaN;
    if (v < lo) return -Infinity;
    if (v > hi) return Infinity;
    if (v <= c) return c === lo ? 0.5 : (0.5 * (v - lo)) / (c - lo);
    return 0.5 + (0.5 * (v - c)) / (hi - c);
  }

  /** @internal */
  override _inverse(t: number): number {
    if (t !== t) return NaN;
    if (t < 0) return -Infinity;
    if (t > 1) return Infinity;
    return t <= 0.5 ? this.vmin! + (t / 0.5) * (this.vcenter - this.vmin!) : this.vcenter + ((t - 0.5) / 0.5) * (this.vmax! - this.vcenter);
  }

  /** @internal TwoSlopeNorm has no clip. */
  override _position(v: number): number {
    return this._forward(v);
  }
}

export interface PowerNormOptions extends NormalizeOptions {
  gamma?: number;
}

/** `matplotlib.colors.PowerNorm(gamma, vmin=None, vmax=None, clip=False)`: ((v - vmin) / (vmax - vmin)) ** gamma, below vmin 0. */
export class PowerNorm extends Normalize {
  gamma: number;

  constructor(gamma: number, ...args: PyArgs<[vmin: number | null, vmax: number | null, clip: boolean, options: PowerNormOptions], PowerNormOptions>);
  constructor(options: PowerNormOptions);
  constructor(...args: unknown[]) {
    super();
    const b = POWER_NORM.bind(args);
    Object.assign(this, { vmin: b.vmin, vmax: b.vmax, clip: b.clip });
    this.gamma = b.gamma;
  }

  /** @internal */
  override _forward(v: number): number {
    const lo = this.vmin!;
    const hi = this.vmax!;
    if (lo === hi) return v !== v ? NaN : 0;
    const d = v - lo;
    return Math.pow(d < 0 ? 0 : d, this.gamma) / Math.pow(hi - lo, this.gamma);
  }

  /** @internal */
  override _inverse(t: number): number {
    return Math.pow(t, 1 / this.gamma) * (this.vmax! - this.vmin!) + this.vmin!;
  }
}

export interface BoundaryNormOptions {
  boundaries?: NDArrayLike;
  ncolors?: number;
  clip?: boolean;
  extend?: "neither" | "both" | "min" | "max";
}

/**
 * `matplotlib.colors.BoundaryNorm(boundaries, ncolors, clip=False, *, extend='neither')`: each
 * value to the index of the colormap color of its bin (integers, -1 below, ncolors above).
 */
export class BoundaryNorm extends Normalize {
  readonly boundaries: Float64Array;
  readonly Ncmap: number;
  readonly N: number;
  readonly extend: string;
  private readonly nRegions: number;
  private readonly offset: number;

  constructor(boundaries: NDArrayLike, ncolors: number, ...args: PyArgs<[clip: boolean, options: BoundaryNormOptions], BoundaryNormOptions>);
  constructor(options: BoundaryNormOptions);
  constructor(...args: unknown[]) {
    super();
    const b = BOUNDARY_NORM.bind(args);
    if (b.clip && b.extend !== "neither") throw new ValueError("'clip=True' is not compatible with 'extend'");
    const bounds = readArray(b.boundaries, "boundaries").values;
    if (bounds.length < 2) throw new ValueError(`You must provide at least 2 boundaries (1 region) but you passed in [${Array.from(bounds).join(", ")}]`);
    this.boundaries = Float64Array.from(bounds);
    this.vmin = bounds[0];
    this.vmax = bounds[bounds.length - 1];
    this.clip = b.clip;
    this.N = bounds.length;
    this.Ncmap = b.ncolors;
    this.extend = b.extend;
    let regions = bounds.length - 1;
    let offset = 0;
    if (b.extend === "min" || b.extend === "both") {
      regions += 1;
      offset = 1;
    }
    if (b.extend === "max" || b.extend === "both") regions += 1;
    if (regions > b.ncolors) {
      throw new ValueError(`There are ${regions} color bins including extensions, but ncolors = ${b.ncolors}; ncolors must equal or exceed the number of bins`);
    }
    this.nRegions = regions;
    this.offset = offset;
  }

  /** @internal The colormap index of one value (np.digitize on the boundaries, spread over ncolors). */
  _index(v: number): number {
    const x = v !== v ? this.vmax! + 1 : this.clip ? this._clipped(v) : v;
    const maxCol = this.clip ? this.Ncmap - 1 : this.Ncmap;
    if (x < this.vmin!) return -1;
    if (x >= this.vmax!) return maxCol;
    let bin = 0;
    while (bin < this.boundaries.length && this.boundaries[bin] <= x) bin++;
    let i = bin - 1 + this.offset;
    if (this.Ncmap > this.nRegions) i = this.nRegions === 1 ? (i === 0 ? Math.floor((this.Ncmap - 1) / 2) : i) : Math.trunc(((this.Ncmap - 1) / (this.nRegions - 1)) * i);
    return i;
  }

  /** `BoundaryNorm.__call__(value, clip=None)`: colormap indices. */
  override __call__(value: NDArrayLike | number, clip?: boolean | null): number | NDArray;
  override __call__(): number | NDArray {
    const b = CALL.bind(arguments);
    const keep = this.clip;
    if (b.clip != null) this.clip = b.clip;
    try {
      return mapValues(b.value, (v) => this._index(v));
    } finally {
      this.clip = keep;
    }
  }

  /** `BoundaryNorm.inverse(value)`: always raises, as matplotlib's does. */
  override inverse(value: NDArrayLike | number): number | NDArray;
  override inverse(): number | NDArray {
    throw new ValueError("BoundaryNorm is not invertible");
  }

  /** @internal */
  override _position(v: number): number {
    const i = this._index(v);
    return i < 0 ? -Infinity : i >= this.Ncmap ? Infinity : (i + 0.5) / this.Ncmap;
  }

  /** @internal */
  override _extend(): string | null {
    return this.extend;
  }

  /** @internal Limits are the boundaries'. */
  override _prepare(): void {}
}

pyfunction(NORMALIZE, Normalize);
pyfunction(LOG_NORM, LogNorm);
pyfunction(CENTERED_NORM, CenteredNorm);
pyfunction(SYMLOG_NORM, SymLogNorm);
pyfunction(TWO_SLOPE_NORM, TwoSlopeNorm);
pyfunction(POWER_NORM, PowerNorm);
pyfunction(BOUNDARY_NORM, BoundaryNorm);
pyfunction(CALL, Normalize.prototype.__call__);
pyfunction(CALL, BoundaryNorm.prototype.__call__);
pyfunction(INVERSE, Normalize.prototype.inverse);
pyfunction(INVERSE, BoundaryNorm.prototype.inverse);
pyfunction(AUTOSCALE, Normalize.prototype.autoscale);
pyfunction(AUTOSCALE, CenteredNorm.prototype.autoscale);
pyfunction(AUTOSCALE_NONE, Normalize.prototype.autoscale_None);
pyfunction(AUTOSCALE_NONE, CenteredNorm.prototype.autoscale_None);
pyfunction(AUTOSCALE_NONE, TwoSlopeNorm.prototype.autoscale_None);
pyfunction(SCALED, Normalize.prototype.scaled);

/** Whether a value is one of the norms above (what `norm=` accepts). */
export function isNorm(v: unknown): v is Normalize {
  return v instanceof Normalize;
}
