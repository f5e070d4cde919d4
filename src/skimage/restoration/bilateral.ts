/** `skimage.restoration.denoise_bilateral` (0.19): edge-preserving bilateral filtering. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64 } from "../../np/dtype";
import { std } from "../../np/reduce/stats";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, shapeStr, valueRange, warn } from "../_internal/arrays";
import { IMAGE } from "../_internal/bind";
import { NdMode, extendIndex } from "../_internal/boundary";
import { multichannelToAxis } from "../_internal/multichannel";
import { img_as_float } from "../util/dtype";
import { channelBack, channelLast } from "../exposure/_common";

const DENOISE_BILATERAL = signature(
  "skimage.restoration.denoise_bilateral(image, win_size=None, sigma_color=None, sigma_spatial=1, bins=10000, mode='constant', cval=0, multichannel=False, *, channel_axis=None)",
  {
    types: {
      image: IMAGE, win_size: "int|None", sigma_color: "float|None", sigma_spatial: "float", bins: "int", mode: "str", cval: "float",
      multichannel: "bool", channel_axis: "int|None",
    },
  },
);

/** scikit-image's border modes for the bilateral window. */
export type BilateralMode = "constant" | "edge" | "symmetric" | "reflect" | "wrap";

/** Keyword arguments of denoise_bilateral. */
export interface DenoiseBilateralOptions {
  win_size?: number | null;
  sigma_color?: number | null;
  sigma_spatial?: number;
  bins?: number;
  mode?: BilateralMode;
  cval?: number;
  /** Deprecated in scikit-image 0.19: `channel_axis: -1` instead. */
  multichannel?: boolean;
  channel_axis?: number | null;
}

/** scikit-image's mode names as scipy.ndimage's (the index extension they share). */
const MODES: Record<string, NdMode> = { constant: "constant", edge: "nearest", symmetric: "reflect", reflect: "mirror", wrap: "wrap" };

/**
 * `skimage.restoration.denoise_bilateral(image, win_size=None, sigma_color=None,
 * sigma_spatial=1, bins=10000, mode='constant', cval=0, multichannel=False, *,
 * channel_axis=None)`: each pixel becomes the mean of its win_size x win_size window, weighted
 * by a spatial Gaussian (sigma_spatial) times a Gaussian of the colour distance (sigma_color,
 * default the image's standard deviation) looked up in a table of `bins` entries over
 * [0, image max). 2-D grey or colour images (channel_axis). Integer images are scaled by
 * img_as_float first (the table still spans the unscaled maximum, as in scikit-image). A
 * constant image comes back unchanged.
 */
export function denoise_bilateral(
  image: NDArrayLike,
  ...rest: PyArgs<[win_size: number | null, sigma_color: number | null, sigma_spatial: number, bins: number, mode: BilateralMode, cval: number, multichannel: boolean, options: DenoiseBilateralOptions], DenoiseBilateralOptions>
): NDArray;
export function denoise_bilateral(...args: unknown[]): NDArray {
  const b = DENOISE_BILATERAL.bind(args);
  const channelAxis = multichannelToAxis(args, b, 7, "denoise_bilateral");
  const input = asNDArray(b.image as NDArrayLike);
  const img = channelAxis === null ? input : channelLast(input, channelAxis);
  checkLayout(img, channelAxis !== null);
  const sigmaSpatial: number = b.sigma_spatial;
  const win: number = b.win_size ?? Math.max(5, 2 * Math.ceil(3 * sigmaSpatial) + 1);
  const [minValue, maxValue0] = valueRange(contiguousStorage(img));
  if (minValue === maxValue0) return input;
  const fimg = img_as_float(img);
  const single = fimg.dtype === float32;
  // np.atleast_3d: (N,) -> (1, N, 1), (M, N) -> (M, N, 1)
  const rows = fimg.ndim >= 2 ? fimg.shape[0] : 1;
  const cols = fimg.ndim >= 2 ? fimg.shape[1] : fimg.shape[0];
  const dims = fimg.ndim === 3 ? fimg.shape[2] : 1;
  const sigmaColor: number = b.sigma_color || (std(fimg) as number);
  const bins: number = b.bins;
  const colorLut = colourTable(bins, sigmaColor, maxValue0);
  const rangeLut = spatialTable(win, sigmaSpatial);
  if (!(b.mode in MODES)) throw new ValueError("Invalid mode specified.  Please use `constant`, `edge`, `wrap`, `symmetric` or `reflect`.");
  const values = new Float64Array(contiguousStorage(fimg));
  let maxValue = maxValue0;
  if (minValue < 0) {
    for (let i = 0; i < values.length; i++) values[i] -= minValue;
    maxValue -= minValue;
  }
  // bins / dims is an integer division in scikit-image's compiled loop
  const out = filter(values, rows, cols, dims, win, Math.trunc(bins / dims) / maxValue, colorLut, rangeLut, MODES[b.mode], b.cval);
  if (minValue < 0) for (let i = 0; i < out.length; i++) out[i] += minValue;
  // np.squeeze of the (rows, cols, dims) result
  const shape = [rows, cols, dims].filter((d) => d !== 1);
  const result = NDArray.fromStorage(single ? new Float32Array(out) : out, shape, single ? float32 : float64);
  return channelAxis === null || result.ndim !== 3 ? result : channelBack(result, channelAxis);
}
pyfunction(DENOISE_BILATERAL, denoise_bilateral);

