/**
 * The ndarray methods a.repeat, a.diagonal, a.trace, a.take, a.put, a.choose, a.compress and
 * a.squeeze(axis) against Debian's NumPy (test/golden/np_more/methods.json,
 * scripts/golden/np_more_methods.py).
 */
import { test } from "uvu";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { checkCases } from "../_sig_cases";
import { A, M, MT, NEG, V } from "./_inputs";

const G = loadGolden("np_more/methods");

function after(fn: (a: np.NDArray) => void, a: np.NDArray): np.NDArray {
  const out = a.copy();
  fn(out);
  return out;
}

const CALLS: Record<string, () => unknown> = {
  repeat: () => V.repeat(2),
  repeat_axis: () => M.repeat([1, 0, 2], { axis: 0 }),
  repeat_T: () => MT.repeat(2, 1),
  diagonal: () => M.diagonal(),
  diagonal_kw: () => A.diagonal({ offset: 1, axis1: 1, axis2: 2 }),
  diagonal_pos: () => NEG.diagonal(-1),
  trace: () => M.trace(),
  trace_kw: () => A.trace({ offset: 1, axis1: 2, axis2: 0, dtype: "f4" }),
  trace_pos: () => MT.trace(1),
  take: () => A.take([1, 5]),
  take_axis: () => MT.take([0, 2], { axis: 1 }),
  take_mode: () => V.take([7, -9], { mode: "clip" }),
  take_pos: () => M.take([0, 9], 1, null, "wrap"),
  put: () => after((a) => a.put([0, 4], [-1, -2]), V),
  put_mode: () => after((a) => a.put([12, -1], 7, { mode: "wrap" }), M),
  choose: () => np.array([1, 0, 1]).choose([[1, 2, 3], [4, 5, 6]]),
  choose_mode: () => np.array([2, 0, 5]).choose([[1, 2, 3], [4, 5, 6]], { mode: "clip" }),
  compress: () => M.compress([1, 0, 1]),
  compress_axis: () => A.compress([0, 1, 1], { axis: 1 }),
  squeeze_axis: () => np.zeros([1, 3, 1]).squeeze({ axis: 0 }).shape,
};

test(`ndarray shape methods against NumPy (${Object.keys(CALLS).length} cases)`, () => {
  checkCases(G.cases, CALLS);
});

test.run();
