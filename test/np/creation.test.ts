import { test } from "uvu";
import * as assert from "uvu/assert";
import { inspect } from "node:util";
import { np } from "../../src";
import { GoldenArray, loadGolden } from "../helpers/golden";
import { expectArray } from "./_cases";

const golden = loadGolden<{ creation: Record<string, GoldenArray> }>("np/arrays").creation;

const MADE: Record<string, () => np.NDArray> = {
  array_int: () => np.array([2, 3, 4]),
  array_float: () => np.array([1.2, 3.5, 5.1]),
  array_nested: () => np.array([[1, 2], [3, 4.5]]),
  array_bool: () => np.array([true, false]),
  array_mixed_bool_int: () => np.array([true, 2]),
  array_dtype: () => np.array([1.7, -2.7, 300.2], { dtype: np.uint8 }),
  array_dtype_int8: () => np.array([1.7, -2.7, 3.2], { dtype: np.int8 }),
  array_3d: () => np.array([[[1], [2]], [[3], [4]]]),
  zeros: () => np.zeros([3, 4]),
  ones_int16: () => np.ones([2, 3, 4], { dtype: np.int16 }),
  empty: () => np.empty([2, 3]),
  full: () => np.full([2, 2], 7),
  full_float: () => np.full(3, 2.5),
  full_dtype: () => np.full([2], 3, { dtype: np.float32 }),
  arange_1: () => np.arange(10),
  arange_3: () => np.arange(10, 30, 5),
  arange_float: () => np.arange(0, 2, 0.3),
  arange_neg: () => np.arange(5, -3, -2),
  arange_empty: () => np.arange(5, 1),
  arange_dtype: () => np.arange(0, 1, 0.25, { dtype: np.float32 }),
  linspace: () => np.linspace(0, 2, 9),
  linspace_noend: () => np.linspace(0, 1, 7, { endpoint: false }),
  linspace_50: () => np.linspace(-3.3, 7.1),
  linspace_1: () => np.linspace(2, 5, 1),
  linspace_int: () => np.linspace(0, 10, 7, { dtype: np.int64 }),
  eye: () => np.eye(3),
  eye_k: () => np.eye(3, { M: 4, k: 1 }),
  eye_int: () => np.eye(2, { dtype: np.int32 }),
  identity: () => np.identity(4),
  zeros_like: () => np.zeros_like(np.arange(6).reshape(2, 3)),
  ones_like_f32: () => np.ones_like(np.zeros([2, 2], { dtype: np.float32 })),
  full_like: () => np.full_like(np.arange(4), 2.7),
};

for (const [name, make] of Object.entries(MADE)) {
  test(`creation matches NumPy: ${name}`, () => {
    expectArray(make(), golden[name], name);
  });
}

test("every fixture has a case", () => {
  assert.equal(Object.keys(golden).filter((k) => !(k in MADE)), []);
});

test("attributes: shape prints as a tuple, itemsize, nbytes, ndim", () => {
  const a = np.zeros([512, 512], { dtype: np.uint8 });
  assert.is(inspect(a.shape), "(512, 512)");
  assert.is(inspect(np.arange(3).shape), "(3,)");
  assert.equal([...a.shape], [512, 512]);
  assert.ok(Object.isFrozen(a.shape));
  assert.is(a.itemsize, 1);
  assert.is(a.nbytes, 262144);
  assert.is(np.zeros([2, 3]).nbytes, 48);
  assert.is(a.ndim, 2);
  assert.is(a.size, 262144);
});

test("tolist and item", () => {
  assert.equal(np.array([[1, 2], [3, 4]]).T.tolist(), [[1, 3], [2, 4]]);
  assert.equal(np.array([true, false]).tolist(), [true, false]);
  assert.is(np.arange(6).reshape(2, 3).item(4), 4);
  assert.is(np.arange(6).reshape(2, 3).item(1, 0), 3);
  assert.is(np.array([[7]]).item(), 7);
  assert.throws(() => np.arange(3).item(), (e: Error) => e.name === "ValueError" && e.message === "can only convert an array of size 1 to a Python scalar");
  assert.throws(() => np.arange(6).reshape(2, 3).item(7), (e: Error) => e.name === "IndexError" && e.message === "index 7 is out of bounds for size 6");
});

test("TypedArrays are 1-D array-likes of their own dtype (copied)", () => {
  const src = new Float32Array([1.5, 2.5]);
  const a = np.asarray(src);
  assert.is(a.dtype, np.float32);
  src[0] = 9;
  assert.equal(a.tolist(), [1.5, 2.5]);
  assert.is(np.array(new Uint8Array([1, 2]), { dtype: np.int64 }).dtype, np.int64);
  assert.equal(np.add(new Int32Array([1, 2]), 1).tolist(), [2, 3]);
});

test("iteration walks the first axis; fill sets every element", () => {
  const rows = [...np.arange(6).reshape(3, 2)].map((r) => r.tolist());
  assert.equal(rows, [[0, 1], [2, 3], [4, 5]]);
  const a = np.zeros([2, 2]);
  a.T.fill(3);
  assert.equal(a.tolist(), [[3, 3], [3, 3]]);
});

test("int64 lives in a Float64Array: exact to 2^53", () => {
  const big = np.array([2 ** 53 - 1, -(2 ** 53 - 1)]);
  assert.is(big.dtype, np.int64);
  assert.equal(big.tolist(), [9007199254740991, -9007199254740991]);
  assert.equal(np.array([2 ** 52, 1]).sum(), 2 ** 52 + 1);
  assert.equal(np.array([7.9, -7.9]).astype(np.int64).tolist(), [7, -7]);
});

test("bad creation arguments give NumPy's errors", () => {
  assert.throws(() => np.zeros(-1), (e: Error) => e.name === "ValueError" && e.message === "negative dimensions are not allowed");
  assert.throws(() => np.array([[1, 2], [3]]), (e: Error) => e.name === "ValueError" && e.message.startsWith("setting an array element with a sequence."));
  assert.throws(() => np.arange(0, 1, 0), (e: Error) => e.name === "ZeroDivisionError");
  assert.throws(() => np.zeros(3, { dtype: "float65" as never }), (e: Error) => e.name === "TypeError" && e.message === "data type 'float65' not understood");
  // np.array(1, 2, 3, 4): TypeScript rejects the call; at run time the stray argument is a TypeError
  assert.throws(() => (np.array as any)(1, 2, 3, 4), (e: Error) => e.name === "TypeError");
});

test.run();
