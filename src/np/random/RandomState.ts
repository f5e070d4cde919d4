/**
 * `np.random.RandomState`: NumPy's legacy generator, reproducing its MT19937 stream bit for
 * bit (same seeds give the same doubles, Gaussians, integers, shuffles and choices).
 */
import { uninitStorage } from "../alloc";
import { IndexError, ValueError, PyTypeError } from "../../errors";
import { NDArray } from "../ndarray";
import { contiguousStorage } from "../contiguous";
import { DTypeLike, dtype as toDType, int64, float64, uint32, DType } from "../dtype";
import { STATE_LEN } from "./mt19937";
import { LegacyMultivariate } from "./legacy-multivariate";
import { fillBool, fillBounded, fillBoundedSmall } from "./bounded";
import { ParamLike, Size, expandParam, readParam, shapeSize, toShape } from "./args";
import { outputShape, ownMethods } from "./sampler";
import { LEGACY, LEGACY_DIST, LEGACY_MORE, RANDOM_STATE } from "./signatures";
import { isPlainObject, pyfunction } from "../../signature";
import { SeedLike, applySeed } from "./seed";
import { shuffleArray, shuffleIndices, shuffleList } from "./shuffle";
import { choice, ChoiceOptions } from "./choice";
import { OverflowError } from "./errors";

/** `RandomState.get_state()`'s legacy tuple: ('MT19937', key, pos, has_gauss, cached_gaussian). */
export type LegacyState = [string, NDArray, number, number, number];

/** The dict form of the state that `get_state({legacy: false})` returns. */
export interface DictState {
  bit_generator: string;
  state: { key: NDArray | readonly number[]; pos: number };
  has_gauss: number;
  gauss: number;
}

const INT_BOUNDS: Record<string, [number, number]> = {
  int8: [-128, 127],
  int16: [-32768, 32767],
  int32: [-2147483648, 2147483647],
  int64: [-9223372036854775808, 9223372036854775807],
  uint8: [0, 255],
  uint16: [0, 65535],
  uint32: [0, 4294967295],
  uint64: [0, 18446744073709551615],
  bool: [0, 1],
};


/** NumPy's legacy random generator (`numpy.random.RandomState`). */
export class RandomState extends LegacyMultivariate {

  /** `RandomState(seed=None)`: an int in [0, 2**32), a 1-d array of such ints, or none (OS entropy). */
  constructor(seed?: SeedLike | { seed?: SeedLike }) {
    super();
    if (arguments.length > 1 || isPlainObject(seed)) seed = RANDOM_STATE.bind(arguments).seed;
    applySeed(this._mt, seed as SeedLike);
  }

  /** `RandomState.seed(seed=None)`: reseeds, clearing the cached Gaussian. */
  seed(seed?: SeedLike | { seed?: SeedLike }): void {
    if (arguments.length > 1 || isPlainObject(seed)) seed = LEGACY.seed.method.bind(arguments).seed;
    applySeed(this._mt, seed as SeedLike);
  }

  /** `RandomState.get_state(legacy=True)`: ('MT19937', key (uint32[624]), pos, has_gauss, cached_gaussian). */
  get_state(): LegacyState;
  get_state(options: { legacy: false }): DictState;
  get_state(options: { legacy?: boolean }): LegacyState | DictState;
  get_state(legacy?: boolean): LegacyState | DictState;
  get_state(): LegacyState | DictState {
    const options = { legacy: LEGACY.get_state.method.bind(arguments).legacy as boolean };
    const key = NDArray.fromStorage(new Uint32Array(this._mt.key), [STATE_LEN], uint32);
    const mt = this._mt;
    if (options.legacy === false) {
      return { bit_generator: "MT19937", state: { key, pos: mt.pos }, has_gauss: mt.hasGauss ? 1 : 0, gauss: mt.gauss };
    }
    return ["MT19937", key, mt.pos, mt.hasGauss ? 1 : 0, mt.gauss];
  }

