/**
 * dtype questions, older second names, ndim/shape/size, isscalar, iterable and vdot against
 * Debian's NumPy (test/golden/np_types/cases.json, scripts/golden/np_types.py).
 */
import { test } from "uvu";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { checkCases } from "../_sig_cases";
import { A, BC, M, MT, NEG, V } from "../more/_inputs";

const G = loadGolden("np_types/cases");
const name = (t: unknown) => (t === null ? null : (t as np.DType).name);

const CALLS: Record<string, () => unknown> = {
  issubdtype: () => [
    np.issubdtype(np.float32, np.floating), np.issubdtype(np.float64, np.integer), np.issubdtype(np.int8, np.signedinteger),
    np.issubdtype(np.uint16, np.signedinteger), np.issubdtype(np.uint16, np.unsignedinteger), np.issubdtype(np.bool_, np.number),
    np.issubdtype(np.bool_, np.generic), np.issubdtype("f4", "float"), np.issubdtype(np.int32, "i4"), np.issubdtype(np.int64, np.int64),
    np.issubdtype(np.floating, np.inexact), np.issubdtype(np.integer, np.floating), np.issubdtype(M.dtype, np.number),
    np.issubdtype(np.float64, np.inexact), np.issubdtype("uint8", np.integer),
  ],
  issctype: () => [np.issctype(np.float64), np.issctype(np.dtype("f8")), np.issctype("f8"), np.issctype(np.floating), np.issctype(3)],
  issubsctype: () => [np.issubsctype(np.float32, np.floating), np.issubsctype(M, np.integer), np.issubsctype(V, np.integer), np.issubsctype("f4", np.float32)],
  obj2sctype: () => [name(np.obj2sctype(M)), name(np.obj2sctype("f4")), np.obj2sctype("x", "dflt"), np.obj2sctype([1]), name(np.obj2sctype(np.int8)), np.obj2sctype(7, { default: null })],
  sctype2char: () => [np.float64, np.float32, np.int64, np.int32, np.int16, np.int8, np.uint8, np.uint16, np.uint32, np.uint64, np.bool_, "f8"].map((t) => np.sctype2char(t)),
  sctype2char_array: () => [np.sctype2char(V)],
  sctype2char_bad: () => np.sctype2char("x"),
  maximum_sctype: () => [np.int8, np.uint16, np.bool_, "i4", np.int64].map((t) => name(np.maximum_sctype(t))),
  mintypecode: () => [np.mintypecode(["d", "f", "S"]), np.mintypecode("idF"), np.mintypecode("if"), np.mintypecode([M, np.array([1], "f4")]), np.mintypecode("ih", "ih"), np.mintypecode("x", { default: "q" }), np.mintypecode(["f", "F"])],
  mintypecode_pos: () => [np.mintypecode("bf", "bfd", "q")],
  common_type: () => [name(np.common_type(np.arange(2), np.arange(2, { dtype: "f4" }))), name(np.common_type(np.arange(2, { dtype: "f4" }))), name(np.common_type(M, MT)), name(np.common_type(V, np.array([1], "i1")))],
  common_type_bool: () => np.common_type(np.array([true])),
  find_common_type: () => [
    name(np.find_common_type([np.float32], [np.int64, np.float64])), name(np.find_common_type([np.int8], [np.float64])),
    name(np.find_common_type([np.int8, np.uint8], [])), name(np.find_common_type([], [np.int64, np.float32])),
    name(np.find_common_type([np.uint64, np.int64], [])), name(np.find_common_type([np.int16], [np.uint8])),
    name(np.find_common_type([np.uint8], [np.int8])), name(np.find_common_type([np.int32], [np.float32])), name(np.find_common_type([], [])),
    name(np.find_common_type(["i4", "f4"], ["u1"])),
  ],
  typename: () => [...[..."?bBhHiIlLqQfdgFDGSUVO"].map((c) => np.typename(c)), np.typename("S1")],
  typename_bad: () => np.typename("x"),
  product: () => np.product(A, { axis: 1 }),
  product_all: () => np.product([1.5, 2, 4]),
  product_kw: () => np.product(M.add(1), { axis: 0, dtype: "f4", keepdims: true }),
  product_T: () => np.product(MT, 1),
  cumproduct: () => np.cumproduct(V),
  cumproduct_axis: () => np.cumproduct(NEG.add(1), { axis: 1 }),
  alltrue: () => np.alltrue(M.gt(-1)),
  alltrue_axis: () => np.alltrue(A.mod(3), { axis: 2 }),
  sometrue: () => np.sometrue([0, 0, 1]),
  sometrue_axis: () => np.sometrue(BC.gt(2), { axis: 0, keepdims: true }),
  msort: () => np.msort(np.array([[3, 1], [2, 4], [0, 9]])),
  msort_T: () => np.msort(NEG.T),
  ndim: () => [np.ndim(M), np.ndim([[1, 2]]), np.ndim(5), np.ndim(BC)],
  shape: () => [[...np.shape(M)], [...np.shape([[1, 2]])], [...np.shape(5)], [...np.shape(MT)]],
  size: () => [np.size(M), np.size(M, 1), np.size([[1, 2, 3]], { axis: 0 }), np.size(5), np.size(A, -1)],
  size_axis: () => np.size(M, 2),
  isscalar: () => [np.isscalar(3.1), np.isscalar(true), np.isscalar("s"), np.isscalar(np.array(1)), np.isscalar([1]), np.isscalar(V)],
  iterable: () => [np.iterable([1, 2]), np.iterable(2), np.iterable(np.array(1)), np.iterable(M), np.iterable("ab")],
  vdot: () => np.vdot([1, 2], [3, 4]),
  vdot_2d: () => np.vdot(M, NEG),
  vdot_T: () => np.vdot(MT, BC.T),
  vdot_len: () => np.vdot([1, 2], [1, 2, 3]),
  vdot_float: () => np.vdot(np.array([0.5, 1.5]), [2, 4]),
};

test(`dtype questions, second names and array questions against NumPy (${Object.keys(CALLS).length} cases)`, () => {
  checkCases(G.cases, CALLS);
});

test.run();
