/** `skimage.measure.regionprops_table` (0.19): region properties as a record of columns. */
import { NDArray } from "../../np/ndarray";
import { float64, int64 } from "../../np/dtype";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";
import { ARRAY_OR_NONE } from "../morphology/_support";
import { RegionProperties, regionprops } from "./regionprops";
import { OLD_NAMES } from "./region_names";

const REGIONPROPS_TABLE = signature("skimage.measure.regionprops_table(label_image, intensity_image=None, properties=('label', 'bbox'), *, cache=True, separator='-', extra_properties=None)", {
  types: {
    label_image: "array_like", intensity_image: ARRAY_OR_NONE, properties: check("a sequence of property names", (v) => Array.isArray(v) && v.every((p) => typeof p === "string")),
    cache: "bool", separator: "str", extra_properties: check("a sequence of functions or None", (v) => v === null || (Array.isArray(v) && v.every((f) => typeof f === "function"))),
  },
});

const OBJECT_COLUMNS = new Set(["image", "coords", "image_convex", "slice", "image_filled", "image_intensity"]);
const INT_COLUMNS = new Set(["area", "area_bbox", "area_convex", "area_filled", "bbox", "euler_number", "label"]);

/** Keyword arguments of regionprops_table. */
export interface RegionpropsTableOptions {
  intensity_image?: NDArrayLike | null;
  properties?: readonly string[];
  cache?: boolean;
  /** Joins a property name and element index in column names (`centroid-0`). */
  separator?: string;
  extra_properties?: ((image: NDArray, intensity?: NDArray) => unknown)[] | null;
}

/** A column of n values: int64 / float64 NDArray for numbers, a list for objects. */
type Column = NDArray | unknown[];

/**
 * `skimage.measure.regionprops_table(label_image, intensity_image=None,
 * properties=('label', 'bbox'), *, cache=True, separator='-', extra_properties=None)`: one
 * column per scalar property, one per element for array properties (`centroid-0`,
 * `moments-0-1`, ...), lists for image-valued ones; a record ready for a DataFrame.
 */
export function regionprops_table(label_image: NDArrayLike, ...rest: PyArgs<[intensity_image: NDArrayLike | null, properties: readonly string[], options: RegionpropsTableOptions], RegionpropsTableOptions>): Record<string, Column>;
export function regionprops_table(...args: unknown[]): Record<string, Column> {
  const { label_image, intensity_image, properties, cache, separator, extra_properties } = REGIONPROPS_TABLE.bind(args);
  let props: string[] = properties.slice();
  if (extra_properties !== null) props = props.concat((extra_properties as Function[]).map((f) => f.name));
  const regions = regionprops(label_image, { intensity_image, cache, extra_properties });
  if (regions.length === 0) {
    // scikit-image computes the columns on a one-pixel image and keeps none of its rows
    const labels = asNDArray(label_image, "label_image");
    const ndim = labels.ndim;
    const dummy = new Float64Array(3 ** ndim);
    dummy[(3 ** ndim - 1) / 2] = 1;
    let inten: NDArray | null = null;
    if (intensity_image !== null) {
      const ii = asNDArray(intensity_image, "intensity_image");
      const shape = [...new Array(ndim).fill(3), ...ii.shape.slice(ndim)];
      inten = NDArray.fromStorage(new ii.dtype.storage(shape.reduce((a, b) => a * b, 1)), shape, ii.dtype);
    }
    const r = regionprops(NDArray.fromStorage(dummy, new Array(ndim).fill(3), int64), { intensity_image: inten, cache, extra_properties });
    const full = toColumns(r, props, separator);
    const empty: Record<string, Column> = {};
    for (const [k, v] of Object.entries(full)) empty[k] = v instanceof NDArray ? NDArray.fromStorage(new v.dtype.storage(0), [0], v.dtype) : [];
    return empty;
  }
  return toColumns(regions, props, separator);
}
pyfunction(REGIONPROPS_TABLE, regionprops_table);

function toColumns(regions: RegionProperties[], properties: readonly string[], separator: string): Record<string, Column> {
  const out: Record<string, Column> = {};
  const n = regions.length;
  for (const orig of properties) {
    const prop = OLD_NAMES[orig] ?? orig;
    const first = regions[0].get(prop);
    const isInt = INT_COLUMNS.has(prop);
    if (OBJECT_COLUMNS.has(prop)) {
      out[orig] = regions.map((r) => r.get(prop));
      continue;
    }
    if (typeof first === "number") {
      const values = regions.map((r) => r.get(prop) as number);
      const int = isInt || (!PROP_FLOAT.has(prop) && values.every(Number.isInteger));
      out[orig] = NDArray.fromStorage(Float64Array.from(values), [n], int ? int64 : float64);
      continue;
    }
    // an array-valued property: one column per element, named prop-i-j...
    const shapeOf = (v: unknown): number[] => (v instanceof NDArray ? v.shape.slice() : [(v as unknown[]).length]);
    const flatOf = (v: unknown): Float64Array => (v instanceof NDArray ? readFloat64(v) : Float64Array.from(v as number[]));
    const shape = shapeOf(first);
    const size = shape.reduce((a, b) => a * b, 1);
    const cols = Array.from({ length: size }, () => new Float64Array(n));
    regions.forEach((r, k) => {
      const flat = flatOf(r.get(prop));
      for (let i = 0; i < size; i++) cols[i][k] = flat[i];
    });
    const idx = new Array<number>(shape.length).fill(0);
    for (let i = 0; i < size; i++) {
      out[[orig, ...idx].join(separator)] = NDArray.fromStorage(cols[i], [n], isInt ? int64 : float64);
      for (let a = shape.length - 1; a >= 0; a--) {
        if (++idx[a] < shape[a]) break;
        idx[a] = 0;
      }
    }
  }
  return out;
}

/** Properties whose column is float even when the values happen to be whole numbers. */
const PROP_FLOAT = new Set([
  "axis_major_length", "axis_minor_length", "centroid", "centroid_local", "centroid_weighted", "centroid_weighted_local", "eccentricity",
  "equivalent_diameter_area", "extent", "feret_diameter_max", "inertia_tensor", "inertia_tensor_eigvals", "intensity_max", "intensity_mean",
  "intensity_min", "moments", "moments_central", "moments_hu", "moments_normalized", "moments_weighted", "moments_weighted_central",
  "moments_weighted_hu", "moments_weighted_normalized", "orientation", "perimeter", "perimeter_crofton", "solidity",
]);
