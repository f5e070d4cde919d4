/**
 * NumPy's warnings as Node warnings: `process.emitWarning(message, { type })` with NumPy's
 * class name (RuntimeWarning, DeprecationWarning) and text, once per call as NumPy does.
 */

/** Emits one warning of NumPy's class with NumPy's text. */
export function warn(message: string, category: "RuntimeWarning" | "DeprecationWarning" | "ComplexWarning" = "RuntimeWarning"): void {
  process.emitWarning(message, { type: category });
}

/** NumPy's floating-point error warnings, emitted once per kind in NumPy's order. */
export interface FloatErrors {
  divide: boolean;
  overflow: boolean;
  underflow?: boolean;
  invalid: boolean;
}

/** Warns for the flagged kinds as NumPy's ufuncs do: "divide by zero encountered in divide". */
export function warnFloatErrors(name: string, flags: FloatErrors): void {
  if (floatErrorHandler !== null) return floatErrorHandler(name, flags);
  if (flags.divide) warn(`divide by zero encountered in ${name}`);
  if (flags.overflow) warn(`overflow encountered in ${name}`);
  if (flags.invalid) warn(`invalid value encountered in ${name}`);
}

/** What np.seterr makes of floating-point errors instead of warning (installed by np/errstate.ts). */
let floatErrorHandler: ((name: string, flags: FloatErrors) => void) | null = null;

/** Installs the handler np.seterr's settings decide with. */
export function setFloatErrorHandler(handler: (name: string, flags: FloatErrors) => void): void {
  floatErrorHandler = handler;
}
