/** Python exceptions scikit-learn's generators let through that the shared catalogue lacks. */

/** Python's ZeroDivisionError (`n_samples // n_centers` with no centers). */
export class ZeroDivisionError extends Error {
  override name = "ZeroDivisionError";
}

/** NumPy's refusal of a negative size, which scikit-learn's generators pass on. */
export const NEGATIVE_DIMENSIONS = "negative dimensions are not allowed";
