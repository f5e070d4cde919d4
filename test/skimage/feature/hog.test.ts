/** skimage.feature.hog against Debian's scikit-image 0.19 (scripts/golden/skimage_hog.py). */
import { test } from "uvu";
import { np, skimage } from "../../../src/index";
import { loadGolden } from "../../helpers/golden";
import { expectArray, fromGolden, throwsNamed } from "../_helpers";

const { feature, data } = skimage;
const G = loadGolden("skimage_feature/hog");
const camera = data.camera().get("::4", "::4");
const astro = data.astronaut().get("::4", "::4");
const TOL = 1e-6;

test("hog: gray and colour, with the visualisation", () => {
  const [fd, img] = feature.hog(camera, { visualize: true });
  expectArray(fd, G.camera, TOL, 1e-9, "camera");
  expectArray(img, G.camera_image, TOL, 1e-9, "camera image");
  const [fdc, imgc] = feature.hog(astro, 8, [16, 16], [2, 2], { visualize: true, channel_axis: -1 });
  expectArray(fdc, G.astro, TOL, 1e-9, "astronaut");
  expectArray(imgc, G.astro_image, TOL, 1e-9, "astronaut image");
});

test("hog: block norms, cell sizes, sqrt, block array, float32, channel axis", () => {
  for (const m of ["L1", "L1-sqrt", "L2", "L2-Hys"] as const) {
    expectArray(feature.hog(camera, { block_norm: m, pixels_per_cell: [12, 10] }), G.norms[m], TOL, 1e-9, m);
  }
  expectArray(feature.hog(camera, { orientations: 4, cells_per_block: [1, 2], transform_sqrt: true, feature_vector: false }), G.sqrt_blocks, TOL, 1e-9, "blocks");
  const small = fromGolden(G.small32);
  expectArray(feature.hog(small, 6, [5, 5], [2, 2], "L1"), G.f32, TOL, 1e-7, "float32");
  expectArray(feature.hog(small, 6, [5, 5], [2, 2], "L1", { visualize: true })[1], G.f32_image, TOL, 1e-7, "float32 image");
  expectArray(feature.hog(np.moveaxis(astro, -1, 0), { channel_axis: 0, orientations: 5 }), G.astro_ch0, TOL, 1e-9, "channel_axis 0");
  expectArray(feature.hog(astro, { orientations: 5, multichannel: true }), G.astro_mc, TOL, 1e-9, "multichannel");
  throwsNamed(() => feature.hog(astro), "ValueError", /Only images with two spatial dimensions are supported/);
  throwsNamed(() => feature.hog(camera, { block_norm: "L3" as never }), "ValueError", "Selected block normalization method is invalid.");
});

test.run();
