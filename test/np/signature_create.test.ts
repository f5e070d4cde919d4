/**
 * Creation and manipulation functions with their Python parameters given by position and by
 * name, against Debian's NumPy (test/golden/np_sig/create.json, scripts/golden/np_sig_create.py).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../src";
import { loadGolden } from "../helpers/golden";
import { checkCases } from "./_sig_cases";
import { isFContiguous } from "../../src/np/layout";
import { isCContiguous } from "../../src/np/contiguous";

const G = loadGolden("np_sig/create");
const a23 = np.arange(6).reshape(2, 3);
const x = np.array([1, 2, 3], "f8");
const y = np.array([10, 20]);
const any = np as any;

function withOut(fn: (o: np.NDArray) => unknown, shape: number[], dtype: np.DTypeLike = "f8"): np.NDArray[] {
  const out = np.zeros(shape, dtype);
  const r = fn(out);
  return [out, np.array([r === out])];
}
const shares = (p: np.NDArray, q: np.NDArray) => p.data === q.data;

const a234 = np.arange(24).reshape(2, 3, 4);
/** Values and memory order, as the fixture writes them: [array, F-contiguous, C-contiguous]. */
const layout = (x: np.NDArray) => [x, np.array([isFContiguous(x)]), np.array([isCContiguous(x)])];

