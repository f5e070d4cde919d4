/**
 * NumPy's index-expression builders as functions: `np.mgrid[0:5, 0:3]` is
 * `np.mgrid("0:5", "0:3")`, `np.ogrid[0:1:5j]` is `np.ogrid("0:1:5j")` (an imaginary step
 * `Nj` means N points, ends included), `np.r_[a, 0:3, 7]` is `np.r_(a, "0:3", 7)` and
 * `np.c_[a, b]` is `np.c_(a, b)`. A slice is a "start:stop:step" string or a Slice.
 */
import { NotImplementedError, PyTypeError, ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { pyfunction, signature } from "../../signature";
import { Slice } from "../indexing/parse";
import { arange, linspace } from "../create-ranges";
import { Operand, float64, int64, resultTypeOf } from "../dtype";
import { operand } from "../ufunc";
import { astype } from "../cast";
import { concatenate, reshape, swapaxes, transpose } from "../manipulate";
import { add, multiply } from "../ufuncs/binary";

/** One slice of a grid: numbers, and `count` for an imaginary step (`Nj`, N points). */
interface GridSlice {
  start: number;
  stop: number | null;
  step: number;
  count: number | null;
  /** True when a bound or step is written as a float (the result is float64). */
  float: boolean;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Parses "start:stop:step" (step may be `Nj`) or takes a Slice. */
function gridSlice(item: string | Slice): GridSlice {
  if (item instanceof Slice) {
    const vals = [item.start, item.stop, item.step].filter((v) => v !== null) as number[];
    return { start: item.start ?? 0, stop: item.stop, step: item.step ?? 1, count: null, float: vals.some((v) => !Number.isInteger(v)) };
  }
  const parts = item.split(":").map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3) throw new ValueError(`not a slice: '${item}'`);
  let float = false;
  const num = (text: string): number | null => {
    if (text === "") return null;
    if (!NUMBER.test(text)) throw new ValueError(`not a slice: '${item}'`);
    if (/[.e]/i.test(text)) float = true;
    return Number(text);
  };
  const start = num(parts[0]) ?? 0;
  const stop = num(parts[1]);
  const stepText = parts[2] ?? "";
  if (/j$/i.test(stepText)) {
    const n = Math.trunc(Math.abs(Number(stepText.slice(0, -1))));
    if (!NUMBER.test(stepText.slice(0, -1))) throw new ValueError(`not a slice: '${item}'`);
    return { start, stop, step: n, count: n, float: true };
  }
  return { start, stop, step: num(stepText) ?? 1, count: null, float };
}

/** The values of one slice as np.r_ makes them: arange, or linspace for an `Nj` step. */
function sliceValues(s: GridSlice): NDArray {
  if (s.stop === null) throw new PyTypeError("unsupported operand type(s) for -: 'NoneType' and 'int'");
  if (s.count !== null) return linspace(s.start, s.stop, s.count);
  return arange(s.start, s.stop, s.step, s.float ? float64 : int64);
}

function gridAxes(items: unknown[], sparse: boolean): NDArray | NDArray[] {
  if (items.length === 1) {
    // a single slice (not a tuple) is one 1-D range
    const s = gridSlice(items[0] as string | Slice);
    if (s.count === null) return sliceValues(s);
    const step = s.count !== 1 ? ((s.stop ?? 0) - s.start) / (s.count - 1) : 1;
    return add(multiply(arange(0, s.count, 1, float64), step), s.start) as NDArray;
  }
  const slices = items.map((it) => gridSlice(it as string | Slice));
  const dt = slices.some((s) => s.float) ? float64 : int64;
  const sizes = slices.map((s) => (s.count !== null ? s.count : Math.max(0, Math.ceil(((s.stop ?? NaN) - s.start) / s.step))));
  const axes = slices.map((s, k) => {
    let step = s.step;
    if (s.count !== null) step = s.count !== 1 ? ((s.stop ?? 0) - s.start) / (s.count - 1) : 1;
    const values = astype(add(multiply(arange(0, sizes[k], 1, dt), step), s.start) as NDArray, dt);
    return reshape(values, sizes.map((n, d) => (d === k ? n : 1)));
  });
  if (sparse) return axes;
  const out = NDArray.fromStorage(new dt.storage(sizes.length * sizes.reduce((p, n) => p * n, 1)), [sizes.length, ...sizes], dt);
  axes.forEach((ax, k) => out.set([k], ax));
  return out;
}

const MGRID = signature("numpy.mgrid(*key)");
const OGRID = signature("numpy.ogrid(*key)");

/**
 * `numpy.mgrid[key]` as a function: `np.mgrid("0:5", "0:3")` is `np.mgrid[0:5, 0:3]`, a dense
 * (ndim, ...) array of coordinates; `"0:1:5j"` is `0:1:5j` (5 points, ends included). One
 * slice gives a 1-D range.
 */
export function mgrid(...key: (string | Slice)[]): NDArray;
export function mgrid(...args: unknown[]): NDArray {
  return gridAxes(MGRID.bind(args).key, false) as NDArray;
}

/**
 * `numpy.ogrid[key]` as a function: `np.ogrid("0:5", "0:3")` is `np.ogrid[0:5, 0:3]`, a list of
 * open (broadcastable) coordinate arrays; one slice gives a 1-D range.
 */
export function ogrid(key: string | Slice): NDArray;
export function ogrid(...key: (string | Slice)[]): NDArray[];
export function ogrid(...args: unknown[]): NDArray | NDArray[] {
  return gridAxes(OGRID.bind(args).key, true);
}

const DIRECTIVE = /^\s*-?\d+\s*(,\s*-?\d+\s*){0,2}$/;

/** AxisConcatenator's work for r_ (axis 0, ndmin 1) and c_ (axis -1, ndmin 2, trans1d 0). */
function concatenator(items: unknown[], axis: number, ndmin: number, trans1d: number): NDArray {
  const objs: NDArray[] = [];
  const ops: Operand[] = [];
  const scalars: number[] = [];
  items.forEach((item, k) => {
    if (typeof item === "string" && !item.includes(":")) {
      if (k !== 0) throw new ValueError("special directives must be the first entry.");
      if (item === "r" || item === "c") throw new NotImplementedError("the 'r' and 'c' directives (numpy.matrix results) are not supported");
      if (!DIRECTIVE.test(item)) throw new ValueError(item.includes(",") ? `unknown special directive '${item}'` : "unknown special directive");
      const vec = item.split(",").map(Number);
      if (vec.length === 1) axis = vec[0];
      else [axis, ndmin, trans1d = trans1d] = vec;
      return;
    }
    let obj: NDArray;
    if (typeof item === "string" || item instanceof Slice) {
      obj = sliceValues(gridSlice(item));
      if (ndmin > 1) {
        obj = reshape(obj, [...new Array<number>(ndmin - 1).fill(1), obj.size]);
        if (trans1d !== -1) obj = swapaxes(obj, -1, trans1d);
      }
      ops.push({ ...operand(obj).op, scalar: false });
    } else if (typeof item === "number" || typeof item === "boolean") {
      const o = operand(item);
      obj = reshape(o.arr, new Array<number>(ndmin).fill(1));
      scalars.push(objs.length);
      ops.push(o.op);
    } else {
      const arr = asarray(item as ArrayLike);
      obj = arr.ndim >= ndmin ? arr : reshape(arr, [...new Array<number>(ndmin - arr.ndim).fill(1), ...arr.shape]);
      if (trans1d !== -1 && arr.ndim < ndmin) {
        const k2 = ndmin - arr.ndim;
        let k1 = trans1d;
        if (k1 < 0) k1 += k2 + 1;
        const def = Array.from({ length: ndmin }, (_, i) => i);
        obj = transpose(obj, [...def.slice(0, k1), ...def.slice(k2), ...def.slice(k1, k2)]);
      }
      ops.push({ ...operand(arr).op, scalar: false });
    }
    objs.push(obj);
  });
  if (objs.length === 0) return NDArray.fromStorage(new Float64Array(0), [0], float64);
  const dt = resultTypeOf(ops);
  for (const k of scalars) objs[k] = astype(objs[k], dt);
  return concatenate(objs, axis);
}

const R_ = signature("numpy.r_(*key)");
const C_ = signature("numpy.c_(*key)");

/**
 * `numpy.r_[key]` as a function: joins arrays, numbers and slices ("1:4", "0:1:5j") along the
 * first axis: `np.r_(a, "0:3", 7)` is `np.r_[a, 0:3, 7]`. A first string "axis" or
 * "axis,ndmin,trans1d" is NumPy's directive (`np.r_("-1", a, b)`, `np.r_("0,2", a, b)`).
 */
export function r_(...key: (ArrayLike | string | Slice)[]): NDArray;
export function r_(...args: unknown[]): NDArray {
  return concatenator(R_.bind(args).key, 0, 1, -1);
}

/**
 * `numpy.c_[key]` as a function: joins along the last axis, 1-D inputs as columns:
 * `np.c_(a, b)` is `np.c_[a, b]`; slices and directives as in r_.
 */
export function c_(...key: (ArrayLike | string | Slice)[]): NDArray;
export function c_(...args: unknown[]): NDArray {
  return concatenator(C_.bind(args).key, -1, 2, 0);
}

pyfunction(MGRID, mgrid);
pyfunction(OGRID, ogrid);
pyfunction(R_, r_);
pyfunction(C_, c_);
