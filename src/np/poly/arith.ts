/**
 * NumPy's legacy polynomial functions on coefficient arrays, highest power first: poly,
 * polyadd, polysub, polymul, polydiv, polyder, polyint, polyval. A poly1d argument makes
 * the result a poly1d, as NumPy's do (poly1d.ts registers the wrapping).
 */
import { PyTypeError, ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { zeros, zeros_like, ones } from "../create-filled";
import { DType, float32, float64 } from "../dtype";
import { astype } from "../cast";
import { concatenate } from "../manipulate";
import { add, divide, multiply, subtract } from "../ufuncs/binary";
import { allclose } from "../ufuncs/closeness";
import { convolve } from "../numerical/convolve";
import { eigvals } from "../linalg/eig";
import { arange } from "../create";
import { PyArgs, pyfunction, signature } from "../../signature";
import { PolyLike, asFloat, isPoly1d, asCoeffs, wrapPoly, trimmedCoeffs } from "./coeffs";

/** Coefficients as NumPy's atleast_1d leaves them. */
function atLeast1d(a: unknown): NDArray {
  const arr = asarray(asCoeffs(a));
  return arr.ndim === 0 ? arr.reshape([1]) : arr;
}

const POLY = signature("numpy.poly(seq_of_zeros)");

/**
 * `numpy.poly(seq_of_zeros)`: the coefficients of the monic polynomial with these roots (or
 * the characteristic polynomial of a square matrix, whose eigenvalues must be real here);
 * 1.0 for no roots.
 */
export function poly(seq_of_zeros: ArrayLike): NDArray | number;
export function poly(...args: unknown[]): NDArray | number {
  let zeros_ = atLeast1d(POLY.bind(args).seq_of_zeros);
  const sh = zeros_.shape;
  if (sh.length === 2 && sh[0] === sh[1] && sh[0] !== 0) zeros_ = eigvals(zeros_);
  else if (sh.length === 1) zeros_ = astype(zeros_, zeros_.dtype === float32 ? float32 : float64);
  else throw new ValueError("input must be 1d or non-empty square 2d array.");
  if (zeros_.size === 0) return 1.0;
  const dt = zeros_.dtype;
  let a = ones([1], { dtype: dt });
  for (const z of zeros_.tolist() as number[]) a = convolve(a, asarray([1, -z], dt), "full");
  return a;
}

/** `a` and `b` padded with leading zeros (each in its own dtype) to one length. */
function aligned(a1: NDArray, a2: NDArray): [NDArray, NDArray] {
  const diff = a2.size - a1.size;
  if (diff > 0) return [concatenate([zeros(diff, { dtype: a1.dtype }), a1]), a2];
  if (diff < 0) return [a1, concatenate([zeros(-diff, { dtype: a2.dtype }), a2])];
  return [a1, a2];
}

const POLYADD = signature("numpy.polyadd(a1, a2)");
const POLYSUB = signature("numpy.polysub(a1, a2)");
const POLYMUL = signature("numpy.polymul(a1, a2)");

/** `numpy.polyadd(a1, a2)`: the sum of two polynomials (coefficients, highest power first). */
export function polyadd(a1: ArrayLike, a2: ArrayLike): NDArray;
export function polyadd(a1: ArrayLike | PolyLike, a2: ArrayLike | PolyLike): NDArray | PolyLike;
export function polyadd(...args: unknown[]): NDArray {
  const b = POLYADD.bind(args);
  const [x, y] = aligned(atLeast1d(b.a1), atLeast1d(b.a2));
  return wrapPoly(add(x, y), isPoly1d(b.a1) || isPoly1d(b.a2));
}

/** `numpy.polysub(a1, a2)`: the difference a1 - a2 of two polynomials. */
export function polysub(a1: ArrayLike, a2: ArrayLike): NDArray;
export function polysub(a1: ArrayLike | PolyLike, a2: ArrayLike | PolyLike): NDArray | PolyLike;
export function polysub(...args: unknown[]): NDArray {
  const b = POLYSUB.bind(args);
  const [x, y] = aligned(atLeast1d(b.a1), atLeast1d(b.a2));
  return wrapPoly(subtract(x, y), isPoly1d(b.a1) || isPoly1d(b.a2));
}

/** `numpy.polymul(a1, a2)`: the product of two polynomials (leading zeros dropped first, as poly1d does). */
export function polymul(a1: ArrayLike, a2: ArrayLike): NDArray;
export function polymul(a1: ArrayLike | PolyLike, a2: ArrayLike | PolyLike): NDArray | PolyLike;
export function polymul(...args: unknown[]): NDArray {
  const b = POLYMUL.bind(args);
  return wrapPoly(convolve(trimmedCoeffs(b.a1), trimmedCoeffs(b.a2)), isPoly1d(b.a1) || isPoly1d(b.a2));
}

const POLYDIV = signature("numpy.polydiv(u, v)");

/** `numpy.polydiv(u, v)`: `[q, r]`, quotient and remainder of u / v (float; r's leading near-zeros dropped). */
export function polydiv(u: ArrayLike, v: ArrayLike): [NDArray, NDArray];
export function polydiv(u: ArrayLike | PolyLike, v: ArrayLike | PolyLike): [NDArray, NDArray] | [PolyLike, PolyLike];
export function polydiv(...args: unknown[]): [NDArray, NDArray] | [PolyLike, PolyLike] {
  const b = POLYDIV.bind(args);
  const u = asFloat(atLeast1d(b.u));
  const v = asFloat(atLeast1d(b.v));
  const dt: DType = add(u.get(0), v.get(0)).dtype;
  const uu = astype(u, float64).data, vv = astype(v, float64).data;
  const m = uu.length - 1, n = vv.length - 1;
  const scale = 1 / vv[0];
  const q = new Float64Array(Math.max(m - n + 1, 1));
  const r = Float64Array.from(uu);
  for (let k = 0; k < m - n + 1; k++) {
    const d = scale * r[k];
    q[k] = d;
    for (let j = 0; j <= n; j++) r[k + j] -= d * vv[j];
  }
  let start = 0;
  while (r.length - start > 1 && allclose(r[start], 0, { rtol: 1e-14 })) start++;
  const Q = astype(NDArray.fromStorage(q, [q.length], float64), dt);
  const R = astype(NDArray.fromStorage(r.slice(start), [r.length - start], float64), dt);
  const truepoly = isPoly1d(b.u) || isPoly1d(b.v);
  return [wrapPoly(Q, truepoly), wrapPoly(R, truepoly)];
}

const POLYDER = signature("numpy.polyder(p, m=1)", { types: { m: "int" } });
const POLYINT = signature("numpy.polyint(p, m=1, k=None)", { types: { m: "int" } });

function derive(p: NDArray, m: number): NDArray {
  if (m === 0) return p;
  const n = p.size - 1;
  return derive(multiply(p.get(":-1"), arange(n, 0, -1)), m - 1);
}

/** `numpy.polyder(p, m=1)`: the m-th derivative of a polynomial. */
export function polyder(p: ArrayLike | PolyLike, ...rest: PyArgs<[m: number, options: { p?: ArrayLike | PolyLike; m?: number }], { p?: ArrayLike | PolyLike; m?: number }>): NDArray;
export function polyder(...args: unknown[]): NDArray {
  const b = args.length === 1 ? { p: args[0], m: 1 } : POLYDER.bind(args);
  if (b.m < 0) throw new ValueError("Order of derivative must be positive (see polyint)");
  return wrapPoly(derive(asarray(asCoeffs(b.p)), b.m), isPoly1d(b.p));
}

/**
 * `numpy.polyint(p, m=1, k=None)`: the m-th antiderivative; `k` gives the integration
 * constants (one scalar for all, or m of them, the first used first).
 */
export function polyint(p: ArrayLike | PolyLike, ...rest: PyArgs<[m: number, k: ArrayLike | null, options: { p?: ArrayLike | PolyLike; m?: number; k?: ArrayLike | null }], { p?: ArrayLike | PolyLike; m?: number; k?: ArrayLike | null }>): NDArray;
export function polyint(...args: unknown[]): NDArray {
  const b = args.length === 1 ? { p: args[0], m: 1, k: null } : POLYINT.bind(args);
  const m: number = b.m;
  if (m < 0) throw new ValueError("Order of integral must be positive (see polyder)");
  let k = b.k === null ? new Array<number>(m).fill(0) : (atLeast1d(b.k).tolist() as number[]);
  if (k.length === 1 && m > 1) k = new Array<number>(m).fill(k[0]);
  if (k.length < m) throw new ValueError("k must be a scalar or a rank-1 array of length 1 or >m.");
  let p = asarray(asCoeffs(b.p));
  for (let i = 0; i < m; i++) {
    p = concatenate([divide(p, arange(p.size, 0, -1)), [k[i]]]);
  }
  return wrapPoly(p, isPoly1d(b.p));
}

const POLYVAL = signature("numpy.polyval(p, x)");

/**
 * `numpy.polyval(p, x)`: the polynomial evaluated at x by Horner's scheme (a number for a
 * scalar x; with a poly1d x, the composed poly1d).
 */
export function polyval(p: ArrayLike | PolyLike, x: number): number;
export function polyval(p: ArrayLike | PolyLike, x: ArrayLike | PolyLike): NDArray | number;
export function polyval(...args: unknown[]): NDArray | number {
  const b = POLYVAL.bind(args);
  const p = asarray(asCoeffs(b.p));
  if (isPoly1d(b.x)) {
    let y: NDArray = asarray(0);
    for (let i = 0; i < p.size; i++) y = polyadd(polymul(y, b.x as PolyLike), p.get(i)) as NDArray;
    return wrapPoly(y, true);
  }
  const x = asarray(b.x as ArrayLike);
  if (p.ndim !== 1 && p.ndim !== 0) throw new PyTypeError("polyval() needs a 1-D coefficient sequence");
  let y = zeros_like(x);
  for (let i = 0; i < p.size; i++) y = add(multiply(y, x), p.ndim === 0 ? p : p.get(i));
  return y.ndim === 0 ? (y.item() as number) : y;
}

pyfunction(POLY, poly);
pyfunction(POLYADD, polyadd);
pyfunction(POLYSUB, polysub);
pyfunction(POLYMUL, polymul);
pyfunction(POLYDIV, polydiv);
pyfunction(POLYDER, polyder);
pyfunction(POLYINT, polyint);
pyfunction(POLYVAL, polyval);
