/**
 * What a ufunc's own float64 loop (UfuncSpec.float64Run) reports: it could not run here (the
 * generated loop runs instead), it ran, or it ran and found every result finite, so the
 * floating-point warnings need no scan of the result.
 */
export const enum Float64Run {
  NotRun = 0,
  Ran = 1,
  RanFinite = 2,
}
