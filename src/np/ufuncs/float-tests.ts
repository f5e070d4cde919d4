/**
 * Functions over floats that NumPy writes in Python on top of its ufuncs: isposinf,
 * isneginf, isreal, nan_to_num and sinc.
 */
import { iscomplex } from "../complex/functions";
import { logical_not } from "./unary";
import { PyArgs, pyfunction, signature } from "../../signature";
import { DType, bool, float32, float64 } from "../dtype";
import { NDArray, cContiguousStrides } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { runUnary } from "../ufunc";
import { OUT } from "../params";
import { ascontiguousarray, contiguousStorage } from "../contiguous";
import { astype, copyInto } from "../cast";
import { ufuncSpec } from "./loops";

const same = (d: DType) => d;
const ISPOSINF_SPEC = ufuncSpec("isposinf", same, () => "(x === Infinity ? 1 : 0)", () => bool);
const ISNEGINF_SPEC = ufuncSpec("isneginf", same, () => "(x === -Infinity ? 1 : 0)", () => bool);
const ISPOSINF = signature("numpy.isposinf(x, out=None)", { types: { out: OUT } });
const ISNEGINF = signature("numpy.isneginf(x, out=None)", { types: { out: OUT } });
const ISREAL = signature("numpy.isreal(x)");
const SINC = signature("numpy.sinc(x)");
const NAN_TO_NUM = signature("numpy.nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None)", {
  types: { copy: "bool", nan: "float", posinf: ["float", "None"], neginf: ["float", "None"] },
});

/** `numpy.isposinf(x, out=None)`: true where x is +inf. */
export function isposinf(x: ArrayLike, ...rest: PyArgs<[out: NDArray | null, options: { x?: ArrayLike; out?: NDArray | null }], { x?: ArrayLike; out?: NDArray | null }>): NDArray;
export function isposinf(...args: unknown[]): NDArray {
  const { x, out } = ISPOSINF.bind(args);
  return runUnary(ISPOSINF_SPEC, x, out === null ? undefined : { out });
}
pyfunction(ISPOSINF, isposinf);

/** `numpy.isneginf(x, out=None)`: true where x is -inf. */
export function isneginf(x: ArrayLike, ...rest: PyArgs<[out: NDArray | null, options: { x?: ArrayLike; out?: NDArray | null }], { x?: ArrayLike; out?: NDArray | null }>): NDArray;
export function isneginf(...args: unknown[]): NDArray {
  const { x, out } = ISNEGINF.bind(args);
  return runUnary(ISNEGINF_SPEC, x, out === null ? undefined : { out });
}
pyfunction(ISNEGINF, isneginf);

/** `numpy.isreal(x)`: true where the imaginary part is zero (everywhere for a real array). */
export function isreal(x: ArrayLike): NDArray;
export function isreal(...args: unknown[]): NDArray {
  const a = asarray(ISREAL.bind(args).x);
  if (a.dtype.kind === "c") return logical_not(iscomplex(a));
  return new NDArray(new Uint8Array(a.size).fill(1), a.shape, cContiguousStrides(a.shape), 0, bool);
}
pyfunction(ISREAL, isreal);

/** `numpy.sinc(x)`: sin(pi x) / (pi x), 1 at 0. */
export function sinc(x: ArrayLike): NDArray;
export function sinc(...args: unknown[]): NDArray {
  const a = asarray(SINC.bind(args).x);
  const dt = a.dtype === float32 ? float32 : float64;
  const src = contiguousStorage(astype(a, float64)) as Float64Array;
  const out = new dt.storage(a.size) as Float32Array | Float64Array;
  if (dt === float32) {
    // float32 steps as NumPy's float32 loops: pi rounded, then each operation rounded
    const pi = Math.fround(Math.PI);
    for (let i = 0; i < src.length; i++) {
      const y = Math.fround(pi * (src[i] === 0 ? Math.fround(1e-20) : src[i]));
      out[i] = Math.fround(Math.sin(y)) / y;
    }
  } else {
    for (let i = 0; i < src.length; i++) {
      const y = Math.PI * (src[i] === 0 ? 1e-20 : src[i]);
      out[i] = Math.sin(y) / y;
    }
  }
  return new NDArray(out, a.shape, cContiguousStrides(a.shape), 0, dt);
}
pyfunction(SINC, sinc);

/** Keywords of np.nan_to_num. */
export interface NanToNumOptions {
  x?: ArrayLike;
  copy?: boolean;
  nan?: number;
  posinf?: number | null;
  neginf?: number | null;
}

/**
 * `numpy.nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None)`: NaN to `nan`,
 * infinities to `posinf`/`neginf` (default the dtype's largest finite values); in place
 * when copy is false and x is a float array.
 */
export function nan_to_num(x: ArrayLike, ...rest: PyArgs<[copy: boolean, nan: number, posinf: number | null, neginf: number | null, options: NanToNumOptions], NanToNumOptions>): NDArray;
export function nan_to_num(...args: unknown[]): NDArray {
  const { x, copy, nan, posinf, neginf } = NAN_TO_NUM.bind(args);
  const given = asarray(x);
  const a = copy || given !== x ? given.copy() : given;
  if (a.dtype.kind !== "f") return a;
  const big = a.dtype === float32 ? 3.4028234663852886e38 : Number.MAX_VALUE;
  const hi = posinf ?? big;
  const lo = neginf ?? -big;
  const c = ascontiguousarray(a);
  const d = c.data as Float64Array | Float32Array;
  for (let i = c.offset; i < c.offset + c.size; i++) {
    const v = d[i];
    if (v !== v) d[i] = nan;
    else if (v === Infinity) d[i] = hi;
    else if (v === -Infinity) d[i] = lo;
  }
  if (c !== a) copyInto(a, c);
  return a;
}
pyfunction(NAN_TO_NUM, nan_to_num);
