/** `skimage.metrics.hausdorff_distance` (0.19). */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { squaredDistanceToSites } from "./_squared_edt";

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

/** The non-zero elements of `a` marked on a grid of `shape` (at least as large on each axis). */
function sitesOn(a: NDArray, shape: readonly number[]): { sites: Uint8Array; count: number } {
  const v = contiguousStorage(a);
  const size = shape.reduce((p, n) => p * n, 1);
  const sites = new Uint8Array(size);
  let count = 0;
  if (a.shape.every((n, k) => n === shape[k])) {
    for (let i = 0; i < v.length; i++) {
      if (v[i]) {
        sites[i] = 1;
        count++;
      }
    }
    return { sites, count };
  }
  const ndim = shape.length;
  const idx = new Array<number>(ndim).fill(0);
  for (let n = 0; n < v.length; n++) {
    if (v[n]) {
      let g = 0;
      for (let k = 0; k < ndim; k++) g = g * shape[k] + idx[k];
      sites[g] = 1;
      count++;
    }
    for (let k = ndim - 1; k >= 0; k--) {
      if (++idx[k] < a.shape[k]) break;
      idx[k] = 0;
    }
  }
  return { sites, count };
}

/** The largest squared distance from a site of `from` to the nearest site of `to`. */
function directedOnGrid(from: Uint8Array, to: Uint8Array, shape: readonly number[]): number {
  const d = squaredDistanceToSites(to, shape);
  let worst = 0;
  for (let i = 0; i < from.length; i++) if (from[i] && d[i] > worst) worst = d[i];
  return worst;
}

/**
 * `skimage.metrics.hausdorff_distance(image0, image1)`: the Hausdorff distance between the
 * non-zero pixels of two images (0 when both are empty, inf when one is). Computed from exact
 * squared distance transforms over a grid holding both images (same value as the pairwise
 * search over the two point sets, which remains for images of different ranks).
 */
export function hausdorff_distance(image0: NDArrayLike, image1: NDArrayLike): number;
export function hausdorff_distance(...args: unknown[]): number {
  const { image0, image1 } = HAUSDORFF.bind(args);
  const a = asNDArray(image0 as NDArrayLike, "image0");
  const b = asNDArray(image1 as NDArrayLike, "image1");
  if (a.ndim === b.ndim && a.ndim > 0) {
    const shape = a.shape.map((n, k) => Math.max(n, b.shape[k]));
    const sa = sitesOn(a, shape);
    const sb = sitesOn(b, shape);
    if (sa.count === 0) return sb.count === 0 ? 0 : Infinity;
    if (sb.count === 0) return Infinity;
    return Math.sqrt(Math.max(directedOnGrid(sa.sites, sb.sites, shape), directedOnGrid(sb.sites, sa.sites, shape)));
  }
  const pa = points(a);
  const pb = points(b);
  if (pa.length === 0) return pb.length === 0 ? 0 : Infinity;
  if (pb.length === 0) return Infinity;
  return Math.sqrt(Math.max(directed(pa, pb, a.ndim), directed(pb, pa, a.ndim)));
}
pyfunction(HAUSDORFF, hausdorff_distance);
