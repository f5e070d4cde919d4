/**
 * Parameter types NumPy's signatures share, for `signature(..., { types })`: a dtype, an axis,
 * a shape. Each names what it wanted in the TypeError a wrong argument gets.
 */
import { Bound, Signature, check, isPlainObject } from "../signature";
import { NDArray } from "./ndarray";
import { PyTypeError, ValueError } from "../errors";
import { DType } from "./dtype";

/** `dtype=`: a DType, a name or code NumPy understands (resolved later by np.dtype), or None. */
export const DTYPE = check("a dtype", (v) => v === null || v instanceof DType || typeof v === "string" || typeof v === "function");

/** `axis=`: an int, a sequence of ints, or None. */
export const AXIS = check("int, tuple of ints or None", (v) => v === null || Number.isInteger(v) || (Array.isArray(v) && v.every(Number.isInteger)));

/** `shape=`: an int or a sequence of ints. */
export const SHAPE = check("int or tuple of ints", (v) => Number.isInteger(v) || (Array.isArray(v) && v.every(Number.isInteger)));

/** `order=` values NumPy knows; which of them a function honours is its own business. */
const ORDERS = ["C", "F", "A", "K"];

/**
 * Checks an `order=` argument: one of `honoured` passes, another of NumPy's orders is
 * NotImplementedError naming it, anything else is NumPy's ValueError.
 */
export function checkOrder(sig: Signature, order: unknown, honoured: readonly (string | null)[]): void {
  if (honoured.includes(order as string | null)) return;
  if (typeof order === "string" && ORDERS.includes(order)) sig.notSupported("order", order);
  throw new ValueError(`order must be one of 'C', 'F', 'A', or 'K' (got ${typeof order === "string" ? `'${order}'` : String(order)})`);
}

/** NumPy's memory orders (this library's arrays are C-ordered; "F" is not supported yet). */
export type Order = "C" | "F" | "A" | "K";

/** Binds a call and checks its `order=` against the orders the function honours. */
export function bindOrdered(sig: Signature, args: ArrayLike<unknown>, honoured: readonly (string | null)[]): Bound {
  const b = sig.bind(args);
  checkOrder(sig, b.order, honoured);
  return b;
}

/** True for an NDArray; safe to call while modules are still loading (a plain object is never one). */
export function isNDArray(v: unknown): v is NDArray {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !isPlainObject(v) && v instanceof NDArray;
}

/** `out=`: an array or None. */
export const OUT = check("an ndarray or None", (v) => v === null || isNDArray(v));

/** Checks the `order=` of a function that makes a new array from nothing: "C" or "F" only, as NumPy. */
export function checkNewOrder(sig: Signature, order: unknown): void {
  if (order === "A" || order === "K") throw new ValueError("only 'C' or 'F' order is permitted");
  checkOrder(sig, order, ["C", "F"]);
}

/**
 * Checks `like=` (NEP 35): None, or an ndarray, for which NumPy makes a plain ndarray just as
 * without it. Other objects would dispatch through `__array_function__`, which JavaScript
 * values lack: NumPy's TypeError.
 */
export function checkLike(like: unknown): void {
  if (like !== null && like !== undefined && !isNDArray(like)) {
    throw new PyTypeError("The `like` argument must be an array-like that implements the `__array_function__` protocol.");
  }
}
