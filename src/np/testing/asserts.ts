/**
 * np.testing's assertions, raising AssertionError with NumPy 1.24's messages.
 */
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { AssertionError, NotImplementedError, PyTypeError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike } from "../create";
import { assertArrayCompare } from "./compare";
import { buildErrMsg, pyG } from "./messages";

const ALLCLOSE = signature("numpy.testing.assert_allclose(actual, desired, rtol=1e-07, atol=0, equal_nan=True, err_msg='', verbose=True)", {
  types: { rtol: "float", atol: "float", equal_nan: "bool", err_msg: "str", verbose: "bool" },
});
const ARRAY_EQUAL = signature("numpy.testing.assert_array_equal(x, y, err_msg='', verbose=True, *, strict=False)", {
  types: { err_msg: "str", verbose: "bool", strict: "bool" },
});
const ARRAY_ALMOST_EQUAL = signature("numpy.testing.assert_array_almost_equal(x, y, decimal=6, err_msg='', verbose=True)", {
  types: { decimal: "int", err_msg: "str", verbose: "bool" },
});
/** assert_equal compares anything, dictionaries (plain objects) included. */
const ANYTHING = check("any object", () => true);
const EQUAL = signature("numpy.testing.assert_equal(actual, desired, err_msg='', verbose=True)", {
  types: { actual: ANYTHING, desired: ANYTHING, err_msg: "str", verbose: "bool" },
});
const ALMOST_EQUAL = signature("numpy.testing.assert_almost_equal(actual, desired, decimal=7, err_msg='', verbose=True)", {
  types: { decimal: "int", err_msg: "str", verbose: "bool" },
});
const ARRAY_LESS = signature("numpy.testing.assert_array_less(x, y, err_msg='', verbose=True)", { types: { err_msg: "str", verbose: "bool" } });
const RAISES = signature("numpy.testing.assert_raises(*args)");

/** Keywords shared by the assertions. */
export interface AssertOptions {
  err_msg?: string;
  verbose?: boolean;
}
/** Keywords of assert_allclose. */
export interface AssertAllcloseOptions extends AssertOptions {
  actual?: ArrayLike;
  desired?: ArrayLike;
  rtol?: number;
  atol?: number;
  equal_nan?: boolean;
}

/**
 * `numpy.testing.assert_allclose(actual, desired, rtol=1e-07, atol=0, equal_nan=True, err_msg='', verbose=True)`:
 * |actual - desired| <= atol + rtol * |desired| everywhere.
 */
export function assert_allclose(actual: ArrayLike, desired: ArrayLike, ...rest: PyArgs<[rtol: number, atol: number, equal_nan: boolean, err_msg: string, verbose: boolean, options: AssertAllcloseOptions], AssertAllcloseOptions>): void;
export function assert_allclose(...args: unknown[]): void {
  const b = ALLCLOSE.bind(args);
  const { rtol, atol, equal_nan } = b;
  assertArrayCompare(b.actual, b.desired, {
    compare: (x, y) => Array.from(x, (p, i) => {
      const q = y[i];
      if (Number.isFinite(p) && Number.isFinite(q)) return Math.abs(p - q) <= atol + rtol * Math.abs(q);
      return p === q || (equal_nan && p !== p && q !== q);
    }),
    header: `Not equal to tolerance rtol=${pyG(rtol)}, atol=${pyG(atol)}`,
    errMsg: b.err_msg, verbose: b.verbose, equalNan: equal_nan,
  });
}
pyfunction(ALLCLOSE, assert_allclose);

/** `numpy.testing.assert_array_equal(x, y, err_msg='', verbose=True, *, strict=False)`: same shape (or a scalar) and equal elements, NaN equal to NaN. */
export function assert_array_equal(x: ArrayLike, y: ArrayLike, ...rest: PyArgs<[err_msg: string, verbose: boolean, options: AssertOptions & { x?: ArrayLike; y?: ArrayLike; strict?: boolean }], AssertOptions & { x?: ArrayLike; y?: ArrayLike; strict?: boolean }>): void;
export function assert_array_equal(...args: unknown[]): void {
  const b = ARRAY_EQUAL.bind(args);
  arrayEqual(b.x, b.y, b.err_msg, b.verbose, b.strict);
}
pyfunction(ARRAY_EQUAL, assert_array_equal);

