/**
 * Tolerant and exact comparison of whole arrays: isclose, allclose, array_equal, array_equiv.
 */
import { PyArgs, pyfunction, signature } from "../../signature";
import { DType, bool, complex128, float64 } from "../dtype";
import { NDArray, cContiguousStrides } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { astype } from "../cast";
import { contiguousStorage } from "../contiguous";
import { broadcast_to } from "../manipulate";
import { broadcastShapes, sameShape } from "../shape";

const ISCLOSE = signature("numpy.isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)", { types: { rtol: "float", atol: "float", equal_nan: "bool" } });
const ALLCLOSE = signature("numpy.allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)", { types: { rtol: "float", atol: "float", equal_nan: "bool" } });
const ARRAY_EQUAL = signature("numpy.array_equal(a1, a2, equal_nan=False)", { types: { equal_nan: "bool" } });
const ARRAY_EQUIV = signature("numpy.array_equiv(a1, a2)");

/** Keywords of np.isclose and np.allclose. */
export interface IscloseOptions {
  a?: ArrayLike;
  b?: ArrayLike;
  rtol?: number;
  atol?: number;
  equal_nan?: boolean;
}

/**
 * Both operands broadcast and as contiguous float64 values; as complex128 (real, imaginary
 * interleaved: `width` 2) when either is complex.
 */
function asFloatPair(a: ArrayLike, b: ArrayLike): [Float64Array, Float64Array, number[], number] {
  const x = asarray(a);
  const y = asarray(b);
  const shape = broadcastShapes([x.shape, y.shape]);
  const to: DType = x.dtype.kind === "c" || y.dtype.kind === "c" ? complex128 : float64;
  const flat = (v: NDArray) => contiguousStorage(astype(broadcast_to(v, shape), to)) as Float64Array;
  return [flat(x), flat(y), shape, to === complex128 ? 2 : 1];
}

function closeMask(a: ArrayLike, b: ArrayLike, rtol: number, atol: number, equalNan: boolean): NDArray {
  const [x, y, shape, width] = asFloatPair(a, b);
  if (width === 2) return complexCloseMask(x, y, shape, rtol, atol, equalNan);
  const out = new Uint8Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const p = x[i];
    const q = y[i];
    if (Number.isFinite(p) && Number.isFinite(q)) out[i] = Math.abs(p - q) <= atol + rtol * Math.abs(q) ? 1 : 0;
    else out[i] = p === q || (equalNan && p !== p && q !== q) ? 1 : 0;
  }
  return new NDArray(out, shape, cContiguousStrides(shape), 0, bool);
}

/** isclose of complex values: |a - b| <= atol + rtol * |b| with complex moduli; NaN anywhere is NaN. */
function complexCloseMask(x: Float64Array, y: Float64Array, shape: number[], rtol: number, atol: number, equalNan: boolean): NDArray {
  const out = new Uint8Array(x.length / 2);
  for (let i = 0; i < out.length; i++) {
    const [pr, pi, qr, qi] = [x[2 * i], x[2 * i + 1], y[2 * i], y[2 * i + 1]];
    const pNan = pr !== pr || pi !== pi;
    const qNan = qr !== qr || qi !== qi;
    if (pNan || qNan) out[i] = equalNan && pNan && qNan ? 1 : 0;
    else if (Number.isFinite(pr) && Number.isFinite(pi) && Number.isFinite(qr) && Number.isFinite(qi)) out[i] = Math.hypot(pr - qr, pi - qi) <= atol + rtol * Math.hypot(qr, qi) ? 1 : 0;
    else out[i] = pr === qr && pi === qi ? 1 : 0;
  }
  return new NDArray(out, shape, cContiguousStrides(shape), 0, bool);
}

/** `numpy.isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)`: |a - b| <= atol + rtol * |b| elementwise (infinities equal when equal). */
export function isclose(a: ArrayLike, b: ArrayLike, ...rest: PyArgs<[rtol: number, atol: number, equal_nan: boolean, options: IscloseOptions], IscloseOptions>): NDArray;
export function isclose(...args: unknown[]): NDArray {
  if (args.length === 2) return closeMask(args[0] as ArrayLike, args[1] as ArrayLike, 1e-5, 1e-8, false);
  const { a, b, rtol, atol, equal_nan } = ISCLOSE.bind(args);
  return closeMask(a, b, rtol, atol, equal_nan);
}
pyfunction(ISCLOSE, isclose);

/** `numpy.allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)`: true when np.isclose holds everywhere. */
export function allclose(a: ArrayLike, b: ArrayLike, ...rest: PyArgs<[rtol: number, atol: number, equal_nan: boolean, options: IscloseOptions], IscloseOptions>): boolean;
export function allclose(...args: unknown[]): boolean {
  const { a, b, rtol, atol, equal_nan } = ALLCLOSE.bind(args);
  return (closeMask(a, b, rtol, atol, equal_nan).data as Uint8Array).every((v) => v === 1);
}
pyfunction(ALLCLOSE, allclose);

/** Every element equal (`width` 2: complex pairs, equal when a NaN part sits in both with equal_nan). */
function allEqual(x: Float64Array, y: Float64Array, equalNan: boolean, width = 1): boolean {
  if (width === 2) {
    for (let i = 0; i < x.length; i += 2) {
      if (x[i] === y[i] && x[i + 1] === y[i + 1]) continue;
      const bothNan = (x[i] !== x[i] || x[i + 1] !== x[i + 1]) && (y[i] !== y[i] || y[i + 1] !== y[i + 1]);
      if (!(equalNan && bothNan)) return false;
    }
    return true;
  }
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i] && !(equalNan && x[i] !== x[i] && y[i] !== y[i])) return false;
  return true;
}

/** `numpy.array_equal(a1, a2, equal_nan=False)`: same shape and elements. */
export function array_equal(a1: ArrayLike, a2: ArrayLike, ...rest: PyArgs<[equal_nan: boolean, options: { a1?: ArrayLike; a2?: ArrayLike; equal_nan?: boolean }], { a1?: ArrayLike; a2?: ArrayLike; equal_nan?: boolean }>): boolean;
export function array_equal(...args: unknown[]): boolean {
  const { a1, a2, equal_nan } = ARRAY_EQUAL.bind(args);
  const x = asarray(a1);
  const y = asarray(a2);
  if (!sameShape(x.shape, y.shape)) return false;
  const [p, q, , width] = asFloatPair(x, y);
  return allEqual(p, q, equal_nan, width);
}
pyfunction(ARRAY_EQUAL, array_equal);

/** `numpy.array_equiv(a1, a2)`: shapes broadcast together and the elements are equal. */
export function array_equiv(a1: ArrayLike, a2: ArrayLike): boolean;
export function array_equiv(...args: unknown[]): boolean {
  const { a1, a2 } = ARRAY_EQUIV.bind(args);
  let pair: [Float64Array, Float64Array, number[], number];
  try {
    pair = asFloatPair(a1, a2);
  } catch {
    return false;
  }
  return allEqual(pair[0], pair[1], false, pair[3]);
}
pyfunction(ARRAY_EQUIV, array_equiv);
