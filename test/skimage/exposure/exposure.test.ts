import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, skimage } from "../../../src";
import { NDArray } from "../../../src/np/ndarray";
import { loadGolden } from "../../helpers/golden";
import { expectArray, fromGolden, throwsNamed } from "../_helpers";

const { exposure, data } = skimage;
const g = loadGolden("skimage_exposure/exposure");
const u8 = fromGolden(g.u8);
const i16 = fromGolden(g.i16);
const f64 = fromGolden(g.f64);
const f32 = fromGolden(g.f32);
const rgb = fromGolden(g.rgb);
const TOL = 1e-6;

/** Compares a full-image result with its sampled fixture (every 7th row, 5th column, and the sum). */
function expectSample(actual: NDArray, want: any, rel = TOL, what = "sample"): void {
  assert.is(actual.dtype.name, want.dtype, `${what}: dtype`);
  assert.equal(actual.shape.slice(), want.shape, `${what}: shape`);
  expectArray(actual.get("::7", "::5").copy(), want.sub, rel, rel, what);
  const d = actual.data;
  let s = 0;
  for (let i = 0; i < actual.size; i++) s += d[i];
  assert.ok(Math.abs(s - want.sum) <= 1e-6 * Math.abs(want.sum) + 1e-6, `${what}: sum ${s} vs ${want.sum}`);
}

test("histogram: integer bins, float bins, dtype range, normalize, channels", () => {
  const inputs: Record<string, NDArray> = { u8, i16, f64, f32, u8T: u8.transpose(), f64_rev: f64.get("::-1", "::-2") };
  for (const [key, img] of Object.entries(inputs)) {
    const [hist, centers] = exposure.histogram(img);
    expectArray(hist, g.histogram[key].hist, 0, 0, `${key} hist`);
    expectArray(centers, g.histogram[key].centers, 1e-12, 0, `${key} centers`);
  }
  const cases: [string, [NDArray, NDArray]][] = [
    ["u8_dtype", exposure.histogram(u8, { source_range: "dtype" })],
    ["f64_dtype", exposure.histogram(f64, 10, "dtype")],
    ["f64_norm", exposure.histogram(f64, { nbins: 7, normalize: true })],
    ["rgb_channels", exposure.histogram(rgb, { channel_axis: -1 })],
    ["rgbf_channels", exposure.histogram(rgb.div(255), { nbins: 9, channel_axis: -1, normalize: true })],
    ["rgb_axis0", exposure.histogram(rgb.transpose(2, 0, 1), { channel_axis: 0 })],
    ["camera", exposure.histogram(data.camera())],
    ["camera_float", exposure.histogram(data.camera().div(255), 64)],
  ];
  for (const [key, [hist, centers]] of cases) {
    expectArray(hist, g.histogram[key].hist, 1e-12, 0, `${key} hist`);
    expectArray(centers, g.histogram[key].centers, 1e-12, 0, `${key} centers`);
  }
});

test("cumulative_distribution matches", () => {
  const cases: [string, [NDArray, NDArray]][] = [
    ["u8", exposure.cumulative_distribution(u8)],
    ["f64", exposure.cumulative_distribution(f64, 20)],
    ["f32", exposure.cumulative_distribution(f32, { nbins: 20 })],
    ["coins", exposure.cumulative_distribution(data.coins())],
  ];
  for (const [key, [cdf, centers]] of cases) {
    expectArray(cdf, g.cdf[key][0], 1e-12, 0, `${key} cdf`);
    expectArray(centers, g.cdf[key][1], 1e-12, 0, `${key} centers`);
  }
});

test("equalize_hist matches (nbins, mask, float32, strided)", () => {
  const e = g.equalize_hist;
  expectArray(exposure.equalize_hist(u8), e.u8, 1e-12, 0, "u8");
  expectArray(exposure.equalize_hist(f64, 32), e.f64, 1e-12, 0, "f64");
  expectArray(exposure.equalize_hist(f32), e.f32, 1e-7, 0, "f32");
  expectArray(exposure.equalize_hist(f64.transpose()), e.f64T, 1e-12, 0, "f64T");
  expectArray(exposure.equalize_hist(u8, { mask: u8.gt(100) }), e.mask, 1e-12, 0, "mask");
  expectSample(exposure.equalize_hist(data.camera()), e.camera, 1e-12, "camera");
});

