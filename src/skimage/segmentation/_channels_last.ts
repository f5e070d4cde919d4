/**
 * Superpixel methods read an image as (rows, cols, channels) float values, as scikit-image's
 * `channel_as_last_axis` decorator and `np.atleast_3d` leave it.
 */
import { NDArray } from "../../np/ndarray";
import { moveaxis } from "../../np/manipulation/move-axes";
import { AxisError, ValueError } from "../../errors";
import { readFloat64 } from "../_internal/arrays";

/** An image's values with channels last, flat in C order. */
export interface ChannelsLast {
  values: Float64Array;
  /** shape without the channel axis */
  spatial: number[];
  channels: number;
}

/** The image with `channelAxis` moved last (None: one channel appended). */
export function channelsLast(img: NDArray, channelAxis: number | null): ChannelsLast {
  if (channelAxis === null) return { values: readFloat64(img), spatial: img.shape.slice(), channels: 1 };
  const ax = channelAxis < 0 ? channelAxis + img.ndim : channelAxis;
  if (ax < 0 || ax >= img.ndim) throw new AxisError(`axis ${channelAxis} is out of bounds for array of dimension ${img.ndim}`);
  const moved = ax === img.ndim - 1 ? img : moveaxis(img, ax, -1);
  return { values: readFloat64(moved), spatial: moved.shape.slice(0, -1), channels: moved.shape[moved.ndim - 1] };
}

/** A 2-D image's (rows, cols, channels) view: 2-D arrays get one channel, as np.atleast_3d. */
export function image2d(img: NDArray, channelAxis: number | null, name: string): ChannelsLast {
  if (img.ndim === 2) return { values: readFloat64(img), spatial: img.shape.slice(), channels: 1 };
  const c = channelsLast(img, channelAxis);
  if (c.spatial.length !== 2) throw new ValueError(`${name} works only on single or multi-channel 2d images.`);
  return c;
}
