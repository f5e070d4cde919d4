/**
 * Connected components of a 2-D image by runs: each row is cut into maximal runs of one
 * non-background value, runs of neighbouring rows that touch (overlap, or meet at a corner
 * with 8-connectivity) and hold the same value are joined, and the labels go to the runs in
 * raster order of each component's first run, which is the order of its first pixel: the
 * numbering of the pixel-by-pixel scan, with one union-find entry per run instead of per pixel.
 */

/** Labels (0 for background) and their count for a rows x cols image in C order. */
export function labelRuns2d(values: ArrayLike<number>, rows: number, cols: number, background: number, eight: boolean): { labels: Int32Array; count: number } {
  const n = rows * cols;
  // runs: start column, end (exclusive), row and value, in raster order
  let cap = 1024;
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let rowOf = new Int32Array(cap);
  const rowFirst = new Int32Array(rows + 1);
  let runs = 0;
  for (let r = 0, i = 0; r < rows; r++) {
    rowFirst[r] = runs;
    for (let c = 0; c < cols; ) {
      const v = values[i];
      if (v === background) {
        c++;
        i++;
        continue;
      }
      const s = c;
      do {
        c++;
        i++;
      } while (c < cols && values[i] === v);
      if (runs === cap) {
        cap *= 2;
        start = grow(start, cap);
        end = grow(end, cap);
        rowOf = grow(rowOf, cap);
      }
      start[runs] = s;
      end[runs] = c;
      rowOf[runs] = r;
      runs++;
    }
  }
  rowFirst[rows] = runs;
  const parent = new Int32Array(runs);
  for (let k = 0; k < runs; k++) parent[k] = k;
  const reach = eight ? 1 : 0;
  for (let r = 1; r < rows; r++) {
    let p = rowFirst[r - 1];
    const pEnd = rowFirst[r];
    const base = r * cols;
    const above = base - cols;
    for (let k = rowFirst[r]; k < rowFirst[r + 1]; k++) {
      // runs above that end before this one can reach are done with for the rest of the row
      while (p < pEnd && end[p] + reach <= start[k]) p++;
      const v = values[base + start[k]];
      for (let q = p; q < pEnd && start[q] < end[k] + reach; q++) {
        if (values[above + start[q]] === v) union(parent, k, q);
      }
    }
  }
  const labels = new Int32Array(n);
  const runLabel = new Int32Array(runs);
  let count = 0;
  for (let k = 0; k < runs; k++) {
    const root = findRoot(parent, k);
    runLabel[k] = root === k ? ++count : runLabel[root];
    labels.fill(runLabel[k], rowOf[k] * cols + start[k], rowOf[k] * cols + end[k]);
  }
  return { labels, count };
}

function grow(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

/** The root of x, halving the path behind it. */
export function findRoot(parent: Int32Array, x: number): number {
  let r = x;
  while (parent[r] !== r) r = parent[r];
  while (parent[x] !== r) {
    const next = parent[x];
    parent[x] = r;
    x = next;
  }
  return r;
}

/** Joins two sets; the smaller root (the earlier run) stays the root. */
export function union(parent: Int32Array, a: number, b: number): void {
  const ra = findRoot(parent, a);
  const rb = findRoot(parent, b);
  if (ra < rb) parent[rb] = ra;
  else if (rb < ra) parent[ra] = rb;
}
