/**
 * The `out=`, `dtype=` and `casting=` keywords of np.concatenate, np.stack, np.vstack and
 * np.hstack: every input is cast to the result dtype under the casting rule, the result is
 * written into `out` or given the asked dtype.
 */
import { PyTypeError, ValueError } from "../errors";
import { DTypeLike, can_cast, dtype as toDType } from "./dtype";
import { NDArray } from "./ndarray";
import { ArrayLike, asarray } from "./create";
import { astype, copyInto } from "./cast";
import { sameShape } from "./shape";
import type { Casting } from "./ndarray";

const CASTINGS = ["no", "equiv", "safe", "same_kind", "unsafe"];

/** The bound join keywords (`out` only where the function has it). */
export interface JoinKeywords {
  out?: NDArray | null;
  dtype: DTypeLike | null;
  casting: Casting;
}

/** True when a join call needs more than the plain join. */
export function hasJoinKeywords(b: JoinKeywords): boolean {
  return (b.out !== undefined && b.out !== null) || b.dtype !== null || b.casting !== "same_kind";
}

/** Runs `join` and applies out/dtype/casting as NumPy does, checking each input against the rule. */
export function joinWith(name: string, inputs: readonly ArrayLike[], b: JoinKeywords, join: () => NDArray): NDArray {
  const out = b.out ?? null;
  if (out !== null && b.dtype !== null) throw new PyTypeError(`${name}() only takes \`out\` or \`dtype\` as an argument, but both were provided.`);
  if (!CASTINGS.includes(b.casting)) {
    throw new ValueError(`casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe' (got '${String(b.casting)}')`);
  }
  const r = join();
  const target = b.dtype !== null ? toDType(b.dtype) : out !== null ? out.dtype : r.dtype;
  for (const x of inputs) {
    const from = asarray(x).dtype;
    if (!can_cast(from, target, b.casting)) {
      throw new PyTypeError(`Cannot cast array data from dtype('${from.name}') to dtype('${target.name}') according to the rule '${b.casting}'`);
    }
  }
  if (out !== null) {
    if (!sameShape(out.shape, r.shape)) throw new ValueError("Output array is the wrong shape");
    copyInto(out, r);
    return out;
  }
  return r.dtype === target ? r : astype(r, target);
}
