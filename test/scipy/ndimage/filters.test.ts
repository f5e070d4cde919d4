import { test } from "uvu";
import * as assert from "uvu/assert";
import { scipy, np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { runCases } from "./_cases";
import { throwsNamed } from "../../skimage/_helpers";

const { ndimage } = scipy;
const fx = loadGolden("ndimage/filters");

test("filters match SciPy 1.10 (contiguous, transposed, reversed, broadcast; every mode)", () => {
  const n = runCases(fx, ndimage as never, 1e-12, 1e-12);
  assert.ok(n > 80, `${n} cases`);
});

test("bad arguments raise scipy's errors", () => {
  const a = np.zeros([4, 4]);
  throwsNamed(() => ndimage.gaussian_filter(a, 1, { mode: "bogus" as never }), "RuntimeError", "boundary mode not supported");
  throwsNamed(() => ndimage.gaussian_filter(a, [1, 2, 3]), "RuntimeError", "sequence argument must have length equal to input rank");
  throwsNamed(() => ndimage.median_filter(a), "RuntimeError", "no footprint or filter size provided");
  throwsNamed(() => ndimage.maximum_filter(a, { footprint: [[0, 0], [0, 0]] }), "ValueError", "All-zero footprint is not supported.");
  throwsNamed(() => ndimage.correlate(a, [1, 2, 3]), "RuntimeError", "filter weights array has incorrect shape.");
  throwsNamed(() => ndimage.uniform_filter(a, 3, { bogus: 1 } as never), "TypeError", "uniform_filter() got an unexpected keyword argument 'bogus'");
});

test.run();
