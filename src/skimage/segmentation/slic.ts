/** `skimage.segmentation.slic` (scikit-image 0.19): k-means superpixels. */
import { NDArray } from "../../np/ndarray";
import { float64, int64, uint8 } from "../../np/dtype";
import { PyTypeError, ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64, readStorage, warn } from "../_internal/arrays";
import { gaussianFilter } from "../_internal/correlate";
import { multichannelToAxis } from "../_internal/multichannel";
import { img_as_float } from "../util/dtype";
import { regular_grid } from "../util/regular_grid";
import { rgb2lab } from "../color/colorconv";
import { type ChannelsLast, channelsLast } from "./_channels_last";
import { Volume, enforceConnectivity, slicIterate } from "./_slic_core";
import { maskCentroids } from "./_slic_mask";

const SLIC = signature(
  "skimage.segmentation.slic(image, n_segments=100, compactness=10.0, max_num_iter=10, sigma=0, spacing=None, multichannel=True, convert2lab=None, enforce_connectivity=True, min_size_factor=0.5, max_size_factor=3, slic_zero=False, start_label=1, mask=None, *, channel_axis=-1)",
  {
    types: {
      image: "array_like", n_segments: "int", compactness: "float", max_num_iter: "int", sigma: "float|sequence", spacing: "sequence|array_like|None",
      multichannel: "bool", convert2lab: "bool|None", enforce_connectivity: "bool", min_size_factor: "float", max_size_factor: "float",
      slic_zero: "bool", start_label: "int", mask: "array_like|None", channel_axis: "int|None",
    },
  },
);

/** Keyword arguments of slic. */
export interface SlicOptions {
  n_segments?: number;
  compactness?: number;
  max_num_iter?: number;
  sigma?: number | readonly number[];
  spacing?: readonly number[] | NDArray | null;
  /** deprecated: use channel_axis */
  multichannel?: boolean;
  convert2lab?: boolean | null;
  enforce_connectivity?: boolean;
  min_size_factor?: number;
  max_size_factor?: number;
  slic_zero?: boolean;
  start_label?: number;
  mask?: NDArrayLike | null;
  channel_axis?: number | null;
}

/**
 * `skimage.segmentation.slic(image, n_segments=100, compactness=10.0, max_num_iter=10,
 * sigma=0, spacing=None, multichannel=True, convert2lab=None, enforce_connectivity=True,
 * min_size_factor=0.5, max_size_factor=3, slic_zero=False, start_label=1, mask=None, *,
 * channel_axis=-1)`: Simple Linear Iterative Clustering in (space, colour), RGB taken to
 * L*a*b* first. int64 labels from `start_label`, the same as scikit-image's for float64 work
 * (float32 images are computed in float64 here, where scikit-image keeps float32).
 */
export function slic(image: NDArrayLike, ...rest: PyArgs<[
  n_segments: number, compactness: number, max_num_iter: number, sigma: number | readonly number[], spacing: readonly number[] | NDArray | null,
  multichannel: boolean, convert2lab: boolean | null, enforce_connectivity: boolean, min_size_factor: number, max_size_factor: number,
  slic_zero: boolean, start_label: number, mask: NDArrayLike | null, options: SlicOptions,
], SlicOptions>): NDArray;
export function slic(...args: unknown[]): NDArray {
  const b = SLIC.bind(args);
  const channelAxis = multichannelToAxis(args, b, 6, "slic");
  const input = asNDArray(b.image);
  const multichannel = channelAxis !== null;
  const toLab = multichannel && (b.convert2lab === true || b.convert2lab === null);
  // a uint8 RGB image using the full 0..255 range is not changed by the rescale to [0, 1]
  const lab = toLab ? labOfBytes(input, channelAxis) : null;
  const { values: raw, spatial, channels } = lab ?? channelsLast(img_as_float(input), channelAxis);
  let dims: number[];
  let is2d = false;
  if (spatial.length === 2) {
    dims = [1, spatial[0], spatial[1]];
    is2d = true;
  } else if (spatial.length === 3 && !multichannel) {
    dims = spatial;
  } else if (spatial.length === 3) {
    dims = spatial;
  } else {
    throw new ValueError(`slic works on 2D and 3D images, got ${spatial.length} spatial dimensions`);
  }
  const [depth, height, width] = dims;
  const vol: Volume = { values: raw, depth, height, width, channels };
  if (lab === null) {
    vol.values = rescaleToUnit(raw);
    if (toLab) {
      if (channels !== 3 && b.convert2lab === true) throw new ValueError("Lab colorspace conversion requires a RGB image.");
      if (channels === 3) vol.values = readFloat64(rgb2lab(NDArray.fromStorage(vol.values, [depth, height, width, 3], float64)));
    }
  }
  if (b.start_label !== 0 && b.start_label !== 1) throw new ValueError("start_label should be 0 or 1.");

  let mask: Uint8Array | null = null;
  let centroids: Float64Array;
  let steps: number[];
  if (b.mask !== null) {
    const m = asNDArray(b.mask, "mask");
    const mshape = m.ndim === 2 ? [1, ...m.shape] : m.shape.slice();
    if (mshape.length !== 3 || mshape.some((s, i) => s !== dims[i])) throw new ValueError("image and mask should have the same shape.");
    const mv = readFloat64(m);
    mask = new Uint8Array(mv.length);
    for (let i = 0; i < mv.length; i++) mask[i] = mv[i] !== 0 ? 1 : 0;
    ({ centroids, steps } = maskCentroids(mask, dims, b.n_segments, multichannel ? 2 : 3));
  } else {
    ({ centroids, steps } = gridCentroids(dims, b.n_segments));
  }
  const spacing = spacingFor(b.spacing, is2d);
  const sigma = sigmaFor(b.sigma, spacing, is2d);
  if (sigma.some((s) => s > 0)) vol.values = gaussianFilter(vol.values, [depth, height, width, channels], [...sigma, 0], "reflect", 0, 4.0);

  const nCentroids = centroids.length / 3;
  const nFeatures = 3 + channels;
  const segments = new Float64Array(nCentroids * nFeatures);
  for (let k = 0; k < nCentroids; k++) for (let d = 0; d < 3; d++) segments[k * nFeatures + d] = centroids[3 * k + d];
  // vol.values is this call's own array by now (rescaled, converted or smoothed)
  const ratio = 1.0 / b.compactness;
  const scaled = vol.values;
  for (let i = 0; i < scaled.length; i++) scaled[i] *= ratio;
  const grid = regular_grid([depth, height, width], nCentroids).map((s) => s.step ?? 1) as [number, number, number];
  const params = {
    segments, nSegments: nCentroids, gridSteps: grid, step: Math.max(...steps), maxNumIter: b.max_num_iter,
    spacing: spacing as [number, number, number], slicZero: b.slic_zero, startLabel: b.start_label, mask,
  };
  if (mask !== null) slicIterate(vol, { ...params, ignoreColor: true });
  let labels = slicIterate(vol, { ...params, ignoreColor: false });
  if (b.enforce_connectivity) {
    let count = depth * height * width;
    if (mask !== null) count = mask.reduce((s, v) => s + v, 0);
    const segmentSize = count / nCentroids;
    const minSize = Math.trunc(b.min_size_factor * segmentSize);
    const maxSize = Math.trunc(b.max_size_factor * segmentSize);
    labels = enforceConnectivity(labels, depth, height, width, minSize, maxSize, b.start_label);
  }
  return NDArray.fromStorage(labels, is2d ? [height, width] : [depth, height, width], int64);
}
pyfunction(SLIC, slic);

