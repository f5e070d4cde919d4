import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, skimage } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { expectArray, fromGolden } from "../_helpers";

const { skeletonize, skeletonize_3d } = skimage.morphology;
const g = loadGolden("skimage_morphology/skeletonize_3d");

test("skeletonize(method='lee') on 2-D blobs: uint8, 255 on the skeleton", () => {
  const blobs = fromGolden(g.blobs);
  expectArray(skeletonize(blobs, { method: "lee" }), g.blobs_lee);
  expectArray(skeletonize_3d(blobs.T.copy().T), g.blobs_lee, 0, 0, "F-ordered input");
});

test("skeletonize_3d on a 3-D volume; skeletonize of a 3-D image is the same", () => {
  const vol = fromGolden(g.vol);
  expectArray(skeletonize_3d(vol), g.vol_skel);
  expectArray(skeletonize(vol), g.vol_skel_default);
});

test("skeletonize_3d keeps the img_as_ubyte maximum; float input is rescaled first", () => {
  expectArray(skeletonize_3d(fromGolden(g.ramp)), g.ramp_skel, 0, 0, "uint8 ramp");
  expectArray(skeletonize_3d(fromGolden(g.flat)), g.flat_skel, 0, 0, "float 3-D with 3 planes");
  const ramp = fromGolden(g.ramp);
  expectArray(skeletonize_3d(ramp.get("::-1", "::-1").get("::-1", "::-1")), g.ramp_skel, 0, 0, "negative-step view");
});

test("skeletonize_3d: only 2-D and 3-D", () => {
  assert.throws(() => skeletonize_3d(np.zeros([4])), /skeletonize_3d can only handle 2D or 3D images; got image.ndim = 1 instead./);
});

test.run();
