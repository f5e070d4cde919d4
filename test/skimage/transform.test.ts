import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../src";
import { loadGolden } from "../helpers/golden";
import { expectArray, fromGolden, throwsNamed } from "./_helpers";

const { transform, color } = skimage;
const g = loadGolden("skimage/transform");
const srcs: Record<string, ReturnType<typeof fromGolden>> = { coins: fromGolden(g.coins), ast: fromGolden(g.ast), small: fromGolden(g.small) };

/** Integer order-0 resizes keep the input dtype: scipy's Gaussian truncates after each axis. */
const integerOrder0 = (c: any) => c.kw.order === 0 && c.out.dtype !== "float64";

for (const [name, c] of Object.entries<any>(g.resize)) {
  if (integerOrder0(c)) {
    test(`resize ${name} ${JSON.stringify(c.kw)} of ${srcs[c.src].dtype.name} with anti-aliasing matches scikit-image exactly`, () => {
      const got = transform.resize(srcs[c.src], c.shape, c.kw);
      assert.is(got.dtype.name, c.out.dtype);
      expectArray(got, c.out, 0, 0, name);
    });
    continue;
  }
  test(`resize ${name} ${JSON.stringify(c.kw)} matches scikit-image to 1e-9`, () => {
    expectArray(transform.resize(srcs[c.src], c.shape, c.kw), c.out, 1e-9, 1e-12, name);
  });
}

test("rescale matches (scalar, per axis, channel_axis)", () => {
  expectArray(transform.rescale(srcs.coins, 0.25), g.rescale.coins_025, 1e-9, 1e-12);
  expectArray(transform.rescale(srcs.coins, [0.5, 0.3]), g.rescale.coins_xy, 1e-9, 1e-12);
  expectArray(transform.rescale(srcs.ast, 0.5, { channel_axis: -1 }), g.rescale.ast_ch, 1e-9, 1e-12);
});

test("downscale_local_mean matches", () => {
  expectArray(transform.downscale_local_mean(srcs.coins, [3, 5]), g.downscale.coins_3_4, 1e-12, 1e-12);
  expectArray(transform.downscale_local_mean(srcs.ast, [2, 3, 1]), g.downscale.ast_2_2_1, 1e-12, 1e-12);
  expectArray(transform.downscale_local_mean(srcs.small, [4, 4], { cval: 1.5 }), g.downscale.small_cval, 1e-12, 1e-12);
});

test("errors read like scikit-image's", () => {
  throwsNamed(() => transform.resize(srcs.coins, [10, 10], { mode: "bogus" as never }), "ValueError", /^Unknown mode: 'bogus'/);
  throwsNamed(() => transform.resize(srcs.ast, [10]), "ValueError", "output_shape length cannot be smaller than the image number of dimensions");
  throwsNamed(() => transform.downscale_local_mean(srcs.coins, [0, 2]), "ValueError", /^Down-sampling factors must be >= 1/);
});

test.run();
