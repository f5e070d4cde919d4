/** np.apply_along_axis and np.apply_over_axes: a function run over 1-D slices or over axes in turn. */
import { ValueError } from "../errors";
import { NDArray } from "./ndarray";
import { ArrayLike, asarray } from "./create";
import { zeros } from "./create-filled";
import { copyInto } from "./cast";
import { expand_dims } from "./manipulate";
import { normalizeAxis } from "./shape";
import { pyfunction, signature } from "../signature";

const APPLY_ALONG_AXIS = signature("numpy.apply_along_axis(func1d, axis, arr, *args)", { types: { func1d: "callable", axis: "int" } });
const APPLY_OVER_AXES = signature("numpy.apply_over_axes(func, a, axes)", { types: { func: "callable" } });

/** The index tuples of a shape in C order. */
function* ndindex(shape: readonly number[]): Generator<number[]> {
  const total = shape.reduce((p, d) => p * d, 1);
  const idx = new Array<number>(shape.length).fill(0);
  for (let k = 0; k < total; k++) {
    yield idx.slice();
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
}

/**
 * `numpy.apply_along_axis(func1d, axis, arr, *args)`: `func1d(a_1d, ...args)` on every 1-D
 * slice of `arr` along `axis`; its results (all of the first result's shape, cast to its
 * dtype) take the place of that axis. Python's extra keyword arguments cannot be forwarded
 * (close over them instead).
 */
export function apply_along_axis(func1d: (a: NDArray, ...args: any[]) => ArrayLike, axis: number, arr: ArrayLike, ...args: unknown[]): NDArray;
export function apply_along_axis(...allArgs: unknown[]): NDArray {
  const b = APPLY_ALONG_AXIS.bind(allArgs);
  const func = b.func1d as (a: NDArray, ...args: unknown[]) => ArrayLike;
  const extra = b.args as unknown[];
  const arr = asarray(b.arr as ArrayLike);
  const nd = arr.ndim;
  const axis = normalizeAxis(b.axis, nd);
  const perm = [...Array.from({ length: nd }, (_, i) => i).filter((i) => i !== axis), axis];
  const view = arr.transpose(perm);
  const outer = view.shape.slice(0, -1);
  const indices = ndindex(outer);
  const first = indices.next();
  if (first.done || outer.some((d) => d === 0)) throw new ValueError("Cannot apply_along_axis when any iteration dimensions are 0");
  const res0 = asarray(func(view.get(...first.value), ...extra));
  const buff = zeros([...outer, ...res0.shape], { dtype: res0.dtype });
  const place = (ind: number[], res: NDArray) => (ind.length === 0 ? copyInto(buff, res) : buff.set(ind, res));
  place(first.value, res0);
  for (const ind of indices) {
    place(ind, asarray(func(view.get(...ind), ...extra)));
  }
  // the result axes go where `axis` was
  const bnd = buff.ndim;
  const dims = Array.from({ length: bnd }, (_, i) => i);
  const order = [...dims.slice(0, axis), ...dims.slice(bnd - res0.ndim), ...dims.slice(axis, bnd - res0.ndim)];
  return buff.transpose(order);
}

/**
 * `numpy.apply_over_axes(func, a, axes)`: `func(a, axis)` for each axis in turn, each result
 * (with the axis put back as length 1 when `func` removed it) fed to the next.
 */
export function apply_over_axes(func: (a: NDArray, axis: number) => ArrayLike, a: ArrayLike, axes: number | readonly number[]): NDArray;
export function apply_over_axes(...args: unknown[]): NDArray {
  const b = APPLY_OVER_AXES.bind(args);
  const func = b.func as (a: NDArray, axis: number) => ArrayLike;
  let val = asarray(b.a as ArrayLike);
  const N = val.ndim;
  const axes: number[] = typeof b.axes === "number" ? [b.axes] : asarray(b.axes as ArrayLike).ndim === 0 ? [Number(asarray(b.axes as ArrayLike).item())] : (b.axes as number[]);
  for (let axis of axes) {
    if (axis < 0) axis = N + axis;
    let res = asarray(func(val, axis));
    if (res.ndim !== val.ndim) {
      res = expand_dims(res, axis);
      if (res.ndim !== val.ndim) throw new ValueError("function is not returning an array of the correct shape");
    }
    val = res;
  }
  return val;
}

pyfunction(APPLY_ALONG_AXIS, apply_along_axis);
pyfunction(APPLY_OVER_AXES, apply_over_axes);
