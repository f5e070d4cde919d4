/**
 * scikit-image's ensure_spacing: walking points in their order, keep a point unless an
 * earlier kept one lies closer than `spacing` (Minkowski p-norm, p = Infinity for Chebyshev).
 */

/** The Minkowski distance between two points of `ndim` coordinates stored at a and b. */
export function minkowski(coords: ArrayLike<number>, a: number, b: number, ndim: number, p: number): number {
  let sum = 0;
  let max = 0;
  for (let d = 0; d < ndim; d++) {
    const diff = Math.abs(coords[a * ndim + d] - coords[b * ndim + d]);
    if (p === Infinity) max = Math.max(max, diff);
    else if (p === 1) sum += diff;
    else sum += diff ** p;
  }
  if (p === Infinity) return max;
  return p === 1 ? sum : sum ** (1 / p);
}

/**
 * Indices (into the n points of `coords`, flat n x ndim) that survive: each kept point rejects
 * the later points nearer than `spacing` (or, with `inclusive`, at most `spacing` away);
 * stops after `maxOut` kept points.
 */
export function spacedPoints(coords: ArrayLike<number>, n: number, ndim: number, spacing: number, p: number, maxOut: number | null, inclusive = false): number[] {
  // points of integer coordinates more than one cell of side `spacing` apart along an axis
  // are at least spacing + 1 apart there, so no p-norm (p >= 1) brings them within reach
  const gridded = Number.isInteger(spacing) && spacing >= 1 && p >= 1 && ndim >= 1 && ndim <= 4 && n > 64;
  const rejected = new Uint8Array(n);
  const kept: number[] = [];
  const near = gridded ? cellNeighbours(coords, n, ndim, spacing) : null;
  for (let i = 0; i < n; i++) {
    if (rejected[i]) continue;
    kept.push(i);
    if (maxOut !== null && kept.length >= maxOut) break;
    const reject = (j: number) => {
      if (j <= i || rejected[j]) return;
      const d = minkowski(coords, i, j, ndim, p);
      if (inclusive ? d <= spacing : d < spacing) rejected[j] = 1;
    };
    if (near === null) for (let j = i + 1; j < n; j++) reject(j);
    else near(i, reject);
  }
  return kept;
}

/**
 * A visitor of the points in the 3^ndim grid cells (side `spacing`) around point i's cell:
 * each cell's points in a map from the cell's index (null when the grid's indices would
 * not be exact).
 */
function cellNeighbours(coords: ArrayLike<number>, n: number, ndim: number, spacing: number): ((i: number, visit: (j: number) => void) => void) | null {
  const cell = new Int32Array(n * ndim);
  const lo = new Array<number>(ndim).fill(Infinity);
  const hi = new Array<number>(ndim).fill(-Infinity);
  for (let k = 0; k < n * ndim; k++) {
    const c = Math.floor(coords[k] / spacing);
    cell[k] = c;
    const d = k % ndim;
    if (c < lo[d]) lo[d] = c;
    if (c > hi[d]) hi[d] = c;
  }
  // cell index with a one-cell margin on every side, so neighbours never wrap
  const dims = lo.map((l, d) => hi[d] - l + 3);
  if (!(dims.reduce((a, b) => a * b, 1) < 2 ** 52)) return null;
  const key = (k: number, shift: readonly number[]): number => {
    let at = 0;
    for (let d = 0; d < ndim; d++) at = at * dims[d] + (cell[k * ndim + d] - lo[d] + 1 + shift[d]);
    return at;
  };
  const zero = new Array<number>(ndim).fill(0);
  const runs = new Map<number, number[]>();
  for (let k = 0; k < n; k++) {
    const at = key(k, zero);
    const run = runs.get(at);
    if (run === undefined) runs.set(at, [k]);
    else run.push(k);
  }
  const shifts: number[][] = [];
  for (let m = 0; m < 3 ** ndim; m++) {
    const shift: number[] = [];
    for (let d = 0, r = m; d < ndim; d++, r = Math.floor(r / 3)) shift.push((r % 3) - 1);
    shifts.push(shift);
  }
  return (i, visit) => {
    for (const shift of shifts) {
      const run = runs.get(key(i, shift));
      if (run !== undefined) for (const j of run) visit(j);
    }
  };
}
