/**
 * Two-input ufuncs: arithmetic, maximum/minimum, comparisons and logical operations.
 * Each is `np.<name>(x1, x2, { out })` with NumPy's ufunc signature (declare.ts).
 */
import { PyTypeError, ValueError } from "../../errors";
import { DType, bool, float64, int8 } from "../dtype";
import { UfuncSpec } from "../ufunc";
import { binaryUfunc } from "./declare";
import { SimdOp } from "../wasm/elementwise";
import { divisionErrors, floorDivisionErrors, integerDivisionErrors, integerRemainderErrors, powerErrors } from "./fpe";

const same = (d: DType) => d;
const toBool = () => bool;

function spec(name: string, expr: (loop: DType) => string, loop: (d: DType) => DType = same, output: (d: DType) => DType = same, simd?: SimdOp): UfuncSpec {
  return { name, loop, output, expr, simd };
}

function noBool(name: string, operator: string, instead: string) {
  return (d: DType): DType => {
    if (d.kind === "b") {
      throw new PyTypeError(`numpy boolean ${name}, the \`${operator}\` operator, is not supported, use ${instead} instead.`);
    }
    return d;
  };
}

const boolToInt8 = (d: DType) => (d.kind === "b" ? int8 : d);
const isInt = (d: DType) => d.kind === "i" || d.kind === "u";
const is32 = (d: DType) => isInt(d) && d.itemsize <= 4;

const ADD = spec("add", (d) => (d.kind === "b" ? "(x | y)" : "x + y"), same, same, "add");
const SUBTRACT = spec("subtract", () => "x - y", noBool("subtract", "-", "the bitwise_xor, the `^` operator, or the logical_xor function"), same, "sub");
const MULTIPLY = spec("multiply", (d) => (d.kind === "b" ? "(x & y)" : d.itemsize === 4 && isInt(d) ? "Math.imul(x, y)" : "x * y"), same, same, "mul");
const DIVIDE = { ...spec("divide", () => "x / y", (d) => (d.kind === "f" ? d : float64), same, "div"), fpe: divisionErrors };
const FLOOR_DIVIDE = {
  ...spec("floor_divide", (d) => (d.kind === "f" ? "pyfloordiv(x, y)" : "(y === 0 ? 0 : Math.floor(x / y))"), boolToInt8),
  linearSearch: true,
  fpe: floorDivisionErrors,
  intFpe: integerDivisionErrors,
};
const MOD = {
  ...spec("remainder", (d) => (d.kind === "f" ? "pymod(x, y)" : "(y === 0 ? 0 : x - Math.floor(x / y) * y)"), boolToInt8),
  linearSearch: true,
  intFpe: integerRemainderErrors,
};
const POWER: UfuncSpec = {
  ...spec("power", (d) => (d.kind === "f" ? "cpow(x, y)" : is32(d) ? "ipow32(x, y)" : d.kind === "u" ? "ipowu64(x, y)" : "ipow64(x, y)"), boolToInt8),
  linearSearch: true,
  fpe: powerErrors,
  validate: (loop, x, y) => {
    if (loop.kind === "f") return;
    const negative = typeof y === "number" ? y < 0 : y.size > 0 && (y.min() as number) < 0;
    if (negative) throw new ValueError("Integers to negative integer powers are not allowed.");
  },
};
// NumPy's: a NaN on either side propagates; of two equal values (-0.0 and 0.0) the second
const MAXIMUM = spec("maximum", () => "(x > y || x !== x ? x : y)", same, same, "max");
const MINIMUM = spec("minimum", () => "(x < y || x !== x ? x : y)", same, same, "min");
const GREATER: UfuncSpec = { ...spec("greater", () => "(x > y ? 1 : 0)", same, toBool), compare: "gt" };
const GREATER_EQUAL: UfuncSpec = { ...spec("greater_equal", () => "(x >= y ? 1 : 0)", same, toBool), compare: "ge" };
const LESS: UfuncSpec = { ...spec("less", () => "(x < y ? 1 : 0)", same, toBool), compare: "lt" };
const LESS_EQUAL: UfuncSpec = { ...spec("less_equal", () => "(x <= y ? 1 : 0)", same, toBool), compare: "le" };
const EQUAL: UfuncSpec = { ...spec("equal", () => "(x === y ? 1 : 0)", same, toBool), compare: "eq" };
const NOT_EQUAL: UfuncSpec = { ...spec("not_equal", () => "(x !== y ? 1 : 0)", same, toBool), compare: "ne" };
const LOGICAL_AND = spec("logical_and", () => "(x !== 0 && y !== 0 ? 1 : 0)", same, toBool);
const LOGICAL_OR = spec("logical_or", () => "(x !== 0 || y !== 0 ? 1 : 0)", same, toBool);
const LOGICAL_XOR = spec("logical_xor", () => "((x !== 0) !== (y !== 0) ? 1 : 0)", same, toBool);

/** `numpy.add(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: elementwise x1 + x2 (bool + bool is logical or). */
export const add = binaryUfunc(ADD);

/** `numpy.subtract(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: elementwise x1 - x2. */
export const subtract = binaryUfunc(SUBTRACT);

/** `numpy.multiply(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: elementwise x1 * x2 (integers wrap as in NumPy). */
export const multiply = binaryUfunc(MULTIPLY);

/** `numpy.divide(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: x1 / x2, integers give float64. */
export const divide = binaryUfunc(DIVIDE);

/** `numpy.floor_divide(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: same as np.divide. */
export const true_divide = divide;

/** `np.floor_divide(x1, x2, out=None)`: x1 // x2 (integer division by zero gives 0). */
export const floor_divide = binaryUfunc(FLOOR_DIVIDE);

/** `numpy.remainder(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)` (np.mod): x1 % x2 with the sign of x2, as Python's %. */
export const mod = binaryUfunc(MOD);

/** `numpy.remainder(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: same as np.mod. */
export const remainder = mod;

/** `numpy.power(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: x1 ** x2; integers to negative integer powers raise ValueError. */
export const power = binaryUfunc(POWER);

/** `np.maximum(x1, x2, out=None)`: elementwise maximum, propagating NaN. */
export const maximum = binaryUfunc(MAXIMUM);

/** `numpy.minimum(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: elementwise minimum, propagating NaN. */
export const minimum = binaryUfunc(MINIMUM);

/** `numpy.greater(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: x1 > x2 as a bool array. */
export const greater = binaryUfunc(GREATER);

/** `numpy.greater_equal(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: x1 >= x2 as a bool array. */
export const greater_equal = binaryUfunc(GREATER_EQUAL);

/** `numpy.less(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: x1 < x2 as a bool array. */
export const less = binaryUfunc(LESS);

/** `numpy.less_equal(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: x1 <= x2 as a bool array. */
export const less_equal = binaryUfunc(LESS_EQUAL);

/** `numpy.equal(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: x1 == x2 as a bool array. */
export const equal = binaryUfunc(EQUAL);

/** `numpy.not_equal(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: x1 != x2 as a bool array. */
export const not_equal = binaryUfunc(NOT_EQUAL);

/** `numpy.logical_and(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: truth of x1 and x2. */
export const logical_and = binaryUfunc(LOGICAL_AND);

/** `numpy.logical_or(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: truth of x1 or x2. */
export const logical_or = binaryUfunc(LOGICAL_OR);

/** `numpy.logical_xor(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: truth of x1 xor x2. */
export const logical_xor = binaryUfunc(LOGICAL_XOR);
