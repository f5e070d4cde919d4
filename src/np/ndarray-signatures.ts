/**
 * The Python signatures of NDArray's methods and the types of their options, as numpy.ndarray documents them
 * (`a.sum(axis=None, dtype=None, out=None, ...)`), with the positional-only and keyword-only
 * markers NumPy's C methods enforce (`a.reshape(shape, /, *, order='C')`); operator
 * methods carry the signature of the Python operator they stand for (`a.add(b)` is
 * `ndarray.__add__(value, /)`).
 */
import { Signature, signature } from "../signature";
import { AXIS, DTYPE, OUT, Order, SHAPE } from "./params";
import type { DTypeLike } from "./dtype";
import type { ArrayLike } from "./create";
import type { NDArray } from "./ndarray";
import type { PyArgs } from "../signature";

const m = (params: string, spec?: Parameters<typeof signature>[1]) => (name: string): Signature =>
  signature(`numpy.ndarray.${name}(${params})`, spec);

const BINARY = m("value, /");
const REDUCE_TYPES = { axis: AXIS, dtype: DTYPE, keepdims: "bool", ddof: "float", out: OUT, initial: "float|bool", where: "array_like" };
/**
 * The reduction spec for the parameters a method has. `initial` is "no value" when not given
 * (NumPy documents sum's as 0 and prod's as 1, which give the same results).
 */
const reduceSpec = (names: string[]) => ({
  types: Object.fromEntries(Object.entries(REDUCE_TYPES).filter(([k]) => names.includes(k))),
  defaults: names.includes("initial") ? { initial: undefined } : undefined,
});

