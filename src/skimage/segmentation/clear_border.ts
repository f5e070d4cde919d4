/** `skimage.segmentation.clear_border` (scikit-image 0.19). */
import { NDArray } from "../../np/ndarray";
import { PyTypeError, ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64, shapeStr, toFloat64, warn } from "../_internal/arrays";
import { float64 } from "../../np/dtype";
import { copyInto } from "../../np/cast";

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

/** Flags of the first and last `ext` elements along every axis. */
function borderFlags(shape: readonly number[], ext: number): Uint8Array {
  const n = shape.reduce((p, d) => p * d, 1);
  const flags = new Uint8Array(n);
  const idx = new Array<number>(shape.length).fill(0);
  for (let i = 0; i < n; i++) {
    if (idx.some((v, a) => v < ext || v >= shape[a] - ext)) flags[i] = 1;
    for (let a = shape.length - 1; a >= 0; a--) {
      if (++idx[a] < shape[a]) break;
      idx[a] = 0;
    }
  }
  return flags;
}

/**
 * Flags of the objects that have a pixel on `borders`: flood from each such pixel through
 * neighbours (faces, edges and corners) of the same value. The background (0) is one object
 * wherever it lies, as skimage.measure.label gives it the one label 0.
 */
function touching(values: Float64Array, shape: readonly number[], borders: Uint8Array): Uint8Array {
  const ndim = shape.length;
  const strides = new Array<number>(ndim).fill(1);
  for (let a = ndim - 2; a >= 0; a--) strides[a] = strides[a + 1] * shape[a + 1];
  const hit = new Uint8Array(values.length);
  const stack: number[] = [];
  const coord = new Array<number>(ndim);
  const steps = 3 ** ndim;
  for (let start = 0; start < values.length; start++) {
    if (borders[start] && values[start] === 0) {
      for (let i = 0; i < values.length; i++) if (values[i] === 0) hit[i] = 1;
      break;
    }
  }
  for (let start = 0; start < values.length; start++) {
    if (!borders[start] || hit[start]) continue;
    hit[start] = 1;
    stack.push(start);
    while (stack.length) {
      const p = stack.pop()!;
      let rem = p;
      for (let a = 0; a < ndim; a++) {
        coord[a] = Math.floor(rem / strides[a]);
        rem -= coord[a] * strides[a];
      }
      for (let k = 0; k < steps; k++) {
        let q = 0;
        let inside = true;
        let t = k;
        for (let a = ndim - 1; a >= 0; a--) {
          const c = coord[a] + (t % 3) - 1;
          t = Math.floor(t / 3);
          if (c < 0 || c >= shape[a]) inside = false;
          q += c * strides[a];
        }
        if (inside && !hit[q] && values[q] === values[p]) {
          hit[q] = 1;
          stack.push(q);
        }
      }
    }
  }
  return hit;
}
