/**
 * Python exceptions that scikit-image and SciPy let through for some bad inputs and that the
 * shared catalogue (src/errors.ts) does not have: same class names, so a notebook shows what
 * Python shows.
 */
import { ValueError } from "../../errors";

/** Python's RuntimeError (scipy.ndimage: "boundary mode not supported", "spline order not supported"). */
export class RuntimeError extends Error {
  override name = "RuntimeError";
}

/** Python's KeyError: the message is the missing key's repr, as Python prints it. */
export class KeyError extends Error {
  override name = "KeyError";
}

/** Python's OverflowError ("cannot convert float infinity to integer"). */
export class OverflowError extends Error {
  override name = "OverflowError";
}

/** Python's bare Exception, which scikit-image raises in a few places. */
export class PyException extends Error {
  override name = "Exception";
}

/** int(x) of a Python float: ValueError for NaN, OverflowError for infinities. */
export function pyInt(x: number): number {
  if (Number.isNaN(x)) throw new ValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw new OverflowError("cannot convert float infinity to integer");
  return Math.trunc(x);
}

