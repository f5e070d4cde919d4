/** np.linalg.qr: Householder QR with LAPACK's reflector convention, every mode, stacks too. */
import { NotImplementedError, ValueError } from "../../errors";
import { pyfunction, signature } from "../../signature";
import { NDArray } from "../ndarray";
import { ArrayLike } from "../create";
import { atLeast2d, matrixStack, resultArray } from "./stack";
import { formQ, qrFactor } from "./householder";
import { complexQr } from "./complex-qr";

/** Keyword arguments of np.linalg.qr. */
export interface QrOptions {
  a?: ArrayLike;
  mode?: "reduced" | "complete" | "r" | "raw";
}

const QR = signature("numpy.linalg.qr(a, mode='reduced')", { types: { a: "array_like", mode: "str" } });

/**
 * `numpy.linalg.qr(a, mode='reduced')`: a = Q @ R with Q orthonormal and R upper triangular,
 * R's diagonal signed as LAPACK's dgeqrf gives it. mode "reduced" gives `[Q (M, K), R (K, N)]`,
 * "complete" `[Q (M, M), R (M, N)]`, "r" only R (K, N), "raw" `[h, tau]` with h the
 * factored matrix transposed (N, M); K = min(M, N). Stacks (..., M, N) work matrix by matrix.
 */
export function qr(a: ArrayLike, mode?: "reduced" | "complete" | QrOptions): [NDArray, NDArray];
export function qr(a: ArrayLike, mode: "raw" | (QrOptions & { mode: "raw" })): [NDArray, NDArray];
export function qr(a: ArrayLike, mode: "r" | (QrOptions & { mode: "r" })): NDArray;
export function qr(a: ArrayLike, mode?: string | QrOptions): NDArray | [NDArray, NDArray];
export function qr(...args: unknown[]): NDArray | [NDArray, NDArray] {
  const bound = QR.bind(args);
  let mode: string = bound.mode;
  if (mode === "f" || mode === "full") mode = "reduced";
  else if (mode === "e" || mode === "economic") throw new NotImplementedError("qr() mode='economic' (deprecated in NumPy) is not supported; use mode='raw'");
  if (!["reduced", "complete", "r", "raw"].includes(mode)) throw new ValueError(`Unrecognized mode '${mode}'`);
  const input = atLeast2d(bound.a);
  if (input.dtype.kind === "c") return complexQr(input, mode);
  const st = matrixStack(input);
  const { rows: m, cols: n, count, batch, data, dtype } = st;
  const k = Math.min(m, n);
  const tau = new Float64Array(count * k);
  const w = new Float64Array(Math.max(m, n));
  for (let t = 0; t < count; t++) qrFactor(data, t * m * n, m, n, tau.subarray(t * k), w);
  if (mode === "raw") {
    const h = new Float64Array(count * m * n);
    for (let t = 0; t < count; t++) {
      for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) h[t * m * n + j * m + i] = data[t * m * n + i * n + j];
    }
    return [resultArray(h, [...batch, n, m], dtype), resultArray(tau, [...batch, k], dtype)];
  }
  const rRows = mode === "complete" ? m : k;
  const r = new Float64Array(count * rRows * n);
  for (let t = 0; t < count; t++) {
    for (let i = 0; i < k; i++) {
      for (let j = i; j < n; j++) r[t * rRows * n + i * n + j] = data[t * m * n + i * n + j];
    }
  }
  const R = resultArray(r, [...batch, rRows, n], dtype);
  if (mode === "r") return R;
  const qCols = mode === "complete" ? m : k;
  const q = new Float64Array(count * m * qCols);
  for (let t = 0; t < count; t++) {
    q.set(formQ(data, t * m * n, m, n, tau.subarray(t * k), k, qCols, new Float64Array(Math.max(qCols, 1))), t * m * qCols);
  }
  return [resultArray(q, [...batch, m, qCols], dtype), R];
}
pyfunction(QR, qr);
