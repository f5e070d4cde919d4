/** `skimage.segmentation.find_boundaries` and `mark_boundaries` (scikit-image 0.19). */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage, isCContiguous } from "../../np/contiguous";
import { uninitStorage } from "../../np/alloc";
import { extreme3x3, thickBoundaries2d } from "./_boundaries_2d";
import { bool, float32, float64, int64, uint8 } from "../../np/dtype";
import { astype } from "../../np/cast";
import { ValueError } from "../../errors";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { binaryStructure } from "../../scipy/ndimage/structure";
import { dilation, erosion } from "../morphology/gray";
import { square } from "../morphology/footprints";
import { img_as_float } from "../util/dtype";
import { gray2rgb } from "../color/gray";
import { zoom } from "../../scipy/ndimage/interpolation";
import { NDArrayLike, asNDArray, readFloat64, toFloat64 } from "../_internal/arrays";

const MODES = ["thick", "inner", "outer", "subpixel"];
const COLOR = check("a sequence of 3 floats", (v) => Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === "number"));

const FIND_BOUNDARIES = signature("skimage.segmentation.find_boundaries(label_img, connectivity=1, mode='thick', background=0)", {
  types: { label_img: "array_like", connectivity: "int", mode: "str", background: "float" },
  choices: { mode: MODES },
});
const MARK_BOUNDARIES = signature("skimage.segmentation.mark_boundaries(image, label_img, color=(1, 1, 0), outline_color=None, mode='outer', background_label=0)", {
  types: { image: "array_like", label_img: "array_like", color: COLOR, outline_color: [COLOR, "None"], mode: "str", background_label: "float" },
  choices: { mode: ["thick", "inner", "outer", "subpixel"] },
});

/** Keyword arguments of find_boundaries. */
export interface FindBoundariesOptions {
  connectivity?: number;
  mode?: "thick" | "inner" | "outer" | "subpixel";
  background?: number;
}

/** Keyword arguments of mark_boundaries. */
export interface MarkBoundariesOptions {
  color?: readonly [number, number, number];
  outline_color?: readonly [number, number, number] | null;
  mode?: "thick" | "inner" | "outer" | "subpixel";
  background_label?: number;
}

/**
 * `skimage.segmentation.find_boundaries(label_img, connectivity=1, mode='thick',
 * background=0)`: a boolean image, true where a pixel's neighbourhood holds more than one
 * label. `inner` keeps the pixels inside objects, `outer` those in the background (and between
 * touching objects), `subpixel` answers on a grid twice as fine (shape 2s-1).
 */
export function find_boundaries(label_img: NDArrayLike, ...rest: PyArgs<[connectivity: number, mode: FindBoundariesOptions["mode"], background: number, options: FindBoundariesOptions], FindBoundariesOptions>): NDArray;
export function find_boundaries(...args: unknown[]): NDArray {
  const b = FIND_BOUNDARIES.bind(args);
  let labels = asNDArray(b.label_img, "label_img");
  if (labels.dtype === bool) labels = astype(labels, uint8);
  if (b.mode === "subpixel") return subpixelBoundaries(labels);
  const values = readFloat64(labels);
  const plane = labels.ndim === 2 && labels.dtype.kind !== "f" && (b.connectivity === 1 || b.connectivity === 2);
  const [h, w] = labels.shape;
  let out: Uint8Array;
  if (plane) {
    out = uninitStorage(Uint8Array, values.length) as Uint8Array;
    thickBoundaries2d(values, h, w, b.connectivity === 2, out);
  } else {
    const footprint = binaryStructure(labels.ndim, b.connectivity);
    const high = readFloat64(dilation(labels, footprint));
    const low = readFloat64(erosion(labels, footprint));
    out = new Uint8Array(values.length);
    for (let i = 0; i < out.length; i++) out[i] = high[i] !== low[i] ? 1 : 0;
  }
  if (b.mode === "inner") {
    for (let i = 0; i < out.length; i++) if (values[i] === b.background) out[i] = 0;
  } else if (b.mode === "outer") {
    const max = maxLabel(labels);
    const inverted = toFloat64(labels);
    for (let i = 0; i < inverted.length; i++) if (values[i] === b.background) inverted[i] = max;
    const full = binaryStructure(labels.ndim, labels.ndim);
    const wrapAt = labels.dtype === int64 ? 2 ** 63 : Infinity;
    const grown = plane ? extreme3x3(values, h, w, true, Infinity) : readFloat64(dilation(labels, full));
    const shrunk = plane
      ? extreme3x3(inverted, h, w, false, wrapAt)
      : labels.dtype === int64
        ? erodeInt64Wrapping(inverted, labels.shape)
        : readFloat64(erosion(NDArray.fromStorage(castLike(inverted, labels), labels.shape.slice(), labels.dtype), full));
    for (let i = 0; i < out.length; i++) {
      const inBackground = values[i] === b.background;
      const adjacent = grown[i] !== shrunk[i] && !inBackground;
      if (!(inBackground || adjacent)) out[i] = 0;
    }
  }
  return NDArray.fromStorage(out, labels.shape.slice(), bool);
}
pyfunction(FIND_BOUNDARIES, find_boundaries);