  /** `RandomState.set_state(state)`: accepts the legacy tuple or the dict form. */
  set_state(state: LegacyState | readonly unknown[] | DictState): void {
    if (arguments.length !== 1 || (isPlainObject(state) && !("bit_generator" in state))) state = LEGACY.set_state.method.bind(arguments).state;
    let name: unknown, key: unknown, pos: unknown, hasGauss: unknown = 0, gauss: unknown = 0;
    if (Array.isArray(state)) {
      [name, key, pos] = state;
      if (state.length > 3) [, , , hasGauss, gauss] = state;
    } else {
      const d = state as DictState;
      name = d.bit_generator;
      key = d.state?.key;
      pos = d.state?.pos;
      hasGauss = d.has_gauss;
      gauss = d.gauss;
    }
    if (name !== "MT19937") throw new ValueError("state must be for a MT19937 PRNG");
    const words = key instanceof NDArray ? contiguousStorage(key) : (key as ArrayLike<number>);
    if (!words || words.length !== STATE_LEN) throw new ValueError("state must be 624 elements");
    if (typeof pos !== "number" || !Number.isInteger(pos) || pos < 0 || pos > STATE_LEN) {
      throw new ValueError("pos must be an integer in [0, 624]");
    }
    this._mt.key.set(Array.from(words, (w) => w >>> 0));
    this._mt.pos = pos;
    this._mt.hasGauss = Number(hasGauss) !== 0;
    this._mt.gauss = Number(gauss);
  }

  /** `RandomState.random_sample(size=None)`: floats uniform on [0, 1). */
  random_sample(size?: null | { size?: null }): number;
  random_sample(size: Size | { size: Size }): NDArray;
  random_sample(size?: Size | null | { size?: Size | null }): number | NDArray;
  random_sample(sizeOrOptions?: Size | null | { size?: Size | null }): number | NDArray {
    const size = arguments.length === 0 ? null
      : arguments.length === 1 && !isPlainObject(sizeOrOptions) ? (sizeOrOptions as Size | null | undefined)
      : (LEGACY.random_sample.method.bind(arguments).size as Size | null);
    if (size === undefined || size === null) return this._mt.nextDouble();
    const shape = toShape(size);
    const out = uninitStorage(Float64Array, shapeSize(shape)) as Float64Array;
    this._mt.fillDoubles(out);
    return NDArray.fromStorage(out, shape, float64);
  }

  /** `RandomState.random(size=None)`: alias of random_sample. */
  random(size?: null | { size?: null }): number;
  random(size: Size | { size: Size }): NDArray;
  random(size?: Size | null | { size?: Size | null }): number | NDArray {
    if (arguments.length === 0) return this._mt.nextDouble();
    return this.random_sample(LEGACY.random.method.bind(arguments).size);
  }

  /** `RandomState.rand(d0, d1, ..., dn)`: uniform [0, 1) floats of the given shape (a float with no args). */
  rand(): number;
  rand(...dims: number[]): NDArray;
  rand(...dims: number[]): number | NDArray {
    for (let i = 0; i < dims.length; i++) if (!Number.isInteger(dims[i])) LEGACY.rand.method.bind(dims);
    return dims.length === 0 ? this._mt.nextDouble() : this.random_sample(dims);
  }

  /** `RandomState.standard_normal(size=None)`: standard Gaussian samples (legacy polar method). */
  standard_normal(size?: null | { size?: null }): number;
  standard_normal(size: Size | { size: Size }): NDArray;
  standard_normal(size?: Size | null | { size?: Size | null }): number | NDArray;
  standard_normal(sizeOrOptions?: Size | null | { size?: Size | null }): number | NDArray {
    const size = arguments.length === 0 ? null
      : arguments.length === 1 && !isPlainObject(sizeOrOptions) ? (sizeOrOptions as Size | null | undefined)
      : (LEGACY.standard_normal.method.bind(arguments).size as Size | null);
    if (size === undefined || size === null) return this._mt.nextGauss();
    const shape = toShape(size);
    const out = uninitStorage(Float64Array, shapeSize(shape)) as Float64Array;
    this._mt.fillGauss(out);
    return NDArray.fromStorage(out, shape, float64);
  }

  /** `RandomState.randn(d0, d1, ..., dn)`: standard normal samples of the given shape. */
  randn(): number;
  randn(...dims: number[]): NDArray;
  randn(...dims: number[]): number | NDArray {
    for (let i = 0; i < dims.length; i++) if (!Number.isInteger(dims[i])) LEGACY.randn.method.bind(dims);
    return dims.length === 0 ? this._mt.nextGauss() : this.standard_normal(dims);
  }

