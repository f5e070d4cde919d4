/** `skimage.util.map_array` and the ArrayMap that relabel_sequential returns (scikit-image 0.19). */
import { inspect } from "node:util";
import { NDArray } from "../../np/ndarray";
import { astype } from "../../np/cast";
import { PyTypeError, ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64, shapeStr } from "../_internal/arrays";
import { contiguousStorage } from "../../np/contiguous";

const MAP_ARRAY = signature("skimage.util.map_array(input_arr, input_vals, output_vals, out=None)", {
  types: { input_arr: "array_like", input_vals: "array_like", output_vals: "array_like", out: "array_like|None" },
});

/** Keyword arguments of map_array. */
export interface MapArrayOptions {
  out?: NDArray | null;
}

/** Each value of `input` looked up in (keys -> values); absent keys give 0. */
function remap(input: NDArray, keys: NDArray, values: NDArray, out: NDArray): void {
  const src = readFloat64(input);
  const k = readFloat64(astype(keys, input.dtype));
  const v = readFloat64(astype(values, out.dtype));
  const lut = new Map<number, number>();
  for (let i = 0; i < k.length; i++) lut.set(k[i], v[i]);
  const dst = new Float64Array(src.length);
  for (let i = 0; i < src.length; i++) dst[i] = lut.get(src[i]) ?? 0;
  out.set("...", NDArray.fromStorage(castStorage(dst, out), input.shape.slice(), out.dtype));
}

function castStorage(values: Float64Array, like: NDArray): NDArray["data"] {
  const data = new like.dtype.storage(values.length);
  data.set(values);
  return data;
}

/**
 * `skimage.util.map_array(input_arr, input_vals, output_vals, out=None)`: every element equal
 * to input_vals[i] becomes output_vals[i]; other elements become 0. The result has
 * output_vals' dtype (or is written into `out`).
 */
export function map_array(input_arr: NDArrayLike, input_vals: NDArrayLike, output_vals: NDArrayLike, ...rest: PyArgs<[out: NDArray | null, options: MapArrayOptions], MapArrayOptions>): NDArray;
export function map_array(...args: unknown[]): NDArray {
  const b = MAP_ARRAY.bind(args);
  const input = asNDArray(b.input_arr, "input_arr");
  if (input.dtype.kind !== "i" && input.dtype.kind !== "u") throw new PyTypeError("The dtype of an array to be remapped should be integer.");
  const outVals = asNDArray(b.output_vals, "output_vals");
  let out = b.out as NDArray | null;
  if (out === null) {
    out = NDArray.fromStorage(new outVals.dtype.storage(input.size), input.shape.slice(), outVals.dtype);
  } else if (out.shape.length !== input.shape.length || out.shape.some((s, i) => s !== input.shape[i])) {
    throw new ValueError(`If out array is provided, it should have the same shape as the input array. Input array has shape ${shapeStr(input.shape)}, provided output array has shape ${shapeStr(out.shape)}.`);
  }
  remap(input, asNDArray(b.input_vals, "input_vals"), outVals, out);
  return out;
}
pyfunction(MAP_ARRAY, map_array);

const ARRAY_MAP = signature("skimage.util._map_array.ArrayMap(in_values, out_values)", { types: { in_values: "array_like", out_values: "array_like" } });
const GETITEM = signature("skimage.util._map_array.ArrayMap.__getitem__(index)", { types: { index: "any" } });
const CALL = signature("skimage.util._map_array.ArrayMap.__call__(arr)", { types: { arr: "array_like" } });

/**
 * `skimage.util._map_array.ArrayMap(in_values, out_values)`: a mapping that acts like
 * indexing an array whose in_values[i]-th element is out_values[i] (every other element 0),
 * without building that array. `fw.__getitem__(5)` is Python's `fw[5]`.
 */
export class ArrayMap {
  in_values: NDArray;
  out_values: NDArray;

  constructor(in_values: NDArrayLike, out_values: NDArrayLike) {
    if (arguments.length !== 2) ARRAY_MAP.bind(arguments);
    this.in_values = asNDArray(in_values, "in_values");
    this.out_values = asNDArray(out_values, "out_values");
  }

  /** `len(m)`: one more than the largest mapped value. */
  __len__(): number {
    const v = readFloat64(this.in_values);
    let max = -Infinity;
    for (let i = 0; i < v.length; i++) if (v[i] > max) max = v[i];
    return max + 1;
  }

  /** The dtype of the mapped values. */
  get dtype(): NDArray["dtype"] {
    return this.out_values.dtype;
  }

  /** `m[index]`: a number for a number, else the mapped array (bool masks select positions). */
  __getitem__(index: number | NDArrayLike): number | NDArray {
    if (arguments.length !== 1) GETITEM.bind(arguments);
    if (typeof index === "number") {
      const out = map_array([index], this.in_values, this.out_values);
      return contiguousStorage(out)[0];
    }
    let idx = asNDArray(index, "index");
    if (idx.dtype.name === "bool") {
      const mask = readFloat64(idx);
      const pos: number[] = [];
      for (let i = 0; i < mask.length; i++) if (mask[i]) pos.push(i);
      idx = asNDArray(pos.length ? pos : [], "index");
      if (pos.length === 0) idx = idx.astype("int64");
    }
    return map_array(idx, this.in_values, this.out_values);
  }

  /** `m(arr)`: the same as `m[arr]`. */
  __call__(arr: NDArrayLike): NDArray {
    if (arguments.length !== 1) CALL.bind(arguments);
    return this.__getitem__(asNDArray(arr, "arr")) as NDArray;
  }

  /** Python's repr: `ArrayMap(array([...]), array([...]))`. */
  [inspect.custom](): string {
    return `ArrayMap(${inspect(this.in_values)}, ${inspect(this.out_values)})`;
  }

  /** Python's str: one `in → out` line per value, the middle elided past five. */
  toString(): string {
    const a = readFloat64(this.in_values);
    const b = readFloat64(this.out_values);
    const line = (i: number) => `  ${fmt(a[i], this.in_values)} → ${fmt(b[i], this.out_values)}`;
    const n = a.length;
    if (n <= 5) return ["ArrayMap:", ...Array.from({ length: n }, (_, i) => line(i))].join("\n");
    return ["ArrayMap:", line(0), line(1), "  ...", line(n - 2), line(n - 1)].join("\n");
  }

  /** str(m) for print-like output. */
  [Symbol.for("python.str")](): string {
    return this.toString();
  }
}
pyfunction(GETITEM, ArrayMap.prototype.__getitem__);
pyfunction(CALL, ArrayMap.prototype.__call__);

/** A NumPy scalar's str: integers plain, floats with Python's repr (1.0, 0.25). */
function fmt(v: number, like: NDArray): string {
  if (like.dtype.kind === "f") return Number.isInteger(v) ? v.toFixed(1) : String(v);
  return String(v);
}
