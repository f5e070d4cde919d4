/** `skimage.segmentation.clear_border` (scikit-image 0.19). */
import { NDArray } from "../../np/ndarray";
import { PyTypeError, ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64, shapeStr, toFloat64, warn } from "../_internal/arrays";
import { float64 } from "../../np/dtype";
import { copyInto } from "../../np/cast";
import { labelComponents } from "../../scipy/ndimage/label";

const CLEAR_BORDER = signature("skimage.segmentation.clear_border(labels, buffer_size=0, bgval=0, in_place=False, mask=None, *, out=None)", {
  types: { labels: "array_like", buffer_size: "int", bgval: "float", in_place: "bool", mask: "array_like|None", out: "array_like|None" },
});

/** Keyword arguments of clear_border. */
export interface ClearBorderOptions {
  buffer_size?: number;
  bgval?: number;
  /** Deprecated in scikit-image 0.19 (FutureWarning): give `out` instead. */
  in_place?: boolean;
  mask?: NDArrayLike | null;
  out?: NDArray | null;
}

/**
 * `skimage.segmentation.clear_border(labels, buffer_size=0, bgval=0, in_place=False,
 * mask=None, *, out=None)`: sets to `bgval` every object (pixels of one value, connected
 * through faces, edges and corners) that touches the image border, widened by `buffer_size`,
 * or that reaches outside `mask`. As in scikit-image, the background (0) counts as one object,
 * so it becomes `bgval` too when it touches the border.
 */
export function clear_border(labels: NDArrayLike, ...rest: PyArgs<[buffer_size: number, bgval: number, in_place: boolean, mask: NDArrayLike | null, options: ClearBorderOptions], ClearBorderOptions>): NDArray;
export function clear_border(...args: unknown[]): NDArray {
  const b = CLEAR_BORDER.bind(args);
  const labels = asNDArray(b.labels, "labels");
  if (b.in_place !== false) {
    warn("in_place argument is deprecated and will be removed in version 1.0. To avoid this warning, please do not use the in_place argument. Please see clear_border documentation for more details. Please use out argument instead.", "FutureWarning");
  }
  if (b.mask === null && labels.shape.some((s) => b.buffer_size >= s)) throw new ValueError("buffer size may not be greater than labels size");
  let out: NDArray;
  if (b.out !== null) {
    out = b.out as NDArray;
    copyInto(out, labels);
  } else out = b.in_place ? labels : labels.copy();
  const borders = b.mask === null ? borderFlags(out.shape, b.buffer_size + 1) : maskBorders(b.mask, out);
  const values = toFloat64(out);
  const clear = touching(values, out.shape, borders);
  for (let i = 0; i < values.length; i++) if (clear[i]) values[i] = b.bgval;
  copyInto(out, NDArray.fromStorage(values, out.shape.slice(), float64));
  return out;
}
pyfunction(CLEAR_BORDER, clear_border);

function maskBorders(mask: unknown, out: NDArray): Uint8Array {
  const m = asNDArray(mask as NDArrayLike, "mask");
  if (m.shape.length !== out.ndim || m.shape.some((d, a) => d !== out.shape[a])) {
    throw new ValueError(`labels and mask should have the same shape but are ${shapeStr(out.shape)} and ${shapeStr(m.shape)}`);
  }
  if (m.dtype.kind !== "b") throw new PyTypeError("mask should be of type bool.");
  return Uint8Array.from(readFloat64(m), (v) => (v ? 0 : 1));
}

/** Flags of the elements within `ext` of an edge of an array of this shape. */
function borderFlags(shape: readonly number[], ext: number): Uint8Array {
  const ndim = shape.length;
  const n = shape.reduce((p, d) => p * d, 1);
  const flags = new Uint8Array(n);
  if (n === 0 || ndim === 0) return flags;
  const cols = shape[ndim - 1];
  const idx = new Array<number>(ndim).fill(0);
  for (let row = 0; row < n; row += cols) {
    let outer = false;
    for (let a = 0; a < ndim - 1; a++) if (idx[a] < ext || idx[a] >= shape[a] - ext) outer = true;
    if (outer) flags.fill(1, row, row + cols);
    else {
      flags.fill(1, row, row + Math.min(ext, cols));
      flags.fill(1, row + Math.max(cols - ext, 0), row + cols);
    }
    for (let a = ndim - 2; a >= 0; a--) {
      if (++idx[a] < shape[a]) break;
      idx[a] = 0;
    }
  }
  return flags;
}

/**
 * Flags of the pixels to clear: scikit-image labels the image (equal values, full
 * connectivity, 0 the background) and clears every label found on the borders, the
 * background included when a border pixel is 0.
 */
function touching(values: Float64Array, shape: readonly number[], borders: Uint8Array): Uint8Array {
  const ndim = shape.length;
  const structure = new Uint8Array(3 ** ndim).fill(1);
  const { labels, count } = labelComponents(values, shape, structure, new Array<number>(ndim).fill(3), 0);
  const onBorder = new Uint8Array(count + 1);
  for (let i = 0; i < labels.length; i++) if (borders[i]) onBorder[labels[i]] = 1;
  const hit = new Uint8Array(values.length);
  for (let i = 0; i < labels.length; i++) hit[i] = onBorder[labels[i]];
  return hit;
}
