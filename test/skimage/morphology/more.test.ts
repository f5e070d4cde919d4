import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage, np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { runCases } from "../../scipy/ndimage/_cases";
import { throwsNamed } from "../_helpers";

const { morphology } = skimage;
const fx = loadGolden("skimage_morphology/more");

test("reconstruction, flood, extrema, area filters and skeletons match scikit-image 0.19", () => {
  const n = runCases(fx, morphology as never, 1e-12, 1e-12);
  assert.ok(n > 100, `${n} cases`);
});

test("bad arguments raise scikit-image's errors", () => {
  throwsNamed(() => morphology.h_maxima(np.array([[1, 2], [3, 4]]), 0), "ValueError", "h = 0 is ambiguous, use local_maxima() instead?");
  throwsNamed(() => morphology.reconstruction(np.ones([3, 3]), np.zeros([3, 3])), "ValueError", "Intensity of seed image must be less than that of the mask image for reconstruction by dilation.");
  throwsNamed(() => morphology.skeletonize(np.full([3, 3], 2)), "ValueError", "Image contains values other than 0 and 1");
  throwsNamed(() => morphology.area_opening(np.zeros([3, 3]), { parent: np.zeros([3, 3]) as never }), "NotImplementedError", /parent/);
});

test.run();
