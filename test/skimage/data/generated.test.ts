/** skimage.data's synthetic images against Debian's scikit-image 0.19 (scripts/golden/skimage_data_generated.py). */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../../src/index";
import { loadGolden } from "../../helpers/golden";
import { expectArray } from "../_helpers";

const { data } = skimage;
const G = loadGolden("skimage_data/generated");

test("binary_blobs: scikit-image's image for a seed, in 1, 2 and 3 dimensions", () => {
  expectArray(data.binary_blobs({ seed: 1 }), G.blobs_default, 0, 0, "default");
  expectArray(data.binary_blobs(64, 0.2, 2, 0.3, 7), G.blobs_small, 0, 0, "positional");
  expectArray(data.binary_blobs({ length: 20, blob_size_fraction: 0.25, n_dim: 3, seed: 3 }), G.blobs_3d, 0, 0, "3-D");
  expectArray(data.binary_blobs({ length: 50, n_dim: 1, volume_fraction: 0.7, seed: 11 }), G.blobs_1d, 0, 0, "1-D");
});

test("checkerboard and shepp_logan_phantom load as scikit-image loads them", () => {
  expectArray(data.checkerboard(), G.checkerboard, 0, 0, "checkerboard");
  const p = data.shepp_logan_phantom();
  assert.equal(p.shape, G.phantom.shape);
  assert.is(p.dtype.name, G.phantom.dtype);
  assert.ok(Math.abs((p.sum() as number) - G.phantom.sum) < 1e-9 * G.phantom.sum);
  expectArray(p.get(200) as never, G.phantom.row200, 1e-12, 0, "row 200");
  expectArray(p.get(":", 123) as never, G.phantom.col123, 1e-12, 0, "column 123");
  p.set([200, 200], 5);
  expectArray(data.shepp_logan_phantom().get(200) as never, G.phantom.row200, 1e-12, 0, "a fresh copy per call");
});

test.run();
