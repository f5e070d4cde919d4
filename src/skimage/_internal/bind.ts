/**
 * Cheap binding for the common call: with exactly the leading positional arguments and no
 * options object, a function can skip its signature's binder (no per-call allocation).
 */
import { check, isPlainObject } from "../../signature";

/** True when the call passed exactly `n` arguments, none of them a keyword-arguments object. */
export function plainCall(args: ArrayLike<unknown>, n: number): boolean {
  if (args.length !== n) return false;
  for (let i = 0; i < n; i++) if (isPlainObject(args[i])) return false;
  return true;
}

/** `image=`: an NDArray, nested lists of numbers, or a scalar. */
export const IMAGE = check("array_like", (v) =>
  typeof v === "number" || typeof v === "boolean" || Array.isArray(v) || (typeof v === "object" && v !== null && "shape" in v && "dtype" in v));

