/**
 * Parameter types NumPy's signatures share, for `signature(..., { types })`: a dtype, an axis,
 * a shape. Each names what it wanted in the TypeError a wrong argument gets.
 */
import { check } from "../signature";
import { DType } from "./dtype";

/** `dtype=`: a DType, a name or code NumPy understands (resolved later by np.dtype), or None. */
export const DTYPE = check("a dtype", (v) => v === null || v instanceof DType || typeof v === "string" || typeof v === "function");

/** `axis=`: an int, a sequence of ints, or None. */
export const AXIS = check("int, tuple of ints or None", (v) => v === null || Number.isInteger(v) || (Array.isArray(v) && v.every(Number.isInteger)));

/** `shape=`: an int or a sequence of ints. */
export const SHAPE = check("int or tuple of ints", (v) => Number.isInteger(v) || (Array.isArray(v) && v.every(Number.isInteger)));
