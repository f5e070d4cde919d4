/** Picking elements by condition: np.argwhere, np.extract, np.select and np.piecewise. */
import { IndexError, PyTypeError, ValueError } from "../errors";
import { pyfunction, signature } from "../signature";
import { bool, int64 } from "./dtype";
import { NDArray } from "./ndarray";
import { ArrayLike, asarray, castScalar } from "./create";
import { astype } from "./cast";
import { contiguousStorage } from "./contiguous";
import { broadcast_to } from "./manipulate";
import { broadcastShapes } from "./shape";
import { result_type } from "./ufunc";
import { where } from "./ufuncs/select";

const ARGWHERE = signature("numpy.argwhere(a)", { types: { a: "array_like" } });
const EXTRACT = signature("numpy.extract(condition, arr)", { types: { condition: "array_like", arr: "array_like" } });
const SELECT = signature("numpy.select(condlist, choicelist, default=0)", {
  types: { condlist: "sequence", choicelist: "sequence", default: "array_like" },
});
const PIECEWISE = signature("numpy.piecewise(x, condlist, funclist, *args)", {
  types: { x: "array_like", condlist: "array_like", funclist: "sequence" },
});

/**
 * `numpy.argwhere(a)`: the indices of the non-zero elements, one row per element (int64,
 * shape (N, a.ndim)), in C order.
 */
export function argwhere(a: ArrayLike): NDArray;
export function argwhere(...args: unknown[]): NDArray {
  const arr = asarray(ARGWHERE.bind(args).a);
  const flat = contiguousStorage(arr);
  const nd = arr.ndim;
  const rows: number[] = [];
  const index = new Array<number>(nd).fill(0);
  for (let i = 0; i < flat.length; i++) {
    if (flat[i] !== 0) rows.push(...index);
    for (let d = nd - 1; d >= 0; d--) {
      if (++index[d] < arr.shape[d]) break;
      index[d] = 0;
    }
  }
  const count = nd === 0 ? (flat[0] !== 0 ? 1 : 0) : rows.length / nd;
  return NDArray.fromStorage(Float64Array.from(rows), [count, nd], int64);
}
pyfunction(ARGWHERE, argwhere);

/** `numpy.extract(condition, arr)`: the elements of the flattened arr where the flattened condition is non-zero. */
export function extract(condition: ArrayLike, arr: ArrayLike): NDArray;
export function extract(...args: unknown[]): NDArray {
  const b = EXTRACT.bind(args);
  const cond = contiguousStorage(asarray(b.condition));
  const a = asarray(b.arr);
  const src = contiguousStorage(a);
  const picked: number[] = [];
  for (let i = 0; i < cond.length; i++) {
    if (cond[i] === 0) continue;
    if (i >= src.length) throw new IndexError(`index ${i} is out of bounds for axis 0 with size ${src.length}`);
    picked.push(src[i]);
  }
  const out = new a.dtype.storage(picked.length);
  out.set(picked);
  return NDArray.fromStorage(out, [picked.length], a.dtype);
}
pyfunction(EXTRACT, extract);

/**
 * `numpy.select(condlist, choicelist, default=0)`: elementwise, the choice of the first true
 * condition (default where none is); conditions and choices broadcast together.
 */
export function select(condlist: readonly ArrayLike[], choicelist: readonly ArrayLike[], default_?: ArrayLike | { default?: ArrayLike }): NDArray;
export function select(...args: unknown[]): NDArray {
  const b = SELECT.bind(args);
  const conds = (b.condlist as ArrayLike[]).map((c) => asarray(c));
  const choices = (b.choicelist as ArrayLike[]).map((c) => asarray(c));
  if (conds.length !== choices.length) throw new ValueError("list of cases must be same length as list of conditions");
  if (conds.length === 0) throw new ValueError("select with an empty condition list is not possible");
  const dflt = asarray(b.default);
  const dt = result_type(...choices, b.default);
  conds.forEach((c, i) => {
    if (c.dtype !== bool) throw new PyTypeError(`invalid entry ${i} in condlist: should be boolean ndarray`);
  });
  const shape = broadcastShapes([...conds, ...choices, dflt].map((x) => x.shape));
  let result = broadcast_to(astype(dflt, dt), shape);
  for (let i = conds.length - 1; i >= 0; i--) result = where(conds[i], astype(choices[i], dt), result);
  return result.dtype === dt ? result : astype(result, dt);
}
pyfunction(SELECT, select);

/** What a piece of np.piecewise is: a value, or a function of the selected values. */
export type Piece = number | boolean | ((x: NDArray, ...args: unknown[]) => ArrayLike);

/**
 * `numpy.piecewise(x, condlist, funclist, *args, **kw)`: y = funclist[i](x[cond_i]) (or the
 * constant funclist[i]) where condlist[i] holds, later pieces winning; one extra function is
 * the "otherwise" piece. y has x's dtype; extra positional args reach every function (keyword
 * arguments cannot be forwarded: close over them instead).
 */
export function piecewise(x: ArrayLike, condlist: ArrayLike, funclist: readonly Piece[], ...args: unknown[]): NDArray;
export function piecewise(...allArgs: unknown[]): NDArray {
  const b = PIECEWISE.bind(allArgs);
  const xs = asarray(b.x);
  const funcs = b.funclist as Piece[];
  let condArg = b.condlist as unknown;
  const first = Array.isArray(condArg) ? condArg[0] : undefined;
  if (typeof condArg === "boolean" || (!(Array.isArray(first) || first instanceof NDArray) && xs.ndim !== 0)) condArg = [condArg];
  const condArr = astype(asarray(condArg as ArrayLike), bool);
  const n = condArr.shape[0] ?? 1;
  const size = xs.size;
  const conds: Uint8Array[] = [];
  const flatConds = contiguousStorage(broadcast_to(condArr, [n, ...xs.shape]));
  for (let k = 0; k < n; k++) conds.push(Uint8Array.from(flatConds.subarray(k * size, (k + 1) * size)));
  if (n === funcs.length - 1) {
    const otherwise = new Uint8Array(size);
    for (let i = 0; i < size; i++) otherwise[i] = conds.some((c) => c[i]) ? 0 : 1;
    conds.push(otherwise);
  } else if (n !== funcs.length) {
    throw new ValueError(`with ${n} condition(s), either ${n} or ${n + 1} functions are expected`);
  }
  const src = contiguousStorage(xs);
  const y = new xs.dtype.storage(size);
  conds.forEach((cond, k) => {
    const picked: number[] = [];
    for (let i = 0; i < size; i++) if (cond[i]) picked.push(i);
    const f = funcs[k];
    if (typeof f !== "function") {
      for (const i of picked) y[i] = castScalar(Number(f), xs.dtype);
      return;
    }
    if (picked.length === 0) return;
    const vals = new xs.dtype.storage(picked.length);
    picked.forEach((i, j) => (vals[j] = src[i]));
    const res = asarray(f(NDArray.fromStorage(vals, [picked.length], xs.dtype), ...(b.args as unknown[])));
    const out = contiguousStorage(broadcast_to(res, [picked.length]));
    picked.forEach((i, j) => (y[i] = castScalar(out[j], xs.dtype)));
  });
  return NDArray.fromStorage(y, xs.shape.slice(), xs.dtype);
}
pyfunction(PIECEWISE, piecewise);
