/**
 * NDArray methods, sorting, np.unique and the matrix products with their Python parameters by
 * position and by name, against Debian's NumPy (test/golden/np_sig/methods.json,
 * scripts/golden/np_sig_methods.py).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../src";
import { loadGolden } from "../helpers/golden";
import { checkCases } from "./_sig_cases";

const G = loadGolden("np_sig/methods");
const a23 = np.array([[1.5, -2.0, 3.25], [0.5, 4.0, -1.0]]);
const i34 = np.array([[3, 1, 2, 1], [0, 5, 5, 0], [3, 1, 2, 1]]);
const u = np.array([2, NaN, 1, 2, NaN, -1, 1]);
const b3 = np.array([2, 0.5, -4], "f8");
const any = a23 as any;

function withOut(fn: (o: np.NDArray) => unknown, shape: number[], dtype: np.DTypeLike = "f8"): np.NDArray[] {
  const out = np.zeros(shape, dtype);
  const r = fn(out);
  return [out, np.array([r === out])];
}

function sortedInPlace(a: np.NDArray, ...args: any[]): np.NDArray {
  const c = a.copy();
  (c.sort as any)(...args);
  return c;
}

const CALLS: Record<string, () => unknown> = {
  astype_pos: () => a23.astype("i4"),
  astype_casting_safe: () => a23.astype("i8", { casting: "safe" }),
  astype_casting_same_kind: () => a23.astype("f4", { casting: "same_kind" }),
  astype_copy_false: () => a23.astype("float", { copy: false }) === a23,
  copy_order: () => a23.T.copy("C"),
  item_flat: () => i34.item(5),
  item_index: () => i34.item(1, 2),
  reshape_varargs: () => a23.reshape(3, 2),
  reshape_tuple_order: () => a23.reshape([3, 2], { order: "C" }),
  ravel_order: () => a23.T.ravel("C"),
  flatten_kw: () => a23.T.flatten({ order: "C" }),
  transpose_varargs: () => np.zeros([2, 3, 4]).transpose(2, 0, 1).shape,
  swapaxes_kw: () => a23.swapaxes(1, 0),
  squeeze_kw: () => np.zeros([1, 3, 1]).squeeze({ axis: 0 }).shape,
  sum_axis_pos: () => a23.sum(1),
  sum_dtype_kw: () => i34.sum({ axis: 0, dtype: "f4" }),
  sum_initial_default: () => any.sum({ initial: 0 }),
  prod_keepdims: () => a23.prod(0, null, null, true),
  mean_pos: () => a23.mean(0),
  var_ddof_kw: () => a23.var({ ddof: 1 }),
  std_axis_ddof: () => a23.std(1, { ddof: 1 }),
  min_axis_kw: () => a23.min({ axis: 1 }),
  max_keepdims: () => a23.max(0, { keepdims: true }),
  any_pos: () => a23.gt(3).any(0),
  all_kw: () => a23.gt(-3).all({ axis: 1, keepdims: true }),
  argmax_pos: () => a23.argmax(1),
  argmin_keepdims: () => a23.argmin({ axis: 1, keepdims: true }),
  cumsum_pos: () => i34.cumsum(1),
  cumsum_dtype_kw: () => i34.cumsum({ axis: 0, dtype: "f8" }),
  argsort_kind: () => i34.argsort({ kind: "stable" }),
  argsort_axis_pos: () => i34.argsort(0),
  sort_method_axis: () => sortedInPlace(i34, 0),
  sort_method_kind: () => sortedInPlace(a23, { kind: "mergesort" }),
  round_method_pos: () => a23.round(1),
  round_method_kw: () => a23.mul(123.4567).round({ decimals: -1 }),
  round_method_out: () => withOut((o) => a23.round(0, o), [2, 3]),
  clip_method_one_side: () => a23.clip(null, 1),
  clip_method_kw: () => any.clip({ min: 0 }),
  dot_out: () => withOut((o) => a23.dot(b3, o), [2]),
  np_sort_axis_none: () => np.sort(i34, { axis: null }),
  np_sort_kind_pos: () => np.sort(a23, 0, "heapsort"),
  np_argsort_axis_kw: () => np.argsort(i34, { axis: 1, kind: "stable" }),
  np_cumprod_pos: () => np.cumprod(i34, 0),
  np_cumsum_axis_none: () => np.cumsum(a23, null, "f4"),
  unique_plain: () => np.unique(u),
  unique_all_returns: () => np.unique(u, true, true, true),
  unique_equal_nan_false: () => np.unique(u, { return_counts: true, equal_nan: false }),
  unique_2d_flat_inverse: () => np.unique(i34, { return_inverse: true }),
  unique_axis0: () => np.unique(i34, { axis: 0 }),
  unique_axis1_all: () => np.unique(i34, { return_index: true, return_inverse: true, return_counts: true, axis: 1 }),
  unique_axis0_nan_rows: () => np.unique(np.array([[1, NaN], [1, NaN], [0, 2]]), { axis: 0, return_counts: true }),
  unique_axis_out_of_range: () => np.unique(i34, { axis: 2 }),
  dot_out_np: () => withOut((o) => np.dot(a23, b3, o), [2]),
  dot_out_wrong_dtype: () => withOut((o) => np.dot(a23, b3, o), [2], "int"),
  dot_out_wrong_shape: () => withOut((o) => np.dot(a23, b3, { out: o }), [3]),
  matmul_out: () => withOut((o) => np.matmul(a23, a23.T, o), [2, 2]),
  matmul_out_f4: () => withOut((o) => np.matmul(a23, a23.T, { out: o }), [2, 2], "f4"),
  matmul_out_int: () => withOut((o) => np.matmul(a23, a23.T, { out: o }), [2, 2], "int"),
  outer_out: () => withOut((o) => np.outer(b3, [1, 2], o), [3, 2]),
  inner: () => np.inner(a23, b3),
};

test(`methods, sorting, unique and products by position and by name (${Object.keys(CALLS).length} cases)`, () => {
  checkCases(G.cases, CALLS);
});

test("method parameters not supported yet are refused; operators take one operand", () => {
  const refused = (fn: () => unknown, what: string) =>
    assert.throws(fn, (e: Error) => e.name === "NotImplementedError" && e.message.includes(what));
  assert.throws(() => any.max({ where: a23.gt(0) }), (e: Error) => e.name === "ValueError" && e.message.includes("specify 'initial'"));
  assert.equal(any.reshape(3, 2, { order: "F" }).tolist(), [[1.5, 4], [0.5, 3.25], [-2, -1]]);
  refused(() => any.sort({ order: "x" }), "order=");
  assert.throws(() => any.pow(2, 3), (e: Error) => e.name === "TypeError" && e.message === "unsupported operand type(s) for ** or pow(): 'numpy.ndarray', 'int', 'int'");
  assert.equal(any.pow(2, null).tolist(), a23.mul(a23).tolist());
  assert.throws(() => any.add(1, { out: a23 }), (e: Error) => e.name === "TypeError" && e.message === "__add__() got an unexpected keyword argument 'out'");
  assert.throws(() => any.gt(1, 2), (e: Error) => e.name === "TypeError" && e.message === "__gt__() takes 1 positional argument but 2 were given");
  assert.throws(() => any.reshape({ shape: [6] }), (e: Error) => e.name === "TypeError");
  assert.throws(() => any.swapaxes({ axis1: 1, axis2: 0 }), (e: Error) => e.name === "TypeError");
  assert.throws(() => any.sort({ kind: "bogo" }), (e: Error) => e.name === "ValueError");
  assert.throws(() => any.astype("f8", { casting: "unsafeish" }), (e: Error) => e.name === "ValueError");
});

test.run();
