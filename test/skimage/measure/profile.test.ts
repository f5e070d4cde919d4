import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage, np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { runCases } from "../../scipy/ndimage/_cases";
import { throwsNamed } from "../_helpers";

const { measure } = skimage;

test("profile_line matches scikit-image 0.19 (widths, orders, modes, RGB, bool, no reduction)", () => {
  const n = runCases(loadGolden("skimage_measure/profile"), measure as never, 1e-12, 1e-12);
  assert.ok(n > 15, `${n} cases`);
});

test("profile_line refuses interpolating a bool image", () => {
  throwsNamed(() => measure.profile_line(np.zeros([4, 4], { dtype: "bool" }), [0, 0], [3, 3], { order: 1 }), "ValueError", /Input image dtype is bool/);
});

test.run();
