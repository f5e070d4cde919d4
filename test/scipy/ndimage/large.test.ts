import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, scipy, skimage } from "../../../src";
import { assertAllClose, float64Digest, loadGolden } from "../../helpers/golden";

// Images over 64 KiB live in the shared WebAssembly heap, where the SIMD kernels take them.
const ndi = scipy.ndimage;
const { morphology, metrics, feature } = skimage;
const g = loadGolden("ndimage/large");
const arrayOf = (a: { dtype: string; shape: number[]; data: number[] }) => np.asarray(a.data, { dtype: a.dtype as never }).reshape(a.shape);
const u8 = arrayOf(g.u8);
const f64 = arrayOf(g.f64);
const w5 = arrayOf(g.w5);
const mask = u8.gt(128);
const digestOf = (a: any) => float64Digest(Array.from(a.data as ArrayLike<number>));

test("uint8 minimum / maximum filters and grey morphology match SciPy bit for bit", () => {
  assert.is(digestOf(ndi.minimum_filter(u8, 5)), g.minimum_filter_5);
  assert.is(digestOf(ndi.maximum_filter(u8, { footprint: ndi.generate_binary_structure(2, 1), mode: "constant", cval: 7 })), g.maximum_filter_cross_constant);
  assert.is(digestOf(ndi.grey_opening(u8, { size: [3, 4], mode: "wrap" })), g.grey_opening_3x4_origin);
  assert.is(digestOf(ndi.minimum_filter1d(u8, 6, { axis: 0, origin: 1 })), g.minimum_filter1d_axis0);
  assert.is(digestOf(morphology.erosion(u8, morphology.disk(2))), g.erosion_disk2);
  assert.is(digestOf(morphology.white_tophat(u8)), g.white_tophat);
});

test("binary morphology, labels, local maxima and flood fill match SciPy / scikit-image", () => {
  assert.is(digestOf(ndi.binary_erosion(mask)), g.binary_erosion);
  assert.is(digestOf(ndi.binary_dilation(mask, np.ones([3, 3]))), g.binary_dilation_square);
  const [labels] = ndi.label(mask);
  assert.is(digestOf(labels), g.label);
  assert.is(ndi.label(mask, np.ones([3, 3]))[1], g.label8_count);
  assert.is(digestOf(morphology.local_maxima(u8)), g.local_maxima);
  assert.is(digestOf(morphology.flood_fill(u8, [100, 120], 0, { tolerance: 12 })), g.flood_fill);
});

test("float64 Gaussian filters and correlation match SciPy", () => {
  assertAllClose(ndi.gaussian_filter(f64, 3).data as Float64Array, g.gaussian_3.data, 1e-12, 0, "gaussian_filter");
  assertAllClose(ndi.gaussian_filter1d(f64, 2, { axis: 0, order: 1 }).data as Float64Array, g.gaussian1d_order1.data, 1e-12, 1e-15, "gaussian_filter1d");
  assertAllClose(ndi.correlate(f64, w5, { mode: "nearest" }).data as Float64Array, g.correlate_w5.data, 1e-12, 1e-15, "correlate");
});

test("hausdorff_distance and match_template on large images match scikit-image", () => {
  assert.is(metrics.hausdorff_distance(mask, np.roll(mask, 17, { axis: 1 })), g.hausdorff);
  const m = feature.match_template(u8, u8.get("40:80", "50:95")).get("::3", "::3");
  assert.equal(m.shape, g.match_template_3.shape);
  assertAllClose(m.copy().data as Float64Array, g.match_template_3.data, 1e-6, 1e-9, "match_template");
});

test.run();
