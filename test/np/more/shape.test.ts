/**
 * flip, rot90, roll, moveaxis, rollaxis, atleast_*d, broadcast_arrays and broadcast_shapes
 * against Debian's NumPy (test/golden/np_more/shape.json, scripts/golden/np_more_shape.py).
 */
import { test } from "uvu";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { checkCases } from "../_sig_cases";
import { A, BC, M, MT, NEG, V, shares } from "./_inputs";

const G = loadGolden("np_more/shape");

const CALLS: Record<string, () => unknown> = {
  flip_all: () => np.flip(A),
  flip_axis: () => np.flip(A, 1),
  flip_axis_kw: () => np.flip(M, { axis: -1 }),
  flip_tuple: () => np.flip(A, [0, 2]),
  flip_T: () => np.flip(MT, 0),
  flip_neg: () => np.flip(NEG, 1),
  flip_bc: () => np.flip(BC),
  flip_0d: () => np.flip(np.array(5)).item(),
  flip_bad_axis: () => np.flip(M, 2),
  flip_shares: () => shares(np.flip(M), M),
  fliplr: () => np.fliplr(A),
  fliplr_1d: () => np.fliplr(V),
  flipud_T: () => np.flipud(MT),
  flipud_0d: () => np.flipud(np.array(1)),
  fliplr_shares: () => shares(np.fliplr(M), M),
  rot90: () => np.rot90(M),
  rot90_k2: () => np.rot90(M, 2),
  rot90_k3: () => np.rot90(NEG, 3),
  rot90_kneg: () => np.rot90(M, { k: -1 }),
  rot90_k4: () => np.rot90(MT, 4),
  rot90_axes: () => np.rot90(A, 1, [1, 2]),
  rot90_axes_neg: () => np.rot90(A, { axes: [2, 0] }),
  rot90_same: () => np.rot90(A, 1, [1, 1]),
  rot90_range: () => np.rot90(A, 1, [0, 3]),
  rot90_range2: () => np.rot90(A, 1, [0, 4]),
  rot90_len: () => np.rot90(A, 1, [0, 1, 2]),
  rot90_shares: () => shares(np.rot90(M), M),
  roll_flat: () => np.roll(M, 5),
  roll_neg: () => np.roll(V, -2),
  roll_axis: () => np.roll(M, 1, 1),
  roll_axis_kw: () => (np.roll as any)(A, { shift: -1, axis: 0 }),
  roll_tuple: () => np.roll(A, [1, 2], [1, 2]),
  roll_same_axis: () => np.roll(M, [1, 2], 1),
  roll_one_shift_two_axes: () => np.roll(M, 1, [0, 1]),
  roll_T: () => np.roll(MT, 1, 0),
  roll_bc: () => np.roll(BC, 2, 1),
  roll_big: () => np.roll(V, 13),
  roll_mismatch: () => np.roll(A, [1, 2], [0, 1, 2]),
  roll_empty: () => np.roll(np.zeros([0, 3]), 1, 0),
  roll_shares: () => shares(np.roll(M, 0, 0), M),
  moveaxis: () => np.moveaxis(A, 0, -1),
  moveaxis_shape: () => np.moveaxis(np.zeros([3, 4, 5]), [0, 1], [-1, -2]).shape,
  moveaxis_shape2: () => np.moveaxis(np.zeros([2, 3, 4, 5]), [3, 0], [0, 2]).shape,
  moveaxis_bad: () => np.moveaxis(A, 3, 0),
  moveaxis_bad_dst: () => np.moveaxis(A, 0, -4),
  moveaxis_len: () => np.moveaxis(A, [0, 1], [0]),
  moveaxis_rep: () => np.moveaxis(A, [0, 0], [1, 2]),
  moveaxis_shares: () => shares(np.moveaxis(A, 0, 2), A),
  rollaxis: () => np.rollaxis(A, 2),
  rollaxis_start: () => np.rollaxis(np.zeros([3, 4, 5, 6]), 3, 1).shape,
  rollaxis_start_kw: () => np.rollaxis(np.zeros([3, 4, 5, 6]), 1, { start: 4 }).shape,
  rollaxis_same: () => np.rollaxis(A, 1, 2).shape,
  rollaxis_bad_start: () => np.rollaxis(A, 1, 5),
  rollaxis_shares: () => shares(np.rollaxis(A, 1), A),
  atleast_1d_0d: () => np.atleast_1d(7),
  atleast_1d_many: () => np.atleast_1d(1, [2, 3], M),
  atleast_2d_1d: () => np.atleast_2d(V),
  atleast_2d_0d: () => np.atleast_2d(2.5),
  atleast_3d: () => np.atleast_3d(3, V, M, A).map((x) => x.shape),
  atleast_3d_T: () => np.atleast_3d(MT),
  atleast_3d_views: () => [shares(np.atleast_3d(V), V), shares(np.atleast_3d(M), M), shares(np.atleast_2d(A), A)],
  broadcast_arrays: () => np.broadcast_arrays(np.arange(3), np.arange(2).reshape(2, 1)),
  broadcast_arrays_subok: () => np.broadcast_arrays(M, 1.5, { subok: true }),
  broadcast_arrays_T: () => np.broadcast_arrays(MT, np.arange(3)),
  broadcast_arrays_same: () => shares(np.broadcast_arrays(M, M), M),
  broadcast_arrays_views: () => shares(np.broadcast_arrays(V, M.get(":", ":1"))[0], V),
  broadcast_arrays_bad: () => np.broadcast_arrays(np.zeros(3), np.zeros(4)),
  broadcast_shapes: () => np.broadcast_shapes([5, 1, 4], [3, 1], 1),
  broadcast_shapes_none: () => np.broadcast_shapes(),
  broadcast_shapes_bad: () => np.broadcast_shapes([2, 3], [2, 3], [4]),
};

test(`flip, rot90, roll, moveaxis, atleast_*d, broadcasting against NumPy (${Object.keys(CALLS).length} cases)`, () => {
  checkCases(G.cases, CALLS);
});

test.run();
