/**
 * Integer ufuncs: gcd, lcm, the bitwise operations and shifts, over every integer dtype
 * (int64/uint64 values beyond 32 bits go through BigInt) and bool where NumPy has a loop.
 */
import { DType } from "../dtype";
import { binaryUfunc, unaryUfunc } from "./declare";
import { intLoop, is64, notSupported, ufuncSpec } from "./loops";

const logicalLoop = (name: string) => (d: DType): DType => {
  if (d.kind === "f") throw notSupported(name);
  return d;
};

function bitwise(name: string, op: "&" | "|" | "^", fn: string) {
  return ufuncSpec(name, logicalLoop(name), (d) => (!is64(d) ? `(x ${op} y)` : d.kind === "u" ? `${fn}u64(x, y)` : `${fn}64(x, y)`));
}

const GCD = ufuncSpec("gcd", intLoop("gcd", "error", "noloop"), () => "gcd(x, y)");
const LCM = ufuncSpec("lcm", intLoop("lcm", "error", "noloop"), () => "lcm(x, y)");
const INVERT = ufuncSpec("invert", logicalLoop("invert"), (d) => (d.kind === "b" ? "(x ^ 1)" : !is64(d) ? "~x" : d.kind === "u" ? "invertu64(x)" : "(-x - 1)"));
const LEFT_SHIFT = ufuncSpec("left_shift", intLoop("left_shift", "int8", "unsupported"), (d) => (!is64(d) ? "lshift32(x, y)" : d.kind === "u" ? "lshiftu64(x, y)" : "lshift64(x, y)"));
const RIGHT_SHIFT = ufuncSpec("right_shift", intLoop("right_shift", "int8", "unsupported"), (d) =>
  is64(d) ? (d.kind === "u" ? "rshiftu64(x, y)" : "rshift64(x, y)") : d.kind === "u" && d.itemsize === 4 ? "rshiftu32(x, y)" : "rshift32(x, y)");

/** `numpy.gcd(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: greatest common divisor of |x1| and |x2|. */
export const gcd = binaryUfunc(GCD);
/** `numpy.lcm(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: least common multiple of |x1| and |x2|. */
export const lcm = binaryUfunc(LCM);
/** `numpy.bitwise_and(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: x1 & x2. */
export const bitwise_and = binaryUfunc(bitwise("bitwise_and", "&", "and"));
/** `numpy.bitwise_or(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: x1 | x2. */
export const bitwise_or = binaryUfunc(bitwise("bitwise_or", "|", "or"));
/** `numpy.bitwise_xor(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: x1 ^ x2. */
export const bitwise_xor = binaryUfunc(bitwise("bitwise_xor", "^", "xor"));
/** `numpy.invert(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: ~x (logical not for bool). */
export const invert = unaryUfunc(INVERT, ["bitwise_not"]);
/** `numpy.invert(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)` (np.bitwise_not): the same as np.invert. */
export const bitwise_not = invert;
/** `numpy.left_shift(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: x1 << x2 (0 once the shift reaches the width). */
export const left_shift = binaryUfunc(LEFT_SHIFT);
/** `numpy.right_shift(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: x1 >> x2, arithmetic for signed types. */
export const right_shift = binaryUfunc(RIGHT_SHIFT);
