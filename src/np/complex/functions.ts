/**
 * NumPy's functions on complex numbers: real, imag, conjugate/conj, angle, iscomplex,
 * iscomplexobj, isrealobj, real_if_close, sort_complex.
 */
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { NDArray, cContiguousStrides } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { bool, complex128, complex64 } from "../dtype";
import { astype } from "../cast";
import { UfuncSpec } from "../ufunc";
import { UnaryUfunc, unaryUfunc } from "../ufuncs/declare";
import { Complex } from "./scalar";
import { imagOf, partView, realOf } from "./parts";
import { sort } from "../sorting";

const REAL = signature("numpy.real(val)");
const IMAG = signature("numpy.imag(val)");
const ANGLE = signature("numpy.angle(z, deg=False)", { types: { deg: "bool" } });
const ISCOMPLEX = signature("numpy.iscomplex(x)");
const ISCOMPLEXOBJ = signature("numpy.iscomplexobj(x)");
const ISREALOBJ = signature("numpy.isrealobj(x)");
const REAL_IF_CLOSE = signature("numpy.real_if_close(a, tol=100)", { types: { tol: "float" } });
const SORT_COMPLEX = signature("numpy.sort_complex(a)");

/** A number or complex scalar stays a scalar, as NumPy's functions return Python scalars for them. */
const isScalarInput = (x: unknown): x is number | boolean | Complex => typeof x === "number" || typeof x === "boolean" || x instanceof Complex;

/** `numpy.real(val)`: the real parts (a view of a complex array; a number for a scalar). */
export function real(val: number | boolean | Complex): number;
export function real(val: ArrayLike): NDArray;
export function real(...args: unknown[]): NDArray | number {
  const val = (args.length === 1 ? args[0] : REAL.bind(args).val) as ArrayLike;
  if (isScalarInput(val)) return val instanceof Complex ? val.re : Number(val);
  return realOf(asarray(val));
}
pyfunction(REAL, real);

/** `numpy.imag(val)`: the imaginary parts (a view of a complex array, zeros for a real one; a number for a scalar). */
export function imag(val: number | boolean | Complex): number;
export function imag(val: ArrayLike): NDArray;
export function imag(...args: unknown[]): NDArray | number {
  const val = (args.length === 1 ? args[0] : IMAG.bind(args).val) as ArrayLike;
  if (isScalarInput(val)) return val instanceof Complex ? val.im : 0;
  return imagOf(asarray(val));
}
pyfunction(IMAG, imag);

const CONJUGATE: UfuncSpec = { name: "conjugate", loop: (d) => d, output: (d) => d, expr: () => "x" };
/**
 * `numpy.conjugate(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`
 * (np.conj): the complex conjugate, elementwise; real values are returned unchanged.
 */
export const conjugate: UnaryUfunc = unaryUfunc(CONJUGATE, ["conj"]);
/** `numpy.conjugate(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: same as np.conjugate. */
export const conj = conjugate;

/** Keyword arguments of np.angle. */
export interface AngleOptions {
  z?: ArrayLike;
  /** Degrees instead of radians. */
  deg?: boolean;
}

/** `numpy.angle(z, deg=False)`: the argument of each value, arctan2(imag, real), in radians (degrees with deg). */
export function angle(z: ArrayLike, ...rest: PyArgs<[deg: boolean, options: AngleOptions], AngleOptions>): NDArray;
export function angle(...args: unknown[]): NDArray {
  const { z, deg } = args.length === 1 ? { z: args[0] as ArrayLike, deg: false } : ANGLE.bind(args);
  const a = asarray(z);
  const isComplex = a.dtype.kind === "c";
  const re = isComplex ? partView(a, 0) : a.dtype.kind === "f" ? a : astype(a, "float64");
  const out = new NDArray(new re.dtype.storage(a.size), a.shape, cContiguousStrides(a.shape), 0, re.dtype);
  const scale = deg ? 180 / Math.PI : 1;
  let k = 0;
  forEachElement(a, (pos) => {
    const r = isComplex ? a.data[2 * pos] : a.data[pos];
    const i = isComplex ? a.data[2 * pos + 1] : 0;
    out.data[k++] = Math.atan2(i, r) * scale;
  });
  return out;
}
pyfunction(ANGLE, angle);

