import { test } from "uvu";
import { np, skimage } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { expectArray, fromGolden } from "../_helpers";
import { expectSample } from "./_fixtures";

const { restoration, data } = skimage;
const g = loadGolden("skimage_restoration/restoration");
const rl = g.richardson_lucy;
const small = fromGolden(g.small);
const small3 = fromGolden(g.small3);
const u8 = fromGolden(g.u8);
const psf3 = fromGolden(g.psf3);
const box5 = np.full([5, 5], 1 / 25);
const TOL = 1e-6;

test("richardson_lucy: iterations, clip, filter_epsilon, layouts", () => {
  expectArray(restoration.richardson_lucy(small, psf3, { num_iter: 10 }), rl.small, TOL, TOL, "small");
  const bright = small.mul(3);
  expectArray(restoration.richardson_lucy(bright, psf3, { num_iter: 5, clip: false }), rl.small_noclip, TOL, TOL, "no clip");
  expectArray(restoration.richardson_lucy(bright, psf3, 5), rl.small_clip, TOL, TOL, "clip");
  expectArray(restoration.richardson_lucy(small, box5, { num_iter: 4, filter_epsilon: 0.45 }), rl.small_feps, TOL, TOL, "filter_epsilon");
  expectArray(restoration.richardson_lucy(small.transpose(), psf3, 7), rl.small_T, TOL, TOL, "transposed");
  expectArray(restoration.richardson_lucy(small3, np.full([3, 3, 3], 1 / 27), 3), rl.small3, TOL, TOL, "3-D");
  expectArray(restoration.richardson_lucy(u8, psf3, 3), rl.u8, TOL, TOL, "uint8");
  expectArray(restoration.richardson_lucy(small, np.full([2, 4], 1 / 8), 3), rl.even_psf, TOL, TOL, "even psf");
  expectArray(restoration.richardson_lucy(small.astype("float32"), psf3, 3), rl.f32, TOL, TOL, "float32");
});

test("richardson_lucy: camera", () => {
  const crop = data.camera().get("200:328", "200:328").div(255);
  expectSample(restoration.richardson_lucy(crop, box5, 30), rl.camera, TOL, "camera");
});

test.run();
