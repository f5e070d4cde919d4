/** `skimage.metrics.hausdorff_distance` (0.19). */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";

const HAUSDORFF = signature("skimage.metrics.hausdorff_distance(image0, image1)", {
  types: { image0: "array_like", image1: "array_like" },
});

/** Coordinates of the non-zero elements, flattened as (n, ndim) in C order (np.nonzero). */
function points(a: NDArray): Float64Array {
  const v = contiguousStorage(a);
  const ndim = a.ndim;
  const out: number[] = [];
  const idx = new Array<number>(ndim).fill(0);
  for (let n = 0; n < v.length; n++) {
    if (v[n]) out.push(...idx);
    for (let k = ndim - 1; k >= 0; k--) {
      if (++idx[k] < a.shape[k]) break;
      idx[k] = 0;
    }
  }
  return Float64Array.from(out);
}

/**
 * The largest distance from a point of `from` to its nearest point of `to` (squared), skipping
 * a point as soon as something within the running maximum is found.
 */
function directed(from: Float64Array, to: Float64Array, ndim: number): number {
  let worst = 0;
  for (let i = 0; i < from.length; i += ndim) {
    let best = Infinity;
    for (let j = 0; j < to.length && best > worst; j += ndim) {
      let d = 0;
      for (let k = 0; k < ndim; k++) {
        const t = from[i + k] - to[j + k];
        d += t * t;
      }
      if (d < best) best = d;
    }
    if (best > worst) worst = best;
  }
  return worst;
}

/**
 * `skimage.metrics.hausdorff_distance(image0, image1)`: the Hausdorff distance between the
 * non-zero pixels of two images (0 when both are empty, inf when one is).
 */
export function hausdorff_distance(image0: NDArrayLike, image1: NDArrayLike): number;
export function hausdorff_distance(...args: unknown[]): number {
  const { image0, image1 } = HAUSDORFF.bind(args);
  const a = asNDArray(image0 as NDArrayLike, "image0");
  const b = asNDArray(image1 as NDArrayLike, "image1");
  const pa = points(a);
  const pb = points(b);
  if (pa.length === 0) return pb.length === 0 ? 0 : Infinity;
  if (pb.length === 0) return Infinity;
  return Math.sqrt(Math.max(directed(pa, pb, a.ndim), directed(pb, pa, a.ndim)));
}
pyfunction(HAUSDORFF, hausdorff_distance);
