/** blob_log, blob_dog and blob_doh against Debian's scikit-image 0.19 (scripts/golden/skimage_blob.py). */
import { test } from "uvu";
import { np, skimage } from "../../../src/index";
import { loadGolden } from "../../helpers/golden";
import { expectArray, fromGolden, throwsNamed } from "../_helpers";

const { feature, data } = skimage;
const G = loadGolden("skimage_feature/blob");
const syn = fromGolden(G.synthetic);
const coins = data.coins().get("::3", "::3");
const TOL = 1e-6;

test("blob_log: sigmas, log scale, relative threshold, border, anisotropic, 3-D, none found", () => {
  const L = G.log;
  expectArray(feature.blob_log(syn, { max_sigma: 10, num_sigma: 8, threshold: 0.05 }), L.syn, TOL, 1e-9, "synthetic");
  expectArray(feature.blob_log(syn, 1, 10, 6, 0.05, 0.3, true), L.syn_logscale, TOL, 1e-9, "log_scale");
  expectArray(feature.blob_log(syn, { max_sigma: 8, threshold: null, threshold_rel: 0.2, exclude_border: 3 }), L.syn_rel, TOL, 1e-9, "threshold_rel");
  expectArray(feature.blob_log(syn, { min_sigma: [1, 2], max_sigma: [6, 8], num_sigma: 5, threshold: 0.05 }), L.syn_aniso, TOL, 1e-9, "anisotropic");
  expectArray(feature.blob_log(coins, { max_sigma: 15, num_sigma: 5, threshold: 0.1 }), L.coins, TOL, 1e-9, "coins");
  const vol = np.zeros([20, 22, 24]);
  vol.set([5, 6, 7], 1);
  vol.set([14, 15, 12], 1);
  vol.set([10, 4, 18], 1);
  expectArray(feature.blob_log(vol, { min_sigma: 1, max_sigma: 3, num_sigma: 3, threshold: 0.01 }), L.volume, TOL, 1e-9, "volume");
  expectArray(feature.blob_log(np.zeros([10, 10])), L.empty, 0, 0, "none");
});

test("blob_dog: sigma ratio, overlap, border, relative threshold, anisotropic", () => {
  const D = G.dog;
  expectArray(feature.blob_dog(syn, { max_sigma: 10, threshold: 0.05 }), D.syn, TOL, 1e-9, "synthetic");
  expectArray(feature.blob_dog(syn, 2, 12, 1.3, 0.02, 0.2, { exclude_border: 2 }), D.syn_opts, TOL, 1e-9, "options");
  expectArray(feature.blob_dog(syn, { max_sigma: 8, threshold: null, threshold_rel: 0.3 }), D.syn_rel, TOL, 1e-9, "threshold_rel");
  expectArray(feature.blob_dog(syn, { min_sigma: [1, 1.5], max_sigma: [8, 9], threshold: 0.03 }), D.syn_aniso, TOL, 1e-9, "anisotropic");
  expectArray(feature.blob_dog(coins, { max_sigma: 15, threshold: 0.1 }), D.coins, TOL, 1e-9, "coins");
  throwsNamed(() => feature.blob_dog(syn, { sigma_ratio: 1 }), "ValueError", "sigma_ratio must be > 1.0");
});

test("blob_doh: sigmas, log scale, overlap, relative threshold", () => {
  const H = G.doh;
  expectArray(feature.blob_doh(syn, { max_sigma: 10, threshold: 0.001 }), H.syn, TOL, 1e-9, "synthetic");
  expectArray(feature.blob_doh(syn, 2, 12, 6, 0.0005, 0.1, true), H.syn_opts, TOL, 1e-9, "options");
  expectArray(feature.blob_doh(syn, { max_sigma: 8, threshold: null, threshold_rel: 0.1 }), H.syn_rel, TOL, 1e-9, "threshold_rel");
  expectArray(feature.blob_doh(coins, { max_sigma: 20, threshold: 0.005 }), H.coins, TOL, 1e-9, "coins");
  throwsNamed(() => feature.blob_doh(np.zeros([3, 4, 5])), "ValueError", "The parameter `image` must be a 2-dimensional array");
});

test.run();
