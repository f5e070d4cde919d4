/**
 * norm, cond and matrix_rank of complex input. Every norm but the spectral ones depends only
 * on the moduli, so it is the real norm of np.abs(x); ord 2, -2 and 'nuc' of matrices and
 * cond by singular values use the complex singular values (complex-embed.ts).
 */
import { NDArray } from "../ndarray";
import { complex128, complex64, float32, float64, int64 } from "../dtype";
import { Complex } from "../complex/scalar";
import { astype } from "../cast";
import { abs } from "../ufuncs/unary";
import { divide, multiply } from "../ufuncs/binary";
import { max, min, sum } from "../reduce/stats";
import { moveaxis } from "../manipulation/move-axes";
import { normalizeAxis } from "../shape";
import { complexSingularValues } from "./complex-embed";
import { norm } from "./norm";
import { inv } from "./solve";
import type { NormOrder } from "./norm";

/** The matrix axes a norm call reduces, or null for a vector norm. */
function matrixAxes(x: NDArray, ord: NormOrder, axis: number | readonly number[] | null): [number, number] | null {
  if (axis === null) return x.ndim === 2 && ord !== null ? [0, 1] : null;
  if (typeof axis === "number" || axis.length !== 2) return null;
  return [normalizeAxis(axis[0], x.ndim), normalizeAxis(axis[1], x.ndim)];
}

/** `np.linalg.norm` of a complex array (the arguments already bound). */
export function complexNorm(x: NDArray, ord: NormOrder, axis: number | readonly number[] | null, keepdims: boolean): NDArray | number {
  const axes = matrixAxes(x, ord, axis);
  if (axes === null || !(ord === 2 || ord === -2 || ord === "nuc")) return norm(abs(x), ord, axis, keepdims);
  const s = complexSingularValues(moveaxis(x, axes, [-2, -1]));
  let reduced = (ord === 2 ? max : ord === -2 ? min : sum)(s, { axis: -1 }) as NDArray | number;
  if (reduced instanceof NDArray && reduced.ndim === 0) reduced = reduced.item() as number;
  if (!keepdims) return reduced;
  const shape = x.shape.map((d, i) => (axes.includes(i) ? 1 : d));
  return (reduced instanceof NDArray ? reduced : new NDArray(new Float64Array([reduced]), [], [], 0, float64)).reshape(shape);
}

/** `np.linalg.cond` of complex matrices: by singular values for p None, 2, -2, else norm(x) * norm(inv(x)). */
export function complexCond(x: NDArray, p: NormOrder): NDArray | number | Complex {
  let r: NDArray | number;
  if (p === null || p === 2 || p === -2) {
    const s = complexSingularValues(x);
    const big = max(s, { axis: -1 }) as NDArray | number;
    const small = min(s, { axis: -1 }) as NDArray | number;
    r = p === -2 ? divide(small, big) : divide(big, small);
  } else {
    // NumPy casts this product to the input's (complex) result type
    const product = multiply(norm(x, p, [-2, -1]), norm(inv(x), p, [-2, -1]));
    const asComplex = astype(product, x.dtype === complex64 ? complex64 : complex128);
    return asComplex.ndim === 0 ? new Complex(asComplex.real.item() as number, 0, asComplex.dtype) : asComplex;
  }
  if (r instanceof NDArray && r.ndim === 0) r = r.item() as number;
  return x.dtype === complex64 && typeof r !== "number" ? astype(r, float32) : r;
}

/** `np.linalg.matrix_rank` of complex matrices: singular values above tol (default S.max * max(M, N) * eps). */
export function complexMatrixRank(A: NDArray, tol: number | null): NDArray | number {
  const s = complexSingularValues(A);
  const k = s.shape[s.ndim - 1];
  const eps = A.dtype === complex64 ? 2 ** -23 : 2 ** -52;
  const values = s.astype("float64").ravel().tolist() as number[];
  const count = values.length / Math.max(k, 1);
  const out = new Float64Array(count);
  for (let t = 0; t < count; t++) {
    const row = values.slice(t * k, (t + 1) * k);
    const limit = tol ?? Math.max(0, ...row) * Math.max(A.shape[A.ndim - 1], A.shape[A.ndim - 2]) * eps;
    out[t] = row.filter((v) => v > limit).length;
  }
  return A.ndim === 2 ? out[0] : NDArray.fromStorage(out, A.shape.slice(0, -2), int64);
}

