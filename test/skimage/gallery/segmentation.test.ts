/**
 * scikit-image 0.19's gallery, segmentation/: plot_multiotsu, plot_label, plot_expand_labels,
 * plot_watershed, plot_compact_watershed, plot_peak_local_max, plot_thresholding.
 */
import { test } from "uvu";
import { np, plt, scipy, skimage } from "../../../src";
import { galleryTest } from "./_gallery";

const ndi = scipy.ndimage;
const { data, filters, util, color } = skimage;
const { threshold_multiotsu, threshold_otsu, sobel } = filters;
const { clear_border, watershed, expand_labels } = skimage.segmentation;
const { label, regionprops } = skimage.measure;
const { closing, square } = skimage.morphology;
const { label2rgb } = color;
const { peak_local_max } = skimage.feature;
const { img_as_float } = util;

galleryTest("plot_multiotsu", (show) => {
  plt.rcParams["font.size"] = 9;
  const image = data.camera();
  const thresholds = threshold_multiotsu(image);
  const regions = np.digitize(image, { bins: thresholds });
  const [fig, ax] = plt.subplots({ nrows: 1, ncols: 3, figsize: [10, 3.5] });
  ax[0].imshow(image, { cmap: "gray" });
  ax[0].set_title("Original");
  ax[0].axis("off");
  ax[1].hist(image.ravel(), { bins: 255 });
  ax[1].set_title("Histogram");
  // tolist(): iterating an NDArray gives 0-d arrays, which axvline refuses; NumPy gives scalars
  for (const thresh of thresholds.tolist()) ax[1].axvline(thresh, { color: "r" });
  ax[2].imshow(regions, { cmap: "jet" });
  ax[2].set_title("Multi-Otsu result");
  ax[2].axis("off");
  // plt.subplots_adjust(): not in plt yet (with no arguments it changes nothing)
  show();
  plt.rcdefaults();
  return { thresholds, regions };
});

galleryTest("plot_label", (show) => {
  const image = data.coins().get("50:-50", "50:-50");
  const thresh = threshold_otsu(image);
  const bw = closing(image.gt(thresh), square(3));
  const cleared = clear_border(bw);
  const label_image = label(cleared);
  const image_label_overlay = label2rgb(label_image, { image, bg_label: 0 });
  const [fig, ax] = plt.subplots({ figsize: [10, 6] });
  ax.imshow(image_label_overlay);
  const bboxes: number[][] = [];
  for (const region of regionprops(label_image)) {
    if (region.area >= 100) {
      const [minr, minc, maxr, maxc] = region.bbox;
      bboxes.push(region.bbox);
      // mpatches.Rectangle + ax.add_patch: not in plt yet; the rectangle is not drawn
      void [minr, minc, maxr, maxc];
    }
  }
  ax.set_axis_off();
  plt.tight_layout();
  show();
  return { thresh, bw, cleared, label_image, image_label_overlay, bboxes };
}, { figureGaps: ["fig0.ax0: 0 patches != 8"] });

galleryTest("plot_expand_labels", (show) => {
  const coins = data.coins();
  const edges = sobel(coins);
  const markers = np.zeros_like(coins);
  const [foreground, background] = [1, 2];
  markers.set(coins.lt(30.0), background);
  markers.set(coins.gt(150.0), foreground);
  const ws = watershed(edges, markers);
  const seg1 = label(ws.eq(foreground));
  const expanded = expand_labels(seg1, { distance: 10 });
  const [fig, axes] = plt.subplots({ nrows: 1, ncols: 2, figsize: [9, 5] }); // sharex/sharey: not supported yet
  const color1 = label2rgb(seg1, { image: coins, bg_label: 0 });
  axes[0].imshow(color1);
  axes[0].set_title("Sobel+Watershed");
  const color2 = label2rgb(expanded, { image: coins, bg_label: 0 });
  axes[1].imshow(color2);
  axes[1].set_title("Expanded labels");
  for (const a of axes) a.axis("off");
  fig.tight_layout();
  show();
  return { edges, markers, ws, seg1, expanded, color1, color2 };
});

