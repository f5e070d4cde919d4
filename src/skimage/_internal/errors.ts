/**
 * Python exceptions that scikit-image and SciPy let through for some bad inputs (from the
 * shared catalogue, src/errors.ts), and Python's int() of a float.
 */
import { OverflowError, ValueError } from "../../errors";

export { RuntimeError, KeyError, OverflowError, PyException } from "../../errors";

/** int(x) of a Python float: ValueError for NaN, OverflowError for infinities. */
export function pyInt(x: number): number {
  if (Number.isNaN(x)) throw new ValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw new OverflowError("cannot convert float infinity to integer");
  return Math.trunc(x);
}

