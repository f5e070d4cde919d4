/** scikit-image 0.19's gallery, edges/: plot_canny, plot_contours, plot_convex_hull. */
import { test } from "uvu";
import { np, plt, scipy, skimage } from "../../../src";
import { galleryTest } from "./_gallery";

const ndi = scipy.ndimage;
const { feature, measure, data, util } = skimage;
const { random_noise, invert, img_as_float } = util;
const { convex_hull_image } = skimage.morphology;

galleryTest("plot_canny", (show) => {
  // Python's example draws unseeded noise; both runs give random_noise seed=0.
  let image = np.zeros([128, 128], { dtype: "float64" });
  image.set(["32:-32", "32:-32"], 1);
  image = ndi.rotate(image, 15, { mode: "constant" });
  image = ndi.gaussian_filter(image, 4);
  image = random_noise(image, { mode: "speckle", mean: 0.1, seed: 0 });
  const edges1 = feature.canny(image);
  const edges2 = feature.canny(image, { sigma: 3 });
  const [fig, ax] = plt.subplots({ nrows: 1, ncols: 3, figsize: [8, 3] });
  ax[0].imshow(image, { cmap: "gray" });
  ax[0].set_title("noisy image", { fontsize: 20 });
  ax[1].imshow(edges1, { cmap: "gray" });
  ax[1].set_title(String.raw`Canny filter, $\sigma=1$`, { fontsize: 20 });
  ax[2].imshow(edges2, { cmap: "gray" });
  ax[2].set_title(String.raw`Canny filter, $\sigma=3$`, { fontsize: 20 });
  for (const a of ax) a.axis("off");
  fig.tight_layout();
  show();
  return { image, edges1, edges2 };
});

galleryTest("plot_contours", (show) => {
  const [x, y] = np.ogrid(`${-np.pi}:${np.pi}:100j`, `${-np.pi}:${np.pi}:100j`);
  const r = np.sin(np.exp(np.sin(x).pow(3).add(np.cos(y).pow(2))));
  const contours = measure.find_contours(r, 0.8);
  const [fig, ax] = plt.subplots();
  ax.imshow(r, { cmap: "gray" }); // plt.cm.gray: plt has no cm namespace; the name is the same colormap
  for (const contour of contours) ax.plot(contour.get(":", 1), contour.get(":", 0), { linewidth: 2 });
  ax.axis("image");
  ax.set_xticks([]);
  ax.set_yticks([]);
  show();
  return { r, contours };
});

galleryTest("plot_convex_hull", (show) => {
  const image = invert(data.horse());
  const chull = convex_hull_image(image);
  const [fig, axes] = plt.subplots(1, 2, { figsize: [8, 4] });
  const ax = axes.ravel();
  ax[0].set_title("Original picture");
  ax[0].imshow(image, { cmap: "gray" });
  ax[0].set_axis_off();
  ax[1].set_title("Transformed picture");
  ax[1].imshow(chull, { cmap: "gray" });
  ax[1].set_axis_off();
  plt.tight_layout();
  show();
  const chull_diff = img_as_float(chull.copy());
  chull_diff.set(image, 2);
  const [fig2, ax2] = plt.subplots();
  ax2.imshow(chull_diff, { cmap: "gray" });
  ax2.set_title("Difference");
  show();
  return { image, chull, chull_diff };
});

test.run();
