import { test } from "uvu";
import * as assert from "uvu/assert";
import { scipy, np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { runCases } from "./_cases";
import { throwsNamed } from "../../skimage/_helpers";

const { ndimage } = scipy;
const fx = loadGolden("ndimage/interpolation");

test("map_coordinates, shift, zoom, rotate, affine_transform and spline_filter match SciPy 1.10 (orders 0-5, every mode)", () => {
  const n = runCases(fx, ndimage as never, 1e-12, 1e-12);
  assert.ok(n > 150, `${n} cases`);
});

test("bad arguments raise scipy's errors", () => {
  throwsNamed(() => ndimage.zoom(np.zeros([3, 3]), 2, { order: 6 }), "RuntimeError", "spline order not supported");
  throwsNamed(() => ndimage.rotate(np.zeros([3]), 10), "ValueError", "input array should be at least 2D");
  throwsNamed(() => ndimage.affine_transform(np.zeros([3, 3]), np.ones([3, 3, 3])), "RuntimeError", "no proper affine matrix provided");
});

test.run();
