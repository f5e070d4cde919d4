/**
 * NumPy's default argsort (kind='quicksort', NumPy 1.24 on every CPU): an introsort with
 * median-of-three partitions, insertion sort for 16 elements or fewer and a heapsort past the depth
 * limit. It is not stable, so where values tie its order is the algorithm's own; reproducing
 * the algorithm step for step gives NumPy's exact indices (what `np.argsort` prints, and
 * what scikit-image's peak ordering depends on). NaN sorts last.
 */

const SMALL = 15;

/** NumPy's `a < b` for floats: NaN is the largest. */
function less(a: number, b: number): boolean {
  return a < b || (b !== b && a === a);
}

/** Sorts `idx` (indices into `v`) in place as NumPy's aquicksort does. */
export function argQuicksort(v: ArrayLike<number>, idx: Int32Array | Float64Array | number[]): void {
  const num = idx.length;
  if (num < 2) return;
  const stack: number[] = [];
  const depths: number[] = [];
  let pl = 0;
  let pr = num - 1;
  let depth = 2 * msb(num);
  for (;;) {
    if (depth < 0) {
      heapsortRange(v, idx, pl, pr - pl + 1);
    } else {
      while (pr - pl > SMALL) {
        const pm = pl + ((pr - pl) >> 1);
        if (less(v[idx[pm]], v[idx[pl]])) swap(idx, pm, pl);
        if (less(v[idx[pr]], v[idx[pm]])) swap(idx, pr, pm);
        if (less(v[idx[pm]], v[idx[pl]])) swap(idx, pm, pl);
        const vp = v[idx[pm]];
        let pi = pl;
        let pj = pr - 1;
        swap(idx, pm, pj);
        for (;;) {
          do ++pi; while (less(v[idx[pi]], vp));
          do --pj; while (less(vp, v[idx[pj]]));
          if (pi >= pj) break;
          swap(idx, pi, pj);
        }
        swap(idx, pi, pr - 1);
        // The larger side waits on the stack; the loop goes on with the smaller.
        if (pi - pl < pr - pi) {
          stack.push(pi + 1, pr);
          pr = pi - 1;
        } else {
          stack.push(pl, pi - 1);
          pl = pi + 1;
        }
        depths.push(--depth);
      }
      for (let pi = pl + 1; pi <= pr; pi++) {
        const vi = idx[pi];
        const vp = v[vi];
        let pj = pi;
        while (pj > pl && less(vp, v[idx[pj - 1]])) {
          idx[pj] = idx[pj - 1];
          pj--;
        }
        idx[pj] = vi;
      }
    }
    if (stack.length === 0) break;
    pr = stack.pop()!;
    pl = stack.pop()!;
    depth = depths.pop()!;
  }
}

/** Index of the most significant set bit (NumPy's npy_get_msb). */
function msb(n: number): number {
  let depth = 0;
  while ((n = Math.floor(n / 2)) > 0) depth++;
  return depth;
}

function swap(a: Int32Array | Float64Array | number[], i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/** NumPy's argsort kind='heapsort': its aheapsort over all of `idx`. */
export function argHeapsort(v: ArrayLike<number>, idx: Int32Array | Float64Array | number[]): void {
  heapsortRange(v, idx, 0, idx.length);
}

/** NumPy's aheapsort over idx[start .. start + n). */
function heapsortRange(v: ArrayLike<number>, idx: Int32Array | Float64Array | number[], start: number, n: number): void {
  // One-based positions, as NumPy's heap indexing has them.
  const at = (k: number) => start + k - 1;
  for (let l = n >> 1; l > 0; l--) siftDown(v, idx, at, l, n, idx[at(l)]);
  for (let m = n; m > 1; ) {
    const tmp = idx[at(m)];
    idx[at(m)] = idx[at(1)];
    m--;
    siftDown(v, idx, at, 1, m, tmp);
  }
}

function siftDown(v: ArrayLike<number>, idx: Int32Array | Float64Array | number[], at: (k: number) => number, l: number, n: number, tmp: number): void {
  let i = l;
  let j = l << 1;
  while (j <= n) {
    if (j < n && less(v[idx[at(j)]], v[idx[at(j + 1)]])) j++;
    if (less(v[tmp], v[idx[at(j)]])) {
      idx[at(i)] = idx[at(j)];
      i = j;
      j += j;
    } else break;
  }
  idx[at(i)] = tmp;
}
