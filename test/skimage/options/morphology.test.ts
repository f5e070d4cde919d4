/**
 * skimage.morphology options by non-default value against scikit-image 0.19.3
 * (test/golden/skimage_options_more/options.json): out arrays (filled and returned), in_place
 * (with its FutureWarning), the footprints' dtype, erosion's shift_y, flood_fill's footprint,
 * connectivity and in_place, local_minima's footprint and indices, area_closing's connectivity;
 * convex_hull_image's tolerance, refused.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../../src";
import { throwsNamed } from "../_helpers";
import { runOptionCases, src } from "./_run";

test("morphology options as scikit-image 0.19.3", () => {
  assert.ok(runOptionCases("skimage.morphology.", 0, 0) >= 30);
});

test("convex_hull_image: tolerance only serves scikit-image's N-D path, so it is refused", () => {
  throwsNamed(() => skimage.morphology.convex_hull_image(src("blobs"), { tolerance: 0.5 }), "NotImplementedError", "convex_hull_image() tolerance=0.5 is not supported yet");
  throwsNamed(() => skimage.morphology.convex_hull_image(src("blobs"), true, 0.5), "NotImplementedError", "convex_hull_image() tolerance=0.5 is not supported yet");
});

test.run();
