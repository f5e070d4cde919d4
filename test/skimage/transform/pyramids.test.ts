import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../../src";
import { NDArray } from "../../../src/np/ndarray";
import { expectArray, fromGolden, throwsNamed } from "../_helpers";
import { expectSample, g } from "./_more";

const { transform, data } = skimage;
const small = fromGolden(g.small);
const small3 = fromGolden(g.small3);
const rgb = fromGolden(g.small_rgb);
const u8 = fromGolden(g.u8);
const py = g.pyramids;
const TOL = 1e-6;

function expectLayers(actual: Iterable<NDArray>, want: any[], what: string): void {
  const layers = [...actual];
  assert.is(layers.length, want.length, `${what}: layer count`);
  layers.forEach((a, i) => expectArray(a, want[i], TOL, TOL, `${what} layer ${i}`));
}

test("pyramid_reduce: factors, sigma, order, modes, dtypes, channels", () => {
  const r = transform.pyramid_reduce;
  expectArray(r(small), py.reduce, TOL, TOL, "default");
  expectArray(r(small, { downscale: 3, sigma: 0.8, order: 3, mode: "constant", cval: 0.3 }), py.reduce_opts, TOL, TOL, "options");
  expectArray(r(small, { mode: "wrap", order: 0 }), py.reduce_wrap, TOL, TOL, "wrap");
  expectArray(r(u8), py.reduce_u8, TOL, TOL, "uint8");
  expectArray(r(u8, { preserve_range: true }), py.reduce_u8_pr, TOL, TOL, "preserve_range");
  expectArray(r(rgb, { channel_axis: -1 }), py.reduce_rgb, TOL, TOL, "channel_axis -1");
  expectArray(r(rgb.transpose(2, 0, 1), { channel_axis: 0 }), py.reduce_rgb0, TOL, TOL, "channel_axis 0");
  expectArray(r(rgb, 2, null, 1, "reflect", 0, true), py.reduce_multi, TOL, TOL, "multichannel");
  expectArray(r(rgb), py.reduce_guess_rgb, TOL, TOL, "(M, N, 3) as RGB");
  expectArray(r(small3, { downscale: 2.5 }), py.reduce_3d, TOL, TOL, "3-D");
  expectArray(r(small.transpose()), py.reduce_T, TOL, TOL, "transposed");
  throwsNamed(() => r(small, { downscale: 1 }), "ValueError", "scale factor must be greater than 1");
  throwsNamed(() => r(small, { mode: "edge" }), "RuntimeError", "boundary mode not supported");
});

test("pyramid_expand: factors, sigma, order, modes, dtypes, channels", () => {
  const e = transform.pyramid_expand;
  expectArray(e(small), py.expand, TOL, TOL, "default");
  expectArray(e(small, { upscale: 3, sigma: 0.7, order: 0, mode: "constant", cval: 0.2 }), py.expand_opts, TOL, TOL, "options");
  expectArray(e(rgb, { channel_axis: -1 }), py.expand_rgb, TOL, TOL, "rgb");
  expectArray(e(u8, { upscale: 1.5, preserve_range: true }), py.expand_u8_pr, TOL, TOL, "preserve_range");
  expectArray(e(small.astype("float32")), py.expand_f32, 1e-6, 1e-6, "float32");
});

test("pyramid_gaussian and pyramid_laplacian: layers", () => {
  expectLayers(transform.pyramid_gaussian(small), py.gaussian, "gaussian");
  expectLayers(transform.pyramid_gaussian(small, { max_layer: 2, downscale: 3 }), py.gaussian_max2, "gaussian max_layer");
  expectLayers(transform.pyramid_gaussian(rgb, { channel_axis: -1 }), py.gaussian_rgb, "gaussian rgb");
  expectLayers(transform.pyramid_laplacian(small), py.laplacian, "laplacian");
  expectLayers(transform.pyramid_laplacian(small, { max_layer: 2, sigma: 1.5, order: 0 }), py.laplacian_max2, "laplacian options");
  expectLayers(transform.pyramid_laplacian(rgb, { channel_axis: -1 }), py.laplacian_rgb, "laplacian rgb");
  expectLayers(transform.pyramid_laplacian(u8, { max_layer: 1, preserve_range: true }), py.laplacian_u8_pr, "laplacian preserve_range");
});

test("pyramid options: multichannel, sigma, order, modes, preserve_range", () => {
  expectArray(transform.pyramid_expand(rgb, 2, null, 1, "reflect", 0, true), py.expand_multi, TOL, TOL, "expand multichannel");
  expectLayers(transform.pyramid_gaussian(small, { max_layer: 2, sigma: 0.9, order: 0, mode: "constant", cval: 0.3 }), py.gaussian_opts, "gaussian options");
  expectLayers(transform.pyramid_gaussian(u8, { max_layer: 1, preserve_range: true }), py.gaussian_u8_pr, "gaussian preserve_range");
  expectLayers(transform.pyramid_gaussian(rgb, 2, 2, null, 1, "reflect", 0, true), py.gaussian_multi, "gaussian multichannel");
  expectLayers(transform.pyramid_laplacian(small, { max_layer: 2, downscale: 3, mode: "constant", cval: 0.4 }), py.laplacian_opts, "laplacian options");
  expectLayers(transform.pyramid_laplacian(rgb, 1, 2, null, 1, "wrap", 0, true), py.laplacian_multi, "laplacian multichannel");
});

test("pyramids of the sample images", () => {
  const ast = [...transform.pyramid_gaussian(data.astronaut(), { max_layer: 3, channel_axis: -1 })];
  assert.is(ast.length, py.astronaut.length);
  ast.forEach((a, i) => expectSample(a, py.astronaut[i], TOL, `astronaut ${i}`));
  const cam = [...transform.pyramid_laplacian(data.camera(), { max_layer: 2 })];
  assert.is(cam.length, py.camera_laplacian.length);
  cam.forEach((a, i) => expectSample(a, py.camera_laplacian[i], TOL, `camera ${i}`));
});

test.run();
