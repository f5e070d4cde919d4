/**
 * np.pad, every mode and pad_width form, against Debian's NumPy (test/golden/np_more/pad.json,
 * scripts/golden/np_more_pad.py).
 */
import { test } from "uvu";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { checkCases } from "../_sig_cases";
import { A, BC, M, MT, NEG, V, shares } from "./_inputs";

const G = loadGolden("np_more/pad");
const I = np.arange(12).reshape(3, 4);
const U = np.array([[3, 200, 7], [10, 0, 255]], "u1");
const F = np.array([1.0, 2.5, -4.0, 8.0]);

const CALLS: Record<string, () => unknown> = {
  constant_int: () => np.pad(V, 2),
  constant_pair: () => np.pad(V, [1, 3]),
  constant_pair_list: () => np.pad(I, [[1, 2]]),
  constant_per_axis: () => np.pad(I, [[1, 0], [2, 3]]),
  constant_column: () => np.pad(I, [[1], [2]]),
  constant_values: () => np.pad(I, 1, { constant_values: 7 }),
  constant_values_pairs: () => np.pad(I, [[1, 1], [2, 2]], "constant", { constant_values: [[-1, -2], [-3, -4]] }),
  constant_values_float: () => np.pad(I, 1, { constant_values: 1.7 }),
  constant_values_pair: () => np.pad(F, 2, { constant_values: [NaN, 9.5] }),
  constant_T: () => np.pad(MT, 1, { constant_values: -1 }),
  constant_3d: () => np.pad(A, [[0, 1], [1, 0], [1, 1]]),
  constant_zero: () => np.pad(I, 0),
  constant_empty: () => np.pad(np.zeros([0, 2]), 1, { constant_values: 5 }),
  edge: () => np.pad(I, 2, "edge"),
  edge_neg: () => np.pad(NEG, [[1, 2], [0, 1]], { mode: "edge" }),
  edge_bc: () => np.pad(BC, 1, "edge"),
  linear_ramp: () => np.pad(F, [3, 2], "linear_ramp"),
  linear_ramp_end: () => np.pad(F, [3, 2], "linear_ramp", { end_values: [5, -4] }),
  linear_ramp_int: () => np.pad(I, 2, "linear_ramp", { end_values: [[0, 10], [-5, 20]] }),
  linear_ramp_uint8: () => np.pad(U, [2, 3], "linear_ramp", { end_values: 100 }),
  linear_ramp_T: () => np.pad(MT, 2, { mode: "linear_ramp", end_values: 1.5 }),
  maximum: () => np.pad(I, 2, "maximum"),
  maximum_len: () => np.pad(V, [2, 3], "maximum", { stat_length: 2 }),
  minimum: () => np.pad(I, [[1, 2], [2, 1]], "minimum", { stat_length: [[1, 2], [3, 1]] }),
  minimum_zero_len: () => np.pad(V, 1, "minimum", { stat_length: 0 }),
  mean: () => np.pad(F, 2, "mean"),
  mean_int: () => np.pad(I, 1, "mean", { stat_length: 2 }),
  mean_round: () => np.pad(np.array([1, 2, 4, 6]), [1, 1], "mean", { stat_length: [2, 3] }),
  mean_T: () => np.pad(MT, [1, 2], "mean", { stat_length: [1, 3] }),
  median: () => np.pad(V, 3, "median"),
  median_len: () => np.pad(I, 1, "median", { stat_length: [2, 3] }),
  median_neg: () => np.pad(NEG, 1, "median", { stat_length: 2 }),
  stat_negative: () => np.pad(V, 1, "mean", { stat_length: -1 }),
  reflect: () => np.pad(V, [2, 3], "reflect"),
  reflect_long: () => np.pad(np.array([1, 2, 3]), [7, 8], "reflect"),
  reflect_odd: () => np.pad(V, [2, 3], "reflect", { reflect_type: "odd" }),
  reflect_2d: () => np.pad(I, [[2, 1], [3, 2]], "reflect"),
  reflect_2d_odd: () => np.pad(MT, 2, "reflect", { reflect_type: "odd" }),
  reflect_single: () => np.pad(np.array([[5, 6, 7]]), 2, "reflect"),
  symmetric: () => np.pad(V, [2, 3], "symmetric"),
  symmetric_long: () => np.pad(np.array([1, 2, 3]), [7, 8], { mode: "symmetric" }),
  symmetric_odd: () => np.pad(F, [3, 4], "symmetric", { reflect_type: "odd" }),
  symmetric_2d: () => np.pad(NEG, [[1, 3], [2, 5]], "symmetric"),
  symmetric_uint8_odd: () => np.pad(U, 2, "symmetric", { reflect_type: "odd" }),
  wrap: () => np.pad(V, [2, 3], "wrap"),
  wrap_long: () => np.pad(np.array([1, 2, 3]), [7, 8], "wrap"),
  wrap_2d: () => np.pad(I, [[2, 4], [5, 1]], "wrap"),
  wrap_bc: () => np.pad(BC, 2, "wrap"),
  empty: () => np.pad(I, 1, "empty").get("1:-1", "1:-1"),
  empty_shape: () => np.pad(I, [[1, 2], [0, 3]], "empty").shape,
  edge_empty_axis: () => np.pad(np.zeros([0, 2]), 1, "edge"),
  bad_mode: () => np.pad(V, 1, "nope" as never),
  bad_kw: () => np.pad(V, 1, "edge", { constant_values: 1 }),
  bad_width_float: () => np.pad(V, 1.5),
  bad_width_negative: () => np.pad(V, -1),
  bad_width_shape: () => np.pad(I, [[1, 2], [3, 4], [5, 6]]),
  copy: () => shares(np.pad(M, 0), M),
};

test(`np.pad against NumPy (${Object.keys(CALLS).length} cases)`, () => {
  checkCases(G.cases, CALLS);
});

test.run();
