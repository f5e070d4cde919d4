/** skimage.feature against Debian's scikit-image 0.19 (scripts/golden/skimage_feature.py). */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, skimage } from "../../../src/index";
import { GoldenArray, assertAllClose, float64Digest, loadGolden } from "../../helpers/golden";

const { feature, data } = skimage;
const G = loadGolden("skimage_feature/feature");

function arr(g: GoldenArray): np.NDArray {
  return np.array(g.data, { dtype: g.dtype as never }).reshape(g.shape);
}

function same(actual: np.NDArray, expected: GoldenArray, what: string): void {
  assert.is(actual.dtype.name, expected.dtype, `${what} dtype`);
  assert.equal(actual.shape, expected.shape, `${what} shape`);
  assert.equal(Array.from(actual.ravel().tolist() as number[], Number), expected.data, what);
}

function close(actual: np.NDArray, expected: GoldenArray, what: string): void {
  assert.is(actual.dtype.name, expected.dtype, `${what} dtype`);
  assert.equal(actual.shape, expected.shape, `${what} shape`);
  assertAllClose(actual.ravel().tolist() as number[], expected.data, 1e-9, 1e-12, what);
}

const distance = arr(G.distance);
const noisy = arr(G.noisy);
const ints = arr(G.ints);
const labels = arr(G.labels);
const square = arr(G.square);
const P = G.peak_local_max;

test("peak_local_max: footprint, labels, thresholds, borders, counts and norms", () => {
  const circles = distance.gt(0);
  same(feature.peak_local_max(distance, { footprint: np.ones([3, 3]), labels: circles }), P.distance, "distance in labels");
  same(feature.peak_local_max(distance), P.distance_default, "distance");
  same(feature.peak_local_max(noisy), P.noisy, "noisy");
  same(feature.peak_local_max(noisy, 3), P.noisy_md3, "min_distance");
  same(feature.peak_local_max(noisy, { threshold_abs: 0.9 }), P.noisy_abs, "threshold_abs");
  same(feature.peak_local_max(noisy, 2, null, 0.5), P.noisy_rel, "threshold_rel");
  same(feature.peak_local_max(noisy, { exclude_border: false }), P.noisy_border0, "exclude_border false");
  same(feature.peak_local_max(noisy, { min_distance: 2, exclude_border: [1, 4] }), P.noisy_border_tuple, "exclude_border tuple");
  same(feature.peak_local_max(noisy, { num_peaks: 5 }), P.noisy_num, "num_peaks");
  same(feature.peak_local_max(noisy, { min_distance: 4, p_norm: 2 }), P.noisy_p2, "p_norm 2");
  same(feature.peak_local_max(noisy, { min_distance: 4, p_norm: 1 }), P.noisy_p1, "p_norm 1");
  same(feature.peak_local_max(ints, 2), P.ints, "integer ties in NumPy's quicksort order");
  same(feature.peak_local_max(ints, { labels }), P.ints_labels, "per label");
  same(feature.peak_local_max(ints, { labels, num_peaks_per_label: 3 }), P.ints_labels_num, "num_peaks_per_label");
  same(feature.peak_local_max(ints, { labels, num_peaks: 4 }), P.ints_labels_total, "num_peaks over labels");
  same(feature.peak_local_max(noisy, { min_distance: 3, indices: false }), P.noisy_mask, "indices false");
  const camera = data.camera();
  same(feature.peak_local_max(camera, { min_distance: 20, threshold_rel: 0.5 }), P.camera, "camera");
  assert.is(float64Digest(feature.peak_local_max(camera, { min_distance: 20, threshold_rel: 0.5, indices: false }).astype("float64").ravel().tolist() as number[]), P.camera_mask_digest);
});

test("peak_local_max: scikit-image's errors for bad exclude_border", () => {
  const err = (f: () => unknown, name: string, text: string) => assert.throws(f, (e: Error) => e.name === name && e.message === text);
  err(() => feature.peak_local_max(noisy, { exclude_border: -1 }), "ValueError", "`exclude_border` cannot be a negative value");
  err(() => feature.peak_local_max(noisy, { exclude_border: [1] }), "ValueError", "`exclude_border` should have the same length as the dimensionality of the image.");
  err(() => feature.peak_local_max(noisy, { exclude_border: [1, 2.5] }), "ValueError", "`exclude_border`, when expressed as a tuple, must only contain ints.");
  err(() => feature.peak_local_max(noisy, { exclude_border: "x" as never }), "TypeError", "`exclude_border` must be bool, int, or tuple with the same length as the dimensionality of the image.");
});

