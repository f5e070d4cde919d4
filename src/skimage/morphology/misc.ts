/** `skimage.morphology.remove_small_objects` and `remove_small_holes` (0.19). */
import { NDArray } from "../../np/ndarray";
import { bool } from "../../np/dtype";
import { PyTypeError, ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { labelComponents } from "../../scipy/ndimage/label";
import { binaryStructure } from "../../scipy/ndimage/structure";
import { NDArrayLike, asNDArray, readStorage, warn } from "../_internal/arrays";
import { OUT, intoOut } from "./_support";

const REMOVE_SMALL_OBJECTS = signature("skimage.morphology.remove_small_objects(ar, min_size=64, connectivity=1, in_place=False, *, out=None)", {
  types: { ar: "array_like", min_size: "int|float", connectivity: "int", in_place: "bool", out: OUT },
});
const REMOVE_SMALL_HOLES = signature("skimage.morphology.remove_small_holes(ar, area_threshold=64, connectivity=1, in_place=False, *, out=None)", {
  types: { ar: "array_like", area_threshold: "int|float", connectivity: "int", in_place: "bool", out: OUT },
});

function checkSupported(ar: NDArray): void {
  if (!(ar.dtype === bool || ar.dtype.kind === "i" || ar.dtype.kind === "u")) {
    throw new PyTypeError(`Only bool or integer image types are supported. Got ${ar.dtype.name}.`);
  }
}

/** The component labels: bool images are labelled with `connectivity`, integer images are labels already. */
/** The labels to measure: the image's own for integers, components of a bool image (with their count). */
function componentsOf(ar: NDArray, connectivity: number): { labels: ArrayLike<number>; count: number | null } {
  if (ar.dtype !== bool) return { labels: readStorage(ar), count: null };
  const s = binaryStructure(ar.ndim, connectivity);
  return labelComponents(readStorage(ar), ar.shape, s.data as Uint8Array, s.shape, 0);
}

/** Which pixels lie in components of fewer than minSize pixels (1) — none when minSize is 0. */
function smallMask(ar: NDArray, minSize: number, connectivity: number): Uint8Array {
  const n = ar.size;
  const small = new Uint8Array(n);
  if (minSize === 0) return small;
  const { labels: ccs, count } = componentsOf(ar, connectivity);
  // component labels run 1..count; given labels are checked and their largest found
  let max = count ?? 0;
  if (count === null) {
    for (let i = 0; i < n; i++) {
      const v = ccs[i];
      if (v < 0) throw new ValueError("Negative value labels are not supported. Try relabeling the input with `scipy.ndimage.label` or `skimage.morphology.label`.");
      if (v > max) max = v;
    }
  }
  const sizes = new Float64Array(max + 1);
  for (let i = 0; i < n; i++) sizes[ccs[i]]++;
  if (sizes.length === 2 && ar.dtype !== bool) warn("Only one label was provided to `remove_small_objects`. Did you mean to use a boolean array?");
  for (let i = 0; i < n; i++) small[i] = sizes[ccs[i]] < minSize ? 1 : 0;
  return small;
}

/** Keyword arguments of remove_small_objects. */
export interface RemoveSmallObjectsOptions {
  min_size?: number;
  connectivity?: number;
  /** Deprecated in scikit-image: write into `ar` itself. */
  in_place?: boolean;
  out?: NDArray | null;
}

/**
 * `skimage.morphology.remove_small_objects(ar, min_size=64, connectivity=1, in_place=False, *,
 * out=None)`: removes the connected components (of a bool image, connected by `connectivity`;
 * or the labels of an integer image) with fewer than min_size pixels.
 */
export function remove_small_objects(ar: NDArrayLike, ...rest: PyArgs<[min_size: number, connectivity: number, in_place: boolean, options: RemoveSmallObjectsOptions], RemoveSmallObjectsOptions>): NDArray;
export function remove_small_objects(...args: unknown[]): NDArray {
  const { ar, min_size, connectivity, in_place, out } = REMOVE_SMALL_OBJECTS.bind(args);
  warnInPlace(args, "remove_small_objects");
  const img = asNDArray(ar, "ar");
  checkSupported(img);
  const small = smallMask(img, min_size, connectivity);
  const src = readStorage(img);
  const data = new img.dtype.storage(src.length);
  for (let i = 0; i < src.length; i++) data[i] = small[i] ? 0 : src[i];
  const result = NDArray.fromStorage(data, img.shape.slice(), img.dtype);
  return intoOut(result, out ?? (in_place ? img : null));
}
pyfunction(REMOVE_SMALL_OBJECTS, remove_small_objects);

/** scikit-image 0.19 warns whenever in_place is given (by position or keyword), whatever its value. */
function warnInPlace(args: unknown[], name: string): void {
  const last = args[args.length - 1];
  const keywords = typeof last === "object" && last !== null && Object.getPrototypeOf(last) === Object.prototype ? (last as object) : null;
  const positional = keywords === null ? args.length : args.length - 1;
  if (positional > 3 || (keywords !== null && "in_place" in keywords)) {
    warn(`in_place argument is deprecated and will be removed in version 1.0. To avoid this warning, please do not use the in_place argument. Please see ${name} documentation for more details. Please use out argument instead.`, "FutureWarning");
  }
}

/** Keyword arguments of remove_small_holes. */
export interface RemoveSmallHolesOptions {
  area_threshold?: number;
  connectivity?: number;
  in_place?: boolean;
  out?: NDArray | null;
}

/**
 * `skimage.morphology.remove_small_holes(ar, area_threshold=64, connectivity=1, in_place=False,
 * *, out=None)`: fills the background components smaller than area_threshold (bool result).
 */
export function remove_small_holes(ar: NDArrayLike, ...rest: PyArgs<[area_threshold: number, connectivity: number, in_place: boolean, options: RemoveSmallHolesOptions], RemoveSmallHolesOptions>): NDArray;
export function remove_small_holes(...args: unknown[]): NDArray {
  const { ar, area_threshold, connectivity, in_place, out } = REMOVE_SMALL_HOLES.bind(args);
  warnInPlace(args, "remove_small_holes");
  const img = asNDArray(ar, "ar");
  checkSupported(img);
  if (img.dtype !== bool) warn("Any labeled images will be returned as a boolean array. Did you mean to use a boolean array?");
  if (out && out.dtype !== bool) throw new PyTypeError("out dtype must be bool");
  const v = readStorage(img);
  const inverted = new Uint8Array(v.length);
  for (let i = 0; i < v.length; i++) inverted[i] = v[i] ? 0 : 1;
  // the holes are the small components of the inverted image
  const small = smallMask(NDArray.fromStorage(inverted, img.shape.slice(), bool), area_threshold, connectivity);
  const result = new Uint8Array(v.length);
  for (let i = 0; i < v.length; i++) result[i] = inverted[i] && !small[i] ? 0 : 1;
  return intoOut(NDArray.fromStorage(result, img.shape.slice(), bool), out ?? (in_place ? img : null));
}
pyfunction(REMOVE_SMALL_HOLES, remove_small_holes);
