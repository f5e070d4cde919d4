/**
 * The deprecated multichannel of exposure.match_histograms, metrics.structural_similarity and
 * util.montage (values and FutureWarning as scikit-image 0.19.3, from
 * test/golden/skimage_options_more/options.json), and is_low_contrast's method, refused.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../../src";
import { throwsNamed } from "../_helpers";
import { runOptionCases, src } from "./_run";

test("multichannel=True is channel_axis=-1 with scikit-image's FutureWarning", () => {
  assert.is(runOptionCases("skimage.exposure.", 1e-6, 1e-12), 1);
  assert.is(runOptionCases("skimage.metrics.", 1e-6, 1e-12), 1);
  assert.is(runOptionCases("skimage.util.", 1e-6, 1e-12), 1);
});

test("is_low_contrast: 0.19 computes the linear ratio whatever method says, so another method is refused", () => {
  throwsNamed(() => skimage.exposure.is_low_contrast(src("camf"), { method: "uniform" as never }), "NotImplementedError", "is_low_contrast() method='uniform' is not supported yet");
  assert.is(skimage.exposure.is_low_contrast(src("camf"), { method: "linear" }), false);
});

test.run();
