/** `skimage.feature.peak_local_max` (scikit-image 0.19). */
import { NDArray } from "../../np/ndarray";
import { DType, bool, int64 } from "../../np/dtype";
import { PyTypeError, ValueError } from "../../errors";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { argQuicksort } from "../../np/argquicksort";
import { maximum_filter } from "../../scipy/ndimage/rank";
import { binary_opening } from "../../scipy/ndimage/binary";
import { NDArrayLike, asNDArray, readFloat64, warn } from "../_internal/arrays";
import { spacedPoints } from "./spacing";
import { boxPeakMask } from "./_box_peaks";

const EXCLUDE_BORDER = check("bool, int, or tuple", (v) => typeof v === "boolean" || typeof v === "number" || Array.isArray(v) || typeof v === "string");
const TYPES = {
  image: "array_like", min_distance: "int", threshold_abs: "float|None", threshold_rel: "float|None", exclude_border: EXCLUDE_BORDER,
  indices: "bool", num_peaks: "float", footprint: "array_like|None", labels: "array_like|None", num_peaks_per_label: "float", p_norm: "float",
} as const;
const PEAK_LOCAL_MAX = signature("skimage.feature.peak_local_max(image, min_distance=1, threshold_abs=None, threshold_rel=None, exclude_border=True, indices=True, num_peaks=inf, footprint=None, labels=None, num_peaks_per_label=inf, p_norm=inf)", { types: TYPES });

/** Keyword arguments of peak_local_max. */
export interface PeakLocalMaxOptions {
  min_distance?: number;
  threshold_abs?: number | null;
  threshold_rel?: number | null;
  exclude_border?: boolean | number | readonly number[];
  /** Deprecated in scikit-image 0.19 (FutureWarning): false returns a boolean mask. */
  indices?: boolean;
  num_peaks?: number;
  footprint?: NDArrayLike | null;
  labels?: NDArrayLike | null;
  num_peaks_per_label?: number;
  p_norm?: number;
}

type PeakArgs = PyArgs<[min_distance: number, threshold_abs: number | null, threshold_rel: number | null, exclude_border: boolean | number | readonly number[], indices: boolean, num_peaks: number, footprint: NDArrayLike | null, labels: NDArrayLike | null, num_peaks_per_label: number, p_norm: number, options: PeakLocalMaxOptions], PeakLocalMaxOptions>;

/**
 * `skimage.feature.peak_local_max(image, min_distance=1, threshold_abs=None, threshold_rel=None,
 * exclude_border=True, indices=True, num_peaks=inf, footprint=None, labels=None,
 * num_peaks_per_label=inf, p_norm=inf)`: the coordinates (int64, one row per peak, brightest
 * first) of the local maxima of `image` over `footprint` (default a (2*min_distance+1) box),
 * above the thresholds, at least `min_distance` apart, away from the border; per region of
 * `labels` when given.
 */
export function peak_local_max(image: NDArrayLike, ...rest: PeakArgs): NDArray;
export function peak_local_max(...args: unknown[]): NDArray {
  return peaks(PEAK_LOCAL_MAX.bind(args));
}
pyfunction(PEAK_LOCAL_MAX, peak_local_max);

/** peak_local_max's body on bound arguments (corner_peaks calls it too). */
export function peaks(b: Record<string, any>): NDArray {
  const img = asNDArray(b.image);
  if (b.indices !== true) {
    warn("indices argument is deprecated and will be removed in version 0.20. To avoid this warning, please do not use the indices argument. Please see peak_local_max documentation for more details.", "FutureWarning");
  }
  const fpIn = b.footprint === null ? null : asNDArray(b.footprint, "footprint");
  if ((fpIn === null || fpIn.size === 1) && b.min_distance < 1) {
    warn("When min_distance < 1, peak_local_max acts as finding image > max(threshold_abs, threshold_rel * max(image)).", "RuntimeWarning");
  }
  const border = borderWidths(img.ndim, b.min_distance, b.exclude_border);
  const values = readFloat64(img);
  const threshold = thresholdOf(values, b.threshold_abs, b.threshold_rel);
  const size = 2 * b.min_distance + 1;
  const footprint = fpIn ?? NDArray.fromStorage(new Uint8Array(size ** img.ndim).fill(1), new Array(img.ndim).fill(size), bool);
  let coords: number[];
  if (b.labels === null) {
    const mask = peakMask(img, values, footprint, threshold, null);
    excludeBorder(mask, img.shape, border);
    coords = brightest(img.dtype, values, mask, img.shape, b.num_peaks, b.min_distance, b.p_norm);
  } else {
    coords = perLabel(img, values, asNDArray(b.labels, "labels"), footprint, threshold, border, b);
    const n = coords.length / img.ndim;
    if (n > b.num_peaks) {
      const mask = new Uint8Array(values.length);
      for (let k = 0; k < n; k++) mask[flatIndex(coords, k, img.shape)] = 1;
      coords = brightest(img.dtype, values, mask, img.shape, b.num_peaks, b.min_distance, b.p_norm);
    }
  }
  return b.indices ? coordinateArray(coords, img.ndim) : maskArray(coords, img.shape);
}