  /** `RandomState.normal(loc=0.0, scale=1.0, size=None)`: loc + scale * standard normal. */
  normal(loc?: number, scale?: number, size?: null): number;
  normal(loc: ParamLike | undefined, scale: ParamLike | undefined, size: Size): NDArray;
  normal(options: { loc?: number; scale?: number; size?: null }): number;
  normal(options: { loc?: ParamLike; scale?: ParamLike; size: Size }): NDArray;
  normal(...args: unknown[]): number | NDArray;
  normal(...args: unknown[]): number | NDArray {
    const kw = LEGACY.normal.method.bind(args);
    return this._cont2(
      kw.loc ?? 0.0,
      kw.scale ?? 1.0,
      kw.size,
      (loc, scale) => {
        for (let i = 0; i < scale.length; i++) if (scale[i] < 0) throw new ValueError("scale < 0");
      },
      (out, loc, scale) => {
        this._mt.fillGauss(out);
        for (let i = 0; i < out.length; i++) out[i] = loc[i] + scale[i] * out[i];
      },
    );
  }

  /** `RandomState.uniform(low=0.0, high=1.0, size=None)`: low + (high - low) * U[0, 1). */
  uniform(low?: number, high?: number, size?: null): number;
  uniform(low: ParamLike | undefined, high: ParamLike | undefined, size: Size): NDArray;
  uniform(options: { low?: number; high?: number; size?: null }): number;
  uniform(options: { low?: ParamLike; high?: ParamLike; size: Size }): NDArray;
  uniform(...args: unknown[]): number | NDArray;
  uniform(...args: unknown[]): number | NDArray {
    const kw = LEGACY.uniform.method.bind(args);
    return this._cont2(
      kw.low ?? 0.0,
      kw.high ?? 1.0,
      kw.size,
      (low, high) => {
        for (let i = 0; i < low.length; i++) {
          if (!Number.isFinite(high[i] - low[i])) throw new OverflowError("Range exceeds valid bounds");
        }
      },
      (out, low, high) => {
        this._mt.fillDoubles(out);
        for (let i = 0; i < out.length; i++) out[i] = low[i] + (high[i] - low[i]) * out[i];
      },
    );
  }

  /** Two-parameter continuous sampler: broadcasts the parameters against `size`, checks, fills. */
  private _cont2(
    a: unknown,
    b: unknown,
    size: unknown,
    check: (a: Float64Array, b: Float64Array) => void,
    fill: (out: Float64Array, a: Float64Array, b: Float64Array) => void,
  ): number | NDArray {
    const pa = readParam(a as ParamLike, "parameter");
    const pb = readParam(b as ParamLike, "parameter");
    const { shape, scalar } = outputShape(size, [pa.shape, pb.shape]);
    const av = expandParam(pa, shape);
    const bv = expandParam(pb, shape);
    check(av, bv);
    const out = uninitStorage(Float64Array, shapeSize(shape)) as Float64Array;
    fill(out, av, bv);
    if (scalar) return out[0];
    return NDArray.fromStorage(out, shape, float64);
  }

  /**
   * `RandomState.randint(low, high=None, size=None, dtype=int)`: integers in [low, high)
   * (or [0, low) without high) by masked rejection sampling. int64/uint64 results are exact,
   * so their range is limited to 2**53.
   */
  randint(low: number, high?: number | null, size?: null, dtype?: DTypeLike): number;
  randint(low: number, high: number | null | undefined, size: Size, dtype?: DTypeLike): NDArray;
  randint(low: number, options: { high?: number | null; size?: null; dtype?: DTypeLike }): number;
  randint(low: number, options: { high?: number | null; size: Size; dtype?: DTypeLike }): NDArray;
  randint(low: number, high: number | null | undefined, options: { size?: null; dtype?: DTypeLike }): number;
  randint(low: number, high: number | null | undefined, options: { size: Size; dtype?: DTypeLike }): NDArray;
  randint(...args: unknown[]): number | NDArray;
  randint(...args: unknown[]): number | NDArray {
    const kw = LEGACY.randint.method.bind(args);
    let low = kw.low as number;
    let high = kw.high as number | null | undefined;
    if (typeof low !== "number") throw new PyTypeError("randint() low must be a number");
    if (high === undefined || high === null) {
      high = low;
      low = 0;
    }
    const dt: DType = toDType((kw.dtype as DTypeLike | undefined) ?? "int64");
    const bounds = INT_BOUNDS[dt.name];
    if (bounds === undefined) throw new PyTypeError(`Unsupported dtype ${JSON.stringify(dt.name).replace(/"/g, "'")} for randint`);
    low = Math.trunc(low);
    high = Math.trunc(high) - 1;
    if (low < bounds[0]) throw new ValueError(`low is out of bounds for ${dt.name}`);
    if (high > bounds[1]) throw new ValueError(`high is out of bounds for ${dt.name}`);
    if (low > high) throw new ValueError("low >= high");
    const rng = high - low;
    if (rng > Number.MAX_SAFE_INTEGER) {
      throw new ValueError(`high - low must be at most 2**53 for ${dt.name} here (values are exact only to 2**53)`);
    }
    const scalar = kw.size === undefined || kw.size === null;
    const shape = scalar ? [] : toShape(kw.size as Size);
    const out = uninitStorage(dt.storage, scalar ? 1 : shapeSize(shape));
    const mt = this._mt;
    if (dt.name === "bool") fillBool(mt, low, rng, out as Uint8Array);
    else if (dt.itemsize === 1) fillBoundedSmall(mt, low, rng, 8, out as Int8Array | Uint8Array);
    else if (dt.itemsize === 2) fillBoundedSmall(mt, low, rng, 16, out as Int16Array | Uint16Array);
    else fillBounded(mt, low, rng, out as Float64Array | Int32Array | Uint32Array);
    return scalar ? out[0] : NDArray.fromStorage(out, shape, dt);
  }

