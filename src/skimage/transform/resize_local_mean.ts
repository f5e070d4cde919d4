/** `skimage.transform.resize_local_mean` (0.19): resizing by the mean over each output pixel's footprint. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { IMAGE } from "../_internal/bind";
import { axisLayout } from "../_internal/boundary";
import { channelBack, channelLast } from "../exposure/_common";
import { convertToFloat } from "./resize";

const RESIZE_LOCAL_MEAN = signature("skimage.transform.resize_local_mean(image, output_shape, grid_mode=True, preserve_range=False, *, channel_axis=None)", {
  types: { image: IMAGE, output_shape: "sequence", grid_mode: "bool", preserve_range: "bool", channel_axis: "int|None" },
});

/** Keyword arguments of resize_local_mean. */
export interface ResizeLocalMeanOptions {
  grid_mode?: boolean;
  preserve_range?: boolean;
  channel_axis?: number | null;
}

/**
 * `skimage.transform.resize_local_mean(image, output_shape, grid_mode=True,
 * preserve_range=False, *, channel_axis=None)`: each output pixel is the area-weighted mean of
 * the input pixels its footprint overlaps, axis by axis (pixels as areas with `grid_mode`, as
 * points between half-pixel breaks without). With `channel_axis`, output_shape may leave the
 * channels out. Float out (img_as_float unless preserve_range).
 */
export function resize_local_mean(
  image: NDArrayLike, output_shape: readonly number[],
  ...rest: PyArgs<[grid_mode: boolean, preserve_range: boolean, options: ResizeLocalMeanOptions], ResizeLocalMeanOptions>
): NDArray;
export function resize_local_mean(...args: unknown[]): NDArray {
  const b = RESIZE_LOCAL_MEAN.bind(args);
  let img = asNDArray(b.image as NDArrayLike);
  let outShape = Array.from(b.output_shape as number[]);
  const channelAxis: number | null = b.channel_axis;
  if (channelAxis !== null) {
    if (channelAxis < -img.ndim || channelAxis >= img.ndim) throw new ValueError("invalid channel_axis");
    img = channelLast(img, channelAxis);
    const nc = img.shape[img.ndim - 1];
    if (outShape.length === img.ndim - 1) {
      outShape.push(nc);
    } else if (outShape.length === img.ndim) {
      const ax = ((channelAxis % img.ndim) + img.ndim) % img.ndim;
      if (outShape[ax] !== nc) throw new ValueError("Cannot reshape along the channel_axis. Use channel_axis=None to reshape along all axes.");
      outShape = [...outShape.slice(0, ax), ...outShape.slice(ax + 1), nc];
    } else {
      throw new ValueError("len(output_shape) must be image.ndim or (image.ndim - 1) when a channel_axis is specified.");
    }
  } else if (outShape.length === img.ndim - 1) {
    outShape.push(img.shape[img.ndim - 1]);
  } else if (outShape.length < img.ndim) {
    throw new ValueError("output_shape length cannot be smaller than the image number of dimensions");
  }
  const fimg = convertToFloat(img, b.preserve_range);
  const single = fimg.dtype === float32;
  let values = new Float64Array(contiguousStorage(fimg));
  let shape = fimg.shape.slice();
  for (let axis = 0; axis < img.ndim; axis++) {
    if (shape[axis] === outShape[axis]) continue;
    values = meanAlongAxis(values, shape, axis, localMeanWeights(shape[axis], outShape[axis], b.grid_mode));
    shape[axis] = outShape[axis];
  }
  // output dimensions beyond the image's are of length 1
  shape = shape.concat(outShape.slice(img.ndim));
  let out = NDArray.fromStorage(single ? new Float32Array(values) : values, shape, single ? float32 : float64);
  if (channelAxis !== null) out = channelBack(out, channelAxis);
  return out;
}
pyfunction(RESIZE_LOCAL_MEAN, resize_local_mean);

/** np.linspace(start, stop, num): k * step + start, the last sample exactly stop. */
function linspaceValues(start: number, stop: number, num: number): number[] {
  const out: number[] = [];
  const div = num - 1;
  const step = (stop - start) / div;
  for (let k = 0; k < num; k++) out.push(div > 0 && step === 0 ? ((k / div) * (stop - start)) + start : k * step + start);
  if (num > 1) out[num - 1] = stop;
  return out;
}

/** scikit-image's _local_mean_weights: (newSize x oldSize) overlaps of the two grids' cells, rows summing to 1. */
function localMeanWeights(oldSize: number, newSize: number, gridMode: boolean): Float64Array {
  let oldBreaks: number[];
  let newBreaks: number[];
  if (gridMode) {
    oldBreaks = linspaceValues(0, oldSize, oldSize + 1);
    newBreaks = linspaceValues(0, oldSize, newSize + 1);
  } else {
    const o = oldSize - 1;
    const n = newSize - 1;
    oldBreaks = [0, ...linspaceValues(0.5, o - 0.5, o), o];
    const val = n === 0 ? Infinity : (0.5 * o) / n;
    newBreaks = [0, ...linspaceValues(val, o - val, n), o];
  }
  const cols = oldBreaks.length - 1;
  const w = new Float64Array(newSize * cols);
  for (let i = 0; i < newSize; i++) {
    let sum = 0;
    for (let j = 0; j < cols; j++) {
      const v = Math.max(Math.min(newBreaks[i + 1], oldBreaks[j + 1]) - Math.max(newBreaks[i], oldBreaks[j]), 0);
      w[i * cols + j] = v;
      sum += v;
    }
    for (let j = 0; j < cols; j++) w[i * cols + j] /= sum;
  }
  return w;
}

/** out[..., i, ...] = sum_j w[i, j] values[..., j, ...] along `axis`. */
function meanAlongAxis(values: Float64Array, shape: readonly number[], axis: number, w: Float64Array): Float64Array {
  const { outer, n, inner } = axisLayout(shape, axis);
  const m = w.length / n;
  const out = new Float64Array(outer * m * inner);
  // each output cell overlaps a run of input cells: [first[i], last[i]]
  const first = new Int32Array(m);
  const last = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    let j0 = 0;
    while (j0 < n - 1 && w[i * n + j0] === 0) j0++;
    let j1 = n - 1;
    while (j1 > j0 && w[i * n + j1] === 0) j1--;
    first[i] = j0;
    last[i] = j1;
  }
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < m; i++) {
      const ob = (o * m + i) * inner;
      for (let j = first[i]; j <= last[i]; j++) {
        const wij = w[i * n + j];
        if (wij === 0) continue;
        const sb = (o * n + j) * inner;
        for (let k = 0; k < inner; k++) out[ob + k] += wij * values[sb + k];
      }
    }
  }
  return out;
}