/** The peaks as NumPy returns them: int64 rows of coordinates. */
export function coordinateArray(coords: number[], ndim: number): NDArray {
  return NDArray.fromStorage(Float64Array.from(coords), [coords.length / ndim, ndim], int64);
}

/** The peaks as a boolean image. */
export function maskArray(coords: number[], shape: readonly number[]): NDArray {
  const out = new Uint8Array(shape.reduce((p, d) => p * d, 1));
  for (let k = 0; k < coords.length / shape.length; k++) out[flatIndex(coords, k, shape)] = 1;
  return NDArray.fromStorage(out, shape.slice(), bool);
}

function flatIndex(coords: ArrayLike<number>, k: number, shape: readonly number[]): number {
  let at = 0;
  for (let d = 0; d < shape.length; d++) at = at * shape[d] + coords[k * shape.length + d];
  return at;
}

/** _get_excluded_border_width. */
function borderWidths(ndim: number, minDistance: number, exclude: unknown): number[] {
  if (typeof exclude === "boolean") return new Array(ndim).fill(exclude ? minDistance : 0);
  if (typeof exclude === "number" && Number.isInteger(exclude)) {
    if (exclude < 0) throw new ValueError("`exclude_border` cannot be a negative value");
    return new Array(ndim).fill(exclude);
  }
  if (Array.isArray(exclude)) {
    if (exclude.length !== ndim) throw new ValueError("`exclude_border` should have the same length as the dimensionality of the image.");
    for (const e of exclude) {
      if (!Number.isInteger(e)) throw new ValueError("`exclude_border`, when expressed as a tuple, must only contain ints.");
      if (e < 0) throw new ValueError("`exclude_border` can not be a negative value");
    }
    return exclude.slice();
  }
  throw new PyTypeError("`exclude_border` must be bool, int, or tuple with the same length as the dimensionality of the image.");
}

function thresholdOf(values: Float64Array, abs: number | null, rel: number | null): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  let threshold = abs ?? lo;
  if (rel !== null) threshold = Math.max(threshold, rel * hi);
  return threshold;
}

/** _get_peak_mask: pixels equal to the maximum of their footprint (mode 'constant') above the threshold. */
function peakMask(img: NDArray, values: Float64Array, footprint: NDArray, threshold: number, regionMask: Uint8Array | null): Uint8Array {
  const out = new Uint8Array(values.length);
  if (footprint.size === 1 || img.size === 1) {
    for (let i = 0; i < values.length; i++) out[i] = values[i] > threshold ? 1 : 0;
    return out;
  }
  if (regionMask === null && isBox3(footprint)) {
    const fast = boxPeakMask(values, img.shape, threshold);
    if (fast !== null) return fast;
  }
  const maxed = readFloat64(maximum_filter(img, { footprint, mode: "constant" }));
  let trivial = true;
  for (let i = 0; i < values.length; i++) {
    out[i] = values[i] === maxed[i] ? 1 : 0;
    if (!out[i] && (regionMask === null || regionMask[i])) trivial = false;
  }
  if (trivial) {
    out.fill(0);
    if (regionMask !== null) {
      const opened = readFloat64(binary_opening(NDArray.fromStorage(regionMask, img.shape.slice(), bool)));
      for (let i = 0; i < out.length; i++) if ((regionMask[i] !== 0) !== (opened[i] !== 0)) out[i] = 1;
    }
  }
  for (let i = 0; i < values.length; i++) if (!(values[i] > threshold)) out[i] = 0;
  return out;
}

/** Whether a footprint is all true with every side 3. */
function isBox3(footprint: NDArray): boolean {
  if (!footprint.shape.every((n) => n === 3)) return false;
  const f = readFloat64(footprint);
  for (let i = 0; i < f.length; i++) if (f[i] === 0) return false;
  return true;
}

/** _exclude_border: clears `width` elements at both ends of every axis. */
function excludeBorder(mask: Uint8Array | Float64Array, shape: readonly number[], widths: readonly number[]): void {
  let inner = mask.length;
  for (let a = 0; a < shape.length; a++) {
    const n = shape[a];
    inner /= n;
    const w = widths[a];
    if (!(w > 0)) continue;
    // slabs [0, w) and [n - w, n) of axis a, in every block of the axes before it
    const block = n * inner;
    const head = Math.min(w, n) * inner;
    const tail = Math.max(n - w, 0) * inner;
    for (let o = 0; o < mask.length; o += block) {
      mask.fill(0, o, o + head);
      mask.fill(0, o + tail, o + block);
    }
  }
}

