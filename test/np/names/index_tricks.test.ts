/**
 * ix_, tril/triu/diag/mask indices, fill_diagonal, ravel_multi_index and unravel_index against
 * Debian's NumPy (test/golden/np_index_tricks/cases.json, scripts/golden/np_index_tricks.py).
 */
import { test } from "uvu";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { checkCases } from "../_sig_cases";
import { A, BC, M, MT, NEG, V } from "../more/_inputs";

const G = loadGolden("np_index_tricks/cases");

function after(fn: (a: np.NDArray) => void, a: np.NDArray): np.NDArray {
  const out = a.copy();
  fn(out);
  return out;
}

function afterT(fn: (t: np.NDArray) => void): np.NDArray {
  const base = np.arange(12, { dtype: "f8" }).reshape(3, 4);
  fn(base.T);
  return base;
}

const zerosInt = (shape: number[]) => np.zeros(shape, { dtype: "int64" });

const CALLS: Record<string, () => unknown> = {
  ix: () => np.ix_([0, 1], [2, 4]),
  ix_bool: () => np.ix_([true, false, true], [2]),
  ix_three: () => np.ix_(np.array([1, 0]), [3], np.arange(5).get("::-2")),
  ix_float: () => np.ix_([0.5]),
  ix_empty: () => np.ix_([]),
  ix_none: () => np.ix_(),
  ix_2d: () => np.ix_([[0, 1]]),
  ix_pick: () => M.get(...np.ix_([2, 0], [1, 3])),
  tril: () => np.tril_indices(3),
  tril_k: () => np.tril_indices(3, 1, 4),
  tril_kw: () => np.tril_indices(4, { k: -1 }),
  tril_m: () => np.tril_indices(3, { m: 2 }),
  triu: () => np.triu_indices(3),
  triu_k: () => np.triu_indices(4, 2),
  triu_m: () => np.triu_indices(3, -1, 5),
  triu_kw: () => np.triu_indices(3, { k: 1, m: 4 }),
  tril_from: () => np.tril_indices_from(M),
  tril_from_k: () => np.tril_indices_from(MT, -1),
  triu_from: () => np.triu_indices_from(NEG, { k: 1 }),
  triu_from_bc: () => np.triu_indices_from(BC),
  triu_from_1d: () => np.triu_indices_from(np.ones(3)),
  tril_from_3d: () => np.tril_indices_from(A),
  diag: () => np.diag_indices(3),
  diag_ndim: () => np.diag_indices(2, { ndim: 3 }),
  diag_ndim_pos: () => np.diag_indices(4, 1),
  diag_from: () => np.diag_indices_from(np.ones([3, 3, 3])),
  diag_from_rect: () => np.diag_indices_from(M),
  diag_from_1d: () => np.diag_indices_from(V),
  mask_triu: () => np.mask_indices(3, np.triu),
  mask_tril_k: () => np.mask_indices(4, np.tril, -1),
  mask_triu_kw: () => np.mask_indices(3, np.triu, { k: 1 }),
  fill: () => after((a) => np.fill_diagonal(a, 5), np.zeros([3, 3])),
  fill_tall: () => after((a) => np.fill_diagonal(a, 4), zerosInt([7, 3])),
  fill_tall_wrap: () => after((a) => np.fill_diagonal(a, 4, { wrap: true }), zerosInt([7, 3])),
  fill_tall_wrap_pos: () => after((a) => np.fill_diagonal(a, [1, 2], true), zerosInt([8, 2])),
  fill_wide: () => after((a) => np.fill_diagonal(a, [1, 2, 3]), np.zeros([3, 5])),
  fill_3d: () => after((a) => np.fill_diagonal(a, 9), zerosInt([3, 3, 3])),
  fill_T: () => afterT((t) => np.fill_diagonal(t, -1.5)),
  fill_float_into_int: () => after((a) => np.fill_diagonal(a, 2.7), zerosInt([2, 2])),
  fill_1d: () => np.fill_diagonal(np.zeros(3), 1),
  fill_3d_rect: () => np.fill_diagonal(np.zeros([3, 4, 5]), 1),
  ravel: () => np.ravel_multi_index([[3, 6, 6], [4, 5, 1]], [7, 6]),
  ravel_F: () => np.ravel_multi_index([[3, 6, 6], [4, 5, 1]], [7, 6], { order: "F" }),
  ravel_scalar: () => np.ravel_multi_index([3, 1], [7, 6]),
  ravel_bc: () => np.ravel_multi_index([np.array([[0], [1], [2]]), np.array([0, 3, 5])], [3, 6]),
  ravel_T: () => np.ravel_multi_index([np.arange(6).reshape(2, 3).T, np.arange(6).get("::-1").reshape(3, 2)], [6, 6]),
  ravel_3d: () => np.ravel_multi_index([1, 2, 3], [2, 3, 4], "raise", "F"),
  ravel_raise: () => np.ravel_multi_index([[3, 6, 7], [4, 5, 1]], [7, 6]),
  ravel_wrap: () => np.ravel_multi_index([[3, 6, 7], [4, -5, 1]], [7, 6], { mode: "wrap" }),
  ravel_clip: () => np.ravel_multi_index([[3, 6, 7], [4, -5, 1]], [7, 6], { mode: "clip" }),
  ravel_modes: () => np.ravel_multi_index([[3, 6, 7], [4, -5, 1]], [7, 6], { mode: ["clip", "wrap"] }),
  ravel_bad_mode: () => np.ravel_multi_index([[3, 6, 7], [4, -5, 1]], [7, 6], { mode: "x" as never }),
  ravel_len: () => np.ravel_multi_index([[3, 6, 7]], [7, 6]),
  ravel_float: () => np.ravel_multi_index([3.5, 1], [7, 6]),
  ravel_order: () => np.ravel_multi_index([3, 1], [7, 6], { order: "A" as never }),
  unravel: () => np.unravel_index([22, 41, 37], [7, 6]),
  unravel_F: () => np.unravel_index([22, 41, 37], [7, 6], { order: "F" }),
  unravel_scalar: () => np.unravel_index(22, [7, 6]),
  unravel_scalar_F: () => np.unravel_index(22, [7, 6], "F"),
  unravel_2d: () => np.unravel_index(np.arange(24).reshape(4, 6).T.get("::2"), [2, 3, 4]),
  unravel_bc: () => np.unravel_index(np.broadcast_to([5, 7], [2, 2]), [3, 4]),
  unravel_int: () => np.unravel_index(5, 6),
  unravel_oob: () => np.unravel_index(42, [7, 6]),
  unravel_neg: () => np.unravel_index(-1, [7, 6]),
  unravel_float: () => np.unravel_index(1.5, [7, 6]),
  unravel_order: () => np.unravel_index(1, [7, 6], { order: "K" as never }),
  unravel_empty_list: () => np.unravel_index([], [2, 3]),
  unravel_empty_array: () => np.unravel_index(np.array([], "int64"), [2, 3]),
  ravel_empty_list: () => np.ravel_multi_index([[], []], [2, 3]),
  fill_empty: () => after((a) => np.fill_diagonal(a, 1), np.zeros([0, 0])),
};

test(`index tricks against NumPy (${Object.keys(CALLS).length} cases)`, () => {
  checkCases(G.cases, CALLS);
});

test.run();
