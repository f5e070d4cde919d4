/**
 * Window functions, i0, fix, round_, unwrap and trim_zeros against Debian's NumPy
 * (test/golden/np_windows/cases.json, scripts/golden/np_windows.py).
 */
import { test } from "uvu";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { checkCase, checkCases } from "../_sig_cases";
import { BC, MT, NEG } from "../more/_inputs";

const G = loadGolden("np_windows/cases");
const PHASE = np.array([[0.0, 3.0, 6.2, 9.6, 12.0], [-1.0, -4.5, -8.0, -11.1, 2.0], [0.5, 3.64, 0.5, -2.64, 0.5]]);

function into(fn: (o: np.NDArray) => unknown, o: np.NDArray): np.NDArray {
  fn(o);
  return o;
}

const CALLS: Record<string, () => unknown> = {
  bartlett: () => np.bartlett(5),
  bartlett_even: () => np.bartlett(12),
  bartlett_float: () => np.bartlett(5.5),
  bartlett_one: () => np.bartlett(1),
  bartlett_zero: () => np.bartlett(0),
  blackman_plus_1: () => np.blackman(12).add(1),
  blackman_neg: () => np.blackman(-3),
  hamming: () => np.hamming(7),
  hamming_one: () => np.hamming(1),
  hanning: () => np.hanning(10),
  hanning_51: () => np.hanning(51),
  kaiser: () => np.kaiser(12, 14),
  kaiser_beta0: () => np.kaiser(5, 0),
  kaiser_one: () => np.kaiser(1, 5.0),
  kaiser_zero: () => np.kaiser(0, 3),
  kaiser_large_beta: () => np.kaiser(9, 30.5),
  i0: () => np.i0([0.0, 1.0, 2.5, 7.99, 8.0, 8.01, 20.0, -3.0, 700.0]),
  i0_scalar: () => np.i0(5),
  i0_int: () => np.i0(np.array([[1, 2], [3, 4]])),
  i0_T: () => np.i0(MT),
  i0_neg: () => np.i0(NEG),
  i0_bc: () => np.i0(BC),
  i0_nan: () => np.i0([NaN, Infinity]),
  fix: () => np.fix([2.1, 2.9, -2.1, -2.9, -0.5, 0.0]),
  fix_scalar: () => np.fix(3.7),
  fix_int: () => np.fix(np.array([1, -2], "i4")),
  fix_T: () => np.fix(MT.div(3).sub(1.5)),
  fix_out: () => into((o) => np.fix([1.5, -1.5], { out: o }), np.zeros(2)),
  fix_out_pos: () => into((o) => np.fix([[2.5], [-3.5]], o), np.zeros([2, 1])),
  round_: () => np.round_([2.5, 3.5, -0.5, 1.2345]),
  round_decimals: () => np.round_(np.array([1.2345, 10.555, -7.125]), 2),
  round_kw: () => np.round_(MT.div(7), { decimals: 3 }),
  round_neg_dec: () => np.round_(np.array([1234, 5678, -1550]), -2),
  unwrap: () => np.unwrap([0.0, 0.78, 5.49, 6.28]),
  unwrap_2d: () => np.unwrap(PHASE),
  unwrap_axis0: () => np.unwrap(PHASE, { axis: 0 }),
  unwrap_discont: () => np.unwrap(PHASE, 4.0),
  unwrap_small_discont: () => np.unwrap(PHASE, { discont: 1.0 }),
  unwrap_T: () => np.unwrap(PHASE.T, null, 0),
  unwrap_neg: () => np.unwrap(PHASE.get(":", "::-1")),
  unwrap_bc: () => np.unwrap(np.broadcast_to([0.0, 4.0, 8.0], [2, 3])),
  unwrap_period: () => np.unwrap([1, 2, 3, 4, 5, 6, 1, 2, 3], { period: 6 }),
  unwrap_period_odd: () => np.unwrap([2, 3, 4, 5, 2, 3, 4, 5], { period: 4 }),
  unwrap_period_5: () => np.unwrap(np.array([0, 3, 1, 4, 2, 0]), { period: 5 }),
  unwrap_period_float: () => np.unwrap(np.mod(np.linspace(0, 720, 19), 360), { period: 360.5 - 0.5 }),
  unwrap_boundary: () => np.unwrap([0.0, Math.PI, 0.0, -Math.PI, 0.0]),
  unwrap_0d: () => np.unwrap(np.array(1.0)),
  unwrap_axis_oob: () => np.unwrap(PHASE, { axis: 2 }),
  trim: () => np.trim_zeros(np.array([0, 0, 0, 1, 2, 3, 0, 2, 1, 0])),
  trim_f: () => np.trim_zeros(np.array([0, 0, 0, 1, 2, 3, 0, 2, 1, 0]), "f"),
  trim_b: () => np.trim_zeros(np.array([0.0, 1.5, 0.0, 0.0]), { trim: "b" }),
  trim_lower: () => np.trim_zeros(np.array([0, 1, 0]), "bF"),
  trim_list: () => np.array(np.trim_zeros([0, 0, 1, 2, 0], "f")),
  trim_all_zero: () => np.trim_zeros(np.array([0, 0, 0])),
  trim_neg: () => np.trim_zeros(np.array([0, 1, 0, 0, 2, 0]).get("::-2")),
  trim_none: () => np.trim_zeros(np.array([0, 1, 0]), ""),
  trim_2d: () => np.trim_zeros(np.array([[0, 0], [1, 0]])),
  trim_2d_col: () => np.trim_zeros(np.array([[0], [1], [0]])),
};

test(`windows, i0, fix, round_, unwrap, trim_zeros against NumPy (${Object.keys(CALLS).length} cases)`, () => {
  const { i0_f32, ...cases } = G.cases;
  checkCases(cases, CALLS);
  // float32 results to float32's precision
  checkCase("i0_f32", i0_f32, () => np.i0(np.array([0.5, 3.0, 9.0], "f4")), 1e-6);
});

test.run();
