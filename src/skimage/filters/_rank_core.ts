/**
 * The core of skimage.filters.rank (0.19) for 2-D images: a histogram of the footprint's
 * pixels that lie inside the image (and the mask) slides along each row; a kernel turns the
 * histogram into the output value. Pixels outside the image are not counted.
 */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { DType, float64, uint16, uint8 } from "../../np/dtype";
import { NotImplementedError, ValueError } from "../../errors";
import { NDArrayLike, asNDArray, warn } from "../_internal/arrays";
import { img_as_ubyte } from "../util/dtype";

/**
 * Turns a histogram (n bins, pop pixels, values summing to `sum`) into an output value; `g` is
 * the centre pixel's value, `mid` is n_bins // 2. The value is stored as C casts it (truncated,
 * wrapped into the output's integer type).
 */
export type RankKernel = (hist: Float64Array, pop: number, nBins: number, sum: number, g: number, mid: number) => number;

function extremes(h: Float64Array, n: number): [number, number] {
  let lo = 0;
  while (lo < n && !h[lo]) lo++;
  let hi = n - 1;
  while (hi > 0 && !h[hi]) hi--;
  return [lo, hi];
}

export const KERNELS: Record<string, RankKernel> = {
  // the running sum of the window's values is the histogram's first moment
  mean: (_h, pop, _n, sum) => (pop ? Math.trunc(sum / pop) : 0),
  median: (h, pop, n) => {
    if (!pop) return 0;
    let s = pop / 2.0;
    for (let i = 0; i < n; i++) {
      if (h[i]) {
        s -= h[i];
        if (s < 0) return i;
      }
    }
    return 0;
  },
  minimum: (h, pop, n) => {
    if (!pop) return 0;
    for (let i = 0; i < n; i++) if (h[i]) return i;
    return 0;
  },
  maximum: (h, pop, n) => {
    if (!pop) return 0;
    for (let i = n - 1; i >= 0; i--) if (h[i]) return i;
    return 0;
  },
  autolevel: (h, pop, n, _s, g) => {
    if (!pop) return 0;
    const [lo, hi] = extremes(h, n);
    return hi - lo > 0 ? Math.trunc(((n - 1) * (g - lo)) / (hi - lo)) : 0;
  },
  equalize: (h, pop, n, _s, g) => {
    if (!pop) return 0;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      sum += h[i];
      if (i >= g) break;
    }
    return Math.trunc(((n - 1) * sum) / pop);
  },
  gradient: (h, pop, n) => {
    if (!pop) return 0;
    const [lo, hi] = extremes(h, n);
    return hi - lo;
  },
  geometric_mean: (h, pop, n) => {
    if (!pop) return 0;
    let m = 0;
    for (let i = 0; i < n; i++) if (h[i]) m += h[i] * Math.log(i + 1);
    return Math.round(Math.exp(m / pop) - 1);
  },
  subtract_mean: (_h, pop, _n, sum, g, mid) => (pop ? Math.trunc((g - sum / pop) / 2 + mid - 1) : 0),
  modal: (h, pop, n) => {
    if (!pop) return 0;
    let hmax = 0;
    let imax = 0;
    for (let i = 0; i < n; i++) {
      if (h[i] > hmax) {
        hmax = h[i];
        imax = i;
      }
    }
    return imax;
  },
  enhance_contrast: (h, pop, n, _s, g) => {
    if (!pop) return 0;
    const [lo, hi] = extremes(h, n);
    return hi - g < g - lo ? hi : lo;
  },
  pop: (_h, pop) => pop,
  sum: (_h, pop, _n, sum) => (pop ? sum : 0),
  threshold: (_h, pop, _n, sum, g) => (pop ? (g > sum / pop ? 1 : 0) : 0),
  noise_filter: (h, _pop, n, _s, g) => {
    if (h[g] > 0) return 0;
    // a loop that finds nothing leaves its variable at the last value tried, as in Cython
    let i = g;
    while (i > 0 && !h[i]) i--;
    const below = g - i;
    i = g;
    while (i < n - 1 && !h[i]) i++;
    return i - g < below ? i - g : below;
  },
  entropy: (h, pop, n) => {
    if (!pop) return 0;
    let e = 0;
    for (let i = 0; i < n; i++) {
      const p = h[i] / pop;
      if (p > 0) e -= (p * Math.log(p)) / 0.6931471805599453;
    }
    return e;
  },
  otsu: (h, pop, n, sum) => {
    if (!pop) return 0;
    let maxI = 0;
    let q1 = h[0];
    let mu1 = 0;
    let best = 0;
    for (let i = 1; i < n; i++) {
      const P = h[i];
      if (P === 0) continue;
      q1 += P;
      if (q1 === pop) break;
      mu1 += i * P;
      const mu2 = sum - mu1;
      const t = (pop - q1) * mu1 - mu2 * q1;
      const sigma = (t * t) / (q1 * (pop - q1));
      if (sigma > best) {
        best = sigma;
        maxI = i;
      }
    }
    return maxI;
  },
  majority: (h, pop, n) => {
    let candidate = 0;
    if (pop) {
      let votes = h[0];
      for (let i = 1; i < n; i++) {
        if (h[i] > votes) {
          candidate = i;
          votes = h[i];
        }
      }
    }
    return candidate;
  },
};

