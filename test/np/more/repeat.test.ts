/**
 * repeat, tile, resize, append, insert and delete against Debian's NumPy
 * (test/golden/np_more/repeat.json, scripts/golden/np_more_repeat.py).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { checkCases } from "../_sig_cases";
import { A, BC, M, MT, NEG, V, shares } from "./_inputs";

const G = loadGolden("np_more/repeat");
const I = np.arange(12).reshape(3, 4);

const CALLS: Record<string, () => unknown> = {
  repeat_flat: () => np.repeat(M, 2),
  repeat_axis: () => np.repeat(I, 2, 0),
  repeat_counts: () => np.repeat(I, [1, 0, 3], { axis: 0 }),
  repeat_counts_kw: () => (np.repeat as any)(A, { repeats: [2, 1, 0, 1], axis: -1 }),
  repeat_T: () => np.repeat(MT, [1, 2, 0, 1], 0),
  repeat_neg: () => np.repeat(NEG, 2, 1),
  repeat_bc: () => np.repeat(BC, 2, 0),
  repeat_scalar: () => np.repeat(7, 3),
  repeat_negative: () => np.repeat(V, -1),
  repeat_mismatch: () => np.repeat(V, [1, 2]),
  repeat_copy: () => shares(np.repeat(M, 1, 0), M),
  tile_int: () => np.tile(V, 2),
  tile_2d: () => np.tile(V, [2, 2]),
  tile_3d: () => np.tile(I, [2, 1, 2]),
  tile_short: () => np.tile(A, 2).shape,
  tile_T: () => np.tile(MT, [1, 2]),
  tile_neg: () => np.tile(NEG, [2, 1]),
  tile_bc: () => np.tile(BC, 2),
  tile_zero: () => np.tile(I, [0, 2]),
  tile_ones_copy: () => shares(np.tile(M, 1), M),
  tile_scalar: () => np.tile(2.5, 3),
  resize_grow: () => np.resize(V, [3, 4]),
  resize_shrink: () => np.resize(MT, 5),
  resize_neg: () => np.resize(NEG, [2, 7]),
  resize_empty: () => np.resize(np.array([], "i4"), 4),
  resize_zero: () => np.resize(V, [2, 0]),
  resize_negative: () => np.resize(V, [-1, 2]),
  append_flat: () => np.append(I, [[9, 9, 9]]),
  append_axis: () => np.append(M, [[1, 2, 3, 4]], { axis: 0 }),
  append_axis_bad: () => np.append(M, [1, 2, 3, 4], { axis: 0 }),
  append_T: () => np.append(MT, MT, 1),
  append_promote: () => np.append(V, 0.5),
  delete_int: () => np.delete(V, 2),
  delete_neg_int: () => np.delete(I, -1, 1),
  delete_list: () => np.delete(I, [0, 2], { axis: 0 }),
  delete_repeated: () => np.delete(V, [1, 1, -1]),
  delete_slice: () => np.delete(A, "1:3", 2),
  delete_slice_step: () => np.delete(np.arange(10), "::3"),
  delete_slice_negstep: () => np.delete(np.arange(10), np.slice(8, 1, -2)),
  delete_slice_empty: () => np.delete(V, "3:1"),
  delete_bool: () => np.delete(V, np.array([true, false, true, false, false])),
  delete_bool_bad: () => np.delete(V, [true, false]),
  delete_bool_scalar: () => np.delete(V, true),
  delete_flat: () => np.delete(I, [0, 5, 11]),
  delete_T: () => np.delete(MT, 1, 0),
  delete_bc: () => np.delete(BC, [0], 1),
  delete_oob: () => np.delete(V, 5),
  delete_oob_list: () => np.delete(V, [0, 7]),
  delete_float: () => np.delete(V, np.array([1], "f8")),
  delete_empty_list: () => np.delete(V, []),
  insert_int: () => np.insert(V, 1, 9),
  insert_int_seq: () => np.insert(V, 1, [7, 8, 9]),
  insert_end: () => np.insert(V, 5, 0),
  insert_neg: () => np.insert(V, -1, 0),
  insert_axis: () => np.insert(I, 1, 5, { axis: 1 }),
  insert_axis_seq: () => np.insert(I, 1, [10, 20, 30], 1),
  insert_axis0_seq: () => np.insert(I, 0, [[1, 2, 3, 4], [5, 6, 7, 8]], 0),
  insert_list_one: () => np.insert(I, [1], [[10], [20], [30]], 1),
  insert_multi: () => np.insert(V, [1, 3], [10, 20]),
  insert_multi_same: () => np.insert(V, [2, 2], [10, 20]),
  insert_multi_unsorted: () => np.insert(V, [4, 0, 2], [10, 20, 30]),
  insert_multi_axis: () => np.insert(I, [1, 3], 0, 1),
  insert_slice: () => np.insert(V, "1:4", [7, 8, 9]),
  insert_flat: () => np.insert(I, 2, -1),
  insert_float_values: () => np.insert(V, 0, 2.9),
  insert_T: () => np.insert(MT, 1, 0.5, 0),
  insert_bool: () => np.insert(V, [true, false], 0),
  insert_oob: () => np.insert(V, 6, 0),
  insert_2d_obj: () => np.insert(V, [[1]] as never, 0),
};

test(`repeat, tile, resize, append, insert, delete against NumPy (${Object.keys(CALLS).length} cases)`, () => {
  checkCases(G.cases, CALLS);
});

test("insert with booleans warns as NumPy 1.24 does", async () => {
  const warned: string[] = [];
  const onWarning = (w: Error) => warned.push(`${w.name}: ${w.message}`);
  process.on("warning", onWarning);
  np.insert(V, [true, false], 0);
  await new Promise((r) => setImmediate(r));
  process.off("warning", onWarning);
  assert.ok(warned.some((w) => w.startsWith("FutureWarning: in the future insert will treat boolean arrays")), warned.join("; "));
});

test("the input is left unchanged", () => {
  const before = I.tolist();
  np.insert(I, 1, 5, 1);
  np.delete(I, 0, 0);
  np.append(I, 1);
  assert.equal(I.tolist(), before);
});

test.run();
