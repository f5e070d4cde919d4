/** np.where and np.clip: elementwise selection between broadcast operands. */
import { ValueError } from "../../errors";
import { resultTypeOf } from "../dtype";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { UfuncOptions, operand, runTernary } from "../ufunc";
import { nonzero } from "../indexing/nonzero";
import { PyArgs, pyfunction, signature } from "../../signature";
import { DTYPE, OUT, checkOrder } from "../params";
import { warn } from "../warnings";
import type { UfuncKeywords } from "./declare";
import { castInputs, deliver } from "./ufunc-options";
import { inLayout } from "../layout";
import { DType, can_cast } from "../dtype";
import type { Casting } from "../ndarray";

const WHERE = signature("numpy.where(condition, x=<no value>, y=<no value>, /)", { defaults: { x: undefined, y: undefined } });
// **kwargs are the ufunc keywords; casting=None as NumPy's clip wrapper has it (see castingFor)
const CLIP = signature("numpy.clip(a, a_min, a_max, out=None, *, where=True, casting=None, order='K', dtype=None, subok=True)", {
  types: { out: OUT, where: "array_like", casting: "str|None", order: "str", dtype: DTYPE, subok: "bool" },
  choices: { casting: [null, "no", "equiv", "safe", "same_kind", "unsafe"] },
});

/**
 * The casting rule of a clip call: the one given, else "same_kind", except that an output
 * "same_kind" cannot reach is still written unsafely with NumPy's DeprecationWarning.
 */
function castingFor(b: Record<string, any>): Casting {
  if (b.casting !== null) return b.casting;
  if (b.out === null || b.dtype !== null) return "same_kind";
  const given = [b.a, b.a_min, b.a_max].filter((x) => x !== null).map((x) => operand(x).op);
  const dt = resultTypeOf(given);
  if (can_cast(dt, b.out.dtype, "same_kind")) return "same_kind";
  process.emitWarning(
    `Converting the output of clip from dtype('${dt.name}') to dtype('${b.out.dtype.name}') is deprecated. ` +
      'Pass `casting="unsafe"` explicitly to silence this warning, or correct the type of the variables.',
    "DeprecationWarning",
  );
  return "unsafe";
}

/** np.clip's loop for the casting rules: it computes in the promoted dtype of its inputs. */
const CLIP_LOOP = { name: "clip", loop: (d: DType) => d, output: (d: DType) => d };

/**
 * `np.where(condition, x, y)`: elements of x where condition is true, else of y (dtype by
 * promotion of x and y). With the condition alone, `np.where(condition)` is np.nonzero.
 */
export function where(condition: ArrayLike, x: ArrayLike, y: ArrayLike): NDArray;
export function where(condition: ArrayLike): NDArray[];
export function where(condition: ArrayLike, x?: ArrayLike, y?: ArrayLike): NDArray | NDArray[] {
  if (arguments.length > 3) WHERE.bind(arguments);
  if (x === undefined && y === undefined) return nonzero(condition);
  if (x === undefined || y === undefined) throw new ValueError("either both or neither of x and y should be given");
  const cond = asarray(condition);
  const p = operand(x);
  const q = operand(y);
  const dt = resultTypeOf([p.op, q.op]);
  return runTernary("where", "(x !== 0 ? y : z)", dt, cond, p.arr, q.arr);
}

pyfunction(WHERE, where);

const NAN_BOUND =
  "Passing `np.nan` to mean no clipping in np.clip has always been unreliable, and is now deprecated. " +
  "In future, this will always return nan, like it already does when min or max are arrays that contain nan. " +
  "To skip a bound, pass either None or an np.inf of an appropriate sign.";

/** Keyword arguments of np.clip: NumPy's ufunc keywords. */
export interface ClipOptions extends UfuncKeywords {
  a?: ArrayLike;
  a_min?: ArrayLike | null;
  a_max?: ArrayLike | null;
  out?: NDArray;
}

/**
 * `numpy.clip(a, a_min, a_max, out=None, **kwargs)` (kwargs: the ufunc keywords): values
 * limited to [a_min, a_max] (either bound may be null, not both). NaN stays NaN.
 */
export function clip(a: ArrayLike, a_min: ArrayLike | null, a_max: ArrayLike | null, ...rest: PyArgs<[out: NDArray | null, options: ClipOptions], ClipOptions>): NDArray;
export function clip(...args: unknown[]): NDArray {
  let [a, a_min, a_max] = args as [ArrayLike, ArrayLike | null, ArrayLike | null];
  let opts: UfuncOptions | undefined;
  if (args.length !== 3) {
    const b = CLIP.bind(args);
    checkOrder(CLIP, b.order, ["K", "A", "C", "F"]);
    const casting = castingFor(b);
    if (b.where !== true || casting !== "same_kind" || b.dtype !== null || b.order === "F") {
      const given = [b.a, b.a_min, b.a_max].filter((x) => x !== null);
      const cast = castInputs(CLIP_LOOP, given, b.dtype, casting);
      let k = 1;
      const r = clip(cast[0], b.a_min === null ? null : cast[k++], b.a_max === null ? null : cast[k++]);
      return deliver("clip", cast, b.out === null ? inLayout(r, b.order) : r, { out: b.out, where: b.where, casting });
    }
    ({ a, a_min, a_max } = b);
    opts = b.out === null ? undefined : { out: b.out };
  }
  if (a_min === null && a_max === null) throw new ValueError("One of max or min must be given");
  // a NaN bound (a number or 0-d array) means "no bound" in NumPy 1.24, with a deprecation
  const isNaNScalar = (b: ArrayLike | null): boolean =>
    (typeof b === "number" && Number.isNaN(b)) || (b instanceof NDArray && b.ndim === 0 && b.dtype.kind === "f" && Number.isNaN(b.data[b.offset]));
  if (isNaNScalar(a_min) || isNaNScalar(a_max)) {
    if (isNaNScalar(a_min)) a_min = -Infinity;
    if (isNaNScalar(a_max)) a_max = Infinity;
    warn(NAN_BOUND, "DeprecationWarning");
  }
  const p = operand(a);
  const lo = a_min === null ? null : operand(a_min);
  const hi = a_max === null ? null : operand(a_max);
  const dt = resultTypeOf([p.op, ...(lo ? [lo.op] : []), ...(hi ? [hi.op] : [])]);
  const expr = lo === null ? "(x > z ? z : x)" : hi === null ? "(x < y ? y : x)" : "((x < y ? y : x) > z ? z : (x < y ? y : x))";
  const loArr = lo?.arr ?? p.arr;
  const hiArr = hi?.arr ?? p.arr;
  return runTernary("clip", expr, dt, p.arr, loArr, hiArr, opts?.out);
}
pyfunction(CLIP, clip);
