/**
 * Two-input ufuncs: arithmetic, maximum/minimum, comparisons and logical operations.
 * Each is `np.<name>(x1, x2, { out })` and a method on NDArray.
 */
import { PyTypeError, ValueError } from "../../errors";
import { DType, bool, float64, int8 } from "../dtype";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { UfuncOptions, UfuncSpec, runBinary } from "../ufunc";
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
const MAXIMUM = spec("maximum", () => "(x >= y || x !== x ? x : y)");
const MINIMUM = spec("minimum", () => "(x <= y || x !== x ? x : y)");
const GREATER = spec("greater", () => "(x > y ? 1 : 0)", same, toBool);
const GREATER_EQUAL = spec("greater_equal", () => "(x >= y ? 1 : 0)", same, toBool);
const LESS = spec("less", () => "(x < y ? 1 : 0)", same, toBool);
const LESS_EQUAL = spec("less_equal", () => "(x <= y ? 1 : 0)", same, toBool);
const EQUAL = spec("equal", () => "(x === y ? 1 : 0)", same, toBool);
const NOT_EQUAL = spec("not_equal", () => "(x !== y ? 1 : 0)", same, toBool);
const LOGICAL_AND = spec("logical_and", () => "(x !== 0 && y !== 0 ? 1 : 0)", same, toBool);
const LOGICAL_OR = spec("logical_or", () => "(x !== 0 || y !== 0 ? 1 : 0)", same, toBool);
const LOGICAL_XOR = spec("logical_xor", () => "((x !== 0) !== (y !== 0) ? 1 : 0)", same, toBool);

/** `np.add(x1, x2, out=None)`: elementwise x1 + x2 (bool + bool is logical or). */
export function add(x1: ArrayLike, x2: ArrayLike, opts?: UfuncOptions): NDArray {
  return runBinary(ADD, x1, x2, opts);
}

/** `np.subtract(x1, x2, out=None)`: elementwise x1 - x2. */
export function subtract(x1: ArrayLike, x2: ArrayLike, opts?: UfuncOptions): NDArray {
  return runBinary(SUBTRACT, x1, x2, opts);
}

/** `np.multiply(x1, x2, out=None)`: elementwise x1 * x2 (integers wrap as in NumPy). */
export function multiply(x1: ArrayLike, x2: ArrayLike, opts?: UfuncOptions): NDArray {
  return runBinary(MULTIPLY, x1, x2, opts);
}

/** `np.divide(x1, x2, out=None)` (true_divide): x1 / x2, integers give float64. */
export function divide(x1: ArrayLike, x2: ArrayLike, opts?: UfuncOptions): NDArray {
  return runBinary(DIVIDE, x1, x2, opts);
}

/** `np.true_divide(x1, x2, out=None)`: same as np.divide. */
export const true_divide = divide;

/** `np.floor_divide(x1, x2, out=None)`: x1 // x2 (integer division by zero gives 0). */
export function floor_divide(x1: ArrayLike, x2: ArrayLike, opts?: UfuncOptions): NDArray {
  return runBinary(FLOOR_DIVIDE, x1, x2, opts);
}

/** `np.mod(x1, x2, out=None)` (remainder): x1 % x2 with the sign of x2, as Python's %. */
export function mod(x1: ArrayLike, x2: ArrayLike, opts?: UfuncOptions): NDArray {
  return runBinary(MOD, x1, x2, opts);
}

/** `np.remainder(x1, x2, out=None)`: same as np.mod. */
export const remainder = mod;

/** `np.power(x1, x2, out=None)`: x1 ** x2; integers to negative integer powers raise ValueError. */
export function power(x1: ArrayLike, x2: ArrayLike, opts?: UfuncOptions): NDArray {
  return runBinary(POWER, x1, x2, opts);
}

/** `np.maximum(x1, x2, out=None)`: elementwise maximum, propagating NaN. */
export function maximum(x1: ArrayLike, x2: ArrayLike, opts?: UfuncOptions): NDArray {
  return runBinary(MAXIMUM, x1, x2, opts);
}

/** `np.minimum(x1, x2, out=None)`: elementwise minimum, propagating NaN. */
export function minimum(x1: ArrayLike, x2: ArrayLike, opts?: UfuncOptions): NDArray {
  return runBinary(MINIMUM, x1, x2, opts);
}

/** `np.greater(x1, x2, out=None)`: x1 > x2 as a bool array. */
export function greater(x1: ArrayLike, x2: ArrayLike, opts?: UfuncOptions): NDArray {
  return runBinary(GREATER, x1, x2, opts);
}

/** `np.greater_equal(x1, x2, out=None)`: x1 >= x2 as a bool array. */
export function greater_equal(x1: ArrayLike, x2: ArrayLike, opts?: UfuncOptions): NDArray {
  return runBinary(GREATER_EQUAL, x1, x2, opts);
}

/** `np.less(x1, x2, out=None)`: x1 < x2 as a bool array. */
export function less(x1: ArrayLike, x2: ArrayLike, opts?: UfuncOptions): NDArray {
  return runBinary(LESS, x1, x2, opts);
}

/** `np.less_equal(x1, x2, out=None)`: x1 <= x2 as a bool array. */
export function less_equal(x1: ArrayLike, x2: ArrayLike, opts?: UfuncOptions): NDArray {
  return runBinary(LESS_EQUAL, x1, x2, opts);
}

/** `np.equal(x1, x2, out=None)`: x1 == x2 as a bool array. */
export function equal(x1: ArrayLike, x2: ArrayLike, opts?: UfuncOptions): NDArray {
  return runBinary(EQUAL, x1, x2, opts);
}

/** `np.not_equal(x1, x2, out=None)`: x1 != x2 as a bool array. */
export function not_equal(x1: ArrayLike, x2: ArrayLike, opts?: UfuncOptions): NDArray {
  return runBinary(NOT_EQUAL, x1, x2, opts);
}

/** `np.logical_and(x1, x2, out=None)`: truth of x1 and x2. */
export function logical_and(x1: ArrayLike, x2: ArrayLike, opts?: UfuncOptions): NDArray {
  return runBinary(LOGICAL_AND, x1, x2, opts);
}

/** `np.logical_or(x1, x2, out=None)`: truth of x1 or x2. */
export function logical_or(x1: ArrayLike, x2: ArrayLike, opts?: UfuncOptions): NDArray {
  return runBinary(LOGICAL_OR, x1, x2, opts);
}

/** `np.logical_xor(x1, x2, out=None)`: truth of x1 xor x2. */
export function logical_xor(x1: ArrayLike, x2: ArrayLike, opts?: UfuncOptions): NDArray {
  return runBinary(LOGICAL_XOR, x1, x2, opts);
}
