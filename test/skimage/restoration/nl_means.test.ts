import { test } from "uvu";
import { skimage } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { expectArray, fromGolden, throwsNamed } from "../_helpers";
import { expectSample, noisy } from "./_fixtures";

const { restoration, data } = skimage;
const g = loadGolden("skimage_restoration/restoration");
const nl = g.nl_means;
const small = fromGolden(g.small);
const small3 = fromGolden(g.small3);
const rgb = fromGolden(g.small_rgb);
const u8 = fromGolden(g.u8);
const TOL = 1e-6;

test("denoise_nl_means: fast and slow modes, patch sizes, sigma", () => {
  const d = restoration.denoise_nl_means;
  expectArray(d(small, { patch_size: 3, patch_distance: 2 }), nl.small, TOL, TOL, "fast");
  expectArray(d(small, { patch_size: 3, patch_distance: 2, fast_mode: false }), nl.small_slow, TOL, TOL, "slow");
  expectArray(d(small, 5, 3, 0.2, { sigma: 0.1 }), nl.small_sigma, TOL, TOL, "sigma fast");
  expectArray(d(small, 5, 3, 0.2, { fast_mode: false, sigma: 0.1 }), nl.small_sigma_slow, TOL, TOL, "sigma slow");
  expectArray(d(small), nl.small_default, TOL, TOL, "defaults");
  expectArray(d(small, { fast_mode: false }), nl.small_default_slow, TOL, TOL, "defaults slow");
  expectArray(d(small, { patch_size: 4, patch_distance: 2 }), nl.small_even, TOL, TOL, "even patch");
  expectArray(d(small, { patch_size: 4, patch_distance: 2, fast_mode: false }), nl.small_even_slow, TOL, TOL, "even patch slow");
  expectArray(d(small.transpose(), { patch_size: 3, patch_distance: 2 }), nl.small_T, TOL, TOL, "transposed");
  expectArray(d(small.astype("float32"), { patch_size: 3, patch_distance: 2 }), nl.f32, TOL, TOL, "float32");
});

test("denoise_nl_means: integers, preserve_range, channels, 3-D", () => {
  const d = restoration.denoise_nl_means;
  expectArray(d(u8, { patch_size: 3, patch_distance: 2, h: 20 }), nl.u8, TOL, TOL, "uint8");
  expectArray(d(u8, { patch_size: 3, patch_distance: 2, h: 20, preserve_range: true }), nl.u8_pr, TOL, TOL, "preserve_range");
  expectArray(d(u8, { patch_size: 3, patch_distance: 2, h: 20, fast_mode: false, preserve_range: true }), nl.u8_pr_slow, TOL, TOL, "preserve_range slow");
  expectArray(d(rgb, { patch_size: 3, patch_distance: 2, h: 0.15, channel_axis: -1 }), nl.rgb, TOL, TOL, "rgb");
  expectArray(d(rgb, { patch_size: 3, patch_distance: 2, h: 0.15, fast_mode: false, channel_axis: -1 }), nl.rgb_slow, TOL, TOL, "rgb slow");
  expectArray(d(rgb, 3, 2, 0.15, true), nl.rgb_multi, TOL, TOL, "multichannel");
  expectArray(d(rgb.transpose(2, 0, 1), 3, 2, 0.15, { channel_axis: 0 }), nl.rgb_ch0, TOL, TOL, "channel_axis 0");
  expectArray(d(small3, { patch_size: 3, patch_distance: 1, h: 0.2 }), nl.small3, TOL, TOL, "3-D");
  expectArray(d(small3, { patch_size: 3, patch_distance: 1, h: 0.2, fast_mode: false }), nl.small3_slow, TOL, TOL, "3-D slow");
  throwsNamed(() => d(small.get(0)), "NotImplementedError", /only implemented for 2D, 3D or 4D/);
  throwsNamed(() => d(small3.reshape(6, 7, 5, 1), { fast_mode: false, channel_axis: -1 }), "NotImplementedError", "Multichannel 3D requires fast_mode to be True.");
});

test("denoise_nl_means: camera", () => {
  const crop = noisy(data.camera(), 0, 0.2).get("150:278", "200:328").copy();
  expectSample(restoration.denoise_nl_means(crop, { h: 0.08, sigma: 0.1 }), nl.camera, TOL, "fast");
  expectSample(restoration.denoise_nl_means(crop.get(":64", ":64"), { patch_size: 5, patch_distance: 6, h: 0.08, fast_mode: false }), nl.camera_slow, TOL, "slow");
});

test.run();
