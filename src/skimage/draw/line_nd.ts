/** `skimage.draw.line_nd` (0.19): a line through n-dimensional space. */
import { NDArray } from "../../np/ndarray";
import { float64, int64 } from "../../np/dtype";
import { pyfunction, signature } from "../../signature";

const LINE_ND = signature("skimage.draw.line_nd(start, stop, *, endpoint=False, integer=True)", {
  types: { start: "sequence", stop: "sequence", endpoint: "bool", integer: "bool" },
});

/** Round half to even (np.round). */
function rint(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * `skimage.draw.line_nd(start, stop, *, endpoint=False, integer=True)`: one coordinate array
 * per dimension for the points of the line from `start` towards `stop` (stop included with
 * `endpoint`), one point per unit of the longest axis; rounded to integers (int64) unless
 * `integer` is false.
 */
export function line_nd(start: readonly number[], stop: readonly number[], options?: { endpoint?: boolean; integer?: boolean }): NDArray[];
export function line_nd(...args: unknown[]): NDArray[] {
  const b = LINE_ND.bind(args);
  const start = (b.start as number[]).map(Number);
  const stop = (b.stop as number[]).map(Number);
  let npoints = Math.ceil(Math.max(...start.map((s, k) => Math.abs(stop[k] - s))));
  if (b.endpoint) npoints += 1;
  const div = b.endpoint ? npoints - 1 : npoints;
  const deltas = start.map((s, k) => stop[k] - s);
  const steps = deltas.map((d) => d / div);
  // np.linspace: with any zero step every axis uses (i / div) * delta
  const anyZero = div > 0 && steps.some((s) => s === 0);
  return start.map((s, k) => {
    const coords = new Float64Array(npoints);
    for (let i = 0; i < npoints; i++) {
      if (div > 0) coords[i] = (anyZero ? (i / div) * deltas[k] : i * steps[k]) + s;
      else coords[i] = i * deltas[k] + s;
    }
    if (b.endpoint && npoints > 1) coords[npoints - 1] = stop[k];
    if (!b.integer) return NDArray.fromStorage(coords, [npoints], float64);
    const half = npoints > 1 && ((coords[0] % 1) + 1) % 1 === 0.5 && coords[1] - coords[0] === 1;
    for (let i = 0; i < npoints; i++) coords[i] = half ? Math.floor(coords[i]) : rint(coords[i]);
    return NDArray.fromStorage(coords, [npoints], int64);
  });
}
pyfunction(LINE_ND, line_nd);
