import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage, np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { runCases } from "../../scipy/ndimage/_cases";
import { throwsNamed } from "../_helpers";

const { morphology } = skimage;
const fx = loadGolden("skimage_morphology/basic");

test("footprints, grey and binary morphology, small-object removal and convex hulls match scikit-image 0.19", () => {
  const n = runCases(fx, morphology as never, 1e-12, 1e-12);
  assert.ok(n > 200, `${n} cases`);
});

test("bad arguments raise scikit-image's errors", () => {
  throwsNamed(() => morphology.remove_small_objects(np.zeros([3, 3])), "TypeError", "Only bool or integer image types are supported. Got float64.");
  throwsNamed(() => morphology.disk(2, { bogus: 1 } as never), "TypeError", "disk() got an unexpected keyword argument 'bogus'");
});

test.run();
