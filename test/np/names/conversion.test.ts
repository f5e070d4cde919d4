/**
 * asarray_chkfinite, asfarray, asfortranarray, require, copyto, place, putmask, isfortran,
 * may_share_memory, shares_memory and byte_bounds against Debian's NumPy
 * (test/golden/np_conversion/cases.json, scripts/golden/np_conversion.py).
 */
import { test } from "uvu";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { checkCases } from "../_sig_cases";
import { A, BC, M, MT, NEG, V } from "../more/_inputs";

const G = loadGolden("np_conversion/cases");

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

const layout = (r: np.NDArray, a: np.NDArray | null) => [r, np.isfortran(r), r === a];
const extent = (a: np.NDArray) => {
  const [lo, hi] = np.byte_bounds(a);
  return hi - lo;
};
const zeros = (shape: number | number[], dtype: np.DTypeLike = "f8") => np.zeros(shape, { dtype });

const CALLS: Record<string, () => unknown> = {
  chkfinite: () => np.asarray_chkfinite([1, 2.5]),
  chkfinite_nan: () => np.asarray_chkfinite([1, NaN]),
  chkfinite_inf_T: () => np.asarray_chkfinite(np.array([[1.0, Infinity], [0, 1]]).T),
  chkfinite_dtype: () => np.asarray_chkfinite([1, 2], "f4"),
  chkfinite_order: () => layout(np.asarray_chkfinite(M, { order: "F" }), M),
  chkfinite_kw: () => np.asarray_chkfinite([1, 2], { dtype: "float" }),
  asfarray: () => np.asfarray([1, 2]),
  asfarray_int_dtype: () => np.asfarray([1, 2], "i4"),
  asfarray_f32: () => np.asfarray([1, 2], { dtype: "f4" }),
  asfarray_T: () => np.asfarray(A.T.get(0)),
  asfortran: () => layout(np.asfortranarray(M), M),
  asfortran_T: () => layout(np.asfortranarray(MT), MT),
  asfortran_dtype: () => layout(np.asfortranarray(MT, "f4"), MT),
  asfortran_kw: () => layout(np.asfortranarray(NEG, { dtype: "int" }), NEG),
  asfortran_bc: () => layout(np.asfortranarray(BC), BC),
  asfortran_like: () => layout(np.asfortranarray(MT, { like: M }), MT),
  asfortran_like_bad: () => np.asfortranarray(MT, { like: [1] as never }),
  require_like: () => layout(np.require(MT, null, "C", { like: V }), MT),
  require_none: () => layout(np.require(M), M),
  require_F: () => layout(np.require(M, { requirements: "F" }), M),
  require_C_of_T: () => layout(np.require(MT, null, ["C"]), MT),
  require_long: () => layout(np.require(MT, { requirements: ["F_CONTIGUOUS", "aligned"] }), MT),
  require_dtype: () => layout(np.require(M, "i4", "C"), M),
  require_W_bc: () => layout(np.require(BC, { requirements: "W" }), BC),
  require_E: () => layout(np.require(M, { requirements: "EA" }), M),
  require_O: () => layout(np.require(M.get("1:"), { requirements: "O" }), null),
  require_both: () => np.require([1, 2], "f4", ["C", "F"]),
  require_bad: () => np.require([1, 2], { requirements: "X" }),
  copyto: () => after((a) => np.copyto(a, [7, 8, 9, 10]), zeros([2, 4])),
  copyto_scalar: () => after((a) => np.copyto(a, 5), zeros(3, "int64")),
  copyto_bigint: () => after((a) => np.copyto(a, 300), zeros(3, "int8")),
  copyto_float_into_int: () => after((a) => np.copyto(a, [1.5, 2, 3]), zeros(3, "int64")),
  copyto_unsafe: () => after((a) => np.copyto(a, [1.5, 2, 3], { casting: "unsafe" }), zeros(3, "int64")),
  copyto_safe: () => after((a) => np.copyto(a, zeros(3), "safe"), zeros(3, "f4")),
  copyto_no: () => after((a) => np.copyto(a, np.ones(3, { dtype: "f4" }), "no"), zeros(3)),
  copyto_bad_casting: () => after((a) => np.copyto(a, 5, { casting: "x" as never }), zeros(3)),
  copyto_shape: () => after((a) => np.copyto(a, [1, 2]), zeros(3)),
  copyto_where: () => after((a) => np.copyto(a, [7, 8], { where: [[1, 0], [0, 1]] }), zeros([2, 2])),
  copyto_where_pos: () => after((a) => np.copyto(a, MT, "same_kind", MT.gt(5)), zeros([4, 3])),
  copyto_where_bad: () => after((a) => np.copyto(a, [7, 8], { where: [1, 0, 1] }), zeros([2, 2])),
  copyto_T: () => afterT((t) => np.copyto(t, np.arange(3).mul(-1.5).div(1.5), { where: np.array([[true], [false], [true], [false]]) })),
  copyto_list: () => np.copyto([1, 2] as never, 5),
  place: () => after((a) => np.place(a, [1, 0, 1, 0, 1, 0], [10, 20]), np.arange(6)),
  place_cycle: () => after((a) => np.place(a, [1, 0, 1, 1], [7, 8]), np.arange(4)),
  place_cast: () => after((a) => np.place(a, [1, 0, 1], [1.5]), np.arange(3)),
  place_T: () => afterT((t) => np.place(t, t.gt(4), [-1.0, -2.0, -3.0])),
  place_empty: () => after((a) => np.place(a, [0, 0, 0], []), np.arange(3)),
  place_empty_bad: () => np.place(np.arange(3), [1, 0, 1], []),
  place_size: () => np.place(np.arange(3), [1, 0], [1]),
  place_list: () => np.place([1, 2] as never, [1, 0], [10]),
  putmask: () => after((a) => np.putmask(a, [1, 0, 1, 1], [7, 8]), np.arange(4)),
  putmask_T: () => afterT((t) => np.putmask(t, t.gt(4), [-1.0, -2.0, -3.0])),
  putmask_2d: () => after((a) => np.putmask(a, [[1, 0], [1, 1]], [7, 8, 9]), np.arange(4).reshape(2, 2)),
  putmask_cast: () => after((a) => np.putmask(a, [1, 0, 1], 1.5), np.arange(3)),
  putmask_empty: () => after((a) => np.putmask(a, [1, 0, 1], []), np.arange(3)),
  putmask_size: () => np.putmask(np.arange(3), [1, 0], [1]),
  putmask_list: () => np.putmask([1, 2] as never, [1, 0], [1]),
  isfortran: () => [np.isfortran(M), np.isfortran(MT), np.isfortran(V), np.isfortran(NEG), np.isfortran(np.asfortranarray(M))],
  may_share: () => [np.may_share_memory(M, MT), np.may_share_memory(M, M.copy()), np.may_share_memory(M.get(":", "::2"), M.get(":", "1::2")), np.may_share_memory(V.get(":2"), V.get("2:"))],
  may_share_exact: () => [np.may_share_memory(M.get(":", "::2"), M.get(":", "1::2"), { max_work: -1 }), np.may_share_memory(M, NEG, -1)],
  shares: () => [np.shares_memory(M, MT), np.shares_memory(M, M.copy()), np.shares_memory(M.get(":", "::2"), M.get(":", "1::2")), np.shares_memory(NEG, M.get(1))],
  shares_bounds: () => [np.shares_memory(M.get(":", "::2"), M.get(":", "1::2"), { max_work: 0 }), np.shares_memory(V.get(":2"), V.get("2:"), 0)],
  byte_bounds: () => [extent(M), extent(MT), extent(NEG), extent(M.get("::2", "1:3")), extent(V.get("::-2")), extent(zeros([2, 3], "f4").get(":", 1))],
};

test(`array conversions, masked writes and memory questions against NumPy (${Object.keys(CALLS).length} cases)`, () => {
  checkCases(G.cases, CALLS);
});

test.run();