test("rescale_intensity: every in_range / out_range form", () => {
  const r = g.rescale;
  const int32 = NDArray.fromStorage(new Int32Array(6).fill(127), [2, 3], fromGolden({ dtype: "int32", shape: [1], data: [0] }).dtype);
  const cases: [string, NDArray][] = [
    ["u8", exposure.rescale_intensity(u8)],
    ["u8_in", exposure.rescale_intensity(u8, [50, 180])],
    ["u8_out_float", exposure.rescale_intensity(u8, { out_range: [0, 1] })],
    ["u8_out_float_name", exposure.rescale_intensity(u8, { out_range: "float" })],
    ["u8_in_uint8_out_uint12", exposure.rescale_intensity(u8, "uint8", "uint12")],
    ["i16", exposure.rescale_intensity(i16)],
    ["i16_out_dtype_uint8", exposure.rescale_intensity(i16, { out_range: fromGolden(g.u8).dtype })],
    ["i16_in_dtype", exposure.rescale_intensity(i16, { in_range: "dtype" })],
    ["i16_out_pos", exposure.rescale_intensity(i16, { out_range: [0, 127] })],
    ["f64", exposure.rescale_intensity(f64)],
    ["f64_in", exposure.rescale_intensity(f64, { in_range: [0.2, 0.7] })],
    ["f64_uint8", exposure.rescale_intensity(f64, { out_range: "uint8" })],
    ["f64_out_image", exposure.rescale_intensity(f64, [0, 1], "image")],
    ["f32", exposure.rescale_intensity(f32, { out_range: [-1, 1] })],
    ["f32_in", exposure.rescale_intensity(f32, { in_range: [0.2, 0.7] })],
    ["const", exposure.rescale_intensity(int32)],
    ["f64_rev", exposure.rescale_intensity(f64.get("::-1", "::-2"), { out_range: [-5, 5] })],
  ];
  for (const [key, got] of cases) expectArray(got, r[key], 1e-12, 1e-15, key);
  throwsNamed(() => exposure.rescale_intensity(u8, { out_range: "uint9" }), "ValueError", /Incorrect value for out_range/);
});

test("adjust_gamma / adjust_log / adjust_sigmoid match", () => {
  const a = g.adjust;
  const u16 = u8.astype("uint16").mul(200).astype("uint16");
  const cases: [string, NDArray, number][] = [
    ["gamma_u8", exposure.adjust_gamma(u8, 2.2), 0],
    ["gamma_u8_gain", exposure.adjust_gamma(u8, 0.5, 0.9), 0],
    ["gamma_f64", exposure.adjust_gamma(f64, { gamma: 1.7, gain: 1.1 }), 1e-12],
    ["gamma_f32", exposure.adjust_gamma(f32, 0.4), 1e-6],
    ["gamma_u16", exposure.adjust_gamma(u16, 1.3), 0],
    ["log_u8", exposure.adjust_log(u8), 0],
    ["log_u8_inv", exposure.adjust_log(u8, 1.2, true), 0],
    ["log_f64", exposure.adjust_log(f64, 0.8), 1e-12],
    ["log_f64_inv", exposure.adjust_log(f64, { inv: true }), 1e-12],
    ["log_f32", exposure.adjust_log(f32), 1e-6],
    ["sigmoid_u8", exposure.adjust_sigmoid(u8), 0],
    ["sigmoid_u8_inv", exposure.adjust_sigmoid(u8, 0.4, 7, true), 0],
    ["sigmoid_f64", exposure.adjust_sigmoid(f64, { cutoff: 0.3, gain: 5 }), 1e-12],
    ["sigmoid_f32", exposure.adjust_sigmoid(f32), 1e-6],
  ];
  for (const [key, got, tol] of cases) expectArray(got, a[key], tol, 0, key);
  expectSample(exposure.adjust_gamma(data.camera(), 0.7), a.gamma_camera, 0, "camera");
  // a float image of uint8 levels (the curve taken once per level)
  const cameraFloat = skimage.util.img_as_float(data.camera());
  expectSample(exposure.adjust_log(cameraFloat, 0.9), a.log_camera_float, 1e-12, "log camera float");
  expectSample(exposure.adjust_sigmoid(cameraFloat, 0.4, 7, true), a.sigmoid_camera_float_inv, 1e-12, "sigmoid camera float");
  throwsNamed(() => exposure.adjust_gamma(u8, -1), "ValueError", "Gamma should be a non-negative real number.");
  throwsNamed(() => exposure.adjust_log(i16), "ValueError", /non-negative values/);
});

