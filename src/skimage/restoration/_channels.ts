/**
 * The restoration filters work on one channel at a time (as scikit-image slices the image at
 * `channel_axis`): the image split into contiguous float64 planes and put back together.
 */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { DType, float32, float64 } from "../../np/dtype";
import { channelBack, channelLast, normalizeAxis } from "../exposure/_common";

/** An image as float64 planes of one channel each (one plane without a channel axis). */
export interface Planes {
  planes: Float64Array[];
  /** The shape of one plane (the image's shape without the channel axis). */
  spatial: number[];
  /** The channel axis, normalised (null: none). */
  axis: number | null;
}

/** Splits `img` at `channelAxis` (null: one plane, the whole image, always a fresh copy). */
export function splitPlanes(img: NDArray, channelAxis: number | null): Planes {
  if (channelAxis === null) return { planes: [new Float64Array(contiguousStorage(img))], spatial: img.shape.slice(), axis: null };
  const axis = normalizeAxis(channelAxis, img.ndim);
  const last = channelLast(img, axis);
  const src = contiguousStorage(last);
  const nch = last.shape[last.ndim - 1];
  const per = nch === 0 ? 0 : src.length / nch;
  const planes: Float64Array[] = [];
  for (let c = 0; c < nch; c++) {
    const p = new Float64Array(per);
    for (let i = 0, k = c; i < per; i++, k += nch) p[i] = src[k];
    planes.push(p);
  }
  return { planes, spatial: last.shape.slice(0, -1), axis };
}

/** The planes back as one image of dtype `dt` (float64 or float32), channel axis where it was. */
export function joinPlanes(planes: readonly Float64Array[], spatial: readonly number[], axis: number | null, dt: DType): NDArray {
  const single = dt === float32;
  if (axis === null) {
    const p = planes[0];
    return NDArray.fromStorage(single ? new Float32Array(p) : p, spatial.slice(), single ? float32 : float64);
  }
  const nch = planes.length;
  const per = nch === 0 ? 0 : planes[0].length;
  const out = single ? new Float32Array(per * nch) : new Float64Array(per * nch);
  for (let c = 0; c < nch; c++) {
    const p = planes[c];
    for (let i = 0, k = c; i < per; i++, k += nch) out[k] = p[i];
  }
  const last = NDArray.fromStorage(out, [...spatial, nch], single ? float32 : float64);
  return channelBack(last, axis);
}
