import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, skimage } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { expectArray, fromGolden } from "../_helpers";

const { corner_subpix } = skimage.feature;
const g = loadGolden("skimage_feature/corner_subpix");
const tform = new skimage.transform.AffineTransform({ scale: [1.3, 1.1], rotation: 1, shear: 0.7, translation: [110, 30] });
const warped = skimage.transform.warp(skimage.data.checkerboard().get(":90", ":90"), tform.inverse, { output_shape: [200, 310] });

test("corner_subpix: the docstring's two squares meet at (4.5, 4.5)", () => {
  const c = g.docstring;
  expectArray(corner_subpix(fromGolden(c.image), fromGolden(c.corners), 7), c.out, 1e-12, 1e-12);
});

test("corner_subpix: warped checkerboard, default window and alpha, alpha=0.5, window_size=5", () => {
  expectArray(corner_subpix(warped, fromGolden(g.default.corners)), g.default.out, 1e-9, 1e-9, "default");
  expectArray(corner_subpix(warped, fromGolden(g.alpha.corners), { alpha: 0.5 }), g.alpha.out, 1e-9, 1e-9, "alpha");
  expectArray(corner_subpix(warped, fromGolden(g.window.corners), { window_size: 5 }), g.window.out, 1e-9, 1e-9, "window_size");
});

test("corner_subpix: float32 image gives float32 positions; strided corners", () => {
  expectArray(corner_subpix(warped.astype("float32"), fromGolden(g.float32.corners)), g.float32.out, 1e-5, 1e-5, "float32");
  const corners = fromGolden(g.default.corners);
  const fortran = np.asfortranarray(corners);
  expectArray(corner_subpix(warped, fortran), g.default.out, 1e-9, 1e-9, "F-ordered corners");
});

test("corner_subpix: a constant window cannot be classified (NaN)", () => {
  const c = g.constant;
  expectArray(corner_subpix(fromGolden(c.image), fromGolden(c.corners)), c.out);
});

test("corner_subpix: bad input", () => {
  assert.throws(() => corner_subpix(np.zeros([3, 3, 3]), [[1, 1]]), /2-dimensional/);
  assert.throws(() => corner_subpix(np.zeros([9, 9]), [[1, 1]], { sigma: 1 } as never), /unexpected keyword argument 'sigma'/);
});

test.run();