function arrayEqual(x: ArrayLike, y: ArrayLike, errMsg: string, verbose: boolean, strict = false): void {
  assertArrayCompare(x, y, {
    compare: (p, q) => Array.from(p, (v, i) => v === q[i]),
    header: "Arrays are not equal", errMsg, verbose, strict,
  });
}

/** `numpy.testing.assert_array_almost_equal(x, y, decimal=6, err_msg='', verbose=True)`: |x - y| < 1.5 * 10**-decimal everywhere. */
export function assert_array_almost_equal(x: ArrayLike, y: ArrayLike, ...rest: PyArgs<[decimal: number, err_msg: string, verbose: boolean, options: AssertOptions & { x?: ArrayLike; y?: ArrayLike; decimal?: number }], AssertOptions & { x?: ArrayLike; y?: ArrayLike; decimal?: number }>): void;
export function assert_array_almost_equal(...args: unknown[]): void {
  const b = ARRAY_ALMOST_EQUAL.bind(args);
  arrayAlmostEqual(b.x, b.y, b.decimal, b.err_msg, b.verbose);
}
pyfunction(ARRAY_ALMOST_EQUAL, assert_array_almost_equal);

function arrayAlmostEqual(x: ArrayLike, y: ArrayLike, decimal: number, errMsg: string, verbose: boolean): void {
  const tolerance = 1.5 * 10.0 ** -decimal;
  assertArrayCompare(x, y, {
    compare: (p, q) => Array.from(p, (v, i) => Math.abs(v - q[i]) < tolerance),
    header: `Arrays are not almost equal to ${decimal} decimals`, errMsg, verbose, precision: decimal,
  });
}

/** `numpy.testing.assert_array_less(x, y, err_msg='', verbose=True)`: x < y everywhere. */
export function assert_array_less(x: ArrayLike, y: ArrayLike, ...rest: PyArgs<[err_msg: string, verbose: boolean, options: AssertOptions & { x?: ArrayLike; y?: ArrayLike }], AssertOptions & { x?: ArrayLike; y?: ArrayLike }>): void;
export function assert_array_less(...args: unknown[]): void {
  const b = ARRAY_LESS.bind(args);
  assertArrayCompare(b.x, b.y, {
    compare: (p, q) => Array.from(p, (v, i) => v < q[i]),
    header: "Arrays are not less-ordered", errMsg: b.err_msg, verbose: b.verbose, equalInf: false,
  });
}
pyfunction(ARRAY_LESS, assert_array_less);

const isSequence = (v: unknown): v is unknown[] => Array.isArray(v);
const isMapping = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof NDArray);
const isNegative = (v: number) => v < 0 || Object.is(v, -0);

function equalItems(actual: unknown, desired: unknown, errMsg: string, verbose: boolean): void {
  if (isMapping(desired)) {
    if (!isMapping(actual)) throw new AssertionError(`${typeof actual}`);
    equalItems(Object.keys(actual).length, Object.keys(desired).length, errMsg, verbose);
    for (const k of Object.keys(desired)) {
      if (!(k in actual)) throw new AssertionError(`'${k}'`);
      equalItems(actual[k], desired[k], `key='${k}'\n${errMsg}`, verbose);
    }
    return;
  }
  if (isSequence(desired) && isSequence(actual)) {
    equalItems(actual.length, desired.length, errMsg, verbose);
    desired.forEach((d, k) => equalItems(actual[k], d, `item=${k}\n${errMsg}`, verbose));
    return;
  }
  if (actual instanceof NDArray || desired instanceof NDArray) {
    arrayEqual(actual as ArrayLike, desired as ArrayLike, errMsg, verbose);
    return;
  }
  const fail = () => new AssertionError(buildErrMsg([actual, desired], errMsg, "Items are not equal:", verbose));
  if (typeof actual === "number" && typeof desired === "number") {
    if (actual !== actual && desired !== desired) return;
    if (actual === 0 && desired === 0 && isNegative(actual) !== isNegative(desired)) {
      // only floats have a signed zero: print both as Python floats
      const zero = (v: number) => (isNegative(v) ? "-0.0" : "0.0");
      throw new AssertionError(buildErrMsg([], errMsg, "Items are not equal:", false) + (verbose ? `\n ACTUAL: ${zero(actual)}\n DESIRED: ${zero(desired)}` : ""));
    }
  }
  if (actual !== desired) throw fail();
}

