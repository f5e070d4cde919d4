import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage, np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { runCases } from "../../scipy/ndimage/_cases";
import { throwsNamed } from "../_helpers";

const { measure } = skimage;
const fx = loadGolden("skimage_measure/basic");
const isMoments = (name: string) => /^(moments|mc|mn|hu|it|itev|centroid|mcoords)(_|$)/.test(name);

test("label, perimeters, Euler numbers, block_reduce, entropy and contours match scikit-image 0.19", () => {
  const n = runCases(fx, measure as never, 1e-12, 1e-12, (c) => !isMoments(c.name));
  assert.ok(n > 70, `${n} cases`);
});

test("moments match scikit-image 0.19 (sums of many terms: 1e-9 relative, central moments near 0 absolute)", () => {
  const n = runCases(fx, measure as never, 1e-9, 1e-6, (c) => isMoments(c.name));
  assert.ok(n > 30, `${n} cases`);
});

test("bad arguments raise scikit-image's errors", () => {
  throwsNamed(() => measure.label(np.zeros([3, 3]), { connectivity: 3 }), "ValueError", "Connectivity for 2D image should be in [1, ..., 2]. Got 3.");
  throwsNamed(() => measure.find_contours(np.zeros([1, 3])), "ValueError", "Input array must be at least 2x2.");
  throwsNamed(() => measure.find_contours(np.zeros([3, 3]), { fully_connected: "x" as never }), "ValueError", 'Parameters "fully_connected" must be either "high" or "low".');
  throwsNamed(() => measure.block_reduce(np.zeros([4, 4]), [2, 2, 2]), "ValueError", "`block_size` must be a scalar or have the same length as `image.shape`");
  throwsNamed(() => measure.regionprops(np.zeros([3, 3])), "TypeError", "Non-integer label_image types are ambiguous");
});

test("centroid and first moments of large float images: the sums of their definition", () => {
  const camf = skimage.util.img_as_float(skimage.data.camera());
  // even, odd and twice-odd widths: the row kernel's pairs, fours and last column
  for (const cols of [":", "1:", "2:", "3:"]) {
    const img = camf.get("5:", cols).copy();
    const [h, w] = img.shape;
    const v = img.data as Float64Array;
    let m00 = 0;
    let m10 = 0;
    let m01 = 0;
    let m11 = 0;
    for (let r = 0; r < h; r++) {
      for (let c = 0; c < w; c++) {
        const x = v[r * w + c];
        m00 += x;
        m10 += x * r;
        m01 += x * c;
        m11 += x * r * c;
      }
    }
    const got = measure.centroid(img).tolist() as number[];
    assert.ok(Math.abs(got[0] / (m10 / m00) - 1) < 1e-12 && Math.abs(got[1] / (m01 / m00) - 1) < 1e-12, `centroid ${cols}: ${got}`);
    const M = (measure.moments(img, 1).data as Float64Array);
    [m00, m01, m10, m11].forEach((want, k) => assert.ok(Math.abs(M[k] / want - 1) < 1e-12, `moments ${cols} [${k}]: ${M[k]} vs ${want}`));
  }
});

test.run();
