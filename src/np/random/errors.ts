/** Errors NumPy's random module raises (`uniform`'s high - low overflowing is OverflowError). */
export { OverflowError } from "../../errors";