const CALLS: Record<string, () => unknown> = {
  zeros_order_F: () => layout(np.zeros([2, 3], { order: "F" })),
  ones_order_F_pos: () => layout(np.ones([2, 3], "int", "F")),
  full_order_F: () => layout(np.full([2, 3], 7, { order: "F" })),
  eye_order_F: () => layout(np.eye(2, 3, { order: "F" })),
  zeros_order_K: () => np.zeros(3, { order: "K" as never }),
  empty_order_A: () => np.empty(3, { order: "A" as never }),
  array_order_F: () => layout(np.array(a23, { order: "F" })),
  array_order_K_keeps_F: () => layout(np.array(a23.T)),
  array_order_C_of_F: () => layout(np.array(a23.T, { order: "C" })),
  asarray_order_F: () => layout(np.asarray(a23, { order: "F" })),
  asarray_order_C_strided: () => layout(np.asarray(a23.get(":", "::2"), { order: "C" })),
  copy_order_K_keeps_F: () => layout(np.copy(a23.T)),
  copy_order_F: () => layout(np.copy(a23, { order: "F" })),
  zeros_like_K_of_F: () => layout(np.zeros_like(a23.T)),
  ones_like_F: () => layout(np.ones_like(a23, { order: "F" })),
  full_like_C_of_F: () => layout(np.full_like(a23.T, 3, { order: "C" })),
  reshape_order_F: () => np.reshape(a23, [3, 2], { order: "F" }),
  reshape_order_F_3d: () => np.reshape(a234, [4, -1], { order: "F" }),
  reshape_order_A_of_F: () => np.reshape(a23.T, 6, { order: "A" }),
  reshape_order_K: () => np.reshape(a23, 6, { order: "K" as never }),
  ravel_order_F: () => np.ravel(a234, { order: "F" }),
  ravel_order_A_of_F: () => np.ravel(a23.T, "A"),
  ravel_order_K_transposed: () => np.ravel(a234.transpose(2, 0, 1), { order: "K" }),
  ravel_order_K_reversed: () => np.ravel(a23.get(":", "::-1"), { order: "K" }),
  array_like_ndarray: () => np.array([1, 2], { like: a23 }),
  zeros_like_kw_ndarray: () => np.zeros(2, { like: a23 }),
  arange_like: () => np.arange(3, { like: a23 }),
  array_like_list: () => np.array([1, 2], { like: [1] as never }),
  array_ndmin: () => np.array([1, 2], { ndmin: 3 }),
  array_dtype_pos: () => np.array([1.7, -2.5], "i4"),
  array_copy_false: () => shares(np.array(a23, { copy: false }), a23),
  array_copy_true: () => shares(np.array(a23), a23),
  asarray_dtype_pos: () => np.asarray([1, 2], "f4"),
  zeros_pos_dtype: () => np.zeros([2, 2], "u1"),
  ones_kw: () => any.ones({ shape: 3, dtype: "int" }),
  empty_order_C: () => np.empty(2, np.float64, "C").shape,
  full_array: () => np.full([2, 3], [1, 2, 3]),
  full_array_dtype: () => np.full([2, 3], [1.5, 2.5, 3.5], "i8"),
  full_kw: () => any.full({ shape: 2, fill_value: 7, dtype: "f4" }),
  zeros_like_shape: () => np.zeros_like(a23, { shape: [3] }),
  ones_like_dtype_pos: () => np.ones_like(a23, np.float64),
  full_like_value: () => np.full_like(a23, 2.7),
  full_like_kw: () => np.full_like(a23, { fill_value: 0.5, dtype: "f8", shape: [2, 2] }),
  empty_like_shape: () => np.empty_like(a23, { shape: [1, 2] }).shape,
  arange_stop: () => np.arange(5),
  arange_kw: () => np.arange({ start: 1, stop: 7, step: 2 }),
  arange_stop_kw: () => np.arange({ stop: 4 }),
  arange_pos_step_kw: () => np.arange(5, { step: 2 }),
  arange_start_only_kw: () => np.arange({ start: 3 }),
  arange_dtype_pos: () => np.arange(0, 5, 2, "f4"),
  arange_nan: () => np.arange(NaN),
  arange_inf: () => np.arange(Infinity),
  linspace_num_kw: () => np.linspace(0, 10, { num: 5 }),
  eye_all_pos: () => np.eye(3, 4, 1, "int"),
  eye_kw: () => any.eye({ N: 2, k: -1 }),
  identity_dtype: () => np.identity(3, "u1"),
  reshape_kw: () => np.reshape(a23, { newshape: [3, 2] }),
  reshape_order_C: () => np.reshape(a23, 6, "C"),
  ravel_order: () => np.ravel(a23.T, { order: "C" }),
  transpose_axes_kw: () => np.transpose(np.zeros([2, 3, 4]), { axes: [1, 0, 2] }).shape,
  swapaxes_kw: () => np.swapaxes(a23, { axis1: 0, axis2: 1 }),
  squeeze_axis_kw: () => np.squeeze(np.zeros([1, 3, 1]), { axis: 2 }).shape,
  expand_dims_int: () => np.expand_dims(a23, 1).shape,
  expand_dims_kw: () => np.expand_dims(a23, { axis: 1 }).shape,
  expand_dims_tuple: () => np.expand_dims(a23, [0, 3]).shape,
  expand_dims_negative: () => np.expand_dims(a23, [-1, 0]).shape,
  expand_dims_repeated: () => np.expand_dims(a23, [1, 1]),
  expand_dims_out_of_range: () => np.expand_dims(a23, 4),
  broadcast_to_kw: () => np.broadcast_to(x, { shape: [2, 3] }),
  copy_order: () => np.copy(a23.T, { order: "C" }),
  concatenate_axis_none: () => np.concatenate([a23, a23], null),
  concatenate_axis_kw: () => np.concatenate([a23, a23], { axis: 1 }),
  stack_axis_pos: () => np.stack([x, x], 1),
  stack_axis_neg: () => np.stack([a23, a23], { axis: -1 }).shape,
  vstack: () => np.vstack([x, x]),
  concatenate_dtype_error: () => np.concatenate([a23, x.reshape(1, 3)], { dtype: "int" }),
  concatenate_dtype_unsafe: () => np.concatenate([a23, x.add(0.5).reshape(1, 3)], { dtype: "int", casting: "unsafe" }),
  concatenate_dtype_f4: () => np.concatenate([a23, x.reshape(1, 3)], { dtype: "f4" }),
  concatenate_out_f4: () => withOut((o) => np.concatenate([a23, a23], { out: o }), [4, 3], "f4"),
  concatenate_out_int_error: () => withOut((o) => np.concatenate([a23, x.reshape(1, 3)], { out: o }), [3, 3], "int"),
  concatenate_out_wrong_shape: () => withOut((o) => np.concatenate([a23, a23], { out: o }), [3, 3]),
  concatenate_out_and_dtype: () => withOut((o) => np.concatenate([a23, a23], { out: o, dtype: "float" }), [4, 3]),
  concatenate_axis_none_u1: () => np.concatenate([a23, a23], { axis: null, dtype: "u1" }),
  concatenate_casting_bad: () => np.concatenate([a23, a23], { casting: "nope" as never }),
  concatenate_casting_no: () => np.concatenate([a23, x.reshape(1, 3)], { casting: "no" }),
  stack_dtype: () => np.stack([a23, a23], 1, { dtype: "f4" }),
  stack_out_unsafe: () => withOut((o) => np.stack([x.add(0.5), x], { out: o, casting: "unsafe" }), [2, 3], "int"),
  vstack_dtype: () => np.vstack([a23, x], { dtype: "f4" }),
  hstack_dtype_error: () => np.hstack([a23.get(0), x.add(0.5)], { dtype: "int" }),
  hstack_dtype_unsafe: () => np.hstack([a23.get(0), x.add(0.5)], { dtype: "int", casting: "unsafe" }),
  column_stack: () => np.column_stack([x, x]),
  meshgrid_xy: () => np.meshgrid(x, y),
  meshgrid_ij: () => np.meshgrid(x, y, { indexing: "ij" }),
  meshgrid_sparse: () => np.meshgrid(x, y, { sparse: true }),
  meshgrid_nocopy: () => np.meshgrid(x, y, { copy: false }),
  meshgrid_three: () => np.meshgrid(x, y, [5, 6, 7, 8]).map((m) => m.shape),
};

test(`creation and manipulation parameters by position and by name (${Object.keys(CALLS).length} cases)`, () => {
  checkCases(G.cases, CALLS);
});

test("parameters not supported yet are refused, not ignored", () => {
  const refused = (fn: () => unknown) => assert.throws(fn, (e: Error) => e.name === "NotImplementedError");
  refused(() => np.array([1], { order: "F", ndmin: 2, copy: true, dtype: "f2" as never }));
  assert.throws(() => np.zeros(3, { order: "X" as never }), (e: Error) => e.name === "ValueError" && e.message === "order must be one of 'C', 'F', 'A', or 'K' (got 'X')");
  assert.throws(() => np.reshape(a23, { newshap: [3, 2] } as never), (e: Error) => e.name === "TypeError" && e.message === "reshape() got an unexpected keyword argument 'newshap'");
});

test.run();
