/**
 * Ufuncs with two outputs (modf, frexp, divmod), returned as a pair of arrays, and ldexp,
 * whose second input is an integer exponent. `out` is not supported for them yet.
 */
import { PyArgs, pyfunction, signature } from "../../signature";
import { DType, float64, int32 } from "../dtype";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { UfuncSpec, runBinary, runUnary } from "../ufunc";
import { DTYPE, checkOrder } from "../params";
import { astype } from "../cast";
import { floor_divide, mod } from "./binary";
import { floatLoop, notSupported, ufuncSpec } from "./loops";
import type { UfuncKeywords } from "./declare";

const TAIL = "out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True";
const SPEC = {
  types: { where: "array_like", casting: "str", order: "str", dtype: DTYPE, subok: "bool" },
  unsupported: ["out", "where", "casting", "dtype"],
};

const sig = (name: string, nin: 1 | 2) => signature(`numpy.${name}(${nin === 1 ? "x" : "x1, x2"}, /, ${TAIL})`, SPEC);
const MODF = sig("modf", 1);
const FREXP = sig("frexp", 1);
const DIVMOD = sig("divmod", 2);
const LDEXP = sig("ldexp", 2);

type Rest = PyArgs<[out: null, options: UfuncKeywords], UfuncKeywords>;

const MODF_FRACTION = ufuncSpec("modf", floatLoop, () => "modfFraction(x)");
const MODF_INTEGER = ufuncSpec("modf", floatLoop, () => "Math.trunc(x)");
const FREXP_MANTISSA = ufuncSpec("frexp", floatLoop, () => "frexpMantissa(x)");
const FREXP_EXPONENT = ufuncSpec("frexp", floatLoop, () => "frexpExponent(x)", () => int32);
const LDEXP_SPEC: UfuncSpec = ufuncSpec("ldexp", () => float64, () => "ldexp(x, y)");

/** Binds a call beyond the inputs (order and subok are the only keywords honoured). */
function bindRest(s: ReturnType<typeof sig>, args: IArguments, nin: number): Record<string, any> | null {
  if (args.length === nin) return null;
  const b = s.bind(args);
  checkOrder(s, b.order, ["K", "A", "C"]);
  return b;
}

/** `numpy.modf(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: [fractional part, integral part], both with x's sign. */
export function modf(x: ArrayLike, ...rest: Rest): [NDArray, NDArray];
export function modf(x: ArrayLike): [NDArray, NDArray] {
  const b = bindRest(MODF, arguments, 1);
  const v = b === null ? x : b.x;
  return [runUnary(MODF_FRACTION, v), runUnary(MODF_INTEGER, v)];
}
pyfunction(MODF, modf);

/** `numpy.frexp(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: [mantissa in [0.5, 1), int32 exponent] with x = m * 2**e. */
export function frexp(x: ArrayLike, ...rest: Rest): [NDArray, NDArray];
export function frexp(x: ArrayLike): [NDArray, NDArray] {
  const b = bindRest(FREXP, arguments, 1);
  const v = b === null ? x : b.x;
  return [runUnary(FREXP_MANTISSA, v), runUnary(FREXP_EXPONENT, v)];
}
pyfunction(FREXP, frexp);

/** `numpy.divmod(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: [x1 // x2, x1 % x2]. */
export function divmod(x1: ArrayLike, x2: ArrayLike, ...rest: Rest): [NDArray, NDArray];
export function divmod(x1: ArrayLike, x2: ArrayLike): [NDArray, NDArray] {
  const b = bindRest(DIVMOD, arguments, 2);
  const [p, q] = b === null ? [x1, x2] : [b.x1, b.x2];
  return [floor_divide(p, q), mod(p, q)];
}
pyfunction(DIVMOD, divmod);

/** The float type of ldexp's result: x1's float loop (integers give float64 as the 'dl' loop). */
function ldexpType(x1: NDArray): DType {
  return x1.dtype.kind === "f" ? x1.dtype : x1.dtype.itemsize <= 2 ? floatLoop(x1.dtype) : float64;
}

/** `numpy.ldexp(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: x1 * 2**x2 for integer x2. */
export function ldexp(x1: ArrayLike, x2: ArrayLike, ...rest: Rest): NDArray;
export function ldexp(x1: ArrayLike, x2: ArrayLike): NDArray {
  const b = bindRest(LDEXP, arguments, 2);
  const p = asarray(b === null ? x1 : b.x1);
  const q = asarray(b === null ? x2 : b.x2);
  if (q.dtype.kind === "f") throw notSupported("ldexp");
  const r = runBinary(LDEXP_SPEC, p, q);
  const dt = ldexpType(p);
  return dt === float64 ? r : astype(r, dt);
}
pyfunction(LDEXP, ldexp);
