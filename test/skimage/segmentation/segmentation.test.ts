/** skimage.segmentation against Debian's scikit-image 0.19 (scripts/golden/skimage_segmentation.py). */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, skimage } from "../../../src/index";
import { GoldenArray, assertAllClose, loadGolden } from "../../helpers/golden";
import { fromGolden } from "../_helpers";

const { segmentation, data, filters } = skimage;
const G = loadGolden("skimage_segmentation/segmentation");

function arr(g: GoldenArray): np.NDArray {
  return np.array(g.data, { dtype: g.dtype as never }).reshape(g.shape);
}

function same(actual: np.NDArray, expected: GoldenArray, what: string): void {
  assert.is(actual.dtype.name, expected.dtype, `${what} dtype`);
  assert.equal(actual.shape, expected.shape, `${what} shape`);
  assert.equal(Array.from(actual.ravel().tolist() as number[], Number), expected.data, what);
}

const labels = arr(G.labels);

test("clear_border: default, buffer_size, bgval, mask and touching values", () => {
  same(segmentation.clear_border(labels), G.clear_border.default, "default");
  same(segmentation.clear_border(labels, 1), G.clear_border.buffer1, "buffer_size");
  same(segmentation.clear_border(labels, { bgval: -1 }), G.clear_border.bgval, "bgval");
  const inner = np.zeros([12, 14], { dtype: "bool" });
  inner.set(["1:11", "1:13"], true);
  same(segmentation.clear_border(labels, { mask: inner }), G.clear_border.mask, "mask");
  same(segmentation.clear_border(arr(G.noise)), G.clear_border.noise, "noise");
});

test("clear_border: out, in_place, and bad input", () => {
  const out = np.zeros([12, 14], { dtype: "int64" });
  assert.is(segmentation.clear_border(labels, { out }), out);
  same(out, G.clear_border.default, "out");
  const copy = labels.copy();
  assert.is(segmentation.clear_border(copy, 0, 0, true), copy);
  same(copy, G.clear_border.default, "in_place");
  same(labels, G.labels, "input untouched");
  assert.throws(() => segmentation.clear_border(labels, 12), /buffer size may not be greater than labels size/);
  assert.throws(() => segmentation.clear_border(labels, { mask: np.ones([12, 14]) }), (e: Error) => e.name === "TypeError" && e.message === "mask should be of type bool.");
});

test("find_boundaries in every mode, connectivity and background", () => {
  for (const mode of ["thick", "inner", "outer", "subpixel"] as const) {
    same(segmentation.find_boundaries(labels, { mode }), G.find_boundaries[mode], mode);
  }
  same(segmentation.find_boundaries(labels, 2), G.find_boundaries_conn2, "connectivity 2");
  same(segmentation.find_boundaries(labels, { mode: "inner", background: 2 }), G.find_boundaries_background, "background");
  assert.throws(() => segmentation.find_boundaries(labels.astype("float64"), { mode: "outer" }), /Invalid integer data type 'f'/);
});

test("mark_boundaries: colours, modes, outline and background label", () => {
  const gray = arr(G.gray);
  const close = (a: np.NDArray, g: GoldenArray, what: string) => {
    assert.equal(a.shape, g.shape, what);
    assert.is(a.dtype.name, g.dtype, what);
    assertAllClose(a.ravel().tolist() as number[], g.data, 1e-12, 0, what);
  };
  close(segmentation.mark_boundaries(gray, labels), G.mark_boundaries.outer, "outer");
  close(segmentation.mark_boundaries(gray, labels, [1, 0, 0], { mode: "inner" }), G.mark_boundaries.inner_color, "inner");
  close(segmentation.mark_boundaries(gray, labels, { outline_color: [0, 0, 1], mode: "thick" }), G.mark_boundaries.outline, "outline");
  close(segmentation.mark_boundaries(gray, labels, { background_label: 2 }), G.mark_boundaries.background, "background");
  assert.throws(() => segmentation.mark_boundaries(gray, labels, { mode: "fine" as never }), (e: Error) => e.name === "ValueError");
});

test("expand_labels by 1, 2 and 5 pixels", () => {
  for (const d of [1, 2, 5]) same(segmentation.expand_labels(labels, d), G.expand_labels[String(d)], `distance ${d}`);
});

test("watershed: markers, mask, line, compactness, connectivity, minima", () => {
  const distance = arr(G.distance);
  const markers = arr(G.markers);
  const circles = arr(G.circles);
  const neg = distance.neg();
  same(segmentation.watershed(neg, markers, { mask: circles }), G.watershed.markers, "markers");
  same(segmentation.watershed(neg, markers, { mask: circles, watershed_line: true }), G.watershed.line, "line");
  same(segmentation.watershed(neg, markers, { mask: circles, compactness: 0.5 }), G.watershed.compact, "compact");
  same(segmentation.watershed(neg, markers, 2), G.watershed.conn2, "connectivity 2");
  same(segmentation.watershed(neg), G.watershed.minima, "local minima as markers");
  const plateau = arr(G.plateau);
  const pm = arr(G.plateau_markers);
  same(segmentation.watershed(plateau, pm), G.watershed.plateau, "plateau");
  same(segmentation.watershed(plateau, pm, { watershed_line: true }), G.watershed.plateau_line, "plateau line");
  same(segmentation.watershed(plateau, pm, { compactness: 0.01 }), G.watershed.plateau_compact, "plateau compact");
});

test("watershed: offset, a footprint as connectivity, and bad input", () => {
  const plateau = arr(G.plateau);
  const pm = arr(G.plateau_markers);
  const cross = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]]);
  same(segmentation.watershed(plateau, pm, cross, [1, 1]), G.watershed.plateau, "footprint and centre");
  assert.throws(() => segmentation.watershed(plateau, np.zeros([3, 3], { dtype: "int64" })), (e: Error) => e.name === "ValueError");
  assert.throws(() => segmentation.watershed(plateau, pm, { mask: np.ones([2, 2]) }), /`mask` \(shape \(2, 2\)\) must have same shape as `image` \(shape \(15, 17\)\)/);
  assert.throws(() => segmentation.watershed(plateau, pm, np.ones([2, 2])), /Connectivity array must have an unambiguous center/);
});

test("the gallery's coins watershed: Sobel elevation, markers from two thresholds", () => {
  const coins = data.coins();
  const elevation = filters.sobel(coins);
  same(segmentation.watershed(elevation, arr(G.coins_markers)), G.coins_watershed, "coins");
});

test("watershed: a number of markers laid on a regular grid (within the mask)", () => {
  const W = loadGolden("skimage_segmentation/watershed_seeds");
  const image = fromGolden(W.image);
  const mask = fromGolden(W.mask);
  same(segmentation.watershed(image, 10), W.n10, "markers=10");
  same(segmentation.watershed(image, 10, { mask }), W.n10_mask, "markers=10, mask");
  same(segmentation.watershed(image.T.copy().T, 7, { compactness: 0.1 }), W.n7_compact, "markers=7, compactness");
});

test.run();
