import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../../src";
import { NDArray } from "../../../src/np/ndarray";
import { uint8 } from "../../../src/np/dtype";
import { closeTo, loadGolden } from "../../helpers/golden";
import { expectArray, fromGolden, throwsNamed } from "../_helpers";

const { metrics, data } = skimage;
const g = loadGolden("skimage_metrics/metrics");
const a8 = fromGolden(g.a8);
const b8 = fromGolden(g.b8);
const af = fromGolden(g.af);
const bf = fromGolden(g.bf);
const af32 = af.astype("float32");
const bf32 = bf.astype("float32");
const rgb1 = fromGolden(g.rgb1);
const rgb2 = fromGolden(g.rgb2);
const camera = data.camera();

function noisyCamera(): NDArray {
  const out = new Uint8Array(512 * 512);
  for (let i = 0; i < 512; i++) {
    for (let j = 0; j < 512; j++) {
      const v = camera.data[i * 512 + j] + ((31 * i + 17 * j) % 41) - 20;
      out[i * 512 + j] = v < 0 ? 0 : v > 255 ? 255 : v;
    }
  }
  return NDArray.fromStorage(out, [512, 512], uint8);
}
const noisy8 = noisyCamera();

function near(actual: number, expected: number, what: string, rel = 1e-12): void {
  assert.ok(closeTo(actual, expected, rel, 1e-12), `${what}: ${actual} vs ${expected}`);
}

test("mean_squared_error, normalized_root_mse, peak_signal_noise_ratio", () => {
  const m = g.simple;
  near(metrics.mean_squared_error(a8, b8), m.mse_u8, "mse u8");
  near(metrics.mean_squared_error(af, bf), m.mse_f, "mse f");
  near(metrics.mean_squared_error(af32, bf32), m.mse_f32, "mse f32", 1e-6);
  near(metrics.mean_squared_error(a8, b8.astype("float32")), m.mse_mixed, "mse mixed");
  near(metrics.normalized_root_mse(a8, b8), m.nrmse_u8, "nrmse");
  near(metrics.normalized_root_mse(af, bf, { normalization: "min-max" }), m.nrmse_minmax, "nrmse min-max");
  near(metrics.normalized_root_mse(af, bf, { normalization: "Mean" as never }), m.nrmse_mean, "nrmse mean");
  near(metrics.normalized_root_mse(af32, bf32), m.nrmse_f32, "nrmse f32", 1e-6);
  near(metrics.peak_signal_noise_ratio(a8, b8), m.psnr_u8, "psnr u8");
  near(metrics.peak_signal_noise_ratio(af, bf), m.psnr_f, "psnr f");
  near(metrics.peak_signal_noise_ratio(af, bf, { data_range: 0.5 }), m.psnr_range, "psnr range");
  near(metrics.peak_signal_noise_ratio(af.mul(2).sub(1), bf.mul(2).sub(1)), m.psnr_neg, "psnr negative");
  near(metrics.peak_signal_noise_ratio(a8.transpose(), b8.get("::-1").transpose().get(":", "::-1")), m.psnr_T, "psnr strided");
  near(metrics.peak_signal_noise_ratio(camera, noisy8), m.psnr_camera, "psnr camera");
  near(metrics.mean_squared_error(camera, noisy8), m.mse_camera, "mse camera");
  throwsNamed(() => metrics.mean_squared_error(a8, af), "ValueError", "Input images must have the same dimensions.");
  throwsNamed(() => metrics.peak_signal_noise_ratio(af.mul(3), bf), "ValueError", /outside the range expected for its data type/);
  throwsNamed(() => metrics.normalized_root_mse(af, bf, { normalization: "max" as never }), "ValueError", "Unsupported norm_type");
});

