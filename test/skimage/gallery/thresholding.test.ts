/** scikit-image 0.19's gallery, applications/plot_thresholding (the thresholding tutorial). */
import { test } from "uvu";
import { plt, skimage } from "../../../src";
import { galleryTest } from "./_gallery";

const { data } = skimage;
const { try_all_threshold, threshold_mean, threshold_minimum, threshold_otsu, threshold_local, rank } = skimage.filters;
const { disk } = skimage.morphology;
const { img_as_ubyte } = skimage.util;

galleryTest("plot_thresholding_app", (show) => {
  // data.page() in the gallery: page is not shipped (scikit-image states no licence for it); text() instead
  let img = data.text();
  try_all_threshold(img, { figsize: [10, 8], verbose: false });
  show();
  let image = data.camera();
  let thresh = threshold_mean(image);
  let binary = image.gt(thresh);
  let [fig, axes] = plt.subplots({ ncols: 2, figsize: [8, 3] });
  let ax = axes.ravel();
  ax[0].imshow(image, { cmap: "gray" });
  ax[0].set_title("Original image");
  ax[1].imshow(binary, { cmap: "gray" });
  ax[1].set_title("Result");
  for (const a of ax) a.axis("off");
  show();
  image = data.camera();
  const thresh_min = threshold_minimum(image);
  const binary_min = image.gt(thresh_min);
  const [fig2, ax2] = plt.subplots(2, 2, { figsize: [10, 10] });
  ax2.get(0, 0).imshow(image, { cmap: "gray" });
  ax2.get(0, 0).set_title("Original");
  ax2.get(0, 1).hist(image.ravel(), { bins: 256 });
  ax2.get(0, 1).set_title("Histogram");
  ax2.get(1, 0).imshow(binary_min, { cmap: "gray" });
  ax2.get(1, 0).set_title("Thresholded (min)");
  ax2.get(1, 1).hist(image.ravel(), { bins: 256 });
  ax2.get(1, 1).axvline(thresh_min, { color: "r" });
  // ax[:, 0]: the Axes array takes integer indices only
  for (const a of [ax2.get(0, 0), ax2.get(1, 0)]) a.axis("off");
  show();
  image = data.camera();
  thresh = threshold_otsu(image);
  binary = image.gt(thresh);
  [fig, axes] = plt.subplots({ ncols: 3, figsize: [8, 2.5] });
  ax = axes.ravel();
  ax[0] = plt.subplot(1, 3, 1);
  ax[1] = plt.subplot(1, 3, 2);
  ax[2] = plt.subplot(1, 3, 3); // sharex=ax[0], sharey=ax[0]: not supported by plt.subplot yet
  ax[0].imshow(image, { cmap: "gray" });
  ax[0].set_title("Original");
  ax[0].axis("off");
  ax[1].hist(image.ravel(), { bins: 256 });
  ax[1].set_title("Histogram");
  ax[1].axvline(thresh, { color: "r" });
  ax[2].imshow(binary, { cmap: "gray" });
  ax[2].set_title("Thresholded");
  ax[2].axis("off");
  show();
  image = data.text();
  const global_thresh = threshold_otsu(image);
  const binary_global = image.gt(global_thresh);
  const block_size = 35;
  const local_thresh = threshold_local(image, block_size, { offset: 10 });
  const binary_local = image.gt(local_thresh);
  [fig, axes] = plt.subplots({ nrows: 3, figsize: [7, 8] });
  ax = axes.ravel();
  plt.rcParams["image.cmap"] = "gray"; // plt.gray(): not in plt yet; it sets this default
  ax[0].imshow(image);
  ax[0].set_title("Original");
  ax[1].imshow(binary_global);
  ax[1].set_title("Global thresholding");
  ax[2].imshow(binary_local);
  ax[2].set_title("Local thresholding");
  for (const a of ax) a.axis("off");
  show();
  plt.rcdefaults();
  img = img_as_ubyte(data.text());
  const radius = 15;
  const footprint = disk(radius);
  const local_otsu = rank.otsu(img, footprint);
  const threshold_global_otsu = threshold_otsu(img);
  const global_otsu = img.ge(threshold_global_otsu);
  [fig, axes] = plt.subplots(2, 2, { figsize: [8, 5] }); // sharex/sharey: not supported yet
  ax = axes.ravel();
  plt.tight_layout();
  fig.colorbar(ax[0].imshow(img, { cmap: "gray" }), { ax: ax[0] }); // orientation="horizontal": not supported by plt.colorbar yet
  ax[0].set_title("Original");
  ax[0].axis("off");
  fig.colorbar(ax[1].imshow(local_otsu, { cmap: "gray" }), { ax: ax[1] }); // orientation="horizontal": not supported yet
  ax[1].set_title(`Local Otsu (radius=${radius})`);
  ax[1].axis("off");
  ax[2].imshow(img.ge(local_otsu), { cmap: "gray" });
  ax[2].set_title("Original >= Local Otsu");
  ax[2].axis("off");
  ax[3].imshow(global_otsu, { cmap: "gray" });
  ax[3].set_title(`Global Otsu (threshold = ${Math.trunc(threshold_global_otsu)})`);
  ax[3].axis("off");
  show();
  return { thresh, binary, thresh_min, binary_min, global_thresh, local_thresh, binary_local, local_otsu, threshold_global_otsu, global_otsu };
}, {
  // the colorbars: matplotlib adds an Axes for each to the figure, plt does not
  figureGaps: ["fig5: 4 axes != 6"],
});

test.run();
