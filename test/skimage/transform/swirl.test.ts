import { test } from "uvu";
import { skimage } from "../../../src";
import { expectArray, fromGolden } from "../_helpers";
import { expectSample, g } from "./_more";

const { transform, data } = skimage;
const small = fromGolden(g.small);
const rgb = fromGolden(g.small_rgb);
const u8 = fromGolden(g.u8);
const sw = g.swirl;
const TOL = 1e-6;

test("swirl: centre, strength, radius, rotation, output shape", () => {
  expectArray(transform.swirl(small), sw.default, TOL, TOL, "default");
  expectArray(transform.swirl(small, { center: [4, 6], strength: 3, radius: 8, rotation: 0.3 }), sw.opts, TOL, TOL, "options");
  expectArray(transform.swirl(small, { strength: 2, radius: 6, output_shape: [8, 15] }), sw.outshape, TOL, TOL, "output_shape");
  expectArray(transform.swirl(small.transpose(), { strength: 2, radius: 6 }), sw.T, TOL, TOL, "transposed");
});

test("swirl: orders, modes, clip, dtypes, colour", () => {
  expectArray(transform.swirl(u8, { strength: 2, radius: 6, order: 0 }), sw.order0, 0, 0, "order 0 uint8");
  expectArray(transform.swirl(small, { strength: 2, radius: 6, order: 3, mode: "constant", cval: 0.5 }), sw.order3, TOL, TOL, "order 3 constant");
  expectArray(transform.swirl(small, { strength: 2, radius: 6, order: 3, clip: false }), sw.noclip, TOL, TOL, "no clip");
  expectArray(transform.swirl(u8, { strength: 2, radius: 6, preserve_range: true }), sw.u8_pr, TOL, TOL, "preserve_range");
  expectArray(transform.swirl(rgb, { strength: 2, radius: 6, mode: "edge" }), sw.rgb, TOL, TOL, "rgb edge");
  for (const mode of ["symmetric", "wrap", "reflect"] as const) {
    expectArray(transform.swirl(small, { strength: 4, radius: 10, mode }), sw[`mode_${mode}`], TOL, TOL, mode);
  }
  expectSample(transform.swirl(data.camera(), { rotation: 0, strength: 10, radius: 120 }), sw.camera, TOL, "camera");
});

test.run();
