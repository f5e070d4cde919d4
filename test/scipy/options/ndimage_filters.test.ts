/**
 * scipy.ndimage filter and morphology options by non-default value (output arrays, axis, origin,
 * cval, truncate, radius, footprint, brute_force) against SciPy 1.10
 * (test/golden/skimage_options_more/options.json).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { scipy, np } from "../../../src";
import { runOptionCases, src } from "../../skimage/options/_run";
import { INTERPOLATION } from "./_interpolation";

test("filters, morphology and rank filters honour every option as SciPy 1.10 does", () => {
  const n = runOptionCases("scipy.ndimage.", 1e-12, 1e-12, (c) => !INTERPOLATION.test(c.fn));
  assert.ok(n >= 45, `${n} cases`);
});

test("binary_fill_holes fills a given output array and returns None, as scipy", () => {
  const out = np.ones([12, 12], { dtype: "bool" });
  assert.is(scipy.ndimage.binary_fill_holes(src("blobs"), null, out), null);
  assert.equal(out.tolist(), scipy.ndimage.binary_fill_holes(src("blobs")).tolist());
});

test.run();
