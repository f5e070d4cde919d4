import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { expectArray, fromGolden } from "../_helpers";
import { expectSample, noisy } from "./_fixtures";

const { restoration, data } = skimage;
const g = loadGolden("skimage_restoration/restoration");
const small = fromGolden(g.small);
const small3 = fromGolden(g.small3);
const rgb = fromGolden(g.small_rgb);
const u8 = fromGolden(g.u8);
const TOL = 1e-6;

test("denoise_tv_chambolle: weights, eps, iterations, layouts, n-D", () => {
  const tv = g.tv;
  expectArray(restoration.denoise_tv_chambolle(small), tv.small, TOL, TOL, "small");
  expectArray(restoration.denoise_tv_chambolle(small, { weight: 0.3, eps: 1e-5, max_num_iter: 50 }), tv.small_w, TOL, TOL, "options");
  expectArray(restoration.denoise_tv_chambolle(small, { max_num_iter: 3 }), tv.small_iter3, TOL, TOL, "3 iterations");
  expectArray(restoration.denoise_tv_chambolle(small.transpose(), 0.2), tv.small_T, TOL, TOL, "transposed");
  expectArray(restoration.denoise_tv_chambolle(small.get("::-1", "::-2"), 0.2), tv.small_rev, TOL, TOL, "negative steps");
  expectArray(restoration.denoise_tv_chambolle(small3, 0.15), tv.small3, TOL, TOL, "3-D");
  expectArray(restoration.denoise_tv_chambolle(u8), tv.u8, TOL, TOL, "uint8");
});

test("denoise_tv_chambolle: channels, float32, deprecated names", () => {
  const tv = g.tv;
  expectArray(restoration.denoise_tv_chambolle(rgb, { weight: 0.2, channel_axis: -1 }), tv.rgb_ch, TOL, TOL, "channel_axis -1");
  expectArray(restoration.denoise_tv_chambolle(rgb.transpose(2, 0, 1), { weight: 0.2, channel_axis: 0 }), tv.rgb_ch0, TOL, TOL, "channel_axis 0");
  expectArray(restoration.denoise_tv_chambolle(rgb, 0.2, 2e-4, 200, true), tv.rgb_multi, TOL, TOL, "multichannel");
  expectArray(restoration.denoise_tv_chambolle(rgb, { weight: 0.2, multichannel: true }), tv.rgb_multi, TOL, TOL, "multichannel keyword");
  expectArray(restoration.denoise_tv_chambolle(small, { n_iter_max: 3 }), tv.small_iter3, TOL, TOL, "n_iter_max");
  // float32 in, float32 out (computed in float64 and rounded once)
  expectArray(restoration.denoise_tv_chambolle(small.astype("float32")), tv.f32, TOL, TOL, "float32");
});

test("denoise_tv_chambolle: sample images", () => {
  expectSample(restoration.denoise_tv_chambolle(noisy(data.camera(), 0, 0.2), 0.1), g.tv.camera, TOL, "camera");
  const ast = noisy(data.astronaut().get("100:228", "150:278").copy(), 1, 0.2);
  expectSample(restoration.denoise_tv_chambolle(ast, { weight: 0.1, channel_axis: -1 }), g.tv.astronaut, TOL, "astronaut");
});

test("denoise_tv_chambolle: inputs are not modified, bad keywords refused", () => {
  const before = small.copy();
  restoration.denoise_tv_chambolle(small, 0.5);
  assert.equal(Array.from(small.data), Array.from(before.data));
  assert.throws(() => (restoration.denoise_tv_chambolle as any)(small, { iterations: 3 }), /unexpected keyword argument 'iterations'/);
});

test.run();
