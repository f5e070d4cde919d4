/** Selecting by index or condition: choose, compress. */
import { IndexError, ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { PyArgs, pyfunction, signature } from "../../signature";
import { OUT } from "../params";
import { normalizeAxis } from "../shape";
import { resultTypeOf } from "../dtype";
import { operand } from "../ufunc";
import { ravel } from "../manipulate";
import { broadcast_arrays } from "./broadcast";
import { bufferPositions, gatherAxis } from "./_views";
import { IndexMode, checkMode } from "./take";

/** Keyword arguments of np.choose. */
export interface ChooseOptions {
  a?: ArrayLike;
  choices?: readonly ArrayLike[];
  out?: NDArray | null;
  mode?: IndexMode;
}

const CHOOSE = signature("numpy.choose(a, choices, out=None, mode='raise')", {
  types: { choices: "sequence", out: OUT },
  unsupported: ["out"],
});

/** np.choose's work (also `a.choose`). */
export function chooseFrom(a: ArrayLike, choices: readonly ArrayLike[], mode: IndexMode): NDArray {
  const ops = choices.map(operand);
  const dt = resultTypeOf(ops.map((o) => ({ ...o.op, scalar: false })));
  const index = asarray(a);
  if (index.dtype.kind === "f") throw new ValueError("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
  // NumPy broadcasts the choices first, then the index array (its errors count them so)
  const all = broadcast_arrays(...ops.map((o) => o.arr), index);
  const idx = all[all.length - 1];
  const cs = all.slice(0, -1);
  const n = cs.length;
  const picks = ravel(idx).tolist() as number[];
  const columns = cs.map((c) => ({ pos: bufferPositions(c), data: c.data }));
  const out = NDArray.fromStorage(new dt.storage(picks.length), idx.shape, dt);
  picks.forEach((raw, k) => {
    let j = Number(raw);
    if (mode === "wrap") j = ((j % n) + n) % n;
    else if (mode === "clip") j = j < 0 ? 0 : j >= n ? n - 1 : j;
    else if (j < 0 || j >= n) throw new ValueError("invalid entry in choice array");
    out.data[k] = columns[j].data[columns[j].pos[k]];
  });
  return out;
}

/**
 * `numpy.choose(a, choices, out=None, mode='raise')`: `choices[a[i]][i]` for each position,
 * the index array and the choices broadcast together.
 */
export function choose(a: ArrayLike, choices: readonly ArrayLike[], ...rest: PyArgs<[out: null, mode: IndexMode, options: ChooseOptions], ChooseOptions>): NDArray;
export function choose(...args: unknown[]): NDArray {
  const b = args.length === 2 ? { a: args[0], choices: args[1], mode: "raise" } : CHOOSE.bind(args);
  return chooseFrom(b.a, b.choices, checkMode(b.mode));
}

/** Keyword arguments of np.compress. */
export interface CompressOptions {
  condition?: ArrayLike;
  a?: ArrayLike;
  axis?: number | null;
  out?: NDArray | null;
}

const COMPRESS = signature("numpy.compress(condition, a, axis=None, out=None)", { types: { axis: "int|None", out: OUT }, unsupported: ["out"] });

/** np.compress's work (also `a.compress`). */
export function compressBy(condition: ArrayLike, a: ArrayLike, axis: number | null): NDArray {
  let arr = asarray(a);
  const cond = asarray(condition);
  if (cond.ndim !== 1) throw new ValueError("condition must be a 1-d array");
  if (axis === null) {
    arr = ravel(arr);
    axis = 0;
  }
  const ax = normalizeAxis(axis, arr.ndim);
  const n = arr.shape[ax];
  const flags = cond.tolist() as (number | boolean)[];
  const kept: number[] = [];
  flags.forEach((f, i) => {
    if (!f) return;
    if (i >= n) throw new IndexError(`index ${i} is out of bounds for axis ${ax} with size ${n}`);
    kept.push(i);
  });
  return gatherAxis(arr, ax, kept);
}

/**
 * `numpy.compress(condition, a, axis=None, out=None)`: the slices along an axis where a 1-D
 * condition is true (the flattened array for None); a shorter condition counts as false past
 * its end.
 */
export function compress(condition: ArrayLike, a: ArrayLike, ...rest: PyArgs<[axis: number | null, out: null, options: CompressOptions], CompressOptions>): NDArray;
export function compress(...args: unknown[]): NDArray {
  const b = args.length === 2 ? { condition: args[0], a: args[1], axis: null } : COMPRESS.bind(args);
  return compressBy(b.condition, b.a, b.axis);
}

pyfunction(CHOOSE, choose);
pyfunction(COMPRESS, compress);