/** np.iinfo(dtype).max; NumPy refuses float label images here. */
function maxLabel(labels: NDArray): number {
  const dt = labels.dtype;
  if (dt.kind === "f") throw new ValueError("Invalid integer data type 'f'.");
  const bits = dt.itemsize * 8;
  return dt.kind === "u" ? 2 ** bits - 1 : 2 ** (bits - 1) - 1;
}

/**
 * scipy.ndimage's 3 x ... x 3 erosion of int64 values as it really runs: one pass per axis in
 * double, each pass's result stored as int64, where int64's maximum (2^63 as a double) wraps to
 * -2^63 and then wins the next pass's minimum. scikit-image's 'outer' boundaries depend on it.
 */
function erodeInt64Wrapping(values: Float64Array, shape: readonly number[]): Float64Array {
  let cur = Float64Array.from(values);
  let stride = 1;
  const strides = shape.map(() => 0);
  for (let a = shape.length - 1; a >= 0; a--) {
    strides[a] = stride;
    stride *= shape[a];
  }
  for (let axis = 0; axis < shape.length; axis++) {
    const next = new Float64Array(cur.length);
    const len = shape[axis];
    const s = strides[axis];
    for (let i = 0; i < cur.length; i++) {
      const pos = Math.floor(i / s) % len;
      // mode 'reflect': the element before the first is the first, after the last the last.
      const before = pos > 0 ? cur[i - s] : cur[i];
      const after = pos < len - 1 ? cur[i + s] : cur[i];
      const m = Math.min(before, cur[i], after);
      next[i] = m >= 2 ** 63 ? -(2 ** 63) : m;
    }
    cur = next;
  }
  return cur;
}

function castLike(values: Float64Array, like: NDArray): NDArray["data"] {
  const out = new like.dtype.storage(values.length);
  out.set(values);
  return out;
}

