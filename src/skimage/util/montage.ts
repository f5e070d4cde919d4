/** `skimage.util.montage` (0.19): a stack of images tiled into one. */
import { NDArray } from "../../np/ndarray";
import { uninitStorage } from "../../np/alloc";
import { contiguousStorage } from "../../np/contiguous";
import { astype } from "../../np/cast";
import { float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, warn } from "../_internal/arrays";
import { pairwiseSum } from "../_internal/correlate";
import { channelLast } from "../exposure/_common";
import { rescaleValues } from "../exposure/rescale";

const MONTAGE = signature("skimage.util.montage(arr_in, fill='mean', rescale_intensity=False, grid_shape=None, padding_width=0, multichannel=False, *, channel_axis=None)", {
  types: { arr_in: "array_like", fill: "str|float|sequence", rescale_intensity: "bool", grid_shape: "sequence|None", padding_width: "int", multichannel: "bool", channel_axis: "int|None" },
});

/** Keyword arguments of montage. */
export interface MontageOptions {
  /** 'mean' (per channel) or a value (one per channel) for the empty tiles and padding. */
  fill?: "mean" | number | readonly number[];
  rescale_intensity?: boolean;
  grid_shape?: readonly [number, number] | null;
  padding_width?: number;
  /** Deprecated in scikit-image 0.19: `channel_axis: -1` instead. */
  multichannel?: boolean;
  channel_axis?: number | null;
}

/**
 * `skimage.util.montage(arr_in, fill='mean', rescale_intensity=False, grid_shape=None,
 * padding_width=0, multichannel=False, *, channel_axis=None)`: the K images of a (K, M, N[, C])
 * stack laid out row by row on a grid (default ceil(sqrt(K)) square), `padding_width` apart;
 * empty places get `fill`. With `rescale_intensity` each image is first stretched to its
 * dtype's range (the input is not changed). Same dtype out.
 */
export function montage(
  arr_in: NDArrayLike,
  ...rest: PyArgs<[fill: MontageOptions["fill"], rescale_intensity: boolean, grid_shape: readonly [number, number] | null, padding_width: number, multichannel: boolean, options: MontageOptions], MontageOptions>
): NDArray;
export function montage(...args: unknown[]): NDArray {
  const b = MONTAGE.bind(args);
  let channelAxis: number | null = b.channel_axis;
  if (b.multichannel) {
    warn("`multichannel` is a deprecated argument name for `montage`. It will be removed in version 1.0. Please use `channel_axis` instead.", "FutureWarning");
    channelAxis = -1;
  }
  let arr = asNDArray(b.arr_in as NDArrayLike, "arr_in");
  if (channelAxis !== null) arr = channelLast(arr, channelAxis);
  const shape4 = channelAxis === null ? [...arr.shape, 1] : arr.shape.slice();
  if (shape4.length !== 4) {
    throw new ValueError("Input array has to be 3-dimensional for grayscale images, or 4-dimensional with a `channel_axis` specified.");
  }
  const [n, rows, cols, nch] = shape4;
  let tr: number, tc: number;
  if (b.grid_shape) [tr, tc] = (b.grid_shape as number[]).map((s) => Math.trunc(s));
  else tr = tc = Math.ceil(Math.sqrt(n));
  let values = contiguousStorage(arr);
  const per = rows * cols * nch;
  if (b.rescale_intensity) {
    const copy = new arr.dtype.storage(values.length);
    for (let i = 0; i < n; i++) {
      const scaled = rescaleValues(values.subarray(i * per, (i + 1) * per), arr.dtype, "image", "dtype");
      copy.set(contiguousStorage(astype(NDArray.fromStorage(scaled, [per], float64), arr.dtype)), i * per);
    }
    values = copy;
  }
  let fill: number[];
  if (b.fill === "mean") {
    fill = [];
    const buf = nch === 1 && values instanceof Float64Array ? values : new Float64Array(n * rows * cols);
    for (let c = 0; c < nch; c++) {
      if (buf === values) {
        fill.push(pairwiseSum(buf, 0, buf.length) / buf.length);
        continue;
      }
      for (let i = 0; i < buf.length; i++) buf[i] = values[i * nch + c];
      fill.push(pairwiseSum(buf, 0, buf.length) / buf.length);
    }
  } else fill = typeof b.fill === "number" ? [b.fill] : (b.fill as number[]).slice();
  if (typeof b.fill === "string" && b.fill !== "mean") throw new ValueError(`could not convert string to float: '${b.fill}'`);
  const fillCast = contiguousStorage(astype(NDArray.fromStorage(Float64Array.from(fill), [fill.length], float64), arr.dtype));
  const pad = b.padding_width;
  const outRows = (rows + pad) * tr + pad;
  const outCols = (cols + pad) * tc + pad;
  const out = uninitStorage(arr.dtype.storage, outRows * outCols * nch);
  if (fillCast.length === 1) out.fill(fillCast[0]);
  else for (let p = 0; p < outRows * outCols; p++) for (let c = 0; c < nch; c++) out[p * nch + c] = fillCast[c];
  if (n > tr * tc) throw new ValueError(`could not broadcast: ${n} images do not fit a ${tr}x${tc} grid`);
  // each image row is one run of cols * nch values in both arrays
  const run = cols * nch;
  for (let i = 0; i < n; i++) {
    const r0 = pad + (rows + pad) * Math.floor(i / tc);
    const c0 = pad + (cols + pad) * (i % tc);
    for (let r = 0; r < rows; r++) {
      const from = i * per + r * run;
      out.set(values.subarray(from, from + run), ((r0 + r) * outCols + c0) * nch);
    }
  }
  const outShape = channelAxis === null ? [outRows, outCols] : [outRows, outCols, nch];
  return NDArray.fromStorage(out, outShape, arr.dtype);
}
pyfunction(MONTAGE, montage);