function checkLayout(img: NDArray, channels: boolean): void {
  if (channels) {
    if (img.ndim === 2) {
      throw new ValueError("Use ``multichannel=False`` for 2D grayscale images. The last axis of the input image must be multiple color channels not another spatial dimension.");
    }
    if (img.ndim !== 3) {
      throw new ValueError(`Bilateral filter is only implemented for 2D grayscale images (image.ndim == 2) and 2D multichannel (image.ndim == 3) images, but the input image has ${img.ndim} dimensions.`);
    }
    const c = img.shape[2];
    if (c > 4) {
      warn(`The last axis of the input image is interpreted as channels. Input image with shape ${shapeStr(img.shape)} has ${c} channels in last axis. \`\`denoise_bilateral\`\`is implemented for 2D grayscale and color images only.`);
    } else if (c !== 3 && c !== 4) {
      warn(`Input image must be grayscale, RGB, or RGBA; but has shape ${shapeStr(img.shape)}.`);
    }
  } else if (img.ndim > 2) {
    throw new ValueError(`Bilateral filter is not implemented for grayscale images of 3 or more dimensions, but input image has ${shapeStr(img.shape)} shape. Use \`\`channel_axis=-1\`\` for 2D RGB images.`);
  }
}

/** exp(-0.5 v^2 / sigma^2) at v = linspace(0, max, bins, endpoint=False). */
function colourTable(bins: number, sigma: number, max: number): Float64Array {
  const lut = new Float64Array(bins);
  const step = max / bins;
  const s2 = sigma * sigma;
  for (let i = 0; i < bins; i++) {
    const v = i * step;
    lut[i] = Math.exp(-0.5 * ((v * v) / s2));
  }
  return lut;
}

/**
 * The spatial weights as scikit-image lays them out: Gaussians of the distances on the grid
 * arange(-win // 2, win // 2 + 1) squared, raveled; the filter reads entry kr * win + kc.
 */
function spatialTable(win: number, sigma: number): Float64Array {
  const first = Math.floor(-win / 2);
  const len = Math.floor(win / 2) + 1 - first;
  const lut = new Float64Array(len * len);
  const s2 = sigma * sigma;
  for (let r = 0; r < len; r++) {
    for (let c = 0; c < len; c++) {
      const d = Math.hypot(first + r, first + c);
      lut[r * len + c] = Math.exp(-0.5 * ((d * d) / s2));
    }
  }
  return lut;
}

/** The weighted window means over an image padded by the border mode. */
function filter(
  img: Float64Array, rows: number, cols: number, dims: number, win: number, distScale: number,
  colorLut: Float64Array, rangeLut: Float64Array, mode: NdMode, cval: number,
): Float64Array {
  const ext = Math.trunc((win - 1) / 2);
  const pw = cols + 2 * ext;
  const ph = rows + 2 * ext;
  const padded = new Float64Array(ph * pw * dims);
  for (let r = 0; r < ph; r++) {
    const sr = extendIndex(r - ext, rows, mode);
    for (let c = 0; c < pw; c++) {
      const sc = extendIndex(c - ext, cols, mode);
      const o = (r * pw + c) * dims;
      const s = (sr * cols + sc) * dims;
      for (let d = 0; d < dims; d++) padded[o + d] = sr < 0 || sc < 0 ? cval : img[s + d];
    }
  }
  const maxBin = colorLut.length - 1;
  const out = new Float64Array(rows * cols * dims);
  const total = new Float64Array(dims);
  const side = 2 * ext + 1;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const centre = ((r + ext) * pw + c + ext) * dims;
      total.fill(0);
      let totalWeight = 0;
      for (let kr = 0; kr < side; kr++) {
        let p = ((r + kr) * pw + c) * dims;
        for (let kc = 0; kc < side; kc++, p += dims) {
          let dist: number;
          if (dims === 1) {
            dist = Math.abs(padded[centre] - padded[p]);
          } else {
            let s = 0;
            for (let d = 0; d < dims; d++) {
              const t = padded[centre + d] - padded[p + d];
              s += t * t;
            }
            dist = Math.sqrt(s);
          }
          const bin = Math.min(Math.trunc(dist * distScale), maxBin);
          const weight = rangeLut[kr * win + kc] * colorLut[bin];
          for (let d = 0; d < dims; d++) total[d] += padded[p + d] * weight;
          totalWeight += weight;
        }
      }
      const o = (r * cols + c) * dims;
      for (let d = 0; d < dims; d++) out[o + d] = total[d] / totalWeight;
    }
  }
  return out;
}
