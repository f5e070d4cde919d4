/** local_binary_pattern, multiblock_lbp and match_template against Debian's scikit-image 0.19 (scripts/golden/skimage_texture.py). */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../../src/index";
import { loadGolden } from "../../helpers/golden";
import { expectArray, fromGolden, throwsNamed } from "../_helpers";

const { feature, data } = skimage;
const G = loadGolden("skimage_feature/texture");
const camera = data.camera().get("::8", "::8");
const small = fromGolden(G.small);

test("local_binary_pattern: every method, P and R", () => {
  for (const method of ["default", "ror", "uniform", "nri_uniform", "var"] as const) {
    expectArray(feature.local_binary_pattern(camera, 8, 1, method), G.lbp[method], 0, 0, method);
    expectArray(feature.local_binary_pattern(camera, 16, 2.5, { method }), G.lbp[method + "_16_2"], 0, 0, `${method} P=16 R=2.5`);
  }
  expectArray(feature.local_binary_pattern(small, 4, 1, "ror"), G.lbp.small_ror, 0, 0, "small ror");
  expectArray(feature.local_binary_pattern(small, 6, 1.5, "uniform"), G.lbp.small_uniform, 0, 0, "small uniform");
  expectArray(feature.local_binary_pattern(small, 8, 1, "VAR" as never), G.lbp.upper, 0, 0, "method in capitals");
  expectArray(feature.local_binary_pattern(small.T.copy().T, 8, 1, "VAR" as never), G.lbp.upper, 0, 0, "strided input");
  throwsNamed(() => feature.local_binary_pattern(small, 8, 1, "bad" as never), "KeyError", "'bad'");
  throwsNamed(() => feature.local_binary_pattern([1, 2, 3], 8, 1), "ValueError", "The parameter `image` must be a 2-dimensional array");
});

test("multiblock_lbp on float and integer integral images", () => {
  const ii = fromGolden(G.ii);
  const cases = [[0, 0, 1, 1], [0, 0, 3, 3], [1, 2, 2, 3], [2, 1, 3, 2]];
  assert.equal(cases.map(([r, c, w, h]) => feature.multiblock_lbp(ii, r, c, w, h)), G.multiblock_lbp);
  const iiInt = fromGolden(G.ii_int);
  assert.equal([feature.multiblock_lbp(iiInt, 0, 0, 2, 2), feature.multiblock_lbp(iiInt, 1, 1, 1, 2)], G.multiblock_lbp_int);
});

test("draw_multiblock_lbp: gray, colour and float32 images, codes, colours, alpha", () => {
  const D = G.draw_multiblock_lbp;
  expectArray(feature.draw_multiblock_lbp(small, 0, 0, 3, 3), D.gray, 1e-12, 0, "defaults");
  expectArray(feature.draw_multiblock_lbp(camera, 10, 5, 6, 4, { lbp_code: 0b10110010, alpha: 0.3 }), D.code, 1e-12, 0, "code, alpha");
  const astro = data.astronaut().get("::16", "::16");
  expectArray(feature.draw_multiblock_lbp(astro, 1, 2, 5, 5, 0b01011100, [1, 0, 0], [0, 1, 0], 0.75), D.colors, 1e-12, 0, "colours");
  expectArray(feature.draw_multiblock_lbp(fromGolden(D.input32), 0, 0, 4, 4, { lbp_code: 165 }), D.float32, 1e-7, 0, "float32");
});

test("match_template: valid and padded, pad modes, constant value, 3-D, float32", () => {
  const M = G.match_template;
  const coins = data.coins();
  const coin = coins.get("170:220", "75:130");
  expectArray(feature.match_template(coins.get("::2", "::2"), coin.get("::2", "::2")), M.coins, 1e-6, 1e-9, "coins");
  expectArray(feature.match_template(coins.get("::2", "::2"), coin.get("::2", "::2"), { pad_input: true }), M.coins_pad, 1e-6, 1e-9, "pad_input");
  expectArray(feature.match_template(coins.get("::3", "::3"), coin.get("::3", "::3"), true, "reflect"), M.coins_reflect, 1e-6, 1e-9, "reflect");
  expectArray(feature.match_template(coins.get("::3", "::3"), coin.get("::3", "::3"), { pad_input: true, constant_values: 100 }), M.coins_cval, 1e-6, 1e-9, "constant_values");
  const f = small.astype("float64");
  expectArray(feature.match_template(f, f.get("2:5", "3:6"), { mode: "edge" }), M.edge, 1e-6, 1e-9, "edge");
  expectArray(feature.match_template(small.astype("float32"), small.get("2:5", "3:6")), M.float32, 1e-5, 1e-6, "float32");
  const image3 = fromGolden(G.image3);
  expectArray(feature.match_template(image3, image3.get("2:5", "3:7", "4:6")), M.volume, 1e-6, 1e-9, "volume");
  throwsNamed(() => feature.match_template(small.get("0:2"), small), "ValueError", "Image must be larger than template.");
});

test.run();