  /**
   * `RandomState.choice(a, size=None, replace=True, p=None)`: samples from `arange(a)` or
   * from the 1-d array `a`, with or without replacement, optionally weighted by p.
   */
  choice(a: number | NDArray | readonly number[], size?: null, replace?: boolean, p?: NDArray | readonly number[] | null): number;
  choice(a: number | NDArray | readonly number[], size: Size, replace?: boolean, p?: NDArray | readonly number[] | null): NDArray;
  choice(a: number | NDArray | readonly number[], options: ChoiceOptions & { size?: null }): number;
  choice(a: number | NDArray | readonly number[], options: ChoiceOptions & { size: Size }): NDArray;
  choice(a: number | NDArray | readonly number[], size: Size | null | undefined, options: ChoiceOptions): number | NDArray;
  choice(...args: unknown[]): number | NDArray;
  choice(...args: unknown[]): number | NDArray {
    const kw = LEGACY.choice.method.bind(args);
    return choice(this, kw as unknown as ChoiceOptions & { a: number | NDArray | readonly number[] });
  }

  /** `RandomState.shuffle(x)`: shuffles an NDArray along its first axis, or a JS array, in place. */
  shuffle(x: NDArray | unknown[]): void {
    if (arguments.length !== 1 || isPlainObject(x)) x = LEGACY.shuffle.method.bind(arguments).x;
    if (x instanceof NDArray) shuffleArray(this._mt, x);
    else if (Array.isArray(x)) shuffleList(this._mt, x);
    else throw new PyTypeError(`object of type '${typeof x}' has no len()`);
  }

  /**
   * `RandomState.permutation(x)`: a shuffled `arange(x)` for an int, else a shuffled copy of
   * the array (along its first axis).
   */
  permutation(x: number | NDArray | readonly number[] | readonly (readonly number[])[]): NDArray {
    if (arguments.length !== 1 || isPlainObject(x)) x = LEGACY.permutation.method.bind(arguments).x;
    if (typeof x === "number") {
      if (!Number.isInteger(x)) throw new PyTypeError("'float' object cannot be interpreted as an integer");
      if (x < 0) throw new ValueError("negative dimensions are not allowed");
      const idx = new Float64Array(x);
      for (let i = 0; i < x; i++) idx[i] = i;
      shuffleIndices(this._mt, idx);
      return NDArray.fromStorage(idx, [x], int64);
    }
    let arr: NDArray;
    if (x instanceof NDArray) {
      if (x.ndim < 1) throw new IndexError("x must be an integer or at least 1-dimensional");
      arr = NDArray.fromStorage(contiguousStorage(x).slice(), x.shape.slice(), x.dtype);
    } else {
      const flat = readParam(x as ParamLike, "x");
      if (flat.shape.length < 1) throw new IndexError("x must be an integer or at least 1-dimensional");
      const ints = Array.from(flat.data).every((v) => Number.isInteger(v));
      arr = NDArray.fromStorage(Float64Array.from(flat.data), flat.shape, ints ? int64 : float64);
    }
    shuffleArray(this._mt, arr);
    return arr;
  }
}

pyfunction(RANDOM_STATE, RandomState);
for (const [name, pair] of Object.entries(LEGACY)) pyfunction(pair.method, (RandomState.prototype as unknown as Record<string, Function>)[name]);
for (const [name, pair] of [...Object.entries(LEGACY_DIST), ...Object.entries(LEGACY_MORE)]) {
  pyfunction(pair.method, (LegacyMultivariate.prototype as unknown as Record<string, Function>)[name]);
}
ownMethods(RandomState, LegacyMultivariate);
