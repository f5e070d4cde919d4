import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../../src";
import { NDArray } from "../../../src/np/ndarray";
import { closeTo, loadGolden } from "../../helpers/golden";
import { expectArray, fromGolden, throwsNamed } from "../_helpers";

const { filters, data, util } = skimage;
const g = loadGolden("skimage_filters/ridges");
const u8 = fromGolden(g.u8);
const f64 = fromGolden(g.f64);
const f32 = fromGolden(g.f32);
const vol = fromGolden(g.vol);
const crop = data.camera().get("100:300", "150:350");
const TOL = 1e-6;

function expectSample(actual: NDArray, want: any, rel = TOL, what = "sample"): void {
  assert.is(actual.dtype.name, want.dtype, `${what}: dtype`);
  assert.equal(actual.shape.slice(), want.shape, `${what}: shape`);
  expectArray(actual.get("::7", "::5").copy(), want.sub, rel, rel, what);
  let s = 0;
  for (let i = 0; i < actual.size; i++) s += actual.data[i];
  assert.ok(closeTo(s, want.sum, 1e-7, 1e-6), `${what}: sum ${s} vs ${want.sum}`);
}

test("meijering matches", () => {
  const r = g.ridges;
  expectArray(filters.meijering(u8), r.meijering_u8, TOL, 1e-9, "u8");
  expectArray(filters.meijering(f64, { sigmas: [1, 2], black_ridges: false }), r.meijering_f64, TOL, 1e-9, "f64");
  expectArray(filters.meijering(f32, 1.5, 0.3), r.meijering_f32, TOL, TOL, "f32");
  expectArray(filters.meijering(vol, [1]), r.meijering_vol, TOL, 1e-9, "vol");
  expectArray(filters.meijering(f64.transpose().get("::-1"), { sigmas: [1, 3], mode: "nearest" }), r.meijering_T, TOL, 1e-9, "T");
  expectSample(filters.meijering(crop), r.meijering_camera, TOL, "camera");
});

test("sato matches", () => {
  const r = g.ridges;
  expectArray(filters.sato(u8), r.sato_u8, TOL, 1e-9, "u8");
  expectArray(filters.sato(f64, [1, 2], false, "constant", 0.2), r.sato_f64, TOL, 1e-9, "f64");
  expectArray(filters.sato(f32, [1]), r.sato_f32, TOL, TOL, "f32");
  expectArray(filters.sato(vol, [1, 2]), r.sato_vol, TOL, 1e-9, "vol");
  expectSample(filters.sato(crop), r.sato_camera, TOL, "camera");
  throwsNamed(() => filters.sato([1, 2, 3]), "ValueError", "The parameter `image` must be a 2-or-3-dimensional array");
});

test("frangi and hessian match", () => {
  const r = g.ridges;
  expectArray(filters.frangi(u8), r.frangi_u8, TOL, 1e-9, "u8");
  expectArray(filters.frangi(f64, { sigmas: [0.5, 1, 2], alpha: 0.4, beta: 0.7, gamma: 0.5, black_ridges: false }), r.frangi_f64, TOL, 1e-9, "f64");
  expectArray(filters.frangi(f32, { sigmas: [1, 2], gamma: 0.3 }), r.frangi_f32, TOL, TOL, "f32");
  expectArray(filters.frangi(vol, { sigmas: [1], gamma: 0.5 }), r.frangi_vol, TOL, 1e-9, "vol");
  expectArray(filters.frangi(f64, { scale_range: [1, 4], scale_step: 1.5, gamma: 0.5 }), r.frangi_scale_range, TOL, 1e-9, "scale_range");
  expectArray(filters.hessian(f64, { sigmas: [1, 2], gamma: 0.5 }), r.hessian_f64, TOL, 1e-9, "hessian f64");
  expectArray(filters.hessian(u8), r.hessian_u8, TOL, 1e-9, "hessian u8");
  expectSample(filters.frangi(crop), r.frangi_camera, TOL, "camera");
  throwsNamed(() => filters.frangi(f64, { sigmas: [-1] }), "ValueError", "Sigma values should be equal to or greater than zero.");
});

test("util.invert matches", () => {
  const v = g.invert;
  expectArray(util.invert(u8), v.u8, 0, 0, "u8");
  expectArray(util.invert(fromGolden(v.i8_in)), v.i8, 0, 0, "i8");
  expectArray(util.invert(f64), v.f64, 0, 0, "f64");
  expectArray(util.invert(f64, { signed_float: true }), v.f64_signed, 0, 0, "signed");
  expectArray(util.invert(u8.gt(100)), v.bool, 0, 0, "bool");
  expectArray(util.invert(u8.astype("uint16").mul(100).astype("uint16")), v.u16, 0, 0, "u16");
});

test("rank_order matches", () => {
  const ro = g.rank_order;
  const [ranks, values] = filters.rank_order(fromGolden(ro.in));
  expectArray(ranks, ro.int[0], 0, 0, "int ranks");
  expectArray(values, ro.int[1], 0, 0, "int values");
  const [fr, fv] = filters.rank_order(fromGolden(ro.f_in));
  expectArray(fr, ro.float[0], 0, 0, "float ranks");
  expectArray(fv, ro.float[1], 0, 0, "float values");
});

test.run();
