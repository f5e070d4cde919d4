/**
 * The loop every distribution method shares (NumPy's `cont` / `disc` in _common.pyx): reads the
 * parameters, checks their constraints with NumPy's messages (scalar and array forms differ),
 * broadcasts them against `size` and draws one value per output element in C order. A number
 * comes back when every parameter is a scalar and size is None.
 */
import { ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { float64, int64 } from "../dtype";
import { uninitStorage } from "../alloc";
import { ParamLike, Size, expandParam, readParam, shapeSize, toShape } from "./args";

/** NumPy's parameter constraints (CONS_* in _common.pxd). */
export type Constraint = "none" | "nonneg" | "positive" | "positive_not_nan" | "unit" | "unit_gt0" | "unit_lt1" | "gt1" | "gte1" | "poisson" | "legacy_poisson";

/** Largest lam Generator.poisson / RandomState.poisson accept (int64 max minus 10 sigma). */
export const POISSON_LAM_MAX = 9223372036854775807 - Math.sqrt(9223372036854775807) * 10;

function signbit(v: number): boolean {
  return v < 0 || Object.is(v, -0);
}

/** check_constraint: one scalar parameter. */
function checkScalar(v: number, name: string, cons: Constraint): void {
  switch (cons) {
    case "nonneg":
      if (!Number.isNaN(v) && signbit(v)) throw new ValueError(`${name} < 0`);
      return;
    case "positive_not_nan":
      if (Number.isNaN(v)) throw new ValueError(`${name} must not be NaN`);
      if (v <= 0) throw new ValueError(`${name} <= 0`);
      return;
    case "positive":
      if (v <= 0) throw new ValueError(`${name} <= 0`);
      return;
    case "unit":
      if (!(v >= 0) || !(v <= 1)) throw new ValueError(`${name} < 0, ${name} > 1 or ${name} is NaN`);
      return;
    case "unit_gt0":
      if (!(v > 0) || !(v <= 1)) throw new ValueError(`${name} <= 0, ${name} > 1 or ${name} contains NaNs`);
      return;
    case "unit_lt1":
      if (!(v >= 0) || !(v < 1)) throw new ValueError(`${name} < 0, ${name} >= 1 or ${name} is NaN`);
      return;
    case "gt1":
      if (!(v > 1)) throw new ValueError(`${name} <= 1 or ${name} is NaN`);
      return;
    case "gte1":
      if (!(v >= 1)) throw new ValueError(`${name} < 1 or ${name} is NaN`);
      return;
    case "poisson":
    case "legacy_poisson":
      if (!(v >= 0)) throw new ValueError(`${name} < 0 or ${name} is NaN`);
      if (!(v <= POISSON_LAM_MAX)) throw new ValueError(`${name} value too large`);
      return;
  }
}

/** check_array_constraint: every element of an array parameter (NumPy's array wording). */
function checkArray(d: ArrayLike<number>, name: string, cons: Constraint): void {
  const any = (pred: (v: number) => boolean): boolean => {
    for (let i = 0; i < d.length; i++) if (pred(d[i])) return true;
    return false;
  };
  switch (cons) {
    case "nonneg":
      if (any((v) => !Number.isNaN(v) && signbit(v))) throw new ValueError(`${name} < 0`);
      return;
    case "positive_not_nan":
      if (any(Number.isNaN)) throw new ValueError(`${name} must not be NaN`);
      if (any((v) => v <= 0)) throw new ValueError(`${name} <= 0`);
      return;
    case "positive":
      if (any((v) => v <= 0)) throw new ValueError(`${name} <= 0`);
      return;
    case "unit":
      if (any((v) => !(v >= 0) || !(v <= 1))) throw new ValueError(`${name} < 0, ${name} > 1 or ${name} contains NaNs`);
      return;
    case "unit_gt0":
      if (any((v) => !(v > 0) || !(v <= 1))) throw new ValueError(`${name} <= 0, ${name} > 1 or ${name} contains NaNs`);
      return;
    case "unit_lt1":
      if (any((v) => !(v >= 0) || !(v < 1))) throw new ValueError(`${name} < 0, ${name} >= 1 or ${name} contains NaNs`);
      return;
    case "gt1":
      if (any((v) => !(v > 1))) throw new ValueError(`${name} <= 1 or ${name} contains NaNs`);
      return;
    case "gte1":
      if (any((v) => !(v >= 1))) throw new ValueError(`${name} < 1 or ${name} contains NaNs`);
      return;
    case "poisson":
    case "legacy_poisson":
      if (any((v) => !(v <= POISSON_LAM_MAX))) throw new ValueError(`${name} value too large`);
      if (any((v) => !(v >= 0))) throw new ValueError(`${name} < 0 or ${name} contains NaNs`);
      return;
  }
}

function shapeStr(shape: readonly number[]): string {
  return `(${shape.join(", ")}${shape.length === 1 ? "," : ""})`;
}

/**
 * NumPy's broadcast of the output (when size is given) and the parameters, axis by axis from
 * the left as its multi-iterator does, with its message naming the two arguments that clash.
 */
function broadcastArgs(shapes: readonly (readonly number[])[]): number[] {
  const nd = Math.max(0, ...shapes.map((s) => s.length));
  const dims = new Array<number>(nd).fill(1);
  for (let i = 0; i < nd; i++) {
    let src = -1;
    shapes.forEach((s, j) => {
      const k = i + s.length - nd;
      if (k < 0 || s[k] === 1) return;
      if (dims[i] === 1) {
        dims[i] = s[k];
        src = j;
      } else if (dims[i] !== s[k]) {
        throw new ValueError(
          `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg ${src} with shape ${shapeStr(shapes[src])} and arg ${j} with shape ${shapeStr(s)}.`,
        );
      }
    });
  }
  return dims;
}

/** Resolves size against the parameters' broadcast shape as NumPy's samplers do. */
export function outputShape(size: unknown, paramShapes: readonly (readonly number[])[]): { shape: number[]; scalar: boolean } {
  if (size === undefined || size === null) {
    const shape = broadcastArgs(paramShapes);
    return { shape, scalar: shape.length === 0 };
  }
  const shape = toShape(size as Size);
  const both = broadcastArgs([shape, ...paramShapes]);
  if (both.length !== shape.length || both.some((d, i) => d !== shape[i])) {
    throw new ValueError(`Output size ${shapeStr(shape)} is not compatible with broadcast dimensions of inputs ${shapeStr(both)}.`);
  }
  return { shape, scalar: false };
}

/** One distribution parameter: its Python name, its constraint, and whether it must be an integer. */
export interface ParamSpec {
  readonly name: string;
  readonly cons: Constraint;
  readonly int?: boolean;
}

/**
 * Draws `draw(a, b, c)` once per output element (C order) and returns a number for scalar
 * parameters without size, else a float64 (or int64 when `discrete`) array.
 */
export function sample(
  specs: readonly ParamSpec[],
  values: readonly unknown[],
  size: unknown,
  discrete: boolean,
  draw: (a: number, b: number, c: number) => number,
): number | NDArray {
  const params = specs.map((s, i) => readParam(values[i] as ParamLike, s.name));
  const scalarParams = params.every((p) => p.shape.length === 0);
  params.forEach((p0, i) => {
    let p = p0;
    const spec = specs[i];
    // integer parameters (binomial's n, hypergeometric's counts) are truncated as NumPy casts them
    if (spec.int && p.data.length > 0 && !Array.prototype.every.call(p.data, Number.isInteger)) {
      params[i] = p = { data: Float64Array.from(p.data, Math.trunc), shape: p.shape };
    }
    if (spec.cons === "none") return;
    if (scalarParams) checkScalar(p.data[0], spec.name, spec.cons);
    else checkArray(p.data, spec.name, spec.cons);
  });
  const { shape, scalar } = outputShape(size, params.map((p) => p.shape));
  const n = shapeSize(shape);
  const out = uninitStorage(Float64Array, n) as Float64Array; // every value is drawn below
  if (params.every((p) => p.data.length === 1)) {
    const a = params.length > 0 ? params[0].data[0] : 0;
    const b = params.length > 1 ? params[1].data[0] : 0;
    const c = params.length > 2 ? params[2].data[0] : 0;
    for (let i = 0; i < n; i++) out[i] = draw(a, b, c);
  } else {
    const zero = new Float64Array(n);
    const [av, bv, cv] = [0, 1, 2].map((k) => (k < params.length ? expandParam(params[k], shape) : zero));
    for (let i = 0; i < n; i++) out[i] = draw(av[i], bv[i], cv[i]);
  }
  if (scalar) return out[0];
  return NDArray.fromStorage(out, shape, discrete ? int64 : float64);
}

/**
 * Makes the distribution methods a class inherits from its samplers base its own, as NumPy's
 * are its classes' own (code that lists a prototype's methods sees them all).
 */
export function ownMethods(target: Function, base: Function): void {
  for (let proto = base.prototype; proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name === "constructor" || Object.prototype.hasOwnProperty.call(target.prototype, name)) continue;
      Object.defineProperty(target.prototype, name, Object.getOwnPropertyDescriptor(proto, name)!);
    }
  }
}
