/** `skimage.segmentation.quickshift` (scikit-image 0.19): mode seeking in (colour, space). */
import { NDArray } from "../../np/ndarray";
import { float64, int64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { default_rng } from "../../np/random/generator/generator";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";
import { gaussianFilter } from "../_internal/correlate";
import { img_as_float } from "../util/dtype";
import { rgb2lab } from "../color/colorconv";
import { channelsLast } from "./_channels_last";
import { expNonPositive } from "./_exp";

const QUICKSHIFT = signature(
  "skimage.segmentation.quickshift(image, ratio=1.0, kernel_size=5, max_dist=10, return_tree=False, sigma=0, convert2lab=True, random_seed=42, *, channel_axis=-1)",
  {
    types: {
      image: "array_like", ratio: "float", kernel_size: "float", max_dist: "float", return_tree: "bool", sigma: "float",
      convert2lab: "bool", random_seed: "int", channel_axis: "int",
    },
  },
);

/** Keyword arguments of quickshift. */
export interface QuickshiftOptions {
  ratio?: number;
  kernel_size?: number;
  max_dist?: number;
  return_tree?: boolean;
  sigma?: number;
  convert2lab?: boolean;
  random_seed?: number;
  channel_axis?: number;
}

/**
 * `skimage.segmentation.quickshift(image, ratio=1.0, kernel_size=5, max_dist=10,
 * return_tree=False, sigma=0, convert2lab=True, random_seed=42, *, channel_axis=-1)`: each
 * pixel links to its nearest neighbour of higher Parzen density (ties broken by
 * `default_rng(random_seed)` noise, as scikit-image draws it); links longer than max_dist are
 * cut and the trees become int64 labels. With return_tree, `[labels, parent, dist_parent]`.
 * Gray images need `convert2lab: false`.
 */
export function quickshift(image: NDArrayLike, ...rest: PyArgs<[
  ratio: number, kernel_size: number, max_dist: number, return_tree: false, sigma: number, convert2lab: boolean, random_seed: number, options: QuickshiftOptions & { return_tree?: false },
], QuickshiftOptions & { return_tree?: false }>): NDArray;
export function quickshift(image: NDArrayLike, ...rest: PyArgs<[
  ratio: number, kernel_size: number, max_dist: number, return_tree: true, sigma: number, convert2lab: boolean, random_seed: number, options: QuickshiftOptions & { return_tree: true },
], QuickshiftOptions & { return_tree: true }>): [NDArray, NDArray, NDArray];
export function quickshift(...args: unknown[]): NDArray | [NDArray, NDArray, NDArray] {
  const b = QUICKSHIFT.bind(args);
  let img = img_as_float(asNDArray(b.image));
  if (img.ndim < 3) img = img.reshape(img.ndim === 2 ? [...img.shape, 1] : [1, img.size, 1]);
  if (img.ndim > 3) throw new ValueError("only 2D color images are supported");
  let { values, spatial, channels } = channelsLast(img, b.channel_axis);
  const [height, width] = spatial;
  if (b.convert2lab) values = readFloat64(rgb2lab(NDArray.fromStorage(values, [height, width, channels], float64)));
  if (b.kernel_size < 1) throw new ValueError("`kernel_size` should be >= 1.");
  values = gaussianFilter(values, [height, width, channels], [b.sigma, b.sigma, 0], "reflect", 0, 4.0);
  const scaled = new Float64Array(values.length);
  for (let i = 0; i < scaled.length; i++) scaled[i] = values[i] * b.ratio;
  const noise = readFloat64(default_rng(b.random_seed).normal({ scale: 0.00001, size: [height, width] }) as NDArray);
  const { parent, distParent } = shiftTree(scaled, height, width, channels, b.kernel_size, noise);
  const labels = treeLabels(parent, distParent, b.max_dist);
  const out = NDArray.fromStorage(labels, [height, width], int64);
  if (!b.return_tree) return out;
  return [out, NDArray.fromStorage(parent, [height, width], int64), NDArray.fromStorage(distParent, [height, width], float64)];
}
pyfunction(QUICKSHIFT, quickshift);

/** Densities, then each pixel's nearest denser pixel in the window (itself if none). */
function shiftTree(img: Float64Array, height: number, width: number, channels: number, kernelSize: number, noise: Float64Array): { parent: Float64Array; distParent: Float64Array } {
  const inv = -0.5 / (kernelSize * kernelSize);
  const kw = Math.ceil(3 * kernelSize);
  const density = Float64Array.from(noise);
  const sqDist = (p: number, r: number, c: number, q: number, rr: number, cc: number): number => {
    let d = 0;
    for (let ch = 0; ch < channels; ch++) {
      const t = img[p * channels + ch] - img[q * channels + ch];
      d += t * t;
    }
    const dr = r - rr;
    d += dr * dr;
    const dc = c - cc;
    return d + dc * dc;
  };
  for (let r = 0, p = 0; r < height; r++) {
    const rMin = Math.max(r - kw, 0);
    const rMax = Math.min(r + kw + 1, height);
    for (let c = 0; c < width; c++, p++) {
      const cMin = Math.max(c - kw, 0);
      const cMax = Math.min(c + kw + 1, width);
      let d = density[p];
      if (channels === 3) {
        // sqDist's sums for three channels, in the same order
        const v0 = img[3 * p];
        const v1 = img[3 * p + 1];
        const v2 = img[3 * p + 2];
        for (let rr = rMin; rr < rMax; rr++) {
          const dr = r - rr;
          const dr2 = dr * dr;
          for (let cc = cMin, q = 3 * (rr * width + cMin); cc < cMax; cc++, q += 3) {
            const t0 = v0 - img[q];
            const t1 = v1 - img[q + 1];
            const t2 = v2 - img[q + 2];
            const dc = c - cc;
            d += expNonPositive((t0 * t0 + t1 * t1 + t2 * t2 + dr2 + dc * dc) * inv);
          }
        }
      } else {
        for (let rr = rMin; rr < rMax; rr++) {
          for (let cc = cMin; cc < cMax; cc++) d += expNonPositive(sqDist(p, r, c, rr * width + cc, rr, cc) * inv);
        }
      }
      density[p] = d;
    }
  }
  const parent = new Float64Array(height * width);
  const distParent = new Float64Array(height * width);
  for (let r = 0, p = 0; r < height; r++) {
    const rMin = Math.max(r - kw, 0);
    const rMax = Math.min(r + kw + 1, height);
    for (let c = 0; c < width; c++, p++) {
      const current = density[p];
      let closest = Number.MAX_VALUE;
      let link = p;
      const cMin = Math.max(c - kw, 0);
      const cMax = Math.min(c + kw + 1, width);
      if (channels === 3) {
        // sqDist for three channels, in the same order
        const v0 = img[3 * p];
        const v1 = img[3 * p + 1];
        const v2 = img[3 * p + 2];
        for (let rr = rMin; rr < rMax; rr++) {
          const dr = r - rr;
          const dr2 = dr * dr;
          for (let cc = cMin, q = rr * width + cMin; cc < cMax; cc++, q++) {
            if (!(density[q] > current)) continue;
            const t0 = v0 - img[3 * q];
            const t1 = v1 - img[3 * q + 1];
            const t2 = v2 - img[3 * q + 2];
            const dc = c - cc;
            const d = t0 * t0 + t1 * t1 + t2 * t2 + dr2 + dc * dc;
            if (d < closest) {
              closest = d;
              link = q;
            }
          }
        }
      } else {
        for (let rr = rMin; rr < rMax; rr++) {
          for (let cc = cMin; cc < cMax; cc++) {
            const q = rr * width + cc;
            if (!(density[q] > current)) continue;
            const d = sqDist(p, r, c, q, rr, cc);
            if (d < closest) {
              closest = d;
              link = q;
            }
          }
        }
      }
      parent[p] = link;
      distParent[p] = Math.sqrt(closest);
    }
  }
  return { parent, distParent };
}

/** Roots of the forest once links longer than maxDist are cut, numbered in increasing order. */
function treeLabels(parent: Float64Array, distParent: Float64Array, maxDist: number): Float64Array {
  const n = parent.length;
  const link = new Int32Array(n);
  for (let i = 0; i < n; i++) link[i] = distParent[i] > maxDist ? i : parent[i];
  const root = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let r = i;
    while (link[r] !== r) r = link[r];
    root[i] = r;
  }
  const isRoot = new Uint8Array(n);
  for (let i = 0; i < n; i++) isRoot[root[i]] = 1;
  const rank = new Int32Array(n);
  for (let i = 0, k = 0; i < n; i++) if (isRoot[i]) rank[i] = k++;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = rank[root[i]];
  return out;
}
