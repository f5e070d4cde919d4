/** `skimage.morphology.remove_small_objects` and `remove_small_holes` (0.19). */
import { NDArray } from "../../np/ndarray";
import { bool } from "../../np/dtype";
import { PyTypeError, ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { labelFlags } from "../../scipy/ndimage/label";
import { binaryStructure } from "../../scipy/ndimage/structure";
import { castValues } from "../../scipy/ndimage/_support";
import { NDArrayLike, asNDArray, readFloat64, warn } from "../_internal/arrays";
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
function componentsOf(values: Float64Array, ar: NDArray, connectivity: number): Float64Array {
  if (ar.dtype !== bool) return values;
  const s = binaryStructure(ar.ndim, connectivity);
  const flags = new Uint8Array(values.length);
  for (let i = 0; i < flags.length; i++) flags[i] = values[i] ? 1 : 0;
  return Float64Array.from(labelFlags(flags, ar.shape, s.data as Uint8Array, s.shape).labels);
}

/** Zeroes the components of fewer than minSize pixels (the result's values; the input untouched). */
function removeSmall(ar: NDArray, values: Float64Array, minSize: number, connectivity: number): Float64Array {
  const out = values.slice();
  if (minSize === 0) return out;
  const ccs = componentsOf(values, ar, connectivity);
  let max = 0;
  for (let i = 0; i < ccs.length; i++) {
    if (ccs[i] < 0) throw new ValueError("Negative value labels are not supported. Try relabeling the input with `scipy.ndimage.label` or `skimage.morphology.label`.");
    if (ccs[i] > max) max = ccs[i];
  }
  const sizes = new Float64Array(max + 1);
  for (let i = 0; i < ccs.length; i++) sizes[ccs[i]]++;
  if (sizes.length === 2 && ar.dtype !== bool) warn("Only one label was provided to `remove_small_objects`. Did you mean to use a boolean array?");
  for (let i = 0; i < ccs.length; i++) if (sizes[ccs[i]] < minSize) out[i] = 0;
  return out;
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
  const img = asNDArray(ar, "ar");
  checkSupported(img);
  const values = removeSmall(img, readFloat64(img), min_size, connectivity);
  const result = NDArray.fromStorage(castValues(values, img.dtype), img.shape.slice(), img.dtype);
  return intoOut(result, out ?? (in_place ? img : null));
}
pyfunction(REMOVE_SMALL_OBJECTS, remove_small_objects);

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
  const img = asNDArray(ar, "ar");
  checkSupported(img);
  if (img.dtype !== bool) warn("Any labeled images will be returned as a boolean array. Did you mean to use a boolean array?");
  if (out && out.dtype !== bool) throw new PyTypeError("out dtype must be bool");
  const v = readFloat64(img);
  const inverted = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) inverted[i] = v[i] ? 0 : 1;
  const asBool = NDArray.fromStorage(new Uint8Array(v.length), img.shape.slice(), bool);
  const kept = removeSmall(asBool, inverted, area_threshold, connectivity);
  const result = new Uint8Array(v.length);
  for (let i = 0; i < v.length; i++) result[i] = kept[i] ? 0 : 1;
  return intoOut(NDArray.fromStorage(result, img.shape.slice(), bool), out ?? (in_place ? img : null));
}
pyfunction(REMOVE_SMALL_HOLES, remove_small_holes);
