/**
 * searchsorted, partition and argpartition (functions and ndarray methods) against Debian's
 * NumPy (test/golden/np_searching/cases.json, scripts/golden/np_searching.py).
 */
import { test } from "uvu";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { checkCases } from "../_sig_cases";
import { A, BC, M, MT, NEG, V } from "../more/_inputs";

const G = loadGolden("np_searching/cases");

const R = np.array([9, 3, 7, 1, 8, 2, 6, 4, 5, 0, 3, 7, 1, 9, 2, 8]);
const F = np.array([2.5, NaN, -1.0, 7.0, 0.5, NaN, 3.0, -4.0, 1.0, 6.0]);
const LONG = np.arange(200).mul(37).mod(101).sub(50.0).astype("f8");
const ROLLED = np.roll(np.arange(64), 32);
const S = np.array([1, 2, 2, 3, 5, 8]);
const stable = (a: np.NDArray) => np.argsort(a, { kind: "stable" });

function after(fn: (a: np.NDArray) => void, a: np.NDArray): np.NDArray {
  const out = a.copy();
  fn(out);
  return out;
}

function afterT(fn: (t: np.NDArray) => void): np.NDArray {
  const base = np.array([[5, 1, 4], [2, 8, 0], [7, 3, 6], [9, 2, 5]]);
  fn(base.T);
  return base;
}

const CALLS: Record<string, () => unknown> = {
  ss_left: () => np.searchsorted(S, [0, 2, 4, 8, 9]),
  ss_right: () => np.searchsorted(S, [0, 2, 4, 8, 9], { side: "right" }),
  ss_scalar: () => np.searchsorted(S, 3),
  ss_scalar_right: () => np.searchsorted(S, 3, "right"),
  ss_float_keys: () => np.searchsorted(S, np.array([[2.5, -1.0], [8.0, 2.0]])),
  ss_keys_T: () => np.searchsorted(S, M.T),
  ss_keys_neg: () => np.searchsorted(S, NEG, { side: "right" }),
  ss_keys_bc: () => np.searchsorted(np.arange(4), BC),
  ss_a_neg: () => np.searchsorted(np.arange(10.0).get("::-2").get("::-1"), [0.5, 5, 9]),
  ss_nan: () => np.searchsorted([1.0, 2.0, NaN], [NaN, 2.0, 3.0]),
  ss_nan_right: () => np.searchsorted([1.0, 2.0, NaN], [NaN, 2.0, 3.0], { side: "right" }),
  ss_descending_keys: () => np.searchsorted(S, [9, 5, 2, 0, 8, 1]),
  ss_unsorted: () => np.searchsorted(R, [4, 0, 7, 3]),
  ss_sorter: () => np.searchsorted(V, [1, 3, 6], { sorter: stable(V) }),
  ss_sorter_right: () => np.searchsorted(V, [1, 3, 6], "right", stable(V)),
  ss_sorter_kw: () => np.searchsorted(R, 5, { sorter: stable(R) }),
  ss_bad_side: () => np.searchsorted(S, 2, { side: "middle" as never }),
  ss_2d: () => np.searchsorted(M, 2),
  ss_0d: () => np.searchsorted(3, 2),
  ss_sorter_size: () => np.searchsorted(S, 2, { sorter: [0, 1] }),
  ss_sorter_float: () => np.searchsorted(S, 2, { sorter: [0.5, 1, 2, 3, 4, 5] }),
  ss_empty: () => np.searchsorted(np.array([]), [1, 2]),
  m_ss: () => S.searchsorted([2, 3]),
  m_ss_right: () => S.searchsorted([2, 3], { side: "right" }),
  m_ss_sorter: () => V.searchsorted(4, "left", stable(V)),
  part_small_k: () => np.partition(R, 2),
  part_mid: () => np.partition(R, 8),
  part_last: () => np.partition(R, -1),
  part_multi: () => np.partition(R, [3, 12, 7]),
  part_multi_neg: () => np.partition(R, [-2, 5]),
  part_float_nan: () => np.partition(F, 4),
  part_float_last: () => np.partition(F, -1),
  part_float_multi: () => np.partition(F, [1, 5, 8]),
  part_long: () => np.partition(LONG, 100),
  part_long_multi: () => np.partition(LONG, [10, 50, 150, 190]),
  part_rolled: () => np.partition(ROLLED, 40),
  part_axis0: () => np.partition(A, 1, { axis: 0 }),
  part_axis1: () => np.partition(A, 1, 1),
  part_T: () => np.partition(MT, 2),
  part_neg: () => np.partition(NEG, 1, { axis: 1 }),
  part_bc: () => np.partition(BC, 1, { axis: 0 }),
  part_none: () => np.partition(M, 5, { axis: null }),
  part_bool: () => np.partition(np.array([true, false, true, false, false]), 2),
  part_oob: () => np.partition(V, 5),
  part_oob_neg: () => np.partition(V, -6),
  part_float_kth: () => np.partition(V, 1.5),
  part_kind: () => np.partition(V, 1, { kind: "quick" as never }),
  part_order: () => np.partition(V, 1, { order: "x" as never }),
  part_0d: () => np.partition(np.array(5), 0),
  part_0d_none: () => np.partition(np.array(5), 0, { axis: null }),
  part_kth_2d: () => np.partition(V, [[1]] as never),
  part_axis_oob: () => np.partition(V, 1, { axis: 1 }),
  part_empty: () => np.partition(np.zeros([0, 2]), 5),
  apart_mid: () => np.argpartition(R, 8),
  apart_multi: () => np.argpartition(R, [3, 12, 7]),
  apart_float: () => np.argpartition(F, [1, 5, 8]),
  apart_long: () => np.argpartition(LONG, [10, 50, 150]),
  apart_rolled: () => np.argpartition(ROLLED, 40),
  apart_axis0: () => np.argpartition(A, 1, { axis: 0 }),
  apart_T: () => np.argpartition(MT, 2, -1, "introselect"),
  apart_neg: () => np.argpartition(NEG, [0, 2]),
  apart_bc: () => np.argpartition(BC, 2),
  apart_none: () => np.argpartition(A, 13, { axis: null }),
  apart_0d: () => np.argpartition(np.array(5), 0),
  apart_kind: () => np.argpartition(V, 1, { kind: "heap" as never }),
  apart_order: () => np.argpartition(V, 1, { order: "f" as never }),
  m_part: () => after((a) => a.partition(8), R),
  m_part_axis: () => after((a) => a.partition([0, 2], { axis: 0 }), A),
  m_part_T: () => afterT((t) => t.partition(1)),
  m_part_kind: () => after((a) => a.partition(1, { kind: "x" as never }), V),
  m_part_order: () => after((a) => a.partition(1, { order: "x" as never }), V),
  m_apart: () => R.argpartition(5),
  m_apart_kind: () => V.argpartition(1, { kind: "x" as never }),
  m_apart_order: () => V.argpartition(1, { order: "x" as never }),
  m_apart_axis: () => A.argpartition(2, { axis: 1 }),
  m_apart_none: () => M.argpartition(3, null, "introselect", null),
};

test(`searchsorted, partition, argpartition against NumPy (${Object.keys(CALLS).length} cases)`, () => {
  checkCases(G.cases, CALLS);
});

test.run();
