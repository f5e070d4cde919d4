/**
 * skimage.measure options by non-default value against scikit-image 0.19.3
 * (test/golden/skimage_options_more/options.json): inertia_tensor(_eigvals) from given moments
 * or tensor, moments_normalized's order, regionprops' cache, coordinates and extra_properties.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../../src";
import { assertAllClose } from "../../helpers/golden";
import { throwsNamed } from "../_helpers";
import { CALLABLES, fixture, runOptionCases, src, withWarnings } from "./_run";

test("inertia_tensor(mu), inertia_tensor_eigvals(mu, T), moments_normalized(order), regionprops_table(cache, extra_properties)", () => {
  assert.is(runOptionCases("skimage.measure.", 1e-10, 1e-12), 5);
});

test("regionprops: cache=False, coordinates='rc' (with its FutureWarning), extra_properties", () => {
  const [regions, warnings] = withWarnings(() =>
    skimage.measure.regionprops(src("labels"), src("inten"), false, "rc", { extra_properties: [CALLABLES.area2, CALLABLES.wmean] as never }),
  );
  assert.equal(warnings, fixture.extra.regionprops_warnings);
  const expected = fixture.extra.regionprops as { label: number; area: number; centroid: number[]; area2: number; wmean: number }[];
  assert.is(regions.length, expected.length);
  regions.forEach((r, i) => {
    const e = expected[i];
    const extra = r as unknown as Record<string, number>;
    assert.is(r.label, e.label);
    // read twice: without the cache the second read computes again, to the same value
    for (let k = 0; k < 2; k++) {
      assert.is(r.area, e.area);
      assertAllClose(r.centroid, e.centroid, 1e-12, 0, "centroid");
      assertAllClose([extra.area2, extra.wmean], [e.area2, e.wmean], 1e-12, 0, `region ${e.label} extra properties`);
    }
  });
  const [name, message] = fixture.extra.regionprops_xy;
  throwsNamed(() => skimage.measure.regionprops(src("labels"), { coordinates: "xy" as never }), name, message);
});

test.run();
