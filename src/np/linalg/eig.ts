/**
 * np.linalg.eig and eigvals for general real matrices: balancing permutation, Hessenberg
 * reduction, Francis QR to real Schur form, eigenvectors by back-substitution through its
 * diagonal blocks; complex eigenvalues give complex results, as NumPy's.
 */
import { DType, complex128, complex64, float32 } from "../dtype";
import { normalizeVectors, schurVectors } from "./eig-vectors";
import { pyfunction, signature } from "../../signature";
import { NDArray } from "../ndarray";
import { ArrayLike } from "../create";
import { hessenberg } from "./hessenberg";
import { balance } from "./balance";
import { hessenbergSchur } from "./schur";
import { assertFinite, assertSquare, atLeast2d, resultArray, squareStack } from "./stack";
import { complexEigenpairs, complexEigenvalues } from "./complex-eig";
import { astype } from "../cast";
import { contiguousStorage } from "../contiguous";

const EIG = signature("numpy.linalg.eig(a)", { types: { a: "array_like" } });
const EIGVALS = signature("numpy.linalg.eigvals(a)", { types: { a: "array_like" } });

/** Eigenvalues (in Schur order) into (w, wIm) at wOff; unit eigenvectors as columns into (v, vIm) at vOff. */
function eigOne(data: Float64Array, off: number, n: number, out: EigOut, wOff: number, vOff: number): void {
  const t = data.slice(off, off + n * n);
  const { swaps, scale } = balance(t, n);
  const z = hessenberg(t, n);
  const { wr, wi } = hessenbergSchur(t, z, n);
  for (let i = 0; i < n; i++) {
    out.w[wOff + i] = wr[i];
    out.wIm[wOff + i] = wi[i];
  }
  if (out.v === null) return;
  let norm = 0;
  for (let i = 0; i < n * n; i++) norm = Math.max(norm, Math.abs(t[i]));
  const small = Number.EPSILON * (norm || 1);
  const { re, im } = schurVectors(t, z, n, wr, wi, small);
  // undo the balancing (dgebak): scale the rows, then swap them back, last swap first
  for (const part of [re, im]) {
    for (let r = 0; r < n; r++) {
      if (scale[r] !== 1) for (let c = 0; c < n; c++) part[r * n + c] *= scale[r];
    }
    for (let s = swaps.length - 1; s >= 0; s--) {
      const [i, j] = swaps[s];
      if (i === j) continue;
      for (let c = 0; c < n; c++) {
        const tmp = part[i * n + c];
        part[i * n + c] = part[j * n + c];
        part[j * n + c] = tmp;
      }
    }
  }
  normalizeVectors(re, im, n, wi);
  out.v.set(re, vOff);
  out.vIm!.set(im, vOff);
}

/** The parts of eig's results for a whole stack. */
interface EigOut {
  w: Float64Array;
  wIm: Float64Array;
  v: Float64Array | null;
  vIm: Float64Array | null;
}

/** Real parts and imaginary parts as one complex array (complex64 for float32 input, as NumPy's). */
function complexResult(re: Float64Array, im: Float64Array, shape: number[], dt: DType): NDArray {
  const cdt = dt === float32 ? complex64 : complex128;
  const out = NDArray.fromStorage(new cdt.storage(re.length), shape, cdt);
  for (let i = 0; i < re.length; i++) {
    out.data[2 * i] = re[i];
    out.data[2 * i + 1] = im[i];
  }
  return out;
}

function run(sig: typeof EIG, args: unknown[], withVectors: boolean): NDArray | [NDArray, NDArray] {
  const st = squareStack(sig.bind(args).a);
  const n = st.rows;
  assertFinite(st.data, "Array must not contain infs or NaNs");
  const size = st.count * n * n;
  const out: EigOut = {
    w: new Float64Array(st.count * n),
    wIm: new Float64Array(st.count * n),
    v: withVectors ? new Float64Array(size) : null,
    vIm: withVectors ? new Float64Array(size) : null,
  };
  for (let t = 0; t < st.count; t++) eigOne(st.data, t * n * n, n, out, t * n, t * n * n);
  // NumPy returns real arrays when every eigenvalue of the stack is real, complex ones otherwise
  const real = out.wIm.every((x) => x === 0);
  const wShape = [...st.batch, n];
  const vShape = [...st.batch, n, n];
  const W = real ? resultArray(out.w, wShape, st.dtype) : complexResult(out.w, out.wIm, wShape, st.dtype);
  if (out.v === null) return W;
  return [W, real ? resultArray(out.v, vShape, st.dtype) : complexResult(out.v, out.vIm!, vShape, st.dtype)];
}

/**
 * `numpy.linalg.eig(a)`: `[w, v]`, the eigenvalues of a square matrix (in LAPACK's order, not
 * sorted: NumPy's order for matrices up to 74 x 74, where LAPACK takes its small-matrix path;
 * larger ones may list the same values in another order) and unit eigenvectors as the columns
 * of v, signed as NumPy's (the same LAPACK steps produce them); stacks too. Real eigenvalues
 * give float64 results; when some are complex, w and v are complex128 (conjugate pairs, the
 * one with positive imaginary part first; each complex vector's largest component real, its
 * sign sometimes opposite to NumPy's). Complex input follows zgeev's steps: complex w and v,
 * each vector of unit norm with its largest component real and positive, as NumPy's.
 */
export function eig(a: ArrayLike): [NDArray, NDArray];
export function eig(...args: unknown[]): [NDArray, NDArray] {
  const arr = atLeast2d(EIG.bind(args).a);
  if (arr.dtype.kind === "c") return complexEig(arr, true) as [NDArray, NDArray];
  return run(EIG, args, true) as [NDArray, NDArray];
}
pyfunction(EIG, eig);

/** `numpy.linalg.eigvals(a)`: the eigenvalues of a general square matrix, in LAPACK's order (complex128 when some are complex; complex input too, by zgeev's steps). */
export function eigvals(a: ArrayLike): NDArray;
export function eigvals(...args: unknown[]): NDArray {
  const arr = atLeast2d(EIGVALS.bind(args).a);
  if (arr.dtype.kind === "c") return complexEig(arr, false) as NDArray;
  return run(EIGVALS, args, false) as NDArray;
}

/** eig / eigvals of a stack of complex matrices by zgeev's steps: complex results (complex64 for complex64 input). */
function complexEig(arr: NDArray, withVectors: boolean): NDArray | [NDArray, NDArray] {
  assertSquare(arr);
  const n = arr.shape[arr.ndim - 1];
  const data = contiguousStorage(astype(arr, complex128)) as Float64Array;
  assertFinite(data, "Array must not contain infs or NaNs");
  const count = n === 0 ? 0 : data.length / (2 * n * n);
  const w = new Float64Array(2 * count * n);
  const v = new Float64Array(withVectors ? 2 * count * n * n : 0);
  for (let t = 0; t < count; t++) {
    if (!withVectors) {
      w.set(complexEigenvalues(data, 2 * t * n * n, n), 2 * t * n);
      continue;
    }
    const pair = complexEigenpairs(data, 2 * t * n * n, n);
    w.set(pair.w, 2 * t * n);
    v.set(pair.v, 2 * t * n * n);
  }
  const cdt = arr.dtype === complex64 ? complex64 : complex128;
  const W = astype(NDArray.fromStorage(w, arr.shape.slice(0, -1), complex128), cdt);
  if (!withVectors) return W;
  return [W, astype(NDArray.fromStorage(v, arr.shape.slice(), complex128), cdt)];
}
pyfunction(EIGVALS, eigvals);
