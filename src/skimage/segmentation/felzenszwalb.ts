/** `skimage.segmentation.felzenszwalb` (scikit-image 0.19): graph-based segmentation. */
import { NDArray } from "../../np/ndarray";
import { int64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { argQuicksort } from "../../np/argquicksort";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, warn } from "../_internal/arrays";
import { gaussianFilter } from "../_internal/correlate";
import { multichannelToAxis } from "../_internal/multichannel";
import { img_as_float64 } from "../util/dtype";
import { image2d } from "./_channels_last";
import { findRoot, joinTrees, sequentialRoots } from "./_union_find";

const FELZENSZWALB = signature("skimage.segmentation.felzenszwalb(image, scale=1, sigma=0.8, min_size=20, multichannel=True, *, channel_axis=-1)", {
  types: { image: "array_like", scale: "float", sigma: "float", min_size: "int", multichannel: "bool", channel_axis: "int|None" },
});

/** Keyword arguments of felzenszwalb. */
export interface FelzenszwalbOptions {
  scale?: number;
  sigma?: number;
  min_size?: number;
  /** deprecated: use channel_axis */
  multichannel?: boolean;
  channel_axis?: number | null;
}

/**
 * `skimage.segmentation.felzenszwalb(image, scale=1, sigma=0.8, min_size=20,
 * multichannel=True, *, channel_axis=-1)`: Felzenszwalb and Huttenlocher's minimum spanning
 * tree clustering on the 8-connected pixel grid. Returns int64 labels 0..n-1, the same as
 * scikit-image's (the edges are ordered by NumPy's own unstable argsort, so ties fall the
 * same way). A 2-D image is one channel.
 */
export function felzenszwalb(image: NDArrayLike, ...rest: PyArgs<[scale: number, sigma: number, min_size: number, multichannel: boolean, options: FelzenszwalbOptions], FelzenszwalbOptions>): NDArray;
export function felzenszwalb(...args: unknown[]): NDArray {
  const b = FELZENSZWALB.bind(args);
  const img = asNDArray(b.image);
  const channelAxis = multichannelToAxis(args, b, 4, "felzenszwalb");
  if (channelAxis === null && img.ndim > 2) throw new ValueError("This algorithm works only on single or multi-channel 2d images. ");
  const { values, spatial, channels } = image2d(img_as_float64(img), channelAxis, "This algorithm");
  if (channels > 3) {
    warn(`Got image with third dimension of ${channels}. This image will be interpreted as a multichannel 2d image, which may not be intended.`, "RuntimeWarning");
  }
  const [height, width] = spatial;
  const smooth = gaussianFilter(values, [height, width, channels], [b.sigma, b.sigma, 0], "reflect", 0, 4.0);
  return NDArray.fromStorage(segment(smooth, height, width, channels, b.scale / 255, b.min_size), [height, width], int64);
}
pyfunction(FELZENSZWALB, felzenszwalb);

/** The four edge families in scikit-image's order: right, down, down-right, up-right. */
function buildEdges(img: Float64Array, height: number, width: number, channels: number): { costs: Float64Array; ends: Int32Array } {
  const n = height * (width - 1) + (height - 1) * width + 2 * Math.max(height - 1, 0) * Math.max(width - 1, 0);
  const costs = new Float64Array(n);
  const ends = new Int32Array(2 * n);
  let e = 0;
  const add = (p: number, q: number): void => {
    let s = 0;
    for (let c = 0; c < channels; c++) {
      const d = img[p * channels + c] - img[q * channels + c];
      s += d * d;
    }
    costs[e] = Math.sqrt(s);
    ends[2 * e] = p;
    ends[2 * e + 1] = q;
    e++;
  };
  for (let y = 0; y < height; y++) for (let x = 1; x < width; x++) add(y * width + x, y * width + x - 1);
  for (let y = 1; y < height; y++) for (let x = 0; x < width; x++) add(y * width + x, (y - 1) * width + x);
  for (let y = 1; y < height; y++) for (let x = 1; x < width; x++) add(y * width + x, (y - 1) * width + x - 1);
  for (let y = 0; y < height - 1; y++) for (let x = 1; x < width; x++) add(y * width + x, (y + 1) * width + x - 1);
  return { costs, ends };
}

/**
 * findRoot that also halves the path it walks (each node pointed at its grandparent): roots
 * stay every tree's smallest node, so every later find gives the same answer, sooner.
 */
function findRootHalving(forest: Int32Array, n: number): number {
  while (forest[n] < n) {
    const up = forest[n];
    forest[n] = forest[up];
    n = up;
  }
  return n;
}

function segment(img: Float64Array, height: number, width: number, channels: number, scale: number, minSize: number): Float64Array {
  const { costs, ends } = buildEdges(img, height, width, channels);
  const order = new Int32Array(costs.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  argQuicksort(costs, order);
  // the edges gathered in sorted order once, so both passes read them in sequence
  const m = order.length;
  const sortedCost = new Float64Array(m);
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const e = order[k];
    sortedCost[k] = costs[e];
    from[k] = ends[2 * e];
    to[k] = ends[2 * e + 1];
  }
  const size = height * width;
  const forest = new Int32Array(size);
  for (let i = 0; i < size; i++) forest[i] = i;
  const segSize = new Float64Array(size).fill(1);
  const inner = new Float64Array(size);
  for (let k = 0; k < m; k++) {
    const s0 = findRootHalving(forest, from[k]);
    const s1 = findRootHalving(forest, to[k]);
    if (s0 === s1) continue;
    // scikit-image keeps these two in C floats
    const c0 = Math.fround(inner[s0] + scale / segSize[s0]);
    const c1 = Math.fround(inner[s1] + scale / segSize[s1]);
    if (sortedCost[k] < Math.min(c0, c1)) {
      joinTrees(forest, s0, s1);
      const root = findRoot(forest, s0);
      segSize[root] = segSize[s0] + segSize[s1];
      inner[root] = sortedCost[k];
    }
  }
  for (let k = 0; k < m; k++) {
    const s0 = findRootHalving(forest, from[k]);
    const s1 = findRootHalving(forest, to[k]);
    if (s0 === s1) continue;
    if (segSize[s0] < minSize || segSize[s1] < minSize) {
      joinTrees(forest, s0, s1);
      const root = findRoot(forest, s0);
      segSize[root] = segSize[s0] + segSize[s1];
    }
  }
  return sequentialRoots(forest);
}
