/**
 * The core of skimage.filters.rank (0.19) for 2-D images: a histogram of the footprint's
 * pixels that lie inside the image (and the mask) slides along each row; a kernel turns the
 * histogram into the output value. Pixels outside the image are not counted.
 */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { DType, uint16, uint8 } from "../../np/dtype";
import { NotImplementedError, ValueError } from "../../errors";
import { NDArrayLike, asNDArray, warn } from "../_internal/arrays";
import { img_as_ubyte } from "../util/dtype";

/** Turns a histogram (n bins, pop pixels, values summing to `sum`) into an output value. */
export type RankKernel = (hist: Float64Array, pop: number, nBins: number, sum: number) => number;

export const KERNELS: Record<"mean" | "median" | "minimum" | "maximum", RankKernel> = {
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
): NDArray {
  const image = rankImage(asNDArray(imageIn));
  const fp = footprintIn === null ? NDArray.fromStorage(new Uint8Array(9).fill(1), [3, 3], uint8) : asNDArray(footprintIn, "footprint");
  if (fp.ndim !== image.ndim) throw new ValueError("Image dimensions and neighborhood dimensionsdo not match");
  const [rows, cols] = image.shape;
  const [srows, scols] = fp.shape;
  const fv = contiguousStorage(fp);
  const cr = Math.trunc(srows / 2) + shiftY;
  const cc = Math.trunc(scols / 2) + shiftX;
  if (cr < 0 || cr >= srows || cc < 0 || cc >= scols) throw new ValueError(`shift moves the footprint centre outside it (centre ${cr}, ${cc})`);
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
  const out = new (image.dtype.storage)(img.length);
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
    out[r * cols] = kernel(hist, pop, nBins, sum);
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
      out[r * cols + c] = kernel(hist, pop, nBins, sum);
    }
  }
  return NDArray.fromStorage(out, [rows, cols], image.dtype as DType);
}

/** rank.median with its default footprint (used by filters.median with behavior='rank'). */
export function rankMedian(image: NDArrayLike, footprint: NDArrayLike | null): NDArray {
  return applyRank(image, footprint, null, 0, 0, KERNELS.median);
}