/** The labels on the even points of a grid twice as fine; a point between them is a boundary when its 3^n window holds two labels. */
function subpixelBoundaries(labels: NDArray): NDArray {
  const ndim = labels.ndim;
  const max = maxLabel(labels);
  const shape = labels.shape.map((s) => 2 * s - 1);
  const n = shape.reduce((p, d) => p * d, 1);
  const strides = new Array<number>(ndim).fill(1);
  for (let a = ndim - 2; a >= 0; a--) strides[a] = strides[a + 1] * shape[a + 1];
  const src = readFloat64(labels);
  const expanded = new Float64Array(n).fill(max);
  const edges = new Uint8Array(n).fill(1);
  const idx = new Array<number>(ndim).fill(0);
  for (let i = 0, k = 0; i < n; i++) {
    if (idx.every((v) => v % 2 === 0)) {
      expanded[i] = src[k++];
      edges[i] = 0;
    }
    step(idx, shape);
  }
  const out = new Uint8Array(n);
  idx.fill(0);
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (edges[i]) {
      seen.clear();
      for (let w = 0; w < 3 ** ndim; w++) {
        let q = 0;
        let t = w;
        for (let a = ndim - 1; a >= 0; a--) {
          // np.pad(mode='edge'): a neighbour outside repeats the nearest element.
          const c = Math.min(Math.max(idx[a] + (t % 3) - 1, 0), shape[a] - 1);
          t = Math.floor(t / 3);
          q += c * strides[a];
        }
        seen.add(expanded[q]);
      }
      if (seen.size > 2) out[i] = 1;
    }
    step(idx, shape);
  }
  return NDArray.fromStorage(out, shape, bool);
}

function step(idx: number[], shape: readonly number[]): void {
  for (let a = shape.length - 1; a >= 0; a--) {
    if (++idx[a] < shape[a]) return;
    idx[a] = 0;
  }
}

/**
 * `skimage.segmentation.mark_boundaries(image, label_img, color=(1, 1, 0), outline_color=None,
 * mode='outer', background_label=0)`: the image as float RGB (float32 stays float32) with the
 * boundaries of `label_img` painted in `color`, and, with `outline_color`, a 3x3 dilation of them
 * painted first in that colour. Mode 'subpixel' first zooms the image to (2s - 1) per axis
 * (scipy.ndimage.zoom, cubic, 'mirror') and paints the boundaries found between pixels.
 */
export function mark_boundaries(image: NDArrayLike, label_img: NDArrayLike, ...rest: PyArgs<[color: readonly [number, number, number], outline_color: readonly [number, number, number] | null, mode: MarkBoundariesOptions["mode"], background_label: number, options: MarkBoundariesOptions], MarkBoundariesOptions>): NDArray;
export function mark_boundaries(...args: unknown[]): NDArray {
  const b = MARK_BOUNDARIES.bind(args);
  const img = asNDArray(b.image);
  const floatType = img.dtype === float32 ? float32 : float64;
  // a new float image to paint on: gray2rgb makes one, else a copy (astype copies)
  const asFloat = img_as_float(img);
  let marked = asFloat.ndim === 2 ? gray2rgb(asFloat.dtype === floatType ? asFloat : astype(asFloat, floatType)) : astype(asFloat, floatType);
  // subpixel: a line of cubic-interpolated pixels between every two, as scikit-image zooms
  if (b.mode === "subpixel") marked = zoom(marked, [...marked.shape.slice(0, -1).map((s) => 2 - 1 / s), 1], { mode: "mirror" });
  const boundaries = find_boundaries(b.label_img, { mode: b.mode, background: b.background_label });
  // float64 pixels are painted in place (marked is this call's own C-ordered array)
  const own = marked.data instanceof Float64Array && marked.offset === 0 && marked.data.length === marked.size && isCContiguous(marked);
  const data = own ? (marked.data as Float64Array) : toFloat64(marked);
  if (b.outline_color !== null) paint(data, readFloat64(dilation(boundaries, square(3))), b.outline_color);
  paint(data, contiguousStorage(boundaries), b.color);
  if (own && floatType === float64) return NDArray.fromStorage(data, marked.shape.slice(), float64);
  const out = new floatType.storage(data.length);
  out.set(data);
  return NDArray.fromStorage(out, marked.shape.slice(), floatType);
}
pyfunction(MARK_BOUNDARIES, mark_boundaries);

function paint(rgb: Float64Array, where: ArrayLike<number>, color: readonly number[]): void {
  for (let i = 0; i < where.length; i++) {
    if (!where[i]) continue;
    for (let c = 0; c < 3; c++) rgb[3 * i + c] = color[c];
  }
}
