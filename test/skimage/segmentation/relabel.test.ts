/** relabel_sequential, join_segmentations and util.map_array against Debian's scikit-image 0.19 (scripts/golden/skimage_relabel.py). */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { inspect } from "node:util";
import { np, skimage } from "../../../src/index";
import { loadGolden } from "../../helpers/golden";
import { expectArray, fromGolden, throwsNamed } from "../_helpers";

const { segmentation, util } = skimage;
const G = loadGolden("skimage_segmentation/relabel");

function checkRelabel(input: ReturnType<typeof fromGolden>, offset: number | undefined, R: any, what: string): void {
  const [out, fw, inv] = offset === undefined ? segmentation.relabel_sequential(input) : segmentation.relabel_sequential(input, offset);
  expectArray(out, R.out, 0, 0, `${what}: relabelled`);
  expectArray(fw.in_values, R.fw_in, 0, 0, `${what}: forward in`);
  expectArray(fw.out_values, R.fw_out, 0, 0, `${what}: forward out`);
  expectArray(inv.in_values, R.inv_in, 0, 0, `${what}: inverse in`);
  expectArray(inv.out_values, R.inv_out, 0, 0, `${what}: inverse out`);
}

test("relabel_sequential: maps, offset, output dtype", () => {
  const field = fromGolden(G.label_field);
  checkRelabel(field, undefined, G.relabel, "default");
  checkRelabel(field, 5, G.relabel_offset, "offset 5");
  checkRelabel(fromGolden(G.u8), 250, G.relabel_u8, "uint8 widened");
  checkRelabel(np.array([0, 3, 120], { dtype: "int8" }), 100, G.relabel_i8, "int8 kept");
  const [, fw] = segmentation.relabel_sequential(field);
  assert.is(inspect(fw), G.relabel.repr);
  assert.is(String(fw), G.relabel.str);
  assert.is(fw.__len__(), G.relabel.len);
  expectArray(fw.__getitem__([0, 5, 42, 7]) as never, G.relabel.fw_at, 0, 0, "forward map lookup");
  assert.is(fw.__getitem__(42), 4);
  assert.is(String(segmentation.relabel_sequential([0, 3, 6, 9, 12, 15, 18, 21, 24, 27])[1]), G.long_str);
  throwsNamed(() => segmentation.relabel_sequential(field, 0), "ValueError", "Offset must be strictly positive.");
  throwsNamed(() => segmentation.relabel_sequential([1, -1]), "ValueError", "Cannot relabel array that contains negative values.");
  throwsNamed(() => segmentation.relabel_sequential([1.5, 2]), "TypeError", "label_field must have an integer dtype");
});

test("join_segmentations and map_array", () => {
  expectArray(segmentation.join_segmentations(fromGolden(G.s1), fromGolden(G.s2)), G.join, 0, 0, "join");
  expectArray(segmentation.join_segmentations(fromGolden(G.big1), fromGolden(G.big2)), G.join_big, 0, 0, "join, mixed dtypes");
  throwsNamed(() => segmentation.join_segmentations([[1, 2]], [1, 2]), "ValueError", "Cannot join segmentations of different shape. s1.shape: (1, 2), s2.shape: (2,)");
  expectArray(util.map_array(fromGolden(G.s1), [1, 2], [0.5, 7.25]), G.map_array, 0, 0, "map_array");
  const out = fromGolden(G.map_array).mul(0);
  assert.is(util.map_array(fromGolden(G.s1), [1, 2], [0.5, 7.25], { out }), out);
  expectArray(out, G.map_array, 0, 0, "map_array into out");
  throwsNamed(() => util.map_array([0.5], [1], [2]), "TypeError", "The dtype of an array to be remapped should be integer.");
});

test.run();
