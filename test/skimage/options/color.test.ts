/**
 * channel_axis=0 for the colour conversions back to RGB (and lch2lab) against scikit-image 0.19.3
 * (test/golden/skimage_options_more/options.json).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { runOptionCases } from "./_run";

test("hed2rgb, lab2rgb, lch2lab, ydbdr2rgb, yiq2rgb, ypbpr2rgb and yuv2rgb read channels on axis 0", () => {
  assert.is(runOptionCases("skimage.color.", 1e-6, 1e-12), 7);
});

test.run();