test("corner_peaks of a Harris response and of noise", () => {
  same(feature.corner_peaks(feature.corner_harris(square), 2), G.corner_peaks.harris, "harris");
  same(feature.corner_peaks(noisy, 3), G.corner_peaks.noisy, "noisy");
  same(feature.corner_peaks(noisy, { min_distance: 3, num_peaks: 4 }), G.corner_peaks.noisy_num, "num_peaks");
  same(feature.corner_peaks(noisy, { min_distance: 3, indices: false }), G.corner_peaks.noisy_mask, "indices false");
  same(feature.corner_peaks(ints, { min_distance: 2, labels, num_peaks_per_label: 3 }), G.corner_peaks.labels, "labels");
  const thresholded = feature.corner_peaks(noisy, { min_distance: 3, threshold_abs: 0.9, threshold_rel: 0.1, exclude_border: 2, footprint: np.ones([5, 5]), labels: null, num_peaks_per_label: 2, p_norm: 2 });
  assert.equal(thresholded.shape[1], 2);
});

test("canny on the camera: sigma, thresholds, quantiles, mask, modes; and a rotated square", () => {
  const camera = data.camera();
  const check = (edges: np.NDArray, g: { digest: string; count: number; dtype: string; shape: number[] }, what: string) => {
    assert.is(edges.dtype.name, g.dtype, what);
    assert.equal(edges.shape, g.shape, what);
    assert.is(Number(edges.sum()), g.count, `${what}: edge count`);
    assert.is(float64Digest(edges.astype("float64").ravel().tolist() as number[]), g.digest, what);
  };
  const C = G.canny;
  check(feature.canny(camera), C.camera, "default");
  check(feature.canny(camera, 3), C.camera_s3, "sigma 3");
  check(feature.canny(camera, { low_threshold: 10, high_threshold: 50 }), C.camera_thresholds, "thresholds");
  check(feature.canny(camera, 2, 0.5, 0.8, { use_quantiles: true }), C.camera_quantiles, "quantiles");
  check(feature.canny(camera, { mask: camera.gt(100) }), C.camera_mask, "mask");
  check(feature.canny(camera, { mode: "reflect" }), C.camera_reflect, "mode");
  check(feature.canny(square, 1.5, { mode: "constant", cval: 1.0 }), C.square, "cval");
  check(feature.canny(arr(G.checker)), C.checker, "checkerboard");
  assert.throws(() => feature.canny(camera, { low_threshold: 0.5, high_threshold: 0.2 }), /low_threshold should be lower then high_threshold/);
  assert.throws(() => feature.canny(camera, { low_threshold: 2, high_threshold: 3, use_quantiles: true }), /Quantile thresholds must be between 0 and 1\./);
  assert.throws(() => feature.canny(np.zeros([3, 3, 3])), /The parameter `image` must be a 2-dimensional array/);
});

test("corner_harris, corner_shi_tomasi and structure_tensor", () => {
  close(feature.corner_harris(square), G.corner_harris.square, "harris");
  close(feature.corner_harris(square, "eps", 0.05, 1e-3, 2), G.corner_harris.square_eps, "eps method");
  close(feature.corner_harris(square, { k: 0.1 }), G.corner_harris.square_k, "k");
  close(feature.corner_shi_tomasi(square, 1.5), G.corner_shi_tomasi.square, "shi-tomasi");
  const T = G.structure_tensor;
  const each = (got: np.NDArray[], want: GoldenArray[], what: string) => got.forEach((g, i) => close(g, want[i], `${what}[${i}]`));
  each(feature.structure_tensor(square, 0.5, { order: "rc" }), T.rc, "rc");
  each(feature.structure_tensor(square, { order: "xy" }), T.xy, "xy");
  each(feature.structure_tensor(square), T.default, "default order");
  each(feature.structure_tensor(square, { mode: "reflect", order: "rc" }), T.reflect, "reflect");
  each(feature.structure_tensor(square, [1, 2], { cval: 0.5, order: "rc" }), T.cval, "cval and per-axis sigma");
});

test.run();
