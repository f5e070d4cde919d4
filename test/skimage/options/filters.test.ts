/**
 * skimage.filters options by non-default value against scikit-image 0.19.3
 * (test/golden/skimage_options_more/options.json): the ridge filters' mode, cval, scale_range,
 * scale_step, alpha, beta and black_ridges; threshold_minimum's nbins and max_num_iter,
 * threshold_multiotsu from a histogram, threshold_li's iter_callback; the deprecated multichannel
 * of difference_of_gaussians and unsharp_mask, with their FutureWarning.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../../src";
import { assertAllClose } from "../../helpers/golden";
import { fixture, runOptionCases, src } from "./_run";

test("filters options and FutureWarnings as scikit-image 0.19.3", () => {
  // unsharp_mask(multichannel=True) is compared with 0.19.3's channel_axis=2: its negative
  // channel_axis slices the first axis and leaves the rest of np.empty_like unset
  assert.is(runOptionCases("skimage.filters.", 1e-6, 1e-12), 13);
});

test("threshold_li calls iter_callback with every threshold it tries", () => {
  const seen: number[] = [];
  const t = skimage.filters.threshold_li(src("cam"), { iter_callback: (x: number) => void seen.push(x) });
  assertAllClose(seen, fixture.extra.li_thresholds, 1e-12, 0, "li thresholds");
  assertAllClose([t], [fixture.extra.li_result], 1e-12, 0, "li result");
});

test.run();
