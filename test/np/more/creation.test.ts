/**
 * fromfunction, indices, mgrid/ogrid/r_/c_ (as functions of slice strings), diagonals,
 * triangles, vander, logspace, geomspace, frombuffer, fromiter and asanyarray against
 * Debian's NumPy (test/golden/np_more/creation.json, scripts/golden/np_more_creation.py).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { checkCases } from "../_sig_cases";
import { A, BC, M, MT, NEG, V, shares } from "./_inputs";

const G = loadGolden("np_more/creation");
const bytes = (values: number[]) => new Uint8Array(values);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

const CALLS: Record<string, () => unknown> = {
  fromfunction: () => np.fromfunction((i, j) => np.add(i, np.multiply(10, j)), [2, 3]),
  fromfunction_int: () => np.fromfunction((i, j) => np.equal(i, j), [3, 3], { dtype: "int" }),
  fromfunction_1d: () => np.fromfunction((i) => np.multiply(i, i), [4], { dtype: "i4" }),
  indices: () => np.indices([2, 3]),
  indices_dtype: () => np.indices([2, 2], "f8"),
  indices_sparse: () => np.indices([2, 3], { sparse: true }),
  indices_3d: () => np.indices([2, 1, 2], { dtype: "u1" }),
  mgrid: () => np.mgrid("0:3", "0:2"),
  mgrid_step: () => np.mgrid("0:5:2", "1:4"),
  mgrid_complex: () => np.mgrid("-1:1:5j"),
  mgrid_complex_2d: () => np.mgrid("0:1:3j", "0:2:2j"),
  mgrid_float: () => np.mgrid("0:1:0.25"),
  mgrid_float_2d: () => np.mgrid("0:1:0.5", "0:2"),
  mgrid_one: () => np.mgrid("0:4"),
  mgrid_neg: () => np.mgrid(np.slice(5, 0, -2), "0:2"),
  mgrid_one_point: () => np.mgrid("2:3:1j", "0:2"),
  ogrid: () => np.ogrid("0:3", "0:2"),
  ogrid_complex: () => np.ogrid("0:1:3j", "0:4"),
  ogrid_one: () => np.ogrid("0:5:2"),
  r_: () => np.r_(np.array([1, 2, 3]), 0, 0, np.array([4, 5, 6])),
  r_slices: () => np.r_("-1:1:6j", 0, 0, 0, "5:8"),
  r_float_slice: () => np.r_("0:1:0.25", 7),
  r_scalar_int32: () => np.r_(np.array([1, 2], "i4"), 3),
  r_scalar_float: () => np.r_(np.array([1, 2], "i4"), 3.5),
  r_axis: () => np.r_("-1", M, M),
  r_directive: () => np.r_("0,2", [1, 2, 3], [4, 5, 6]),
  r_directive3: () => np.r_("0,2,0", [1, 2, 3], [4, 5, 6]),
  r_directive_late: () => np.r_([1], "0"),
  r_T: () => np.r_(MT, NEG.T),
  c_: () => np.c_(np.array([1, 2, 3]), np.array([4, 5, 6])),
  c_2d: () => np.c_(np.array([[1, 2, 3]]), 0, 0, np.array([[4, 5, 6]])),
  c_slice: () => np.c_("0:3", "3:6"),
  c_mixed: () => np.c_(M, np.arange(3), BC.get(":", ":1")),
  diag_1d: () => np.diag(V),
  diag_k: () => np.diag([1, 2], 1),
  diag_k_neg: () => np.diag([1.5, 2], { k: -2 }),
  diag_2d: () => np.diag(M),
  diag_2d_k: () => np.diag(M, 2),
  diag_2d_k_big: () => np.diag(M, 5),
  diag_T: () => np.diag(MT, -1),
  diag_3d: () => np.diag(A),
  diag_view: () => shares(np.diag(M), M),
  diagflat: () => np.diagflat([[1, 2], [3, 4]]),
  diagflat_k: () => np.diagflat(NEG.get(":1"), { k: -1 }),
  diagonal: () => np.diagonal(M),
  diagonal_offset: () => np.diagonal(M, 1),
  diagonal_offset_neg: () => np.diagonal(M, { offset: -1 }),
  diagonal_3d: () => np.diagonal(A, 0, 1, 2),
  diagonal_3d_kw: () => np.diagonal(A, { axis1: 2, axis2: 0 }),
  diagonal_neg_axes: () => np.diagonal(A, 1, -1, -2),
  diagonal_T: () => np.diagonal(MT, 1),
  diagonal_neg: () => np.diagonal(NEG),
  diagonal_bc: () => np.diagonal(BC, 1),
  diagonal_same: () => np.diagonal(A, 0, 1, 1),
  diagonal_bad: () => np.diagonal(A, 0, 3, 1),
  diagonal_1d: () => np.diagonal(V),
  diagonal_view: () => shares(np.diagonal(M), M),
  diagonal_readonly: () => np.diagonal(M).flags.writeable,
  trace: () => np.trace(M),
  trace_offset: () => np.trace(M, 1),
  trace_3d: () => np.trace(A),
  trace_axes: () => np.trace(A, 0, 1, 2),
  trace_kw: () => np.trace(A, { offset: -1, axis1: 2, axis2: 1 }),
  trace_dtype: () => np.trace(np.multiply(np.arange(9, { dtype: "u1" }).reshape(3, 3), 30), { dtype: "u1" }),
  trace_int32: () => np.trace(np.eye(3, { dtype: "i4" })),
  trace_T: () => np.trace(MT),
  tri: () => np.tri(3),
  tri_M: () => np.tri(3, 5, 2, "int"),
  tri_kw: () => np.tri(4, { M: 2, k: -1, dtype: "bool" }),
  tril: () => np.tril(M),
  tril_k: () => np.tril(M, -1),
  tril_3d: () => np.tril(A, { k: 1 }),
  tril_1d: () => np.tril([1, 2, 3]),
  triu: () => np.triu(M),
  triu_k: () => np.triu(MT, 1),
  triu_neg: () => np.triu(NEG, { k: -1 }),
  triu_bc: () => np.triu(BC),
  vander: () => np.vander([1, 2, 3, 5]),
  vander_N: () => np.vander([1, 2, 3, 5], 3),
  vander_inc: () => np.vander(np.array([1.5, -2.0, 0.5]), { increasing: true }),
  vander_kw: () => np.vander(np.array([2, 3], "i4"), { N: 5, increasing: false }),
  vander_2d: () => np.vander(M),
  logspace: () => np.logspace(2.0, 3.0, { num: 4 }),
  logspace_pos: () => np.logspace(0, 2, 5, false, 2.0),
  logspace_base: () => np.logspace(0, 1, 3, { base: Math.E }),
  logspace_dtype: () => np.logspace(0, 3, 4, { dtype: "int" }),
  logspace_default: () => np.logspace(0, 1),
  logspace_axis: () => np.logspace(0, 1, 3, { axis: -1 }),
  geomspace: () => np.geomspace(1, 1000, { num: 4 }),
  geomspace_noend: () => np.geomspace(1, 1000, { num: 3, endpoint: false }),
  geomspace_neg: () => np.geomspace(-1000, -1, { num: 4 }),
  geomspace_default: () => np.geomspace(1, 256),
  geomspace_dtype: () => np.geomspace(1, 1000, 4, true, "int"),
  geomspace_zero: () => np.geomspace(0, 10),
  geomspace_axis: () => np.geomspace(1, 8, 4, { axis: -1 }),
  frombuffer: () => np.frombuffer(new Float64Array([0, 1, 2, 3, 4, 5]).buffer),
  frombuffer_u8: () => np.frombuffer(bytes([1, 2, 3, 4, 5, 6]), { dtype: "u1", count: 3, offset: 2 }),
  frombuffer_i2_unaligned: () => np.frombuffer(bytes(range(9)), { dtype: "<i2", offset: 1 }),
  frombuffer_i8: () => np.frombuffer(new BigInt64Array([-5n, 2n ** 40n]), { dtype: "i8" }),
  frombuffer_f4_count: () => np.frombuffer(new Float32Array([1.5, 2.5, 3.5]), "f4", 2),
  frombuffer_bad_size: () => np.frombuffer(new ArrayBuffer(7), { dtype: "i2" }),
  frombuffer_bad_offset: () => np.frombuffer(new ArrayBuffer(4), { dtype: "u1", offset: 5 }),
  frombuffer_small: () => np.frombuffer(new ArrayBuffer(4), { dtype: "u1", count: 5 }),
  fromiter: () => np.fromiter(range(5), "f8"),
  fromiter_count: () => np.fromiter((function* () { for (let x = 0; x < 10; x++) yield x * x; })(), "int", { count: 4 }),
  fromiter_short: () => np.fromiter(range(3), "i4", 5),
  fromiter_i1: () => np.fromiter(new Set([1, 2, 3]), "i1"),
  asanyarray: () => np.asanyarray([1, 2.5]),
  asanyarray_dtype: () => np.asanyarray([1, 2], "f4"),
  asanyarray_same: () => shares(np.asanyarray(M, { order: "C" }), M),
};

test(`creation functions against NumPy (${Object.keys(CALLS).length} cases)`, () => {
  checkCases(G.cases, CALLS);
});

test("frombuffer views the memory when it can", () => {
  const f = new Float64Array([1, 2, 3]);
  const a = np.frombuffer(f);
  f[1] = 20;
  assert.equal(a.tolist(), [1, 20, 3]);
});

test.run();