/** Calls `fn` with the buffer position of each element of `a`, in C order. */
function forEachElement(a: NDArray, fn: (bufferPos: number) => void): void {
  const ndim = a.ndim;
  if (a.size === 0) return;
  const index = new Array<number>(ndim).fill(0);
  let pos = a.offset;
  for (;;) {
    fn(pos);
    let axis = ndim - 1;
    for (; axis >= 0; axis--) {
      index[axis]++;
      pos += a.strides[axis];
      if (index[axis] < a.shape[axis]) break;
      pos -= a.strides[axis] * a.shape[axis];
      index[axis] = 0;
    }
    if (axis < 0) return;
  }
}

/** `numpy.iscomplex(x)`: true where the imaginary part is not zero (a bool array). */
export function iscomplex(x: ArrayLike): NDArray;
export function iscomplex(...args: unknown[]): NDArray {
  const a = asarray((args.length === 1 ? args[0] : ISCOMPLEX.bind(args).x) as ArrayLike);
  const out = new NDArray(new Uint8Array(a.size), a.shape, cContiguousStrides(a.shape), 0, bool);
  if (a.dtype.kind !== "c") return out;
  let k = 0;
  forEachElement(a, (pos) => {
    out.data[k++] = a.data[2 * pos + 1] !== 0 ? 1 : 0;
  });
  return out;
}
pyfunction(ISCOMPLEX, iscomplex);

/** `numpy.iscomplexobj(x)`: whether x has a complex dtype (or is a complex scalar), whatever its values. */
export function iscomplexobj(x: ArrayLike): boolean;
export function iscomplexobj(...args: unknown[]): boolean {
  const x = (args.length === 1 ? args[0] : ISCOMPLEXOBJ.bind(args).x) as ArrayLike;
  return x instanceof Complex || asarray(x).dtype.kind === "c";
}
pyfunction(ISCOMPLEXOBJ, iscomplexobj);

/** `numpy.isrealobj(x)`: the opposite of iscomplexobj. */
export function isrealobj(x: ArrayLike): boolean;
export function isrealobj(...args: unknown[]): boolean {
  const x = (args.length === 1 ? args[0] : ISREALOBJ.bind(args).x) as ArrayLike;
  return !iscomplexobj(x);
}
pyfunction(ISREALOBJ, isrealobj);

/** Keyword arguments of np.real_if_close. */
export interface RealIfCloseOptions {
  a?: ArrayLike;
  /** Above 1: in machine epsilons of the dtype; at most 1: an absolute tolerance. */
  tol?: number;
}

/**
 * `numpy.real_if_close(a, tol=100)`: the real parts when every imaginary part is within tol
 * (machine epsilons when tol > 1), else `a` unchanged.
 */
export function real_if_close(a: ArrayLike, ...rest: PyArgs<[tol: number, options: RealIfCloseOptions], RealIfCloseOptions>): NDArray;
export function real_if_close(...args: unknown[]): NDArray {
  const { a, tol } = args.length === 1 ? { a: args[0] as ArrayLike, tol: 100 } : REAL_IF_CLOSE.bind(args);
  const arr = asarray(a);
  if (arr.dtype.kind !== "c") return arr;
  const eps = arr.dtype === complex64 ? 1.1920928955078125e-7 : 2.220446049250313e-16;
  const limit = tol > 1 ? tol * eps : tol;
  let close = true;
  forEachElement(arr, (pos) => {
    if (!(Math.abs(arr.data[2 * pos + 1]) < limit)) close = false;
  });
  return close ? astype(partView(arr, 0), partView(arr, 0).dtype) : arr;
}
pyfunction(REAL_IF_CLOSE, real_if_close);

/** `numpy.sort_complex(a)`: a sorted copy as complex (real parts first, then imaginary parts). */
export function sort_complex(a: ArrayLike): NDArray;
export function sort_complex(...args: unknown[]): NDArray {
  const arr = asarray((args.length === 1 ? args[0] : SORT_COMPLEX.bind(args).a) as ArrayLike);
  const sorted = sort(arr);
  if (sorted.dtype.kind === "c") return sorted;
  // NumPy's table: 8- and 16-bit integers give complex64, everything else complex128
  const small = (sorted.dtype.kind === "i" || sorted.dtype.kind === "u") && sorted.dtype.itemsize <= 2;
  return astype(sorted, small ? complex64 : complex128);
}
pyfunction(SORT_COMPLEX, sort_complex);
