/**
 * take, take_along_axis, put, put_along_axis, choose and compress against Debian's NumPy
 * (test/golden/np_more/take.json, scripts/golden/np_more_take.py).
 */
import { test } from "uvu";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { checkCases } from "../_sig_cases";
import { A, BC, M, MT, NEG, V, shares } from "./_inputs";

const G = loadGolden("np_more/take");

/** The array after an in-place call on a copy of `a`. */
function after(fn: (a: np.NDArray) => void, a: np.NDArray): np.NDArray {
  const out = a.copy();
  fn(out);
  return out;
}

/** The base array after an in-place call on its transpose. */
function afterT(fn: (t: np.NDArray) => void): np.NDArray {
  const base = np.arange(12, { dtype: "f8" }).reshape(3, 4);
  fn(base.T);
  return base;
}

const CALLS: Record<string, () => unknown> = {
  take_flat: () => np.take(A, [0, 5, 23]),
  take_axis: () => np.take(A, [2, 0], 1),
  take_axis_kw: () => np.take(M, [[0, 1], [3, 3]], { axis: 1 }),
  take_scalar: () => np.take(M, 2, { axis: 0 }),
  take_negative: () => np.take(V, [-1, -5]),
  take_T: () => np.take(MT, [1, 2], 1),
  take_neg: () => np.take(NEG, [0, 3], 1),
  take_bc: () => np.take(BC, [5, 6, 7]),
  take_oob: () => np.take(V, [5]),
  take_oob_axis: () => np.take(M, [3], { axis: 0 }),
  take_wrap: () => np.take(V, [5, -7, 12], { mode: "wrap" }),
  take_clip: () => np.take(V, [5, -7, 12], { mode: "clip" }),
  take_clip_pos: () => np.take(M, [9], 1, null, "clip"),
  take_bad_mode: () => np.take(V, [1], { mode: "nope" as never }),
  take_copy: () => shares(np.take(M, [0, 1, 2], 0), M),
  take_along_axis: () => np.take_along_axis(M, np.argsort(NEG, { axis: 1 }), 1),
  take_along_axis_0: () => np.take_along_axis(A, np.array([[[1, 0, 1, 0]]]), 0),
  take_along_axis_none: () => np.take_along_axis(M, np.array([11, 0, 3]), null),
  take_along_axis_neg: () => np.take_along_axis(MT, np.array([[-1], [0], [1], [2]]), 1),
  take_along_axis_ndim: () => np.take_along_axis(M, np.array([1, 2]), 1),
  take_along_axis_float: () => np.take_along_axis(M, np.array([[1]], "f8"), 1),
  put: () => after((a) => np.put(a, [0, 2], [-1, -2]), V),
  put_cycle: () => after((a) => np.put(a, [0, 1, 2, 3], [7, 8]), M),
  put_wrap: () => after((a) => np.put(a, [7, -8], 0, { mode: "wrap" }), V),
  put_clip: () => after((a) => np.put(a, [9, -9], [10, 20], "clip"), V),
  put_oob: () => after((a) => np.put(a, [5], 1), V),
  put_T: () => afterT((t) => np.put(t, [1, 2, 5], [-1.5, -2.5, -3.5])),
  put_float_into_int: () => after((a) => np.put(a, 1, 2.7), V),
  put_along_axis: () => after((a) => np.put_along_axis(a, np.array([[0], [1], [2]]), 99, 1), M),
  put_along_axis_values: () => after((a) => np.put_along_axis(a, np.array([[2, 0, 1, 0]]), np.array([[-1, -2, -3, -4]]), 0), M),
  put_along_axis_none: () => after((a) => np.put_along_axis(a, np.array([1, 13]), 0, null), A),
  put_along_axis_T: () => afterT((t) => np.put_along_axis(t, np.array([[0], [1], [2], [0]]), -7.0, 1)),
  choose: () => np.choose([2, 0, 1, 0], [[0, 1, 2, 3], [10, 11, 12, 13], [20, 21, 22, 23]]),
  choose_broadcast: () => np.choose(np.array([[1, 0, 1], [0, 1, 0]]), [-10, 10]),
  choose_2d: () => np.choose(np.array([0, 1, 1, 0]), [M, NEG]),
  choose_T: () => np.choose(np.array([[0], [1], [1], [0]]), [MT, 0.5]),
  choose_promote: () => np.choose([0, 1], [np.array([1, 2], "i4"), np.array([0.5, 1.5])]),
  choose_raise: () => np.choose([0, 3], [[1, 2], [3, 4]]),
  choose_wrap: () => np.choose([0, 3, -1], [[1, 2, 3], [4, 5, 6]], { mode: "wrap" }),
  choose_clip: () => np.choose([0, 3, -1], [[1, 2, 3], [4, 5, 6]], null, "clip"),
  choose_bad_shape: () => np.choose([0, 1, 0], [[1, 2], [3, 4]]),
  compress: () => np.compress([0, 1, 1], M, { axis: 0 }),
  compress_axis1: () => np.compress([true, false, true], A, 1),
  compress_flat: () => np.compress([false, true, true, false, true], M),
  compress_T: () => np.compress([1, 0, 0, 1], MT, 0),
  compress_bc: () => np.compress([1, 0, 1, 1], BC, 1),
  compress_long_false: () => np.compress([1, 0, 1, 0], np.arange(3)),
  compress_long_true: () => np.compress([1, 0, 1, 1], np.arange(3)),
  compress_2d_cond: () => np.compress([[1, 0]], V),
};

test(`take, put, choose, compress against NumPy (${Object.keys(CALLS).length} cases)`, () => {
  checkCases(G.cases, CALLS);
});

test.run();