/** The method signatures, by the NDArray method that binds them. */
export const METHOD = {
  astype: m("dtype, order='K', casting='unsafe', subok=True, copy=True", {
    types: { dtype: DTYPE, order: "str", casting: "str", subok: "bool", copy: "bool" },
    choices: { casting: ["no", "equiv", "safe", "same_kind", "unsafe"] },
  })("astype"),
  copy: m("order='C'", { types: { order: "str" } })("copy"),
  tolist: m("")("tolist"),
  item: m("*args", { types: { args: "int" } })("item"),
  get: m("key, /")("__getitem__"),
  set: m("key, value, /")("__setitem__"),
  fill: m("value, /", { types: { value: "float" } })("fill"),
  reshape: m("shape, /, *, order='C'", { types: { shape: SHAPE, order: "str" } })("reshape"),
  ravel: m("order='C'", { types: { order: "str" } })("ravel"),
  flatten: m("order='C'", { types: { order: "str" } })("flatten"),
  transpose: m("*axes", { types: { axes: "int" } })("transpose"),
  swapaxes: m("axis1, axis2, /", { types: { axis1: "int", axis2: "int" } })("swapaxes"),
  squeeze: m("axis=None", { types: { axis: AXIS } })("squeeze"),
  add: BINARY("__add__"),
  sub: BINARY("__sub__"),
  mul: BINARY("__mul__"),
  div: BINARY("__truediv__"),
  floor_divide: BINARY("__floordiv__"),
  mod: BINARY("__mod__"),
  pow: m("value, mod=None, /")("__pow__"),
  neg: m("")("__neg__"),
  abs: m("")("__abs__"),
  iadd: BINARY("__iadd__"),
  isub: BINARY("__isub__"),
  imul: BINARY("__imul__"),
  idiv: BINARY("__itruediv__"),
  gt: BINARY("__gt__"),
  ge: BINARY("__ge__"),
  lt: BINARY("__lt__"),
  le: BINARY("__le__"),
  eq: BINARY("__eq__"),
  ne: BINARY("__ne__"),
  matmul: BINARY("__matmul__"),
  str: m("")("__str__"),
  clip: m("min=None, max=None, out=None, *, where=True, casting=None, order='K', dtype=None, subok=True", {
    types: { out: OUT, where: "array_like", casting: "str|None", order: "str", dtype: DTYPE, subok: "bool" },
    choices: { casting: [null, "no", "equiv", "safe", "same_kind", "unsafe"] },
  })("clip"),
  dot: m("b, out=None", { types: { out: OUT } })("dot"),
  sum: m("axis=None, dtype=None, out=None, keepdims=False, initial=0, where=True", reduceSpec(["axis", "dtype", "out", "keepdims", "initial", "where"]))("sum"),
  prod: m("axis=None, dtype=None, out=None, keepdims=False, initial=1, where=True", reduceSpec(["axis", "dtype", "out", "keepdims", "initial", "where"]))("prod"),
  mean: m("axis=None, dtype=None, out=None, keepdims=False, *, where=True", reduceSpec(["axis", "dtype", "out", "keepdims", "where"]))("mean"),
  var: m("axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True", reduceSpec(["axis", "dtype", "out", "ddof", "keepdims", "where"]))("var"),
  std: m("axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True", reduceSpec(["axis", "dtype", "out", "ddof", "keepdims", "where"]))("std"),
  min: m("axis=None, out=None, keepdims=False, initial=<no value>, where=True", reduceSpec(["axis", "out", "keepdims", "initial", "where"]))("min"),
  max: m("axis=None, out=None, keepdims=False, initial=<no value>, where=True", reduceSpec(["axis", "out", "keepdims", "initial", "where"]))("max"),
  any: m("axis=None, out=None, keepdims=False, *, where=True", reduceSpec(["axis", "out", "keepdims", "where"]))("any"),
  all: m("axis=None, out=None, keepdims=False, *, where=True", reduceSpec(["axis", "out", "keepdims", "where"]))("all"),
  argmax: m("axis=None, out=None, *, keepdims=False", { types: { axis: "int|None", keepdims: "bool", out: OUT } })("argmax"),
  argmin: m("axis=None, out=None, *, keepdims=False", { types: { axis: "int|None", keepdims: "bool", out: OUT } })("argmin"),
  cumsum: m("axis=None, dtype=None, out=None", { types: { axis: "int|None", dtype: DTYPE, out: OUT } })("cumsum"),
  argsort: m("axis=-1, kind=None, order=None", {
    types: { axis: "int|None" },
    choices: { kind: [null, "quicksort", "mergesort", "heapsort", "stable"] },
    unsupported: ["order"],
  })("argsort"),
  sort: m("axis=-1, kind=None, order=None", {
    types: { axis: "int|None" },
    choices: { kind: [null, "quicksort", "mergesort", "heapsort", "stable"] },
    unsupported: ["order"],
  })("sort"),
  round: m("decimals=0, out=None", { types: { decimals: "int", out: OUT } })("round"),
  nonzero: m("")("nonzero"),
};

/** Keyword arguments of astype. */
export interface AstypeOptions {
  dtype?: DTypeLike;
  order?: Order;
  casting?: Casting;
  subok?: boolean;
  copy?: boolean;
}

/** NumPy's casting rules. */
export type Casting = "no" | "equiv" | "safe" | "same_kind" | "unsafe";

/** Keyword arguments of a.clip (NumPy's ufunc keywords, as np.clip). */
export interface ClipMethodOptions {
  min?: ArrayLike | null;
  max?: ArrayLike | null;
  out?: NDArray | null;
  where?: ArrayLike;
  casting?: Casting;
  order?: Order;
  dtype?: DTypeLike | null;
  subok?: boolean;
}

/** Keywords the reduction methods declare beyond axis/dtype/keepdims (see np.sum). */
export interface MethodReduceKeywords {
  out?: NDArray | null;
  initial?: number | boolean;
  where?: ArrayLike;
}

export type Axis = number | readonly number[] | null;
export type MethodArgs<P extends unknown[], O> = PyArgs<[...params: P, options: O & MethodReduceKeywords], O & MethodReduceKeywords>;
