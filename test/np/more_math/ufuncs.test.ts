import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { Case, runCases } from "../_cases";
import { signatureOf } from "../../../src/signature";

const NAMES = [
  "arcsinh", "arccosh", "arctanh", "deg2rad", "rad2deg", "degrees", "radians", "exp2", "cbrt", "fabs", "spacing", "signbit",
  "sinc", "isposinf", "isneginf", "isreal", "nan_to_num", "modf", "frexp", "reciprocal", "positive", "invert", "bitwise_not",
  "arctan2", "hypot", "logaddexp", "logaddexp2", "copysign", "nextafter", "heaviside", "float_power", "fmod", "fmax", "fmin",
  "gcd", "lcm", "bitwise_and", "bitwise_or", "bitwise_xor", "left_shift", "right_shift", "divmod", "isclose", "ldexp",
] as const;
const OPS: Record<string, (...args: any[]) => unknown> = Object.fromEntries(NAMES.map((n) => [n, (np as any)[n]]));
// NumPy gives a scalar (np.bool_) for isclose of 0-d inputs; here a 0-d array
const ZERO_DIM = new Set(["isclose"]);

const golden = loadGolden<{ cases: Case[] }>("np_more_math/ufuncs");
test(`the further ufuncs match NumPy over every dtype and layout (${golden.cases.length} cases)`, () => {
  const failures = runCases(golden.cases, OPS, ZERO_DIM);
  assert.equal(failures.slice(0, 12), [], `${failures.length} failures`);
});

test("every further ufunc carries its NumPy signature", () => {
  assert.equal(NAMES.filter((n) => signatureOf((np as any)[n]) === undefined), []);
  assert.is(signatureOf(np.bitwise_not)?.qualname, "numpy.invert");
  assert.is(signatureOf(np.hypot)?.qualname, "numpy.hypot");
});

const UFUNCS_1 = ["arcsinh", "arccosh", "arctanh", "deg2rad", "rad2deg", "degrees", "radians", "exp2", "cbrt", "fabs", "spacing", "reciprocal", "positive"];
const UFUNCS_2 = ["arctan2", "hypot", "logaddexp", "logaddexp2", "copysign", "nextafter", "heaviside", "float_power", "fmod", "fmax", "fmin"];

test("out=, order= and subok= of the float ufuncs: the same values, written into out", () => {
  const x = np.array([[1.5, 2.25], [3.0, 4.5]]);
  const y = np.array([0.5, -2.0]);
  for (const name of UFUNCS_1) {
    const f = (np as any)[name];
    const expected = f(x).tolist();
    const out = np.zeros([2, 2]);
    assert.is(f(x, { out }), out, name);
    assert.equal(out.tolist(), expected, name);
    assert.equal(f(x, { order: "C", subok: false }).tolist(), expected, name);
  }
  for (const name of UFUNCS_2) {
    const f = (np as any)[name];
    const expected = f(x, y).tolist();
    const out = np.zeros([2, 2]);
    f(x, y, out);
    assert.equal(out.tolist(), expected, name);
    assert.equal(f(x, y, { order: "A", subok: false }).tolist(), expected, name);
  }
  const b = np.signbit([-1.0, 0.0], { out: np.zeros([2], { dtype: "bool" }), order: "C", subok: false });
  assert.equal(b.tolist(), [true, false]);
});

test("out=, order= and subok= of the integer ufuncs", () => {
  const x = np.array([12, 18, 7], { dtype: "int32" });
  const y = np.array([8, 4, 2], { dtype: "int32" });
  const reference: Record<string, number[]> = {
    gcd: [4, 2, 1], lcm: [24, 36, 14], bitwise_and: [8, 0, 2], bitwise_or: [12, 22, 7], bitwise_xor: [4, 22, 5],
    left_shift: [3072, 288, 28], right_shift: [0, 1, 1],
  };
  for (const [name, want] of Object.entries(reference)) {
    const f = (np as any)[name];
    const out = np.zeros([3], { dtype: "int64" });
    f(x, y, { out, order: "K", subok: false });
    assert.equal(out.tolist(), want, name);
  }
  const out = np.zeros([3], { dtype: "int32" });
  np.invert(x, { out, order: "C", subok: false });
  assert.equal(out.tolist(), [-13, -19, -8]);
});

test("modf, frexp, divmod and ldexp take order= and subok=, refuse out=", () => {
  const [f, i] = np.modf([2.5, -1.25], { order: "C", subok: false });
  assert.equal([f.tolist(), i.tolist()], [[0.5, -0.25], [2, -1]]);
  const [m, e] = np.frexp([8.0], { order: "C", subok: false });
  assert.equal([m.tolist(), e.tolist(), e.dtype.name], [[0.5], [4], "int32"]);
  const [q, r] = np.divmod([7, -7], 3, { order: "C", subok: false });
  assert.equal([q.tolist(), r.tolist()], [[2, -3], [1, 2]]);
  assert.equal(np.ldexp([1.5], [3], { order: "C", subok: false }).tolist(), [12]);
  assert.throws(() => np.modf([1.5], { out: np.zeros([1]) }), (err: Error) => err.name === "NotImplementedError");
});

test("isposinf and isneginf write into out", () => {
  const out = np.zeros([3], { dtype: "bool" });
  np.isposinf([Infinity, -Infinity, 1], out);
  assert.equal(out.tolist(), [true, false, false]);
  np.isneginf([Infinity, -Infinity, 1], { out });
  assert.equal(out.tolist(), [false, true, false]);
});

test("allclose, array_equal and array_equiv (NumPy's answers)", () => {
  // NumPy 1.24: allclose([1e10, 1e-7], [1.00001e10, 1e-8]) False; with atol=0 and rtol bigger True
  assert.is(np.allclose([1e10, 1e-7], [1.00001e10, 1e-8]), false);
  assert.is(np.allclose([1e10, 1e-8], [1.00001e10, 1e-9]), true);
  assert.is(np.allclose([1.0, NaN], [1.0, NaN]), false);
  assert.is(np.allclose([1.0, NaN], [1.0, NaN], { equal_nan: true }), true);
  assert.is(np.allclose([1.0, 2.0], [1.1, 2.2], 0.1), true);
  assert.is(np.allclose([1.0, 2.0], [1.1, 2.2], { rtol: 0, atol: 0.15 }), false);
  assert.is(np.allclose([1.0, 2.0], [1.1, 2.2], { rtol: 0, atol: 0.25 }), true);
  assert.is(np.array_equal([1, 2], [1, 2]), true);
  assert.is(np.array_equal([1, 2], [1, 2, 3]), false);
  assert.is(np.array_equal([1, NaN], [1, NaN]), false);
  assert.is(np.array_equal([1, NaN], [1, NaN], { equal_nan: true }), true);
  assert.is(np.array_equiv([1, 2], [[1, 2], [1, 2]]), true);
  assert.is(np.array_equiv([1, 2], [[1, 2], [1, 3]]), false);
  assert.is(np.array_equiv([1, 2], [[1, 2, 3]]), false);
});

test("nan_to_num with copy=False changes a float array in place", () => {
  const a = np.array([NaN, Infinity, 1]);
  assert.is(np.nan_to_num(a, { copy: false }), a);
  assert.equal(a.tolist(), [0, Number.MAX_VALUE, 1]);
  const i = np.array([1, 2]);
  assert.is.not(np.nan_to_num(i), i);
});

test.run();
