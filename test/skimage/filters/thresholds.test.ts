import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, skimage } from "../../../src";
import { NDArray } from "../../../src/np/ndarray";
import { closeTo, loadGolden } from "../../helpers/golden";
import { expectArray, fromGolden, throwsNamed } from "../_helpers";

const { filters, data } = skimage;
const g = loadGolden("skimage_filters/thresholds");
const bimodal = fromGolden(g.bimodal);
const f64 = fromGolden(g.f64);
const f32 = fromGolden(g.f32);
const i16 = fromGolden(g.i16);
const TOL = 1e-6;

function expectSample(actual: NDArray, want: any, rel = TOL, what = "sample"): void {
  assert.is(actual.dtype.name, want.dtype, `${what}: dtype`);
  assert.equal(actual.shape.slice(), want.shape, `${what}: shape`);
  expectArray(actual.get("::7", "::5").copy(), want.sub, rel, rel, what);
  let s = 0;
  for (let i = 0; i < actual.size; i++) s += actual.data[i];
  assert.ok(closeTo(s, want.sum, 1e-6, 1e-6), `${what}: sum ${s} vs ${want.sum}`);
}

function near(actual: number, expected: number, what: string, rel = 1e-9, abs = 1e-12): void {
  assert.ok(closeTo(actual, expected, rel, abs), `${what}: ${actual} vs ${expected}`);
}

test("global thresholds match on synthetic and sample images", () => {
  const images: Record<string, NDArray> = { bimodal, f64, f32, i16, camera: data.camera(), coins: data.coins(), bimodalT: bimodal.transpose() };
  for (const [name, img] of Object.entries(images)) {
    const w = g.global[name];
    near(filters.threshold_yen(img), w.yen, `${name} yen`);
    near(filters.threshold_isodata(img), w.isodata, `${name} isodata`);
    expectArray(filters.threshold_isodata(img, { return_all: true }), w.isodata_all, 1e-9, 0, `${name} isodata_all`);
    // float32 images iterate in float32: one float32 step of the shifted image (1e-6 absolute)
    near(filters.threshold_li(img), w.li, `${name} li`, 1e-6, 1e-6);
    near(filters.threshold_mean(img), w.mean, `${name} mean`, 1e-12);
    near(filters.threshold_triangle(img), w.triangle, `${name} triangle`);
    if (typeof w.minimum === "string") throwsNamed(() => filters.threshold_minimum(img), "RuntimeError", w.minimum.slice("RuntimeError: ".length));
    else near(filters.threshold_minimum(img), w.minimum, `${name} minimum`);
    expectArray(filters.threshold_multiotsu(img), w.multiotsu, 1e-9, 0, `${name} multiotsu`);
  }
});

test("global thresholds: nbins, hist, tolerance, initial_guess, classes", () => {
  const w = g.global;
  near(filters.threshold_yen(f64, 32), w.yen_nbins, "yen nbins");
  near(filters.threshold_isodata(f64, { nbins: 17 }), w.isodata_nbins, "isodata nbins");
  const counts = new Float64Array(256);
  for (let i = 0; i < bimodal.size; i++) counts[bimodal.data[i]]++;
  let last = 255;
  while (counts[last] === 0) last--;
  const h = NDArray.fromStorage(counts.slice(0, last + 1), [last + 1], np.dtype("int64"));
  near(filters.threshold_yen(null, { hist: h }), w.yen_hist, "yen hist");
  near(filters.threshold_minimum(null, { hist: h }), w.minimum_hist, "minimum hist");
  near(filters.threshold_isodata(null, { hist: [h, np.arange(last + 1).mul(2.0)] }), w.isodata_hist_tuple, "isodata hist tuple");
  near(filters.threshold_li(f64, { tolerance: 0.01 }), w.li_tol, "li tolerance", 1e-6);
  near(filters.threshold_li(data.camera(), { initial_guess: 120 }), w.li_guess, "li guess", 1e-6);
  expectArray(filters.threshold_multiotsu(data.camera(), { classes: 4 }), w.multiotsu_4, 0, 0, "multiotsu 4");
  expectArray(filters.threshold_multiotsu(f64, 2, 64), w.multiotsu_f64_nbins, 1e-12, 0, "multiotsu nbins");
  near(filters.threshold_triangle(f64, { nbins: 20 }), w.triangle_nbins, "triangle nbins");
  throwsNamed(() => filters.threshold_multiotsu([[1, 2], [1, 2]]), "ValueError", "The input image has only 2 different values. It cannot be thresholded in 3 classes.");
  throwsNamed(() => filters.threshold_li(data.camera(), { initial_guess: 300 }), "ValueError", /The initial guess for threshold_li must be within the range/);
});

