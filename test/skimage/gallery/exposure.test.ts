/**
 * scikit-image 0.19's gallery, color_exposure/: plot_equalize, plot_log_gamma,
 * plot_histogram_matching.
 */
import { test } from "uvu";
import { np, plt, skimage } from "../../../src";
import type { Axes } from "../../../src/plt";
import { NDArray } from "../../../src/np/ndarray";
import { galleryTest } from "./_gallery";

const { data, exposure, util } = skimage;
const { img_as_float } = util;
const { match_histograms } = exposure;

/** The examples' helper: an image with its histogram and cumulative histogram. */
function plot_img_and_hist(image0: NDArray, axes: Axes[], bins0 = 256): [Axes, Axes, Axes] {
  const image = img_as_float(image0);
  const [ax_img, ax_hist] = axes;
  const ax_cdf = ax_hist.twinx();
  ax_img.imshow(image, { cmap: "gray" });
  ax_img.set_axis_off();
  ax_hist.hist(image.ravel(), { bins: bins0, histtype: "step", color: "black" });
  // ax_hist.ticklabel_format(axis='y', style='scientific', scilimits=(0, 0)): not in plt yet
  ax_hist.set_xlabel("Pixel intensity");
  ax_hist.set_xlim(0, 1);
  ax_hist.set_yticks([]);
  const [img_cdf, bins] = exposure.cumulative_distribution(image, bins0);
  ax_cdf.plot(bins, img_cdf, "r");
  ax_cdf.set_yticks([]);
  return [ax_img, ax_hist, ax_cdf];
}

/** A column of a 2-D list of Axes (`axes[:, j]` of the examples' object array). */
const column = (axes: Axes[][], j: number): Axes[] => axes.map((row) => row[j]);

galleryTest("plot_equalize", (show) => {
  plt.rcParams["font.size"] = 8;
  const img = data.camera(); // data.moon() in the gallery: moon is not shipped (scikit-image states no licence for it)
  const [p2, p98] = np.percentile(img, [2, 98]).tolist() as number[];
  const img_rescale = exposure.rescale_intensity(img, { in_range: [p2, p98] });
  const img_eq = exposure.equalize_hist(img);
  const img_adapteq = exposure.equalize_adapthist(img, { clip_limit: 0.03 });
  const fig = plt.figure({ figsize: [8, 5] });
  // np.zeros((2, 4), dtype=object): a list of lists holds the Axes
  const axes: Axes[][] = [[], []];
  axes[0][0] = fig.add_subplot(2, 4, 1);
  for (let i = 1; i < 4; i++) axes[0][i] = fig.add_subplot(2, 4, 1 + i); // sharex/sharey: not supported yet
  for (let i = 0; i < 4; i++) axes[1][i] = fig.add_subplot(2, 4, 5 + i);
  let [ax_img, ax_hist, ax_cdf] = plot_img_and_hist(img, column(axes, 0));
  ax_img.set_title("Low contrast image");
  const [y_min, y_max] = ax_hist.get_ylim();
  void y_min;
  ax_hist.set_ylabel("Number of pixels");
  ax_hist.set_yticks(np.linspace(0, y_max, 5));
  [ax_img, ax_hist, ax_cdf] = plot_img_and_hist(img_rescale, column(axes, 1));
  ax_img.set_title("Contrast stretching");
  [ax_img, ax_hist, ax_cdf] = plot_img_and_hist(img_eq, column(axes, 2));
  ax_img.set_title("Histogram equalization");
  [ax_img, ax_hist, ax_cdf] = plot_img_and_hist(img_adapteq, column(axes, 3));
  ax_img.set_title("Adaptive equalization");
  ax_cdf.set_ylabel("Fraction of total intensity");
  ax_cdf.set_yticks(np.linspace(0, 1, 5));
  fig.tight_layout();
  show();
  plt.rcdefaults();
  return { img, img_rescale, img_eq, img_adapteq, p2, p98 };
}, {
  // hist(histtype='step') draws one Polygon patch in matplotlib; plt draws the outline as a Line2D
  figureGaps: ["1 lines != 0", "0 patches != 1"],
});

galleryTest("plot_log_gamma", (show) => {
  plt.rcParams["font.size"] = 8;
  const img = data.camera(); // data.moon() in the gallery: moon is not shipped (scikit-image states no licence for it)
  const gamma_corrected = exposure.adjust_gamma(img, 2);
  const logarithmic_corrected = exposure.adjust_log(img, 1);
  const fig = plt.figure({ figsize: [8, 5] });
  const axes: Axes[][] = [[], []];
  axes[0][0] = plt.subplot(2, 3, 1);
  axes[0][1] = plt.subplot(2, 3, 2); // sharex/sharey: not supported yet
  axes[0][2] = plt.subplot(2, 3, 3);
  axes[1][0] = plt.subplot(2, 3, 4);
  axes[1][1] = plt.subplot(2, 3, 5);
  axes[1][2] = plt.subplot(2, 3, 6);
  let [ax_img, ax_hist, ax_cdf] = plot_img_and_hist(img, column(axes, 0));
  ax_img.set_title("Low contrast image");
  const [y_min, y_max] = ax_hist.get_ylim();
  void y_min;
  ax_hist.set_ylabel("Number of pixels");
  ax_hist.set_yticks(np.linspace(0, y_max, 5));
  [ax_img, ax_hist, ax_cdf] = plot_img_and_hist(gamma_corrected, column(axes, 1));
  ax_img.set_title("Gamma correction");
  [ax_img, ax_hist, ax_cdf] = plot_img_and_hist(logarithmic_corrected, column(axes, 2));
  ax_img.set_title("Logarithmic correction");
  ax_cdf.set_ylabel("Fraction of total intensity");
  ax_cdf.set_yticks(np.linspace(0, 1, 5));
  fig.tight_layout();
  show();
  plt.rcdefaults();
  return { gamma_corrected, logarithmic_corrected };
}, {
  // hist(histtype='step') draws one Polygon patch in matplotlib; plt draws the outline as a Line2D
  figureGaps: ["1 lines != 0", "0 patches != 1"],
});

galleryTest("plot_histogram_matching", (show) => {
  const reference = data.coffee();
  const image = data.chelsea();
  const matched = match_histograms(image, reference, { channel_axis: -1 });
  const [fig, [ax1, ax2, ax3]] = plt.subplots({ nrows: 1, ncols: 3, figsize: [8, 3] }); // sharex/sharey: not supported yet
  for (const aa of [ax1, ax2, ax3]) aa.set_axis_off();
  ax1.imshow(image);
  ax1.set_title("Source");
  ax2.imshow(reference);
  ax2.set_title("Reference");
  ax3.imshow(matched);
  ax3.set_title("Matched");
  plt.tight_layout();
  show();
  const [fig2, axes] = plt.subplots({ nrows: 3, ncols: 3, figsize: [8, 8] });
  [image, reference, matched].forEach((img, i) => {
    ["red", "green", "blue"].forEach((c_color, c) => {
      let [img_hist, bins] = exposure.histogram(img.get("...", c), { source_range: "dtype" });
      axes.get(c, i).plot(bins, img_hist.div(img_hist.max()));
      const [img_cdf, bins2] = exposure.cumulative_distribution(img.get("...", c));
      bins = bins2;
      axes.get(c, i).plot(bins, img_cdf);
      axes.get(c, 0).set_ylabel(c_color);
    });
  });
  axes.get(0, 0).set_title("Source");
  axes.get(0, 1).set_title("Reference");
  axes.get(0, 2).set_title("Matched");
  plt.tight_layout();
  show();
  return { matched };
});

test.run();
