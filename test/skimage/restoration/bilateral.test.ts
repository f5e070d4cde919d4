import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { expectArray, fromGolden, throwsNamed } from "../_helpers";
import { expectSample, noisy } from "./_fixtures";

const { restoration, data } = skimage;
const g = loadGolden("skimage_restoration/restoration");
const bl = g.bilateral;
const small = fromGolden(g.small);
const rgb = fromGolden(g.small_rgb);
const u8 = fromGolden(g.u8);
const TOL = 1e-6;

test("denoise_bilateral: defaults, window, sigmas, bins", () => {
  expectArray(restoration.denoise_bilateral(small), bl.small, TOL, TOL, "defaults");
  expectArray(restoration.denoise_bilateral(small, { win_size: 3, sigma_color: 0.2, sigma_spatial: 2, bins: 50 }), bl.small_opts, TOL, TOL, "options");
  expectArray(restoration.denoise_bilateral(small.get(":", ":").sub(0.5), { sigma_color: 0.3, sigma_spatial: 1.5 }), bl.neg, TOL, TOL, "negative values");
  expectArray(restoration.denoise_bilateral(u8, { sigma_color: 0.1 }), bl.u8, TOL, TOL, "uint8");
  expectArray(restoration.denoise_bilateral(small.transpose(), { sigma_color: 0.25 }), bl.small_T, TOL, TOL, "transposed");
  expectArray(restoration.denoise_bilateral(small.astype("float32"), { sigma_color: 0.25 }), bl.f32, TOL, TOL, "float32");
});

test("denoise_bilateral: border modes", () => {
  for (const mode of ["constant", "edge", "symmetric", "reflect", "wrap"] as const) {
    expectArray(restoration.denoise_bilateral(small, { sigma_color: 0.3, mode, cval: 0.4 }), bl[`mode_${mode}`], TOL, TOL, mode);
  }
  throwsNamed(() => restoration.denoise_bilateral(small, { mode: "nearest" as any }), "ValueError", /Invalid mode specified/);
});

test("denoise_bilateral: colour images", () => {
  expectArray(restoration.denoise_bilateral(rgb, { sigma_color: 0.2, channel_axis: -1 }), bl.rgb, TOL, TOL, "channel_axis -1");
  expectArray(restoration.denoise_bilateral(rgb, 5, 0.2, 1, 10000, "constant", 0, true), bl.rgb_multi, TOL, TOL, "multichannel");
  expectArray(restoration.denoise_bilateral(rgb.transpose(2, 0, 1), { sigma_color: 0.2, channel_axis: 0 }), bl.rgb_ch0, TOL, TOL, "channel_axis 0");
  throwsNamed(() => restoration.denoise_bilateral(rgb), "ValueError", /not implemented for grayscale images of 3 or more dimensions/);
  throwsNamed(() => restoration.denoise_bilateral(small, { channel_axis: -1 }), "ValueError", /Use ``multichannel=False`` for 2D grayscale/);
});

test("denoise_bilateral: camera, constant image", () => {
  expectSample(restoration.denoise_bilateral(noisy(data.camera(), 0, 0.2), { sigma_color: 0.1, sigma_spatial: 3 }), bl.camera, TOL, "camera");
  const flat = skimage.util.img_as_float(u8).mul(0).add(0.5);
  assert.is(restoration.denoise_bilateral(flat), flat);
});

test.run();
