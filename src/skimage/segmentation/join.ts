/** `skimage.segmentation.relabel_sequential` and `join_segmentations` (scikit-image 0.19). */
import { NDArray } from "../../np/ndarray";
import { uninitStorage } from "../../np/alloc";
import { DType, promote_types, uint8, uint16, uint32, uint64 } from "../../np/dtype";
import { PyTypeError, ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64, shapeStr } from "../_internal/arrays";
import { ArrayMap } from "../util/map_array";

const RELABEL = signature("skimage.segmentation.relabel_sequential(label_field, offset=1)", {
  types: { label_field: "array_like", offset: "int" },
});
const JOIN = signature("skimage.segmentation.join_segmentations(s1, s2)", { types: { s1: "array_like", s2: "array_like" } });

/** Keyword arguments of relabel_sequential. */
export interface RelabelSequentialOptions {
  offset?: number;
}

const INT_MAX: Record<string, number> = {
  int8: 127, int16: 32767, int32: 2147483647, int64: 2 ** 63, uint8: 255, uint16: 65535, uint32: 4294967295, uint64: 2 ** 64,
};

/** np.min_scalar_type of a non-negative integer. */
function minUnsigned(v: number): DType {
  return v <= 255 ? uint8 : v <= 65535 ? uint16 : v <= 4294967295 ? uint32 : uint64;
}

function fill(values: readonly number[], dt: DType): NDArray {
  const data = new dt.storage(values.length);
  data.set(values);
  return NDArray.fromStorage(data, [values.length], dt);
}

/** The distinct labels of `values` in increasing order, marked in `table` (zeroed, one slot per label up to the largest). */
function presentLabels(values: Float64Array, table: Float64Array): number[] {
  for (let i = 0; i < values.length; i++) table[values[i]] = 1;
  const found: number[] = [];
  for (let v = 0; v < table.length; v++) if (table[v] === 1) found.push(v);
  return found;
}

/**
 * `skimage.segmentation.relabel_sequential(label_field, offset=1)`: labels renumbered
 * offset, offset+1, ... in increasing order (0 stays 0), with the forward and inverse
 * ArrayMaps: `[relabeled, forward_map, inverse_map]`. The output dtype follows
 * scikit-image's rule: the input's unless the largest new label needs a wider unsigned type.
 */
export function relabel_sequential(label_field: NDArrayLike, ...rest: PyArgs<[offset: number, options: RelabelSequentialOptions], RelabelSequentialOptions>): [NDArray, ArrayMap, ArrayMap];
export function relabel_sequential(...args: unknown[]): [NDArray, ArrayMap, ArrayMap] {
  const b = RELABEL.bind(args);
  const labels = asNDArray(b.label_field, "label_field");
  if (b.offset <= 0) throw new ValueError("Offset must be strictly positive.");
  const values = readFloat64(labels);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min < 0) throw new ValueError("Cannot relabel array that contains negative values.");
  const integral = labels.dtype.kind === "i" || labels.dtype.kind === "u";
  // labels up to a few per pixel: a table indexed by label instead of a hash set and map
  const table = integral && values.length > 0 && max <= Math.max(1 << 16, 4 * values.length) ? new Float64Array(max + 1) : null;
  const inVals = table ? presentLabels(values, table) : Array.from(new Set(values)).sort((p, q) => p - q);
  const outVals = inVals.map((v, i) => (inVals[0] === 0 ? (i === 0 ? 0 : b.offset + i - 1) : b.offset + i));
  const kind = labels.dtype.kind;
  if (kind !== "i" && kind !== "u") throw new PyTypeError("label_field must have an integer dtype");
  const last = outVals[outVals.length - 1];
  const required = minUnsigned(last);
  const outType = labels.dtype.itemsize < required.itemsize || !(last < INT_MAX[labels.dtype.name]) ? required : labels.dtype;
  const out = uninitStorage(outType.storage, values.length);
  if (table) {
    inVals.forEach((v, i) => (table[v] = outVals[i]));
    for (let i = 0; i < values.length; i++) out[i] = table[values[i]];
  } else {
    const index = new Map<number, number>();
    inVals.forEach((v, i) => index.set(v, outVals[i]));
    for (let i = 0; i < values.length; i++) out[i] = index.get(values[i])!;
  }
  const inArr = fill(inVals, labels.dtype);
  const outArr = fill(outVals, outType);
  return [NDArray.fromStorage(out, labels.shape.slice(), outType), new ArrayMap(inArr, outArr), new ArrayMap(outArr, inArr)];
}
pyfunction(RELABEL, relabel_sequential);

/**
 * `skimage.segmentation.join_segmentations(s1, s2)`: the segmentation whose segments are the
 * intersections of s1's and s2's, numbered as scikit-image numbers them (0 only where both
 * are 0).
 */
export function join_segmentations(s1: NDArrayLike, s2: NDArrayLike): NDArray;
export function join_segmentations(...args: unknown[]): NDArray {
  const b = JOIN.bind(args);
  const a1 = asNDArray(b.s1, "s1");
  const a2 = asNDArray(b.s2, "s2");
  if (a1.shape.length !== a2.shape.length || a1.shape.some((s, i) => s !== a2.shape[i])) {
    throw new ValueError(`Cannot join segmentations of different shape. s1.shape: ${shapeStr(a1.shape)}, s2.shape: ${shapeStr(a2.shape)}`);
  }
  const r1 = relabel_sequential(a1)[0];
  const r2 = relabel_sequential(a2)[0];
  const v1 = readFloat64(r1);
  const v2 = readFloat64(r2);
  let max2 = -Infinity;
  for (let i = 0; i < v2.length; i++) if (v2[i] > max2) max2 = v2[i];
  // (s2.max() + 1) * s1 + s2 in NumPy's promoted dtype of the two relabelled arrays
  const dt = promote_types(r1.dtype, r2.dtype);
  const data = uninitStorage(dt.storage, v1.length);
  for (let i = 0; i < v1.length; i++) data[i] = (max2 + 1) * v1[i] + v2[i];
  return relabel_sequential(NDArray.fromStorage(data, a1.shape.slice(), dt))[0];
}
pyfunction(JOIN, join_segmentations);
