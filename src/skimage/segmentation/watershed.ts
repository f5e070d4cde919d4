/**
 * `skimage.segmentation.watershed` (scikit-image 0.19): floods the image from its markers in
 * order of pixel value, each pixel joining the basin that reaches it first; ties go to the
 * earlier arrival, which splits plateaus between markers. Compact watershed adds the distance
 * to the marker to a pixel's priority; watershed_line leaves one-pixel lines labelled 0.
 */
import { NDArray } from "../../np/ndarray";
import { bool, int32, int64 } from "../../np/dtype";
import { multiply } from "../../np/ufuncs/binary";
import { astype } from "../../np/cast";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { label } from "../../scipy/ndimage/label";
import { binaryStructure } from "../../scipy/ndimage/structure";
import { local_minima } from "../morphology/extrema";
import { regular_grid } from "../util/regular_grid";
import { NDArrayLike, asNDArray, readFloat64, readStorage, shapeStr } from "../_internal/arrays";
import { FloodQueue } from "./flood-queue";
import { connectivityFootprint, raveledNeighbors } from "./neighbourhood";

const WATERSHED = signature("skimage.segmentation.watershed(image, markers=None, connectivity=1, offset=None, mask=None, compactness=0, watershed_line=False)", {
  types: {
    image: "array_like", markers: "array_like|int|None", connectivity: "int|array_like", offset: "sequence|None",
    mask: "array_like|None", compactness: "float", watershed_line: "bool",
  },
});

/** Keyword arguments of watershed. */
export interface WatershedOptions {
  markers?: NDArrayLike | null;
  connectivity?: number | NDArrayLike;
  offset?: readonly number[] | null;
  mask?: NDArrayLike | null;
  compactness?: number;
  watershed_line?: boolean;
}

/**
 * `skimage.segmentation.watershed(image, markers=None, connectivity=1, offset=None, mask=None,
 * compactness=0, watershed_line=False)`: basins of `image` flooded from `markers` (a number of
 * markers to lay on a regular grid within the mask, or an int32
 * label image; zero is unlabelled), or from the image's local minima when there are none.
 * Only pixels where `mask` is true are labelled.
 */
export function watershed(image: NDArrayLike, ...rest: PyArgs<[markers: NDArrayLike | null, connectivity: number | NDArrayLike, offset: readonly number[] | null, mask: NDArrayLike | null, compactness: number, watershed_line: boolean, options: WatershedOptions], WatershedOptions>): NDArray;
export function watershed(...args: unknown[]): NDArray {
  const b = WATERSHED.bind(args);
  const img = asNDArray(b.image);
  if (typeof b.markers === "boolean") WATERSHED.notSupported("markers", b.markers);
  const { shape } = img;
  const mask = maskOf(b.mask, img);
  const markers = markersOf(b.markers, img, mask, b.connectivity);
  const fp = connectivityFootprint(b.connectivity, img.ndim, b.offset === null ? null : Array.from(b.offset as number[]));
  const pad = fp.center;
  const padded = shape.map((d, a) => d + 2 * pad[a]);
  const size = padded.reduce((p, d) => p * d, 1);
  const values = new Float64Array(size);
  const flags = new Uint8Array(size);
  const labels = new Int32Array(size);
  const data = readFloat64(img);
  forEachRow(shape, padded, pad, (src, dst, len) => {
    values.set(data.subarray(src, src + len), dst);
    flags.set(mask.subarray(src, src + len), dst);
    labels.set(markers.subarray(src, src + len), dst);
  });
  flood(values, labels, flags, raveledNeighbors(padded, fp), stridesOf(padded), b.compactness, b.watershed_line);
  const out = new Int32Array(img.size);
  forEachRow(shape, padded, pad, (dst, src, len) => out.set(labels.subarray(src, src + len), dst));
  return NDArray.fromStorage(out, shape.slice(), int32);
}
pyfunction(WATERSHED, watershed);

/** The mask as 0/1 bytes in C order (all ones without a mask). */
function maskOf(mask: unknown, img: NDArray): Uint8Array {
  if (mask === null) return new Uint8Array(img.size).fill(1);
  const m = asNDArray(mask as NDArrayLike, "mask");
  if (m.shape.length !== img.ndim || m.shape.some((d, a) => d !== img.shape[a])) {
    throw new ValueError(`\`mask\` (shape ${shapeStr(m.shape)}) must have same shape as \`image\` (shape ${shapeStr(img.shape)})`);
  }
  const src = readStorage(m);
  const out = new Uint8Array(src.length);
  for (let i = 0; i < src.length; i++) out[i] = src[i] ? 1 : 0;
  return out;
}

