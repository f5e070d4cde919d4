import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../../src";
import { NDArray } from "../../../src/np/ndarray";
import { loadGolden } from "../../helpers/golden";
import { expectSame } from "../../scipy/ndimage/_cases";
import { fromGolden } from "../_helpers";

const { measure } = skimage;
const g = loadGolden("skimage_measure/regionprops");

/** Floats of moment sums: 1e-9 relative; near-zero central moments compared absolutely. */
function tolerance(prop: string): [number, number] {
  if (/moments|inertia|axis|eccentricity|orientation|centroid_weighted|weighted_centroid/.test(prop)) return [1e-9, 1e-9];
  return [1e-12, 1e-12];
}

function compareRegions(regions: skimage.measure.RegionProperties[], expected: Record<string, unknown>[], what: string): number {
  assert.is(regions.length, expected.length, `${what}: region count`);
  let n = 0;
  regions.forEach((r, i) => {
    for (const [prop, want] of Object.entries(expected[i])) {
      const w = want as { error?: string };
      if (w !== null && typeof w === "object" && "error" in w && !("dtype" in w)) {
        assert.throws(() => r.get(prop), undefined, `${what}[${i}].${prop} raises`);
        continue;
      }
      const [rel, abs] = tolerance(prop);
      expectSame(r.get(prop), want, rel, abs, `${what}[${i}].${prop}`);
      n++;
    }
  });
  return n;
}

test("every region property matches scikit-image 0.19 (coins with intensity, blobs, RGB intensity, 3-D)", () => {
  const labels = fromGolden(g.labels);
  const coins = fromGolden(g.coins);
  let n = compareRegions(measure.regionprops(labels, coins), g.coins_regions, "coins");
  n += compareRegions(measure.regionprops(fromGolden(g.blob_labels)), g.blob_regions, "blobs");
  const camLabels = measure.label(fromGolden(g.camf).get(":30", ":40").gt(120 / 255)) as NDArray;
  n += compareRegions(measure.regionprops(camLabels, fromGolden(g.rgb)), g.rgb_regions, "rgb");
  n += compareRegions(measure.regionprops(fromGolden(g.vol_labels)), g.vol_regions, "vol");
  assert.ok(n > 1000, `${n} values`);
});

test("regionprops_table gives scikit-image's columns", () => {
  const labels = fromGolden(g.labels);
  const coins = fromGolden(g.coins);
  const props = ["label", "area", "bbox", "centroid", "eccentricity", "orientation", "intensity_mean", "major_axis_length", "moments_hu", "inertia_tensor", "solidity", "euler_number", "perimeter"];
  const check = (got: Record<string, unknown>, want: Record<string, unknown>, what: string) => {
    assert.equal(Object.keys(got), Object.keys(want), `${what}: column names`);
    for (const k of Object.keys(want)) expectSame(got[k], want[k], 1e-9, 1e-9, `${what}.${k}`);
  };
  check(measure.regionprops_table(labels, coins, props), g.table, "table");
  check(measure.regionprops_table(fromGolden(g.blob_labels)), g.table_default, "default");
  check(measure.regionprops_table(fromGolden(g.blob_labels), { properties: ["label", "centroid", "area_convex", "moments_normalized"], separator: "_" }), g.table_sep, "sep");
  check(measure.regionprops_table(fromGolden({ dtype: "int64", shape: [5, 5], data: new Array(25).fill(0) }), { properties: ["label", "centroid", "area"] }), g.table_empty, "empty");
});

test("a region reads its properties lazily and by older names", () => {
  const r = measure.regionprops(fromGolden(g.labels))[0];
  assert.is(r.convex_area, r.area_convex);
  assert.is(r.get("ConvexArea"), r.area_convex);
  assert.ok([...r].includes("area") && ![...r].includes("intensity_mean"));
});

test.run();
