/**
 * split, array_split, hsplit, vsplit, dsplit, dstack, row_stack and block against Debian's
 * NumPy (test/golden/np_more/split.json, scripts/golden/np_more_split.py).
 */
import { test } from "uvu";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { checkCases } from "../_sig_cases";
import { A, BC, M, MT, NEG, shares } from "./_inputs";

const G = loadGolden("np_more/split");
const X = np.arange(9, { dtype: "f8" });

const CALLS: Record<string, () => unknown> = {
  split_int: () => np.split(X, 3),
  split_indices: () => np.split(X, [3, 5, 6, 10]),
  split_negative: () => np.split(X, [-2, 4]),
  split_unsorted: () => np.split(X, [5, 3]),
  split_axis: () => np.split(M, 2, 1),
  split_axis_kw: () => np.split(A, [1], { axis: -1 }),
  split_uneven: () => np.split(X, 4),
  split_T: () => np.split(MT, 2),
  split_neg: () => np.split(NEG, [1, 3], 1),
  split_bc: () => np.split(BC, 3),
  split_array_indices: () => np.split(X, np.array([2, 4])),
  split_zero: () => np.split(X, 0),
  split_bad_axis: () => np.split(M, 2, 2),
  split_shares: () => shares(np.split(M, 3), M),
  array_split: () => np.array_split(X, 4),
  array_split_more: () => np.array_split(np.arange(3), 5),
  array_split_axis: () => np.array_split(M, 3, { axis: 1 }),
  array_split_indices: () => np.array_split(A, [1, 2], 1),
  hsplit: () => np.hsplit(M, 2),
  hsplit_1d: () => np.hsplit(X, [2, 7]),
  hsplit_0d: () => np.hsplit(np.array(3), 1),
  vsplit: () => np.vsplit(A, 2),
  vsplit_1d: () => np.vsplit(X, 3),
  dsplit: () => np.dsplit(A, [1, 3]),
  dsplit_2d: () => np.dsplit(M, 2),
  dstack: () => np.dstack([np.arange(3), np.arange(3, 6)]),
  dstack_2d: () => np.dstack([M, MT.T, NEG]),
  dstack_0d: () => np.dstack([1, 2.5]),
  row_stack: () => np.row_stack([np.arange(4), M, BC]),
  block_2x2: () => np.block([[np.eye(2), np.zeros([2, 3])], [np.ones([1, 2]), np.full([1, 3], 7.0)]]),
  block_1d: () => np.block([np.arange(3), 10, 20, np.arange(2)]),
  block_scalars: () => np.block([[1, 2], [3, 4]]),
  block_depth3: () => np.block([[[np.ones([2, 2])], [np.zeros([1, 2])]]]),
  block_promote: () => np.block([np.arange(2), np.array([0.5])]),
  block_ndim_up: () => np.block([[np.arange(2)], [np.arange(2, 4)]]),
  block_leaf_deeper: () => np.block([A, A]),
  block_T: () => np.block([[MT, MT]]),
  block_array: () => np.block(M),
  block_scalar: () => np.block(5).item(),
  block_mismatch: () => np.block([[1, 2], 3]),
  block_mismatch2: () => np.block([1, [2, 3]]),
  block_empty: () => np.block([]),
  block_empty_inner: () => np.block([[1], []]),
  block_bad_shapes: () => np.block([[np.ones([2, 2]), np.ones([3, 1])]]),
  block_copy: () => shares(np.block(M), M),
};

test(`split, stacking and block against NumPy (${Object.keys(CALLS).length} cases)`, () => {
  checkCases(G.cases, CALLS);
});

test.run();
