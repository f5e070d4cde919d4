// Broadcast (stride 0) inputs give the results of their contiguous copies, which the module
// tests check against scikit-image; the inputs are left unchanged.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, skimage } from "../../src";
import { NDArray } from "../../src/np/ndarray";
import { expectArray } from "./_helpers";

const { exposure, filters, metrics, color } = skimage;
const row = np.array([[3, 200, 17, 90, 255, 0, 64, 128, 31, 7, 180, 99]], { dtype: "uint8" });
const wide = np.broadcast_to(row, [10, 12]);
const dense = wide.copy();
const rowF = np.array([[0.1, 0.9, 0.4, 0.75, 0.2, 0.6, 0.33, 0.05, 0.5]]);
const wideF = np.broadcast_to(rowF, [9, 9]);
const denseF = wideF.copy();

function same(a: NDArray, b: NDArray, what: string): void {
  expectArray(a, { dtype: b.dtype.name, shape: b.shape.slice(), data: Array.from(b.copy().data) }, 0, 0, what);
}

test("broadcast inputs: exposure", () => {
  same(exposure.histogram(wide)[0], exposure.histogram(dense)[0], "histogram");
  same(exposure.equalize_hist(wideF), exposure.equalize_hist(denseF), "equalize_hist");
  same(exposure.rescale_intensity(wide, [10, 100]), exposure.rescale_intensity(dense, [10, 100]), "rescale_intensity");
  same(exposure.equalize_adapthist(wide, 3), exposure.equalize_adapthist(dense, 3), "equalize_adapthist");
  same(exposure.match_histograms(wideF, dense), exposure.match_histograms(denseF, dense), "match_histograms");
});

test("broadcast inputs: filters, metrics, color", () => {
  assert.is(filters.threshold_yen(wide), filters.threshold_yen(dense));
  same(filters.scharr(wideF), filters.scharr(denseF), "scharr");
  same(filters.median(wide), filters.median(dense), "median");
  same(filters.rank.mean(wide, np.ones([3, 3], { dtype: "uint8" })), filters.rank.mean(dense, np.ones([3, 3], { dtype: "uint8" })), "rank.mean");
  same(filters.threshold_sauvola(wideF, 3), filters.threshold_sauvola(denseF, 3), "sauvola");
  assert.is(metrics.structural_similarity(wideF, denseF.mul(0.5), { win_size: 3 }), metrics.structural_similarity(denseF, denseF.mul(0.5), { win_size: 3 }));
  const pixel = np.array([0.2, 0.5, 0.9]);
  const rgb = np.broadcast_to(pixel, [4, 5, 3]);
  same(color.rgb2lab(rgb), color.rgb2lab(rgb.copy()), "rgb2lab");
  same(dense, wide.copy(), "input unchanged");
});

test.run();
