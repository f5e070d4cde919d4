/**
 * scipy.ndimage interpolation options by non-default value (output arrays, cval, prefilter=False)
 * against SciPy 1.10 (test/golden/skimage_options_more/options.json).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixture, runOptionCases } from "../../skimage/options/_run";
import { INTERPOLATION } from "./_interpolation";

test("interpolation: output arrays, cval and prefilter=False as SciPy 1.10", () => {
  const n = runOptionCases("scipy.ndimage.", 1e-12, 1e-12, (c) => INTERPOLATION.test(c.fn));
  assert.is(n, fixture.cases.filter((c) => c.fn.startsWith("scipy.ndimage.") && INTERPOLATION.test(c.fn)).length);
  assert.ok(n >= 11, `${n} cases`);
});

test.run();
