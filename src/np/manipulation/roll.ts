/** np.roll: elements shifted cyclically along axes (a copy). */
import { ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { AXIS } from "../params";
import { normalizeAxis, shapeStr } from "../shape";
import { copyInto } from "../cast";
import { empty_like } from "../create-filled";
import { ravel, reshape } from "../manipulate";
import { axisSlice } from "./_views";

/** Keyword arguments of np.roll. */
export interface RollOptions {
  a?: ArrayLike;
  shift?: number | readonly number[];
  axis?: number | readonly number[] | null;
}

const INTS = check("int or tuple of ints", (v) => Number.isInteger(v) || (Array.isArray(v) && v.every(Number.isInteger)));
const ROLL = signature("numpy.roll(a, shift, axis=None)", { types: { shift: INTS, axis: AXIS } });

/** Pairs shifts with axes as np.broadcast pairs two scalars or 1-D sequences. */
function pairShifts(shift: number | readonly number[], axis: number | readonly number[]): [number, number][] {
  const s = typeof shift === "number" ? [shift] : shift;
  const a = typeof axis === "number" ? [axis] : axis;
  const n = Math.max(s.length, a.length);
  if ((s.length !== n && s.length !== 1) || (a.length !== n && a.length !== 1)) {
    const sShape = typeof shift === "number" ? [] : [s.length];
    const aShape = typeof axis === "number" ? [] : [a.length];
    throw new ValueError(
      `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape ${shapeStr(sShape)} and arg 1 with shape ${shapeStr(aShape)}.`,
    );
  }
  return Array.from({ length: n }, (_, i) => [s[s.length === 1 ? 0 : i], a[a.length === 1 ? 0 : i]]);
}

/**
 * `numpy.roll(a, shift, axis=None)`: elements shifted cyclically by `shift` along `axis`
 * (the flattened array for None; shifts and axes may be tuples, shifts on one axis add up).
 * Always a copy.
 */
export function roll(a: ArrayLike, shift: number | readonly number[], ...rest: PyArgs<[axis: number | readonly number[] | null, options: RollOptions], RollOptions>): NDArray;
export function roll(...args: unknown[]): NDArray {
  let a = args[0] as ArrayLike, shift = args[1] as number | readonly number[], axis: number | readonly number[] | null = null;
  if (args.length !== 2 || typeof shift !== "number") ({ a, shift, axis } = ROLL.bind(args));
  const arr = asarray(a);
  if (axis === null) return reshape(roll(ravel(arr), shift, 0), arr.shape);
  const offsets = new Array<number>(arr.ndim).fill(0);
  for (const [s, ax] of pairShifts(shift, axis)) offsets[normalizeAxis(ax, arr.ndim)] += s;
  let src = arr;
  let out = empty_like(arr) as NDArray;
  copyInto(out, arr);
  offsets.forEach((total, ax) => {
    const n = arr.shape[ax];
    const off = ((total % (n || 1)) + (n || 1)) % (n || 1);
    if (off === 0) return;
    src = out;
    out = empty_like(arr) as NDArray;
    copyInto(axisSlice(out, ax, off, n), axisSlice(src, ax, 0, n - off));
    copyInto(axisSlice(out, ax, 0, off), axisSlice(src, ax, n - off, n));
  });
  return out;
}

pyfunction(ROLL, roll);
