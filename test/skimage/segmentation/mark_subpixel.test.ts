/** mark_boundaries(mode='subpixel') against Debian's scikit-image 0.19 (scripts/golden/skimage_mark_subpixel.py). */
import { test } from "uvu";
import { skimage } from "../../../src/index";
import { loadGolden } from "../../helpers/golden";
import { expectArray, fromGolden } from "../_helpers";

const { segmentation, data } = skimage;
const G = loadGolden("skimage_segmentation/mark_subpixel");

test("mark_boundaries, subpixel: gray and colour images, outline colour, float32", () => {
  const gray = fromGolden(G.gray);
  const labels = fromGolden(G.labels);
  expectArray(segmentation.mark_boundaries(gray, labels, { mode: "subpixel" }), G.gray_subpixel, 1e-6, 1e-9, "gray");
  expectArray(segmentation.mark_boundaries(gray.astype("float32"), labels, [1, 0, 0], [0, 0, 1], "subpixel"), G.gray_subpixel_outline, 1e-6, 1e-7, "float32, outline");
  const coffee = data.coffee().get("::20", "::20");
  const seg = segmentation.slic(coffee, { n_segments: 12 });
  expectArray(segmentation.mark_boundaries(coffee, seg, { mode: "subpixel" }), G.coffee_subpixel, 1e-6, 1e-9, "coffee");
});

test.run();