/** The uint8/uint16 image the rank filters work on (others through img_as_ubyte, with a warning). */
function rankImage(image: NDArray): NDArray {
  if (image.ndim !== 2) {
    if (image.ndim === 3) throw new NotImplementedError("rank filters of 3-D images are not supported yet (2-D images are)");
    throw new ValueError("The parameter `image` must be a 2-dimensional array");
  }
  if (image.dtype.kind === "b") throw new ValueError("dtype cannot be bool.");
  if (image.dtype === uint8 || image.dtype === uint16) return image;
  warn(`Possible precision loss converting image of type ${image.dtype.name} to uint8 as required by rank filters. Convert manually using skimage.util.img_as_ubyte to silence this warning.`);
  return img_as_ubyte(image);
}

/** Applies `kernel` over the footprint around every pixel; output in the image's dtype. */
export function applyRank(
  imageIn: NDArrayLike, footprintIn: NDArrayLike | null, maskIn: NDArrayLike | null, shiftX: number, shiftY: number, kernel: RankKernel,
  options: { float64Out?: boolean; clearCentre?: boolean } = {},
): NDArray {
  const image = rankImage(asNDArray(imageIn));
  const fp = footprintIn === null ? NDArray.fromStorage(new Uint8Array(9).fill(1), [3, 3], uint8) : asNDArray(footprintIn, "footprint");
  if (fp.ndim !== image.ndim) throw new ValueError("Image dimensions and neighborhood dimensionsdo not match");
  const [rows, cols] = image.shape;
  const [srows, scols] = fp.shape;
  const cr = Math.trunc(srows / 2) + shiftY;
  const cc = Math.trunc(scols / 2) + shiftX;
  if (cr < 0 || cr >= srows || cc < 0 || cc >= scols) throw new ValueError(`shift moves the footprint centre outside it (centre ${cr}, ${cc})`);
  const fv = Uint8Array.from(contiguousStorage(fp), (v) => (v > 0 ? 1 : 0));
  if (options.clearCentre) fv[cr * scols + cc] = 0;
  const img = contiguousStorage(image);
  const mask = maskIn === null ? null : contiguousStorage(img_as_ubyte(asNDArray(maskIn, "mask")));
  let nBins = 256;
  if (image.dtype === uint16) {
    let max = 0;
    for (let i = 0; i < img.length; i++) if (img[i] > max) max = img[i];
    nBins = Math.max(3, max) + 1;
  }
  // footprint offsets, and the east/west edges the window gains and loses when it moves right
  const all: [number, number][] = [];
  const east: [number, number][] = [];
  const west: [number, number][] = [];
  for (let r = 0; r < srows; r++) {
    for (let c = 0; c < scols; c++) {
      if (!fv[r * scols + c]) continue;
      all.push([r - cr, c - cc]);
      if (c === scols - 1 || !fv[r * scols + c + 1]) east.push([r - cr, c - cc]);
      if (c === 0 || !fv[r * scols + c - 1]) west.push([r - cr, c - cc - 1]);
    }
  }
  const hist = new Float64Array(nBins);
  const outType: DType = options.float64Out ? float64 : image.dtype;
  const out = new outType.storage(img.length);
  const mid = nBins >> 1;
  const inside = (r: number, c: number) => r >= 0 && r < rows && c >= 0 && c < cols && (mask === null || mask[r * cols + c] !== 0);
  for (let r = 0; r < rows; r++) {
    hist.fill(0);
    let pop = 0;
    let sum = 0;
    for (const [dr, dc] of all) {
      if (inside(r + dr, dc)) {
        const v = img[(r + dr) * cols + dc];
        hist[v]++;
        sum += v;
        pop++;
      }
    }
    out[r * cols] = kernel(hist, pop, nBins, sum, img[r * cols], mid);
    for (let c = 1; c < cols; c++) {
      for (const [dr, dc] of east) {
        if (inside(r + dr, c + dc)) {
          const v = img[(r + dr) * cols + c + dc];
          hist[v]++;
          sum += v;
          pop++;
        }
      }
      for (const [dr, dc] of west) {
        if (inside(r + dr, c + dc)) {
          const v = img[(r + dr) * cols + c + dc];
          hist[v]--;
          sum -= v;
          pop--;
        }
      }
      out[r * cols + c] = kernel(hist, pop, nBins, sum, img[r * cols + c], mid);
    }
  }
  return NDArray.fromStorage(out, [rows, cols], outType);
}

/** rank.median with its default footprint (used by filters.median with behavior='rank'). */
export function rankMedian(image: NDArrayLike, footprint: NDArrayLike | null): NDArray {
  return applyRank(image, footprint, null, 0, 0, KERNELS.median);
}
