import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, skimage } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { fromGolden } from "../_helpers";

const { probabilistic_hough_line } = skimage.transform;
const g = loadGolden("skimage_transform/probabilistic_hough");
const image = fromGolden(g.image);

test("probabilistic_hough_line: seeded, defaults", () => {
  assert.equal(probabilistic_hough_line(image, { seed: 1 }), g.defaults);
});

test("probabilistic_hough_line: threshold, line_length, line_gap; positional and keyword", () => {
  assert.equal(probabilistic_hough_line(image, 5, 10, 4, null, 2), g.short);
  assert.equal(probabilistic_hough_line(image.T.copy().T, { threshold: 5, line_length: 10, line_gap: 4, seed: 2 }), g.short);
});

test("probabilistic_hough_line: custom theta", () => {
  assert.equal(probabilistic_hough_line(image, { threshold: 8, line_length: 15, line_gap: 1, theta: fromGolden(g.theta), seed: 3 }), g.with_theta);
});

test("probabilistic_hough_line: 2-D only", () => {
  assert.throws(() => probabilistic_hough_line(np.zeros([3, 3, 3])), /The input image `image` must be 2D./);
});

test.run();