test("structural_similarity: windows, gaussian weights, gradient, full, channels", () => {
  const s = g.ssim;
  const TOL = 1e-9;
  near(metrics.structural_similarity(a8, b8), s.u8, "u8", TOL);
  near(metrics.structural_similarity(af, bf), s.f, "f", TOL);
  near(metrics.structural_similarity(af, bf, { data_range: 1 }), s.f_range, "f range", TOL);
  near(metrics.structural_similarity(af32, bf32, { data_range: 1 }), s.f32, "f32", 1e-6);
  near(metrics.structural_similarity(a8, b8, { win_size: 5 }), s.win5, "win 5", TOL);
  near(metrics.structural_similarity(af, bf, { gaussian_weights: true, data_range: 1 }), s.gauss, "gauss", TOL);
  near(metrics.structural_similarity(af, bf, { gaussian_weights: true, sigma: 1.0, data_range: 1, use_sample_covariance: false }), s.gauss_sigma, "gauss sigma", TOL);
  near(metrics.structural_similarity(af, bf, { K1: 0.02, K2: 0.05, data_range: 1 }), s.k, "K1 K2", TOL);
  const [m1, S1] = metrics.structural_similarity(a8, b8, { full: true }) as [number, NDArray];
  near(m1, s.full.mssim, "full mssim", TOL);
  expectArray(S1, s.full.S, 1e-9, 1e-12, "full S");
  const [m2, G2] = metrics.structural_similarity(af, bf, { gradient: true, data_range: 1 }) as [number, NDArray];
  near(m2, s.grad.mssim, "grad mssim", TOL);
  expectArray(G2, s.grad.G, 1e-7, 1e-12, "grad");
  const [m3, G3, S3] = metrics.structural_similarity(af, bf, { gradient: true, full: true, data_range: 1, gaussian_weights: true }) as [number, NDArray, NDArray];
  near(m3, s.grad_full.mssim, "grad_full mssim", TOL);
  expectArray(G3, s.grad_full.G, 1e-7, 1e-12, "grad_full G");
  expectArray(S3, s.grad_full.S, 1e-9, 1e-12, "grad_full S");
  near(metrics.structural_similarity(rgb1, rgb2, { channel_axis: -1 }), s.rgb, "rgb", TOL);
  const [m4, S4] = metrics.structural_similarity(rgb1.transpose(2, 0, 1), rgb2.transpose(2, 0, 1), { channel_axis: 0, full: true }) as [number, NDArray];
  near(m4, s.rgb_axis0.mssim, "rgb axis0", TOL);
  expectArray(S4, s.rgb_axis0.S, 1e-9, 1e-12, "rgb axis0 S");
  near(metrics.structural_similarity(a8.transpose(), b8.get("::-1").transpose().get(":", "::-1")), s.T, "strided", TOL);
  near(metrics.structural_similarity(camera, noisy8), s.camera, "camera", TOL);
  const [m5, S5] = metrics.structural_similarity(camera, noisy8, { full: true, gaussian_weights: true }) as [number, NDArray];
  near(m5, s.camera_full.mssim, "camera gauss", TOL);
  expectArray(S5.get("::7", "::5").copy(), s.camera_full.S.sub, 1e-9, 1e-12, "camera S");
  throwsNamed(() => metrics.structural_similarity(a8, b8, { win_size: 4 }), "ValueError", "Window size must be odd.");
  throwsNamed(() => metrics.structural_similarity(a8, b8, { win_size: 21 }), "ValueError", /win_size exceeds image extent/);
  throwsNamed(() => metrics.structural_similarity(a8, b8, { K3: 1 } as never), "TypeError", "structural_similarity() got an unexpected keyword argument 'K3'");
});

test("normalized_mutual_information matches", () => {
  const n = g.nmi;
  near(metrics.normalized_mutual_information(a8, b8), n.u8, "u8", 1e-10);
  near(metrics.normalized_mutual_information(af, bf, { bins: 20 }), n.f, "float", 1e-10);
  near(metrics.normalized_mutual_information(af, af), n.same, "identical", 1e-10);
  near(metrics.normalized_mutual_information(a8, b8, { bins: [7, 13] }), n.bins2, "bins pair", 1e-10);
  near(metrics.normalized_mutual_information(a8, af), n.pad, "padded shapes", 1e-10);
  near(metrics.normalized_mutual_information(camera, noisy8), n.camera, "camera", 1e-10);
  throwsNamed(() => metrics.normalized_mutual_information(a8, af.get(0)), "ValueError", /NMI requires images of same number of dimensions/);
});

test("hausdorff_distance matches", () => {
  const h = g.hausdorff;
  const m1 = fromGolden(h.in.m1);
  const m2 = fromGolden(h.in.m2);
  near(metrics.hausdorff_distance(m1, m2), h.d, "masks");
  near(metrics.hausdorff_distance(m1, m1), h.same, "same");
  assert.is(metrics.hausdorff_distance([[0, 0], [0, 0]], [[0, 0], [0, 0]]), h.empty);
  assert.is(metrics.hausdorff_distance(m1, m1.mul(0)), h.one_empty);
  near(metrics.hausdorff_distance(camera.gt(200).get("::4", "::4"), noisy8.gt(200).get("::4", "::4")), h.camera, "camera");
});

test.run();