/** `numpy.testing.assert_equal(actual, desired, err_msg='', verbose=True)`: equal items, recursing into lists and objects (arrays: assert_array_equal). */
export function assert_equal(actual: unknown, desired: unknown, ...rest: PyArgs<[err_msg: string, verbose: boolean, options: AssertOptions], AssertOptions>): void;
export function assert_equal(...args: unknown[]): void {
  const b = EQUAL.bind(args);
  equalItems(b.actual, b.desired, b.err_msg, b.verbose);
}
pyfunction(EQUAL, assert_equal);

/** `numpy.testing.assert_almost_equal(actual, desired, decimal=7, err_msg='', verbose=True)`: |desired - actual| < 1.5 * 10**-decimal (arrays: assert_array_almost_equal). */
export function assert_almost_equal(actual: ArrayLike, desired: ArrayLike, ...rest: PyArgs<[decimal: number, err_msg: string, verbose: boolean, options: AssertOptions & { decimal?: number }], AssertOptions & { decimal?: number }>): void;
export function assert_almost_equal(...args: unknown[]): void {
  const { actual, desired, decimal, err_msg, verbose } = ALMOST_EQUAL.bind(args);
  if (actual instanceof NDArray || desired instanceof NDArray || Array.isArray(actual) || Array.isArray(desired)) {
    arrayAlmostEqual(actual, desired, decimal, err_msg, true); // NumPy does not pass verbose on here
    return;
  }
  const fail = () => new AssertionError(buildErrMsg([actual, desired], err_msg, `Arrays are not almost equal to ${decimal} decimals`, verbose));
  const a = Number(actual);
  const d = Number(desired);
  if (!Number.isFinite(a) || !Number.isFinite(d)) {
    if (a !== a || d !== d) {
      if (!(a !== a && d !== d)) throw fail();
    } else if (a !== d) throw fail();
    return;
  }
  if (Math.abs(d - a) >= 1.5 * 10.0 ** -decimal) throw fail();
}
pyfunction(ALMOST_EQUAL, assert_almost_equal);

/** Python's name of an error class (this library's TypeError class is PyTypeError). */
function pythonName(cls: Function): string {
  return cls === PyTypeError ? "TypeError" : cls.name;
}

/**
 * `numpy.testing.assert_raises(*args, **kwargs)` as `assert_raises(exception_class, callable, ...args)`:
 * calls callable(...args) and fails unless it throws an instance of exception_class (other
 * errors propagate). The context-manager form has no JavaScript equivalent.
 */
export function assert_raises(exception_class: Function, callable: (...args: any[]) => unknown, ...args: unknown[]): void;
export function assert_raises(...all: unknown[]): void {
  const b = RAISES.bind(all);
  const [cls, fn, ...rest] = b.args as [Function, Function, ...unknown[]];
  if (typeof fn !== "function") throw new NotImplementedError("assert_raises() as a context manager is not supported: pass the callable");
  try {
    fn(...rest);
  } catch (e) {
    if (e instanceof cls) return;
    throw e;
  }
  throw new AssertionError(`${pythonName(cls)} not raised by ${fn.name || "<lambda>"}`);
}
pyfunction(RAISES, assert_raises);
