/**
 * packbits, unpackbits, binary_repr, base_repr, apply_along_axis and apply_over_axes against
 * Debian's NumPy (test/golden/np_bits/cases.json, scripts/golden/np_bits.py).
 */
import { test } from "uvu";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { checkCases } from "../_sig_cases";
import { A, BC, M, MT, NEG } from "../more/_inputs";

const G = loadGolden("np_bits/cases");
const B = np.array([[1, 0, 1, 1, 0, 0, 0, 1, 1], [0, 1, 1, 0, 1, 0, 1, 0, 0]]);
const U = np.array([[3, 255, 128], [0, 17, 200]], "u1");
const quiet = <T>(fn: () => T): T => {
  const emit = process.emitWarning;
  process.emitWarning = () => undefined;
  try {
    return fn();
  } finally {
    process.emitWarning = emit;
  }
};

const CALLS: Record<string, () => unknown> = {
  pack: () => np.packbits([1, 0, 1, 1, 0, 0, 0, 1, 1]),
  pack_axis1: () => np.packbits(B, { axis: 1 }),
  pack_axis0: () => np.packbits(B, 0),
  pack_T: () => np.packbits(B.T, { axis: 0 }),
  pack_neg: () => np.packbits(B.get(":", "::-1"), { axis: -1 }),
  pack_bc: () => np.packbits(np.broadcast_to([1, 0, 1], [2, 3]), { axis: 1 }),
  pack_bool: () => np.packbits(np.array([true, false, true])),
  pack_values: () => np.packbits(np.array([2, -1, 0])),
  pack_little: () => np.packbits([1, 0, 1], { bitorder: "little" }),
  pack_little_axis: () => np.packbits(B, 1, "little"),
  pack_0d: () => np.packbits(np.array(1)),
  pack_float: () => np.packbits([1.5, 0]),
  pack_order: () => np.packbits([1, 0, 1], { bitorder: "x" as never }),
  unpack: () => np.unpackbits(np.array([3, 255], "u1")),
  unpack_axis1: () => np.unpackbits(U, { axis: 1 }),
  unpack_axis0: () => np.unpackbits(U, 0),
  unpack_T: () => np.unpackbits(U.T, { axis: 1 }),
  unpack_neg: () => np.unpackbits(U.get("::-1"), { axis: 0, count: 11 }),
  unpack_count: () => np.unpackbits(np.array([3, 255], "u1"), { count: 5 }),
  unpack_count_neg: () => np.unpackbits(np.array([3, 255], "u1"), { count: -3 }),
  unpack_count_big: () => np.unpackbits(np.array([3, 255], "u1"), { count: 20 }),
  unpack_count_over: () => np.unpackbits(np.array([3, 255], "u1"), { count: -30 }),
  unpack_little: () => np.unpackbits(U, { axis: 1, bitorder: "little" }),
  unpack_pos: () => np.unpackbits(U, 1, 4, "little"),
  unpack_0d: () => np.unpackbits(np.array(3, "u1")),
  unpack_int: () => np.unpackbits(np.array([3, 255])),
  roundtrip: () => np.unpackbits(np.packbits(B, { axis: 1 }), { axis: 1, count: 9 }),
  binary: () => [0, 1, 5, 255, -5, 2 ** 40 + 3].map((x) => np.binary_repr(x)),
  binary_width: () => quiet(() => [np.binary_repr(5, 8), np.binary_repr(0, { width: 4 }), np.binary_repr(-5, { width: 8 }), np.binary_repr(-128, 8), np.binary_repr(-3, 1)]),
  binary_insufficient: () => quiet(() => [np.binary_repr(255, 4), np.binary_repr(-129, { width: 8 })]),
  base: () => [0, 5, -5, 255].map((x) => np.base_repr(x)),
  base_16: () => [np.base_repr(255, 16), np.base_repr(-255, { base: 16 }), np.base_repr(35, 36), np.base_repr(10, 3, 4), np.base_repr(0, { padding: 2 })],
  base_big: () => np.base_repr(5, 37),
  base_small: () => np.base_repr(5, 1),
  along: () => np.apply_along_axis((a) => (a.item(0) as number) + (a.item(-1) as number), 0, np.arange(6).reshape(2, 3)),
  along_sort: () => np.apply_along_axis((a) => np.sort(a), 1, NEG),
  along_T: () => np.apply_along_axis((a) => np.cumsum(a), 0, MT),
  along_bc: () => np.apply_along_axis((a) => a.mul(2), 1, BC),
  along_3d: () => np.apply_along_axis((a) => np.array([a.min(), a.max()] as number[]), 1, A),
  along_2d_result: () => np.apply_along_axis((a) => np.diag(a), -1, np.arange(6, { dtype: "f8" }).reshape(2, 3)),
  along_args: () => np.apply_along_axis((a: np.NDArray, k: number) => a.get(k), 1, M, 2),
  along_cast: () => np.apply_along_axis((a) => ((a.item(0) as number) < 2 ? a.get(0) : 0.5), 1, np.arange(6).reshape(3, 2)),
  along_float_first: () => np.apply_along_axis((a) => a.mean() as number, 1, M),
  along_1d: () => np.apply_along_axis((a) => np.sum(a) as number, 0, np.arange(5)),
  along_empty: () => np.apply_along_axis((a) => np.sort(a), 1, np.zeros([0, 3])),
  along_axis: () => np.apply_along_axis((a) => a, 1, np.zeros(3)),
  over: () => np.apply_over_axes((a, ax) => np.sum(a, ax), A, [0, 2]),
  over_int: () => np.apply_over_axes((a, ax) => np.sum(a, ax), A, 1),
  over_neg: () => np.apply_over_axes((a, ax) => np.mean(a, ax), NEG, [-1]),
  over_keep: () => np.apply_over_axes((a, ax) => np.cumsum(a, { axis: ax }), MT, [0, 1]),
  over_bad: () => np.apply_over_axes(() => np.zeros([2, 2, 2, 2]), A, [0]),
};

test(`bits, digits and apply functions against NumPy (${Object.keys(CALLS).length} cases)`, () => {
  checkCases(G.cases, CALLS);
});

test.run();
