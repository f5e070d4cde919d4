/**
 * Which public function has which Python signature: a function declared with `pyfunction`
 * carries its Signature, so the tests can walk every namespace and check each one.
 */
import { Signature } from "./signature";

const SIGNATURE = Symbol.for("tslab-sci.signature");

/** Attaches `sig` to `fn` and returns `fn` (its type unchanged). */
export function pyfunction<F extends Function>(sig: Signature, fn: F): F {
  Object.defineProperty(fn, SIGNATURE, { value: sig, enumerable: false });
  return fn;
}

/** The Python signature declared for `fn`, or undefined. */
export function signatureOf(fn: unknown): Signature | undefined {
  return typeof fn === "function" ? (fn as unknown as Record<symbol, Signature | undefined>)[SIGNATURE] : undefined;
}
