/**
 * make_classification's last step in one pass over the data: X += shift, X *= scale, then the
 * rows and the columns permuted as `X[rows][:, cols]`, and y with the rows. The features come
 * in two row-major buffers, the first `w` columns in `head` and the others in `tail`.
 */
import { uninitStorage } from "../../np/alloc";
import { releaseHeapArray } from "../../np/heap/heap";
import { scatterRowsWasm } from "./scatter_wasm";

/** The inverse permutation: inv[perm[i]] = i. */
function inverse(perm: Int32Array): Int32Array {
  const inv = uninitStorage(Int32Array, perm.length) as Int32Array;
  for (let i = 0; i < perm.length; i++) inv[perm[i]] = i;
  return inv;
}

/**
 * Returns [X, y] with X[r, j] = (F[rows[r], c] + shift[c]) * scale[c] for c = cols[j], F the
 * features [head | tail] (nf columns), and y[r] = labels[rows[r]].
 */
export function placeShuffled(
  head: Float64Array, w: number, tail: Float64Array, nf: number, labels: Float64Array,
  shift: Float64Array, scale: Float64Array, rows: Int32Array, cols: Int32Array,
): [Float64Array, Float64Array] {
  const n = rows.length;
  const X = uninitStorage(Float64Array, n * nf) as Float64Array;
  const y = uninitStorage(Float64Array, n) as Float64Array;
  // Scatter (sequential reads, row-sized writes) beats gathering random rows.
  const rowTo = inverse(rows);
  const colTo = inverse(cols);
  if (!scatterRowsWasm(head, w, tail, X, nf, rowTo, colTo, shift, scale)) scatterRows(head, w, tail, X, nf, rowTo, colTo, shift, scale);
  scatterLabels(labels, y, rowTo);
  releaseHeapArray(rowTo);
  return [X, y];
}

/**
 * X[rowTo[s], colTo[c]] = (F[s, c] + shift[c]) * scale[c], F[s] being head's row s (w values)
 * followed by tail's row s (nf - w values).
 */
function scatterRows(
  head: Float64Array, w: number, tail: Float64Array, X: Float64Array, nf: number,
  rowTo: Int32Array, colTo: Int32Array, shift: Float64Array, scale: Float64Array,
): void {
  const n = rowTo.length;
  const wt = nf - w;
  for (let s = 0; s < n; s++) {
    const base = rowTo[s] * nf;
    const h = s * w;
    for (let c = 0; c < w; c++) X[base + colTo[c]] = (head[h + c] + shift[c]) * scale[c];
    const t = s * wt - w;
    for (let c = w; c < nf; c++) X[base + colTo[c]] = (tail[t + c] + shift[c]) * scale[c];
  }
}

function scatterLabels(labels: Float64Array, y: Float64Array, rowTo: Int32Array): void {
  for (let s = 0; s < rowTo.length; s++) y[rowTo[s]] = labels[s];
}
