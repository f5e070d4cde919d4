import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../src";
import { signatureOf } from "../../src/signature";

// The modules declared with Python signatures throughout, and the declared additions elsewhere.
const WHOLE: Record<string, object> = {
  "skimage.exposure": skimage.exposure,
  "skimage.metrics": skimage.metrics,
  "skimage.draw": skimage.draw,
  "skimage.filters.rank": skimage.filters.rank,
};
const ADDED: Record<string, readonly string[]> = {
  "skimage.filters": [
    "threshold_yen", "threshold_isodata", "threshold_li", "threshold_mean", "threshold_minimum", "threshold_triangle", "threshold_multiotsu",
    "threshold_local", "threshold_niblack", "threshold_sauvola", "apply_hysteresis_threshold", "correlate_sparse", "sobel_h", "sobel_v", "scharr",
    "scharr_h", "scharr_v", "prewitt", "prewitt_h", "prewitt_v", "roberts", "roberts_pos_diag", "roberts_neg_diag", "farid", "farid_h", "farid_v",
    "laplace", "median", "unsharp_mask", "difference_of_gaussians", "meijering", "sato", "frangi", "hessian", "rank_order",
  ],
  "skimage.color": [
    "rgb2xyz", "xyz2rgb", "rgb2lab", "lab2rgb", "rgb2hed", "hed2rgb", "rgb2ycbcr", "label2rgb", "rgb2yuv", "yuv2rgb", "rgb2yiq", "yiq2rgb",
    "rgb2ypbpr", "ypbpr2rgb", "rgb2ydbdr", "ydbdr2rgb", "ycbcr2rgb", "lab2lch", "lch2lab",
  ],
  "skimage.util": ["invert", "view_as_blocks", "view_as_windows", "montage", "regular_grid", "unique_rows", "compare_images"],
};

test("every function of these modules carries its scikit-image signature", () => {
  let count = 0;
  for (const [ns, mod] of Object.entries(WHOLE)) {
    for (const [name, fn] of Object.entries(mod)) {
      if (typeof fn !== "function") continue;
      const sig = signatureOf(fn);
      assert.ok(sig, `${ns}.${name} has no signature`);
      assert.is(sig!.qualname, `${ns}.${name}`);
      count++;
    }
  }
  for (const [ns, names] of Object.entries(ADDED)) {
    const mod = ns === "skimage.filters" ? skimage.filters : ns === "skimage.color" ? skimage.color : skimage.util;
    for (const name of names) {
      const sig = signatureOf((mod as Record<string, unknown>)[name]);
      assert.ok(sig, `${ns}.${name} has no signature`);
      assert.is(sig!.qualname, `${ns}.${name}`);
      count++;
    }
  }
  assert.is(count, 108);
});

test("signatures refuse what Python refuses", () => {
  assert.throws(() => (skimage.filters.frangi as any)(np2d(), { sigma: 1 }), /frangi\(\) got an unexpected keyword argument 'sigma'/);
  assert.throws(() => (skimage.draw.disk as any)([1, 1]), /disk\(\) missing 1 required positional argument: 'radius'/);
  assert.throws(() => (skimage.metrics.mean_squared_error as any)(np2d(), np2d(), np2d()), /mean_squared_error\(\) takes 2 positional arguments but 3 were given/);
});

function np2d() {
  return [[0, 1], [2, 3]];
}

test.run();