galleryTest("plot_watershed", (show) => {
  const [x, y] = np.indices([80, 80]);
  const [x1, y1, x2, y2] = [28, 28, 44, 52];
  const [r1, r2] = [16, 20];
  const mask_circle1 = x.sub(x1).pow(2).add(y.sub(y1).pow(2)).lt(r1 ** 2);
  const mask_circle2 = x.sub(x2).pow(2).add(y.sub(y2).pow(2)).lt(r2 ** 2);
  const image = np.logical_or(mask_circle1, mask_circle2);
  const distance = ndi.distance_transform_edt(image);
  const coords = peak_local_max(distance, { footprint: np.ones([3, 3]), labels: image });
  const mask = np.zeros(distance.shape, { dtype: "bool" });
  mask.set([...coords.T], true);
  const [markers] = ndi.label(mask);
  const labels = watershed(distance.neg(), markers, { mask: image });
  const [fig, axes] = plt.subplots({ ncols: 3, figsize: [9, 3] }); // sharex/sharey: not supported yet
  const ax = axes.ravel();
  ax[0].imshow(image, { cmap: "gray" });
  ax[0].set_title("Overlapping objects");
  ax[1].imshow(distance.neg(), { cmap: "gray" });
  ax[1].set_title("Distances");
  ax[2].imshow(labels, { cmap: "jet" }); // plt.cm.nipy_spectral: not in plt's colormaps yet
  ax[2].set_title("Separated objects");
  for (const a of ax) a.set_axis_off();
  fig.tight_layout();
  show();
  return { image, distance, coords, mask, markers, labels };
}, { figureGaps: ["fig0.ax2.image0.cmap: \"jet\" != \"nipy_spectral\""] });

galleryTest("plot_compact_watershed", (show) => {
  const coins = data.coins();
  const edges = filters.sobel(coins);
  const grid = util.regular_grid(coins.shape, { n_points: 468 });
  const seeds = np.zeros(coins.shape, { dtype: "int" });
  seeds.set(grid, np.arange(seeds.get(...grid).size).reshape(seeds.get(...grid).shape).add(1));
  const w0 = watershed(edges, seeds);
  const w1 = watershed(edges, seeds, { compactness: 0.01 });
  const [fig, [ax0, ax1]] = plt.subplots(1, 2);
  ax0.imshow(color.label2rgb(w0, coins, { bg_label: -1 }));
  ax0.set_title("Classical watershed");
  ax1.imshow(color.label2rgb(w1, coins, { bg_label: -1 }));
  ax1.set_title("Compact watershed");
  show();
  return { edges, seeds, w0, w1 };
});

galleryTest("plot_peak_local_max", (show) => {
  const im = img_as_float(data.coins());
  const image_max = ndi.maximum_filter(im, { size: 20, mode: "constant" });
  const coordinates = peak_local_max(im, { min_distance: 20 });
  const [fig, axes] = plt.subplots(1, 3, { figsize: [8, 3] }); // sharex/sharey: not supported yet
  const ax = axes.ravel();
  ax[0].imshow(im, { cmap: "gray" });
  ax[0].axis("off");
  ax[0].set_title("Original");
  ax[1].imshow(image_max, { cmap: "gray" });
  ax[1].axis("off");
  ax[1].set_title("Maximum filter");
  ax[2].imshow(im, { cmap: "gray" });
  // ax[2].autoscale(False): not in plt yet
  ax[2].plot(coordinates.get(":", 1), coordinates.get(":", 0), "r.");
  ax[2].axis("off");
  ax[2].set_title("Peak local max");
  fig.tight_layout();
  show();
  return { im, image_max, coordinates };
});

galleryTest("plot_thresholding", (show) => {
  const image = data.camera();
  const thresh = threshold_otsu(image);
  const binary = image.gt(thresh);
  const [fig, axes] = plt.subplots({ ncols: 3, figsize: [8, 2.5] });
  const ax = axes.ravel();
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
  const img = data.text(); // data.page() in the gallery: page is not shipped (scikit-image states no licence for it)
  filters.try_all_threshold(img, { figsize: [10, 8], verbose: false });
  show();
  return { binary, thresh };
});

test.run();
