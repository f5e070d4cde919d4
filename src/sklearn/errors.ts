/** Python exceptions scikit-learn's generators let through. */
export { ZeroDivisionError } from "../errors";

/** NumPy's refusal of a negative size, which scikit-learn's generators pass on. */
export const NEGATIVE_DIMENSIONS = "negative dimensions are not allowed";
