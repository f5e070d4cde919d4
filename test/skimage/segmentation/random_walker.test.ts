/** random_walker against Debian's scikit-image 0.19 (scripts/golden/skimage_random_walker.py). */
import { test } from "uvu";
import { skimage } from "../../../src/index";
import { loadGolden } from "../../helpers/golden";
import { expectArray, fromGolden, throwsNamed } from "../_helpers";

const { segmentation } = skimage;
const G = loadGolden("skimage_segmentation/random_walker");
const img = fromGolden(G.img);
const markers = fromGolden(G.markers);
const small = fromGolden(G.small_img);
const seeds = fromGolden(G.seeds);

test("random_walker: the gallery image in every mode", () => {
  expectArray(segmentation.random_walker(img, markers, { beta: 10, mode: "bf" }), G.gallery, 0, 0, "bf");
  expectArray(segmentation.random_walker(img, markers, { beta: 10 }), G.gallery_cg_j, 0, 0, "cg_j");
  expectArray(segmentation.random_walker(img, markers, 10, "cg", 1e-4), G.gallery_cg, 0, 0, "cg");
});

test("random_walker: seeds renumbered, probabilities, spacing, colour, volumes", () => {
  expectArray(segmentation.random_walker(small, seeds), G.small, 0, 0, "small");
  expectArray(segmentation.random_walker(small, seeds, { beta: 50, return_full_prob: true, tol: 1e-6 }), G.small_prob, 1e-6, 1e-7, "probabilities");
  const copy = seeds.copy();
  expectArray(segmentation.random_walker(small, copy, { spacing: [1, 3], copy: false }), G.small_spacing, 0, 0, "spacing");
  expectArray(copy, G.seeds, 0, 0, "labels left as they were");
  expectArray(segmentation.random_walker(small, seeds, { mode: "bf", return_full_prob: true }), G.small_bf_prob, 1e-6, 1e-7, "bf probabilities");
  const color = fromGolden(G.color_img);
  const cseeds = fromGolden(G.cseeds);
  expectArray(segmentation.random_walker(color, cseeds, { channel_axis: -1 }), G.color, 0, 0, "colour");
  expectArray(segmentation.random_walker(color, cseeds, { channel_axis: -1, return_full_prob: true, tol: 1e-8, prob_tol: 0.1 }), G.color_prob, 1e-6, 1e-7, "colour probabilities");
  expectArray(segmentation.random_walker(color, cseeds, { multichannel: true, beta: 200 }), G.color_mc, 0, 0, "multichannel");
  const vol = fromGolden(G.vol);
  const vseeds = fromGolden(G.vseeds);
  expectArray(segmentation.random_walker(vol, vseeds, { mode: "cg_mg" }), G.volume, 0, 0, "volume, cg_mg");
  expectArray(segmentation.random_walker(vol, vseeds, { mode: null, spacing: [1, 2, 1] }), G.volume_none, 0, 0, "volume, mode None");
  throwsNamed(() => segmentation.random_walker(small, seeds, { mode: "fast" as never }), "ValueError", "fast is not a valid mode. Valid modes are 'cg_mg', 'cg', 'cg_j', 'bf', and None");
  throwsNamed(() => segmentation.random_walker(small, seeds, { spacing: [1, 2, 3] }), "ValueError", /Input argument `spacing` incorrect/);
});

test("random_walker: inactive (negative) pixels, isolated seeds and pixels, copy", () => {
  const neg = fromGolden(G.neg);
  expectArray(segmentation.random_walker(small, neg), G.neg_result, 0, 0, "negative labels");
  expectArray(neg, G.neg, 0, 0, "input kept with copy");
  expectArray(segmentation.random_walker(small, neg, { return_full_prob: true, mode: "bf" }), G.neg_prob, 1e-6, 1e-7, "probabilities");
  const inplace = neg.copy();
  expectArray(segmentation.random_walker(small, inplace, { copy: false }), G.neg_inplace_result, 0, 0, "copy false");
  expectArray(inplace, G.neg_inplace_labels, 0, 0, "isolated pixels marked -1 in place");
  expectArray(segmentation.random_walker(small.get(":5", ":6"), fromGolden(G.all_iso)), G.all_iso_result, 0, 0, "everything isolated");
});

test.run();
