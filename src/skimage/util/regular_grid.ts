/** `skimage.util.regular_grid` (0.19). */
import { Slice } from "../../np/indexing/parse";
import { pyfunction, signature } from "../../signature";

const REGULAR_GRID = signature("skimage.util.regular_grid(ar_shape, n_points)", {
  types: { ar_shape: "sequence", n_points: "int" },
});

/** Python's round (half to even) of a positive float. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * `skimage.util.regular_grid(ar_shape, n_points)`: slices (one per axis, as np.slice objects)
 * picking about `n_points` regularly spaced points of an array of that shape, spacing as even
 * as the shape allows. `arr.get(...regular_grid(arr.shape, n))` samples them.
 */
export function regular_grid(ar_shape: readonly number[], n_points: number): Slice[];
export function regular_grid(...args: unknown[]): Slice[] {
  const { ar_shape, n_points } = REGULAR_GRID.bind(args);
  const shape = (ar_shape as number[]).slice();
  const ndim = shape.length;
  // argsort(argsort(shape)): each axis' rank among the sorted sides (stable order for ties)
  const order = [...shape.keys()].sort((a, b) => shape[a] - shape[b] || a - b);
  const rank = new Array<number>(ndim);
  order.forEach((axis, k) => (rank[axis] = k));
  const sorted = order.map((a) => shape[a]);
  let space = shape.reduce((p, q) => p * q, 1);
  if (space <= n_points) return shape.map(() => new Slice(null, null, null));
  const steps = new Array<number>(ndim).fill((space / n_points) ** (1.0 / ndim));
  if (sorted.some((d, k) => d < steps[k])) {
    for (let dim = 0; dim < ndim; dim++) {
      steps[dim] = sorted[dim];
      space = sorted.slice(dim + 1).reduce((p, q) => p * q, 1);
      const s = (space / n_points) ** (1.0 / (ndim - dim - 1));
      for (let k = dim + 1; k < ndim; k++) steps[k] = s;
      if (sorted.every((d, k) => d >= steps[k])) break;
    }
  }
  const slices = steps.map((s) => new Slice(Math.trunc(Math.floor(s / 2)), null, roundHalfEven(s)));
  return rank.map((k) => slices[k]);
}
pyfunction(REGULAR_GRID, regular_grid);
