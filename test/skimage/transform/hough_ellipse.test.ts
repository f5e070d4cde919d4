import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../../src";
import { assertAllClose, loadGolden } from "../../helpers/golden";
import { fromGolden, throwsNamed } from "../_helpers";

const { transform } = skimage;
const g = loadGolden("skimage_transform/hough_ellipse");
const doc = fromGolden(g.doc.image);
const tilted = fromGolden(g.tilted.image);

/** Same candidates, in the same order: integers exact, floats to 1e-12. */
function expectRecords(actual: number[][], expected: number[][], what: string): void {
  assert.is(actual.length, expected.length, `${what}: count`);
  actual.forEach((r, i) => {
    assert.is(r[0], expected[i][0], `${what}[${i}] accumulator`);
    assertAllClose(r.slice(1), expected[i].slice(1), 1e-12, 1e-12, `${what}[${i}]`);
  });
}

test("hough_ellipse: scikit-image's docstring ellipse", () => {
  const r = transform.hough_ellipse(doc, { threshold: 8 });
  expectRecords(r.tolist(), g.doc.result, "doc");
  assert.equal(r.shape, [1]);
  assert.equal(r.at(-1), [10, 10, 10, 8, 6, 0]);
  assert.is(r.get("accumulator").dtype.name, "int64");
  assert.equal(Array.from(r.get("b").data), [6]);
});

test("hough_ellipse: defaults, options, positional arguments, layouts", () => {
  expectRecords(transform.hough_ellipse(tilted).tolist(), g.tilted.default, "default");
  expectRecords(transform.hough_ellipse(tilted, { threshold: 6, accuracy: 2, min_size: 6, max_size: 9 }).tolist(), g.tilted.options, "options");
  expectRecords(transform.hough_ellipse(tilted, 10, 1.5, 5).tolist(), g.tilted.positional, "positional");
  // a strided view of a wider image gives the same pixels
  const wide = skimage.util.img_as_ubyte(tilted).repeat(2, 1);
  expectRecords(transform.hough_ellipse(wide.get(":", "::2")).tolist(), g.tilted.default, "strided");
  assert.is(transform.hough_ellipse(transform.resize(tilted, [30, 34]).gt(2)).length, g.empty.length);
});

test("hough_ellipse: sort(order=...) as ndarray.sort on the structured array", () => {
  const r = transform.hough_ellipse(tilted, { threshold: 6, accuracy: 2 });
  r.sort({ order: "accumulator" });
  expectRecords(r.tolist(), g.tilted.sorted, "by accumulator");
  const s = transform.hough_ellipse(tilted, { threshold: 6, accuracy: 2 });
  s.sort({ order: ["b", "a"] });
  expectRecords(s.tolist(), g.tilted.sorted_b, "by b then a");
});

test("hough_ellipse: bad input", () => {
  throwsNamed(() => transform.hough_ellipse(skimage.util.img_as_float(tilted).reshape(1, 30, 34)), "ValueError", "The input image must be 2D.");
  throwsNamed(() => transform.hough_ellipse(tilted).at(100), "IndexError", /out of bounds/);
});

test.run();
