/**
 * Python-named errors. Each keeps Python's exception name in `name`, so a notebook shows
 * `ValueError: operands could not be broadcast together ...` as NumPy would.
 */

/** Python's ValueError: an argument has the right type but a bad value or shape. */
export class ValueError extends Error {
  override name = "ValueError";
}

/** Python's IndexError: an index is out of bounds or of the wrong form. */
export class IndexError extends Error {
  override name = "IndexError";
}

/** numpy.AxisError: an axis is out of range for the array's dimensions. */
export class AxisError extends ValueError {
  override name = "AxisError";
}

/**
 * Python's TypeError: an argument has the wrong type. Extends the built-in TypeError so that
 * `instanceof TypeError` holds too.
 */
export class PyTypeError extends TypeError {
  override name = "TypeError";
}

/** Python's FileNotFoundError: a path names no file. */
export class FileNotFoundError extends Error {
  override name = "FileNotFoundError";
}

/** Python's OSError: a file exists but cannot be read or written as asked. */
export class OSError extends Error {
  override name = "OSError";
}

/** Python's NotImplementedError: a Python parameter or value this library does not support yet. */
export class NotImplementedError extends Error {
  override name = "NotImplementedError";
}

/** Python's MemoryError: an array too large to allocate (NumPy's "Unable to allocate 7.28 TiB ..."). */
export class MemoryError extends Error {
  override name = "MemoryError";
}

/** Python's OverflowError: a number out of range for its target ("cannot convert float infinity to integer"). */
export class OverflowError extends Error {
  override name = "OverflowError";
}

/**
 * numpy.linalg.LinAlgError: a linear-algebra routine cannot proceed (a singular matrix, one
 * that is not positive definite, an iteration that did not converge). In NumPy it derives from
 * Exception, not ValueError, and so it does here.
 */
export class LinAlgError extends Error {
  override name = "LinAlgError";
}

/**
 * Python's RuntimeError: an algorithm could not reach a result (no two histogram maxima, ...);
 * scipy.ndimage raises it for a bad mode name or a mismatched shape, NumPy for np.cov with
 * multidimensional weights, matplotlib when a call's preconditions are not met.
 */
export class RuntimeError extends Error {
  override name = "RuntimeError";
}

/** Python's ZeroDivisionError (np.arange with step 0, scikit-learn's `n_samples // n_centers`). */
export class ZeroDivisionError extends Error {
  override name = "ZeroDivisionError";
}

/** Python's KeyError: the message is the missing key's repr, as Python prints it. */
export class KeyError extends Error {
  override name = "KeyError";
}

/** Python's bare Exception, which scikit-image raises in a few places. */
export class PyException extends Error {
  override name = "Exception";
}

/** Python's AttributeError: matplotlib's answer to a keyword no artist property has. */
export class AttributeError extends Error {
  override name = "AttributeError";
}

/** Python's AssertionError: what np.testing's assertions raise. */
export class AssertionError extends Error {
  override name = "AssertionError";
}

/** numpy.TooHardError: np.shares_memory gave up within `max_work`. */
export class TooHardError extends RuntimeError {
  override name = "TooHardError";
}

/** Python's FloatingPointError: a floating-point error np.seterr set to 'raise'. */
export class FloatingPointError extends Error {
  override name = "FloatingPointError";
}

/** Python's NameError: np.seterr's 'call' with no function set by np.seterrcall. */
export class NameError extends Error {
  override name = "NameError";
}
