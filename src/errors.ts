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

/** Python's RuntimeError: an algorithm could not reach a result (no two histogram maxima, ...). */
export class RuntimeError extends Error {
  override name = "RuntimeError";
}

/** Python's KeyError: a name (a colour, ...) that a mapping does not hold. */
export class KeyError extends Error {
  override name = "KeyError";
}

/** Python's ZeroDivisionError: a division by zero that Python checks (scikit-image's Cython code does). */
export class ZeroDivisionError extends Error {
  override name = "ZeroDivisionError";
}
