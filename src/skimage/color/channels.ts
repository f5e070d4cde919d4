/**
 * Channel-axis plumbing for the colour conversions: an image is viewed as
 * (outer, channels, inner) in C order, so any channel_axis is handled without copies.
 */
import { NDArray } from "../../np/ndarray";
import { float32 } from "../../np/dtype";
import { AxisError, IndexError, ValueError } from "../../errors";
import { shapeStr } from "../_internal/arrays";
import { img_as_float32, img_as_float64 } from "../util/dtype";

export interface ChannelLayout {
  outer: number;
  channels: number;
  inner: number;
  axis: number;
}

/**
 * Normalises channel_axis against ndim, raising NumPy's AxisError when out of range: the text
 * of np.moveaxis ("source: axis 5 ...") unless `prefix` says otherwise (np.stack has none).
 */
export function channelLayout(shape: readonly number[], channel_axis = -1, prefix = "source: "): ChannelLayout {
  const ndim = shape.length;
  if (!Number.isInteger(channel_axis)) throw new TypeError("channel_axis must be an integer");
  if (channel_axis < -ndim || channel_axis >= ndim) throw new AxisError(`${prefix}axis ${channel_axis} is out of bounds for array of dimension ${ndim}`);
  const axis = channel_axis < 0 ? channel_axis + ndim : channel_axis;
  let outer = 1;
  for (let k = 0; k < axis; k++) outer *= shape[k];
  let inner = 1;
  for (let k = axis + 1; k < ndim; k++) inner *= shape[k];
  return { outer, channels: shape[axis], inner, axis };
}

/** The checks of scikit-image's `_prepare_colorarray`: a channel axis of size 3. */
export function colorLayout(arr: NDArray, channel_axis = -1): ChannelLayout {
  // scikit-image reads image.shape[channel_axis] first
  if (arr.ndim === 0) throw new IndexError("tuple index out of range");
  const layout = channelLayout(arr.shape, channel_axis);
  if (layout.channels !== 3) {
    throw new ValueError(`the input array must have size 3 along \`channel_axis\`, got ${shapeStr(arr.shape)}`);
  }
  return layout;
}

/** scikit-image's `_prepare_colorarray`: checks for 3 channels, converts to float (float32 stays float32). */
export function prepareColorArray(arr: NDArray, channel_axis = -1): { image: NDArray; layout: ChannelLayout } {
  const layout = colorLayout(arr, channel_axis);
  const image = arr.dtype === float32 ? img_as_float32(arr) : img_as_float64(arr);
  return { image, layout };
}