/** `-x` in the image's dtype, as NumPy negates (unsigned integers wrap). */
function negated(dt: DType, v: number): number {
  if (dt.kind === "u") return v === 0 ? 0 : 2 ** (dt.itemsize * 8) - v;
  if (dt.kind === "b") throw new PyTypeError("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.");
  if (dt.kind === "i" && v === -(2 ** (dt.itemsize * 8 - 1))) return v;
  return -v;
}

/**
 * _get_high_intensity_peaks: the masked pixels, brightest first (NumPy's quicksort of the
 * negated values, ties in its order), thinned to `minDistance` spacing and `numPeaks`.
 */
function brightest(dt: DType, values: Float64Array, mask: ArrayLike<number>, shape: readonly number[], numPeaks: number, minDistance: number, p: number): number[] {
  const flat: number[] = [];
  for (let i = 0; i < mask.length; i++) if (mask[i]) flat.push(i);
  const keys = Float64Array.from(flat, (i) => negated(dt, values[i]));
  const order = Int32Array.from(flat, (_, k) => k);
  argQuicksort(keys, order);
  const ndim = shape.length;
  const coords = new Float64Array(flat.length * ndim);
  order.forEach((k, row) => {
    let rem = flat[k];
    for (let d = ndim - 1; d >= 0; d--) {
      coords[row * ndim + d] = rem % shape[d];
      rem = Math.floor(rem / shape[d]);
    }
  });
  const maxOut = Number.isFinite(numPeaks) ? Math.trunc(numPeaks) : null;
  const kept = spacedPoints(coords, flat.length, ndim, minDistance, p, maxOut);
  const out: number[] = [];
  for (const k of kept.slice(0, maxOut ?? kept.length)) for (let d = 0; d < ndim; d++) out.push(coords[k * ndim + d]);
  return out;
}

/** The peaks of each labelled region, searched inside the region's bounding box. */
function perLabel(img: NDArray, values: Float64Array, labelArr: NDArray, footprint: NDArray, threshold: number, border: number[], b: Record<string, any>): number[] {
  const labels = readFloat64(labelArr).map(Math.trunc);
  const cleared = Float64Array.from(labels);
  excludeBorder(cleared, img.shape, border);
  const bg = img.dtype.kind === "f" ? (img.dtype.itemsize === 4 ? -3.4028234663852886e38 : -Number.MAX_VALUE) : img.dtype.kind === "u" ? 0 : -(2 ** (img.dtype.itemsize * 8 - 1));
  const ndim = img.ndim;
  const boxes = boundingBoxes(cleared, img.shape);
  const out: number[] = [];
  boxes.forEach((box, k) => {
    if (box === null) return;
    const boxShape = box.map(([lo, hi]) => hi - lo);
    const n = boxShape.reduce((p, d) => p * d, 1);
    const sub = new Float64Array(n);
    const inRegion = new Uint8Array(n);
    const idx = new Array<number>(ndim).fill(0);
    for (let i = 0; i < n; i++) {
      let at = 0;
      for (let d = 0; d < ndim; d++) at = at * img.shape[d] + idx[d] + box[d][0];
      inRegion[i] = labels[at] === k + 1 ? 1 : 0;
      sub[i] = inRegion[i] ? values[at] : bg;
      for (let d = ndim - 1; d >= 0; d--) {
        if (++idx[d] < boxShape[d]) break;
        idx[d] = 0;
      }
    }
    const subArr = NDArray.fromStorage(castTo(sub, img.dtype), boxShape, img.dtype);
    const mask = peakMask(subArr, sub, footprint, threshold, inRegion);
    const coords = brightest(img.dtype, sub, mask, boxShape, b.num_peaks_per_label, b.min_distance, b.p_norm);
    for (let i = 0; i < coords.length; i++) out.push(coords[i] + box[i % ndim][0]);
  });
  return out;
}

function castTo(values: Float64Array, dt: DType): NDArray["data"] {
  const out = new dt.storage(values.length);
  out.set(values);
  return out;
}

/** scipy.ndimage.find_objects: the [start, stop) box of each label 1..max, null where absent. */
function boundingBoxes(labels: Float64Array, shape: readonly number[]): ([number, number][] | null)[] {
  let max = 0;
  for (const v of labels) if (v > max) max = v;
  const boxes: ([number, number][] | null)[] = new Array(max).fill(null);
  const idx = new Array<number>(shape.length).fill(0);
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l > 0) {
      const box = (boxes[l - 1] ??= shape.map(() => [Infinity, -Infinity] as [number, number]));
      idx.forEach((v, d) => {
        box[d][0] = Math.min(box[d][0], v);
        box[d][1] = Math.max(box[d][1], v + 1);
      });
    }
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
  return boxes;
}