test("threshold_local: gaussian, mean, median, generic; niblack and sauvola", () => {
  const l = g.local;
  expectArray(filters.threshold_local(bimodal, 5), l.gaussian, 1e-10, 1e-10, "gaussian");
  expectArray(filters.threshold_local(f64, 7, { offset: 0.1, param: 2.0, mode: "nearest" }), l.gaussian_param, 1e-10, 1e-12, "gaussian param");
  expectArray(filters.threshold_local(bimodal, [3, 5], "mean", { mode: "constant", cval: 10 }), l.mean, 1e-12, 1e-12, "mean");
  expectArray(filters.threshold_local(f32, 5, "mean"), l.mean_f32, TOL, TOL, "mean f32");
  expectArray(filters.threshold_local(bimodal, 5, "median", 2), l.median, 0, 0, "median");
  expectArray(filters.threshold_local(f64, 3, "median", { mode: "wrap" }), l.median_wrap, 0, 0, "median wrap");
  const range = (v: Float64Array) => Math.max(...v) - Math.min(...v);
  expectArray(filters.threshold_local(f64, 3, "generic", { param: range }), l.generic, 1e-12, 0, "generic");
  expectArray(filters.threshold_local(bimodal.transpose(), 5, { mode: "mirror" }), l.gaussian_T, 1e-10, 1e-10, "gaussian T");
  expectSample(filters.threshold_local(data.camera(), 35, { offset: 10 }), l.camera, 1e-9, "camera");
  expectArray(filters.threshold_niblack(bimodal, 5, 0.3), l.niblack, 1e-9, 1e-9, "niblack");
  expectArray(filters.threshold_niblack(f64, [3, 5]), l.niblack_f64, 1e-9, 1e-9, "niblack f64");
  expectArray(filters.threshold_niblack(f32), l.niblack_f32, TOL, TOL, "niblack f32");
  expectArray(filters.threshold_sauvola(bimodal, 7), l.sauvola, 1e-9, 1e-9, "sauvola");
  expectArray(filters.threshold_sauvola(f64, 5, 0.5, { r: 0.3 }), l.sauvola_r, 1e-9, 1e-9, "sauvola r");
  expectSample(filters.threshold_sauvola(data.camera(), 25), l.sauvola_camera, 1e-9, "sauvola camera");
  expectArray(filters.threshold_niblack(bimodal.transpose().get("::-1"), 3), l.niblack_T, 1e-9, 1e-9, "niblack T");
  throwsNamed(() => filters.threshold_local(f64, 4), "ValueError", "block_size must be odd! Given block_size (4, 4) contains even values.");
  throwsNamed(() => filters.threshold_niblack(f64, 4), "ValueError", /must not be even on any dimension/);
});

test("correlate_sparse matches every mode", () => {
  const s = g.sparse;
  const k = np.zeros([5, 5]);
  k.set([0, 0], 1);
  k.set([2, 2], 2);
  k.set([4, 1], -0.5);
  const k2 = np.zeros([3, 3]);
  k2.set([1, 2], 1.5);
  k2.set([2, 0], 1);
  for (const mode of ["reflect", "mirror", "nearest", "constant", "wrap"] as const) {
    expectArray(filters.correlate_sparse(f64, k, mode), s[mode], 1e-12, 1e-12, mode);
  }
  expectArray(filters.correlate_sparse(f64, k2, { mode: "valid" }), s.valid, 1e-12, 1e-12, "valid");
  expectArray(filters.correlate_sparse(bimodal, k2), s.nocorner, 1e-12, 1e-12, "no corner tap");
  expectArray(filters.correlate_sparse(f32, k2), s.f32, TOL, TOL, "f32");
});

test("apply_hysteresis_threshold matches", () => {
  const h = g.hysteresis;
  expectArray(filters.apply_hysteresis_threshold(f64, 0.4, 0.9), h.f64, 0, 0, "f64");
  expectArray(filters.apply_hysteresis_threshold(bimodal, 100, 200), h.bimodal, 0, 0, "bimodal");
  expectArray(filters.apply_hysteresis_threshold(f64, 0.8, 0.5), h.swapped, 0, 0, "swapped");
  const lowLevel = np.full([16, 13], np.mean(f64.transpose()) as number);
  expectArray(filters.apply_hysteresis_threshold(f64, lowLevel, np.full([13], 0.85)), h.arrays, 0, 0, "arrays");
  expectArray(filters.apply_hysteresis_threshold(filters.sobel(data.coins()), 0.05, 0.2), h.coins, 0, 0, "coins");
});

test.run();