/**
 * rgb2lab of a uint8 RGB image (2-D or 3-D) whose values span 0..255, with channels last;
 * null for any other image. rgb2lab decodes bytes through a table that holds the values
 * img_as_float's k / 255 decode to, so this is the conversion of the rescaled float image.
 */
function labOfBytes(input: NDArray, channelAxis: number): ChannelsLast | null {
  if (input.dtype !== uint8 || (input.ndim !== 3 && input.ndim !== 4)) return null;
  const ax = channelAxis < 0 ? channelAxis + input.ndim : channelAxis;
  if (input.shape[ax] !== 3) return null;
  const bytes = readStorage(input);
  let lo = 255;
  let hi = 0;
  for (let i = 0; i < bytes.length; i++) {
    const v = bytes[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo !== 0 || hi !== 255) return null;
  return channelsLast(rgb2lab(input, { channel_axis: channelAxis }), channelAxis);
}

/** image - min, divided by the new max unless it is 0 (scikit-image's rescale to [0, 1]). */
function rescaleToUnit(raw: Float64Array): Float64Array {
  const out = new Float64Array(raw);
  let lo = Infinity;
  for (let i = 0; i < out.length; i++) if (out[i] < lo) lo = out[i];
  let hi = -Infinity;
  for (let i = 0; i < out.length; i++) {
    out[i] -= lo;
    if (out[i] > hi) hi = out[i];
  }
  if (hi !== 0) for (let i = 0; i < out.length; i++) out[i] /= hi;
  return out;
}

/** Centres on regular_grid's lattice, with its steps (1 for an axis it keeps whole). */
function gridCentroids(dims: readonly number[], n: number): { centroids: Float64Array; steps: number[] } {
  const slices = regular_grid(dims, n);
  const axes = slices.map((s, d) => {
    const start = s.start ?? 0;
    const step = s.step ?? 1;
    const pos: number[] = [];
    for (let v = start; v < dims[d]; v += step) pos.push(v);
    return pos;
  });
  const out: number[] = [];
  for (const z of axes[0]) for (const y of axes[1]) for (const x of axes[2]) out.push(z, y, x);
  return { centroids: Float64Array.from(out), steps: slices.map((s) => s.step ?? 1) };
}

function spacingFor(spacing: unknown, is2d: boolean): number[] {
  if (spacing === null) return [1, 1, 1];
  if (!(Array.isArray(spacing) || spacing instanceof NDArray)) throw new PyTypeError("spacing must be None or iterable.");
  let s = Array.from(readFloat64(asNDArray(spacing as NDArrayLike, "spacing")));
  if (is2d) {
    if (s.length === 3) warn("Input image is 2D: spacing number of elements must be 2. In the future, a ValueError will be raised.", "FutureWarning");
    else if (s.length !== 2) throw new ValueError(`Input image is 2D, but spacing has ${s.length} elements (expected 2).`);
    else s = [1, ...s];
  } else if (s.length !== 3) {
    throw new ValueError(`Input image is 3D, but spacing has ${s.length} elements (expected 3).`);
  }
  return s;
}

function sigmaFor(sigma: number | readonly number[], spacing: readonly number[], is2d: boolean): number[] {
  if (typeof sigma === "number") return spacing.map((sp) => sigma / sp);
  let s = Array.from(sigma);
  if (is2d) {
    if (s.length === 2) s = [0, ...s];
    else if (spacing.length === 3) warn("Input image is 2D: sigma number of elements must be 2. In the future, a ValueError will be raised.", "FutureWarning");
  } else if (s.length !== 3) {
    throw new ValueError(`Input image is 3D, but sigma has ${s.length} elements (expected 3).`);
  }
  return s;
}