/** _validate_inputs: the markers times the mask as int32, or the labelled local minima. */
function markersOf(markers: unknown, img: NDArray, mask: Uint8Array, connectivity: unknown): Int32Array {
  if (typeof markers === "number") {
    // a number of markers within the mask, laid on a regular grid (util.regular_seeds)
    let inside = 0;
    for (let i = 0; i < mask.length; i++) inside += mask[i];
    const maskArr = NDArray.fromStorage(mask, img.shape.slice(), bool);
    return readStorage(astype(multiply(regularSeeds(img.shape, Math.trunc(markers / (inside / img.size))), maskArr), int32)) as Int32Array;
  }
  if (markers === null) {
    const maskArr = NDArray.fromStorage(mask, img.shape.slice(), bool);
    const minima = local_minima(img, { connectivity: connectivity as number }) as NDArray;
    const seeds = multiply(minima, maskArr);
    return readStorage(label(seeds, binaryStructure(img.ndim, connectivity as number))[0]) as Int32Array;
  }
  const given = asNDArray(markers as NDArrayLike, "markers");
  if (isIntegerLike(given) && given.shape.length === img.ndim && given.shape.every((d, a) => d === img.shape[a])) {
    const src = readStorage(given);
    const out = new Int32Array(src.length);
    for (let i = 0; i < src.length; i++) out[i] = mask[i] ? Number(src[i]) : 0;
    return out;
  }
  const maskArr = NDArray.fromStorage(mask, img.shape.slice(), bool);
  const m = multiply(given, maskArr);
  if (m.ndim !== img.ndim || m.shape.some((d, a) => d !== img.shape[a])) {
    throw new ValueError(`\`markers\` (shape ${shapeStr(m.shape)}) must have same shape as \`image\` (shape ${shapeStr(img.shape)})`);
  }
  return readStorage(astype(m, int32)) as Int32Array;
}

/** Integer or bool markers: their int32 values times the mask need no float cast. */
function isIntegerLike(a: NDArray): boolean {
  return a.dtype.kind === "i" || a.dtype.kind === "u" || a.dtype.kind === "b";
}

/** scikit-image's `regular_seeds`: 1, 2, ... in C order at the points of `regular_grid`. */
function regularSeeds(shape: readonly number[], nPoints: number): NDArray {
  const grid = regular_grid(shape, nPoints);
  const out = new Float64Array(shape.reduce((p, d) => p * d, 1));
  const strides = stridesOf(shape);
  const axes = grid.map((s, a) => {
    const stop = Math.min(s.stop ?? shape[a], shape[a]);
    const points: number[] = [];
    for (let i = s.start ?? 0; i < stop; i += s.step ?? 1) points.push(i * strides[a]);
    return points;
  });
  let next = 1;
  const walk = (a: number, offset: number): void => {
    if (a === axes.length) out[offset] = next++;
    else for (const o of axes[a]) walk(a + 1, offset + o);
  };
  walk(0, 0);
  return NDArray.fromStorage(out, shape.slice(), int64);
}

function stridesOf(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length).fill(1);
  for (let a = shape.length - 2; a >= 0; a--) strides[a] = strides[a + 1] * shape[a + 1];
  return strides;
}

/**
 * Calls `f(i, j, len)` for each row along the last axis: i its start in `shape`, j in the
 * padded array, len its length.
 */
function forEachRow(shape: readonly number[], padded: readonly number[], pad: readonly number[], f: (i: number, j: number, len: number) => void): void {
  const ndim = shape.length;
  const n = shape.reduce((p, d) => p * d, 1);
  if (n === 0) return;
  if (ndim === 0) return f(0, 0, 1);
  const len = shape[ndim - 1];
  const pstrides = stridesOf(padded);
  const idx = new Array<number>(ndim).fill(0);
  for (let i = 0; i < n; i += len) {
    let j = pad[ndim - 1];
    for (let a = 0; a < ndim - 1; a++) j += (idx[a] + pad[a]) * pstrides[a];
    f(i, j, len);
    for (let a = ndim - 2; a >= 0; a--) {
      if (++idx[a] < shape[a]) break;
      idx[a] = 0;
    }
  }
}

/** Euclidean distance between two flat indices of an array with these strides. */
function euclid(p: number, q: number, strides: readonly number[]): number {
  let sum = 0;
  for (const s of strides) {
    const d = Math.floor(p / s) - Math.floor(q / s);
    sum += d * d;
    p %= s;
    q %= s;
  }
  return Math.sqrt(sum);
}

/**
 * With a watershed line: true (and the pixel taken out of the mask) when the labelled
 * neighbours of `index` carry two different labels.
 */
function onLine(output: Int32Array, neighbors: Int32Array, mask: Uint8Array, index: number): boolean {
  if (!mask[index]) return true;
  let first = 0;
  for (let k = 0; k < neighbors.length; k++) {
    const n = neighbors[k] + index;
    if (!mask[n]) continue;
    if (!first) first = output[n];
    else if (output[n] && output[n] !== first) {
      mask[index] = 0;
      return true;
    }
  }
  return false;
}

/** The flooding itself, on the padded arrays (the zero border stops it at the edges). */
function flood(image: Float64Array, output: Int32Array, mask: Uint8Array, neighbors: Int32Array, strides: readonly number[], compactness: number, line: boolean): void {
  const queue = new FloodQueue(compactness > 0 || line);
  for (let i = 0; i < output.length; i++) if (output[i]) queue.push(image[i], 0, i, i);
  const compact = compactness > 0;
  let age = 1;
  while (queue.size > 0) {
    queue.pop();
    const index = queue.poppedIndex;
    const source = queue.poppedSource;
    if (compact || line) {
      if (output[index] && index !== source) continue;
      if (line && onLine(output, neighbors, mask, index)) continue;
      output[index] = output[source];
    }
    for (let k = 0; k < neighbors.length; k++) {
      const n = neighbors[k] + index;
      if (!mask[n] || output[n]) continue;
      age++;
      let value = image[n];
      if (compact) value += compactness * euclid(n, source, strides);
      else if (!line) output[n] = output[index];
      queue.push(value, age, n, source);
    }
  }
}
