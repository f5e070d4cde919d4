/** skimage.segmentation's superpixels against Debian's scikit-image 0.19 (scripts/golden/skimage_superpixels.py). */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, skimage } from "../../../src/index";
import { GoldenArray, loadGolden } from "../../helpers/golden";
import { expectArray, fromGolden } from "../_helpers";
import { contiguousStorage } from "../../../src/np/contiguous";

const { segmentation, data } = skimage;
const G = loadGolden("skimage_superpixels/superpixels");

interface GoldenLabels { dtype: string; shape: number[]; labels: GoldenArray }

/** Labels equal to scikit-image's, element for element, with its dtype and shape. */
export function sameLabels(actual: np.NDArray, expected: GoldenLabels, what: string): void {
  assert.is(actual.dtype.name, expected.dtype, `${what}: dtype`);
  assert.equal(actual.shape.slice(), expected.shape, `${what}: shape`);
  const a = contiguousStorage(actual);
  const e = expected.labels.data;
  let bad = 0;
  let first = -1;
  for (let i = 0; i < e.length; i++) if (a[i] !== e[i]) { bad++; if (first < 0) first = i; }
  assert.ok(bad === 0, `${what}: ${bad} of ${e.length} labels differ (first at ${first}: ${a[first]} vs ${e[first]})`);
}

const astro = data.astronaut().get("::4", "::4");
const camera = data.camera().get("::4", "::4");
const synthetic = fromGolden(G.synthetic);

test("felzenszwalb: colour and gray images, scale, sigma, min_size, channel_axis", () => {
  const F = G.felzenszwalb;
  sameLabels(segmentation.felzenszwalb(astro), F.astro_default, "astronaut");
  sameLabels(segmentation.felzenszwalb(astro, { scale: 100, sigma: 0.5, min_size: 50 }), F.astro_opts, "astronaut options");
  sameLabels(segmentation.felzenszwalb(camera, 50, 1.0, 10), F.camera, "camera");
  sameLabels(segmentation.felzenszwalb(camera, { channel_axis: null }), F.camera_none, "camera, channel_axis None");
  sameLabels(segmentation.felzenszwalb(camera, { multichannel: false }), F.camera_none, "camera, multichannel False");
  sameLabels(segmentation.felzenszwalb(synthetic, { scale: 2, sigma: 0.3, min_size: 3 }), F.synthetic, "synthetic");
  const coffee = np.moveaxis(data.coffee().get("::5", "::5"), -1, 0);
  sameLabels(segmentation.felzenszwalb(coffee, { scale: 300, channel_axis: 0 }), F.coffee_ch0, "channel_axis 0");
  assert.throws(() => segmentation.felzenszwalb(astro, { channel_axis: null }), /works only on single or multi-channel 2d images/);
});

test("slic: grid and mask seeds, Lab, SLIC-zero, sizes, spacing, sigma, volumes", () => {
  const S = G.slic;
  const coffee = data.coffee().get("::4", "::4");
  const mask = np.zeros(camera.shape, { dtype: "bool" });
  mask.set(["10:110", "20:100"], true);
  sameLabels(segmentation.slic(astro), S.astro_default, "astronaut");
  sameLabels(segmentation.slic(astro, { n_segments: 50, compactness: 20, max_num_iter: 5, sigma: 1, start_label: 0 }), S.astro_opts, "options");
  sameLabels(segmentation.slic(astro, { n_segments: 30, slic_zero: true }), S.astro_zero, "slic_zero");
  sameLabels(segmentation.slic(astro, { n_segments: 40, convert2lab: false, enforce_connectivity: false }), S.astro_nolab, "no Lab, no connectivity");
  sameLabels(segmentation.slic(coffee, { n_segments: 60, min_size_factor: 0.2, max_size_factor: 2 }), S.coffee_sizes, "size factors");
  sameLabels(segmentation.slic(camera, { n_segments: 80, compactness: 0.1, channel_axis: null }), S.camera, "gray");
  sameLabels(segmentation.slic(camera, 40, 0.2, 10, 0.5, { spacing: [1, 2], channel_axis: null }), S.camera_spacing, "spacing");
  sameLabels(segmentation.slic(camera, 40, 0.2, { sigma: [1, 2], channel_axis: null }), S.camera_sigma_seq, "sigma per axis");
  sameLabels(segmentation.slic(camera, { n_segments: 20, compactness: 0.1, mask, channel_axis: null }), S.camera_mask, "gray, mask");
  sameLabels(segmentation.slic(astro, { n_segments: 25, mask }), S.astro_mask, "colour, mask");
  sameLabels(segmentation.slic(synthetic, { n_segments: 6, compactness: 0.05, channel_axis: null }), S.synthetic, "synthetic");
  sameLabels(segmentation.slic(fromGolden(G.volume), { n_segments: 12, compactness: 0.5, channel_axis: null }), S.volume, "volume");
  sameLabels(segmentation.slic(np.moveaxis(astro, -1, 0), { n_segments: 30, channel_axis: 0 }), S.astro_ch0, "channel_axis 0");
  sameLabels(segmentation.slic(camera, { n_segments: 30, multichannel: false }), S.astro_mc_false, "multichannel False");
  assert.throws(() => segmentation.slic(astro, { start_label: 2 }), /start_label should be 0 or 1/);
  assert.throws(() => segmentation.slic(astro, { convert2lab: true, channel_axis: 0 }), /Lab colorspace conversion requires a RGB image/);
});

test("quickshift: Lab and gray, ratio, kernel, max_dist, sigma, seed, channel_axis, tree", () => {
  const Q = G.quickshift;
  const small = data.astronaut().get("::6", "::6");
  sameLabels(segmentation.quickshift(small), Q.astro_default, "astronaut");
  sameLabels(segmentation.quickshift(small, { ratio: 0.5, kernel_size: 3, max_dist: 6, sigma: 1, random_seed: 7 }), Q.astro_opts, "options");
  sameLabels(segmentation.quickshift(data.camera().get("::6", "::6"), { kernel_size: 3, max_dist: 20, convert2lab: false }), Q.camera, "gray");
  sameLabels(segmentation.quickshift(np.moveaxis(small, -1, 0), { kernel_size: 2, channel_axis: 0 }), Q.astro_ch0, "channel_axis 0");
  const [labels, parent, dist] = segmentation.quickshift(synthetic, { kernel_size: 2, max_dist: 3, return_tree: true, convert2lab: false });
  sameLabels(labels, Q.tree.labels, "tree labels");
  sameLabels(parent, { dtype: Q.tree.parent_dtype, shape: Q.tree.parent.shape, labels: Q.tree.parent }, "parent");
  expectArray(dist, Q.tree.dist, 1e-12, 0, "dist_parent");
  assert.throws(() => segmentation.quickshift(small, { kernel_size: 0.5 }), /`kernel_size` should be >= 1/);
});

test.run();
