/** `skimage.util.crop` (0.19). */
import { NDArray } from "../../np/ndarray";
import { Storage } from "../../np/dtype";
import { uninitStorage } from "../../np/alloc";
import { contiguousStorage } from "../../np/contiguous";
import { PyTypeError, ValueError } from "../../errors";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { IMAGE } from "../_internal/bind";
import { PyArgs, check, pyfunction, signature } from "../../signature";

/** How much to cut: one width for every side, one (before, after) pair for all axes, or one pair per axis. */
export type CropWidth = number | readonly number[] | readonly (readonly number[])[];

/** Python's slice(start, stop) bounds on an axis of length n. */
function sliceBounds(start: number, stop: number, n: number): [number, number] {
  const norm = (v: number) => (v < 0 ? Math.max(0, v + n) : Math.min(v, n));
  const s = norm(start);
  const e = norm(stop);
  return [s, Math.max(s, e)];
}

function invalidLength(len: number): ValueError {
  return new ValueError(
    `crop_width has an invalid length: ${len}\ncrop_width should be a sequence of N pairs, a single pair, or a single integer`,
  );
}

/** Keyword arguments of crop. */
export interface CropOptions {
  ar?: NDArrayLike;
  crop_width?: CropWidth;
  /** Return a new array instead of a view. */
  copy?: boolean;
  /** Memory layout of the copy: 'C', 'F', 'A' (F when the cropped view is F-contiguous) or 'K' (keep the view's axis order). */
  order?: "C" | "F" | "A" | "K";
}

const CROP = signature("skimage.util.crop(ar, crop_width, copy=False, order='K')", {
  types: { ar: IMAGE, crop_width: check("int or sequence", (v) => typeof v === "number" || Array.isArray(v)), copy: "bool", order: "str" },
});

/** Is the array contiguous when its axes are read in the order `axes` (slowest first)? */
function contiguousIn(shape: readonly number[], strides: readonly number[], axes: readonly number[]): boolean {
  let step = 1;
  for (let k = axes.length - 1; k >= 0; k--) {
    const ax = axes[k];
    if (shape[ax] !== 1 && strides[ax] !== step) return false;
    step *= shape[ax];
  }
  return true;
}

/** The axes from slowest to fastest in memory for a copy in `order` (np.array(view, order=..., copy=True)). */
function copyAxes(view: NDArray, order: string): number[] {
  const c = view.shape.map((_, k) => k);
  const f = c.slice().reverse();
  if (order === "C") return c;
  if (order === "F") return f;
  if (order === "A") return !contiguousIn(view.shape, view.strides, c) && contiguousIn(view.shape, view.strides, f) ? f : c;
  // 'K': the view's own order of strides, largest first (stable, so ties stay in C order)
  return c.sort((a, b) => Math.abs(view.strides[b]) - Math.abs(view.strides[a]));
}

/**
 * A new C-ordered storage with the values of `a`: whole rows copied at once when its last axis
 * is contiguous (a crop of an image), else through contiguousStorage.
 */
function copyRows(a: NDArray): Storage {
  const nd = a.ndim;
  if (nd === 0 || a.size === 0 || a.strides[nd - 1] !== 1 || a.dtype.kind === "c") {
    const src = contiguousStorage(a);
    const copy = uninitStorage(a.dtype.storage, src.length);
    copy.set(src);
    return copy;
  }
  const out = uninitStorage(a.dtype.storage, a.size);
  const len = a.shape[nd - 1];
  const index = new Array<number>(nd - 1).fill(0);
  let from = a.offset;
  for (let to = 0; to < out.length; to += len) {
    out.set(a.data.subarray(from, from + len), to);
    // next row: odometer over the outer axes
    for (let k = nd - 2; k >= 0; k--) {
      from += a.strides[k];
      if (++index[k] < a.shape[k]) break;
      from -= a.strides[k] * a.shape[k];
      index[k] = 0;
    }
  }
  return out;
}

/** A copy of `view` laid out with `axes` from slowest to fastest. */
function copyInOrder(view: NDArray, axes: readonly number[]): NDArray {
  // transpose(axes) is C-ordered in the wanted layout
  const data = copyRows(view.transpose(axes.slice()));
  const strides = new Array<number>(view.ndim);
  let step = 1;
  for (let k = axes.length - 1; k >= 0; k--) {
    strides[axes[k]] = step;
    step *= view.shape[axes[k]];
  }
  return new NDArray(data, view.shape.slice(), strides, 0, view.dtype);
}

/**
 * `skimage.util.crop(ar, crop_width, copy=False, order='K')`: removes crop_width[i][0] items from
 * the start and crop_width[i][1] from the end of each axis i. `crop_width` is one integer (all
 * sides), a single pair (every axis), or one pair per axis. Returns a view of `ar` unless
 * `copy` is true (then a new array laid out as `order` says).
 */
export function crop(ar: NDArrayLike, crop_width: CropWidth, ...rest: PyArgs<[copy: boolean, order: "C" | "F" | "A" | "K", options: CropOptions], CropOptions>): NDArray;
export function crop(...args: unknown[]): NDArray {
  const { ar, crop_width, copy, order } = CROP.bind(args) as { ar: NDArrayLike; crop_width: CropWidth; copy: boolean; order: string };
  const a = asNDArray(ar, "ar");
  let crops: (readonly number[])[];
  // Python tests for an Integral, then indexes crop_width[0]
  if (typeof crop_width === "number" && !Number.isInteger(crop_width)) throw new PyTypeError("'float' object is not subscriptable");
  if (typeof crop_width === "number") {
    crops = new Array(a.ndim).fill([crop_width, crop_width]);
  } else if (typeof crop_width[0] === "number") {
    const w = crop_width as readonly number[];
    if (w.length === 1) crops = new Array(a.ndim).fill([w[0], w[0]]);
    else if (w.length === 2) crops = new Array(a.ndim).fill(w);
    else throw invalidLength(w.length);
  } else {
    const w = crop_width as readonly (readonly number[])[];
    if (w.length === 1) crops = new Array(a.ndim).fill(w[0]);
    else if (w.length === a.ndim) crops = w.slice();
    else throw invalidLength(w.length);
  }
  const shape: number[] = [];
  let offset = a.offset;
  crops.forEach((pair, i) => {
    if (pair.length !== 2 || pair.some((v) => !Number.isInteger(v))) {
      throw new ValueError(`crop_width for axis ${i} must be a pair of integers, got [${pair.join(", ")}]`);
    }
    const [s, e] = sliceBounds(pair[0], a.shape[i] - pair[1], a.shape[i]);
    shape.push(e - s);
    offset += s * a.strides[i];
  });
  const view = new NDArray(a.data, shape, a.strides.slice(), shape.some((d) => d === 0) ? 0 : offset, a.dtype);
  if (!copy) return view;
  if (!["C", "F", "A", "K"].includes(order)) throw new ValueError(`order must be one of 'C', 'F', 'A', or 'K' (got '${order}')`);
  return copyInOrder(view, copyAxes(view, order));
}
pyfunction(CROP, crop);
