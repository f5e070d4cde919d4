/**
 * Rounding to the result's float type. One shared identity function, so a hot loop calling
 * `round(x)` sees only two targets (it and Math.fround) and V8 inlines both.
 */
/** float64 results: no rounding. */
export const keepFloat64 = (x: number): number => x;

/** Math.fround for float32 results, the identity otherwise. */
export function roundingFor(single: boolean): (x: number) => number {
  return single ? Math.fround : keepFloat64;
}
