/**
 * Dense matrix products rounded exactly as `np.dot` rounds them on the reference machine
 * (NumPy 1.24 on Debian's OpenBLAS 0.3.21 with its Cooperlake kernels, two threads), so
 * generated data matches scikit-learn bit for bit. NumPy picks the routine by shape
 * (rows x k times k x m): a scalar product when k is 1, ddot for one row and one column,
 * dgemv_t for one column, dgemv_n for one row, dgemm otherwise; each OpenBLAS routine has
 * its own summation orders, in ./openblas.
 */
import { ddot } from "./openblas/ddot";
import { smallKernelRow, usesSmallKernel } from "./openblas/gemm_small";
import { packedPlan, packedRow } from "./openblas/gemm_threaded";
import { gemvNRow } from "./openblas/gemv_n";
import { gemvThreadSplit, gemvTRow } from "./openblas/gemv_t";

/**
 * out[r, j] = sum_t a[r, t] * b[t, j] for the `rows` rows of `a` starting at aRow0 with row
 * stride aStride (reading columns aCol0 .. aCol0 + k), b row-major k x m; writes to `out`
 * with row stride outStride starting at out column outCol0. Rows are read before written.
 */
export function dotRows(
  a: Float64Array, aRow0: number, rows: number, aStride: number, aCol0: number, k: number,
  b: Float64Array, m: number,
  out: Float64Array, outRow0: number, outStride: number, outCol0: number,
): void {
  if (rows === 0 || m === 0) return;
  const tmp = new Float64Array(m);
  const rowOf = (r: number) => (aRow0 + r) * aStride + aCol0;
  const write = (r: number) => out.set(tmp, (outRow0 + r) * outStride + outCol0);
  if (k === 1) {
    for (let r = 0; r < rows; r++) {
      const v = a[rowOf(r)];
      for (let j = 0; j < m; j++) tmp[j] = v * b[j];
      write(r);
    }
  } else if (m === 1 && rows === 1) {
    tmp[0] = ddot(a, rowOf(0), b, k);
    write(0);
  } else if (m === 1) {
    const split = gemvThreadSplit(rows, k);
    for (let r = 0; r < rows; r++) {
      tmp[0] = r < split ? gemvTRow(a, rowOf(r), k, b, r, split) : gemvTRow(a, rowOf(r), k, b, r - split, rows - split);
      write(r);
    }
  } else if (rows === 1) {
    gemvNRow(a, rowOf(0), k, b, m, tmp);
    write(0);
  } else if (usesSmallKernel(rows, k, m)) {
    for (let r = 0; r < rows; r++) {
      smallKernelRow(a, rowOf(r), k, b, m, r, rows, tmp);
      write(r);
    }
  } else {
    const plan = packedPlan(rows, k, m);
    for (let r = 0; r < rows; r++) {
      packedRow(a, rowOf(r), k, b, m, r, plan, tmp);
      write(r);
    }
  }
}
