/**
 * Dense matrix products rounded exactly as `np.dot` rounds them on the reference machine
 * (NumPy 1.24 on Debian's OpenBLAS 0.3.21 with its Cooperlake kernels, two threads), so
 * generated data matches scikit-learn bit for bit. NumPy picks the routine by shape
 * (rows x k times k x m): a scalar product when k is 1, ddot for one row and one column,
 * dgemv_t for one column, dgemv_n for one row, dgemm otherwise; each OpenBLAS routine has
 * its own summation orders, in ./openblas. The thread count matters: with one OpenBLAS thread
 * NumPy's own results differ for the large products, so this follows the two threads.
 */
import { ddot } from "./openblas/ddot";
import { smallKernelRow, usesSmallKernel } from "./openblas/gemm_small";
import { packedRow } from "./openblas/gemm_packed";
import { packedPlan } from "./openblas/gemm_packed_plan";
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
  if (m === 1) {
    // one output per row: nothing to buffer
    const split = gemvThreadSplit(rows, k);
    for (let r = 0; r < rows; r++) {
      const ab = (aRow0 + r) * aStride + aCol0;
      let v: number;
      if (k === 1) v = a[ab] * b[0];
      else if (rows === 1) v = ddot(a, ab, b, k);
      else v = r < split ? gemvTRow(a, ab, k, b, r, split) : gemvTRow(a, ab, k, b, r - split, rows - split);
      out[(outRow0 + r) * outStride + outCol0] = v;
    }
    return;
  }
  const tmp = new Float64Array(m);
  const small = usesSmallKernel(rows, k, m);
  const plan = k > 1 && rows > 1 && !small ? packedPlan(rows, k, m) : null;
  for (let r = 0; r < rows; r++) {
    const ab = (aRow0 + r) * aStride + aCol0;
    if (k === 1) {
      for (let j = 0; j < m; j++) tmp[j] = a[ab] * b[j];
    } else if (rows === 1) {
      gemvNRow(a, ab, k, b, m, tmp);
    } else if (plan === null) {
      smallKernelRow(a, ab, k, b, m, r, rows, tmp);
    } else {
      packedRow(a, ab, k, b, m, r, plan, tmp);
    }
    const o = (outRow0 + r) * outStride + outCol0;
    for (let j = 0; j < m; j++) out[o + j] = tmp[j];
  }
}