test("is_low_contrast matches", () => {
  const l = g.low_contrast;
  const narrow = u8.astype("int64").div(40).astype("int64").add(100).astype("uint8");
  assert.is(exposure.is_low_contrast(u8), l.u8);
  assert.is(exposure.is_low_contrast(narrow), l.narrow);
  assert.is(exposure.is_low_contrast(narrow, { fraction_threshold: 0.01 }), l.narrow_thresh);
  assert.is(exposure.is_low_contrast(f64.mul(0.05)), l.f64);
  assert.is(exposure.is_low_contrast(f64.mul(0.2), 0.1, 10, 90), l.f64_pct);
  assert.is(exposure.is_low_contrast(rgb), l.rgb);
  assert.is(exposure.is_low_contrast([[true, true], [true, true]]), l.bool_same);
  assert.is(exposure.is_low_contrast([[true, false], [false, true]]), l.bool_both);
  assert.is(exposure.is_low_contrast(data.camera()), l.camera);
  throwsNamed(() => exposure.is_low_contrast(u8, { method: "cubic" as never }), "NotImplementedError", "is_low_contrast() method='cubic' is not supported yet");
});

test("match_histograms matches (gray, float32, channels on either axis)", () => {
  const m = g.match;
  const ref = fromGolden(m.ref);
  expectArray(exposure.match_histograms(u8, ref), m.u8, 1e-12, 0, "u8");
  expectArray(exposure.match_histograms(f64, ref), m.f64, 1e-12, 0, "f64");
  expectArray(exposure.match_histograms(f32, f64.mul(f64)), m.f32, 1e-6, 0, "f32");
  const rgbRev = rgb.get("::-1", ":", "::-1");
  expectArray(exposure.match_histograms(rgb, rgbRev, { channel_axis: -1 }), m.rgb, 0, 0, "rgb");
  expectArray(exposure.match_histograms(rgb.div(255), np.sqrt(rgb.div(255)), { channel_axis: -1 }), m.rgbf, 1e-12, 0, "rgbf");
  expectArray(exposure.match_histograms(rgb.transpose(2, 0, 1), rgbRev.transpose(2, 0, 1), { channel_axis: 0 }), m.rgb_axis0, 0, 0, "axis0");
  expectSample(exposure.match_histograms(data.coins(), data.camera()), m.coins_camera, 1e-12, "coins");
  throwsNamed(() => exposure.match_histograms(rgb, u8), "ValueError", "Image and reference must have the same number of channels.");
});

test("equalize_adapthist (CLAHE) matches scikit-image within 1e-6", () => {
  const c = g.adapthist;
  expectArray(exposure.equalize_adapthist(u8, 5), c.u8, TOL, TOL, "u8");
  expectArray(exposure.equalize_adapthist(u8, { kernel_size: [4, 6], clip_limit: 0 }), c.u8_clip0, TOL, TOL, "clip0");
  expectArray(exposure.equalize_adapthist(u8, 8, 0.05, 64), c.u8_nb, TOL, TOL, "nbins");
  expectArray(exposure.equalize_adapthist(f64), c.f64, TOL, TOL, "f64");
  expectArray(exposure.equalize_adapthist(f32, 4), c.f32, TOL, TOL, "f32");
  expectArray(exposure.equalize_adapthist(f64.transpose(), { kernel_size: [5, 3], clip_limit: 0.1 }), c.f64T, TOL, TOL, "f64T");
  expectArray(exposure.equalize_adapthist(rgb, 4), c.rgb, TOL, TOL, "rgb");
  expectSample(exposure.equalize_adapthist(data.camera()), c.camera, TOL, "camera");
  expectSample(exposure.equalize_adapthist(data.camera(), 100, 0.03, 128), c.camera_k, TOL, "camera_k");
  expectSample(exposure.equalize_adapthist(data.coins(), { clip_limit: 0.02 }), c.coins, TOL, "coins");
  expectSample(exposure.equalize_adapthist(data.astronaut()), c.astronaut, TOL, "astronaut");
});

test("equalize_adapthist on 3-D volumes and 1-D lines", () => {
  const c = g.adapthist;
  const vol = fromGolden(c.vol_in);
  expectArray(exposure.equalize_adapthist(vol, [2, 3, 4]), c.vol, TOL, TOL, "vol");
  expectArray(exposure.equalize_adapthist(vol, { clip_limit: 0.05 }), c.vol_default, TOL, TOL, "vol default kernel");
  expectArray(exposure.equalize_adapthist(vol.div(255), { kernel_size: 3, nbins: 32 }), c.vol_f, TOL, TOL, "vol float");
  expectArray(exposure.equalize_adapthist(u8.get(0).astype("float64").div(255), 5), c.line, TOL, TOL, "line");
  throwsNamed(() => exposure.equalize_adapthist(vol, [2, 3]), "ValueError", /Incorrect value of `kernel_size`/);
});

test("signatures: Python's TypeErrors", () => {
  throwsNamed(() => exposure.histogram(u8, { bins: 3 } as never), "TypeError", "histogram() got an unexpected keyword argument 'bins'");
  throwsNamed(() => (exposure.equalize_hist as any)(), "TypeError", "equalize_hist() missing 1 required positional argument: 'image'");
});

test.run();
