/**
 * A long line thinned to what the picture can show, as matplotlib's path simplification does
 * (rcParams path.simplify): where many consecutive points fall in one column of device pixels
 * (half CSS px: the PNG is drawn at 2x), only the first, the lowest, the highest and the last
 * of them are kept, in their order; the stroke through them covers the same pixels.
 */
import type { AxesFrame } from "./marks";

/** Lines shorter than this many points per plot-area pixel column are drawn as they are. */
const POINTS_PER_COLUMN = 4;

/** Indices of the points to draw (all of them when the line is short or not on linear axes). */
export function visiblePoints(x: ArrayLike<number>, y: ArrayLike<number>, frame: AxesFrame, linear: boolean): ArrayLike<number> | null {
  const n = x.length;
  const columns = Math.max(1, Math.ceil(frame.width * 2));
  if (!linear || n <= POINTS_PER_COLUMN * columns) return null;
  const [x0, x1] = frame.xDomain;
  const scale = columns / (x1 - x0 || 1);
  const keep = new Uint32Array(n);
  let m = 0;
  let i = 0;
  while (i < n) {
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) {
      keep[m++] = i++;
      continue;
    }
    const col = Math.floor((x[i] - x0) * scale);
    let lo = i;
    let hi = i;
    let j = i + 1;
    for (; j < n && Number.isFinite(x[j]) && Number.isFinite(y[j]) && Math.floor((x[j] - x0) * scale) === col; j++) {
      if (y[j] < y[lo]) lo = j;
      if (y[j] > y[hi]) hi = j;
    }
    const last = j - 1;
    keep[m++] = i;
    const [a, b] = lo < hi ? [lo, hi] : [hi, lo];
    if (a !== i && a !== last) keep[m++] = a;
    if (b !== i && b !== last && b !== a) keep[m++] = b;
    if (last !== i) keep[m++] = last;
    i = j;
  }
  return keep.subarray(0, m);
}
