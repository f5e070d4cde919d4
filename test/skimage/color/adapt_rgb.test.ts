import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { expectArray, fromGolden } from "../_helpers";

const { adapt_rgb, each_channel, hsv_value } = skimage.color.adapt_rgb;
const { filters } = skimage;
const g = loadGolden("skimage_color/adapt_rgb");
const rgba = fromGolden(g.rgba);
const gray = fromGolden(g.gray);

test("adapt_rgb(each_channel): RGB(A) channels filtered one by one, options passed through", () => {
  const blur = adapt_rgb(each_channel)(filters.gaussian);
  expectArray(blur(rgba, { sigma: 2 }), g.each_rgba_sigma2, 1e-12, 1e-12, "RGBA");
  expectArray(blur(rgba.T.copy().T, { sigma: 2 }), g.each_rgba_sigma2, 1e-12, 1e-12, "F-ordered");
  expectArray(blur(gray, { sigma: 2 }), g.gray_sigma2, 1e-12, 1e-12, "gray image goes straight to the filter");
});

test("hsv_value: the value channel filtered, alpha dropped; each_channel called directly", () => {
  expectArray(hsv_value(filters.sobel, rgba), g.hsv_rgba_sobel, 1e-12, 1e-12, "hsv_value");
  const u8 = fromGolden(g.rgba).mul(255).astype("uint8");
  expectArray(each_channel(filters.median, u8), g.each_direct_median, 0, 0, "each_channel(median)");
});

test("adapt_rgb: the handler must be callable", () => {
  assert.throws(() => adapt_rgb(3 as never), (e: Error) => e.name === "TypeError" || e.name === "PyTypeError");
});

test.run();
