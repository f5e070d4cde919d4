/**
 * scikit-image 0.19's gallery: segmentation/plot_regionprops, applications/plot_coins_segmentation,
 * applications/plot_morphology, filters/plot_entropy.
 */
import { test } from "uvu";
import { np, plt, scipy, skimage } from "../../../src";
import { NDArray } from "../../../src/np/ndarray";
import { galleryTest } from "./_gallery";

const ndi = scipy.ndimage;
const { data, filters, measure, morphology, segmentation } = skimage;
const { img_as_ubyte } = skimage.util;

galleryTest("plot_regionprops", (show) => {
  const { ellipse } = skimage.draw;
  const { label, regionprops, regionprops_table } = measure;
  const { rotate } = skimage.transform;
  let image = np.zeros([600, 600]);
  let [rr, cc] = ellipse(300, 350, 100, 220);
  image.set([rr, cc], 1);
  image = rotate(image, 15, { order: 0 });
  [rr, cc] = ellipse(100, 100, 60, 50);
  image.set([rr, cc], 1);
  const label_img = label(image);
  const regions = regionprops(label_img);
  const [fig, ax] = plt.subplots();
  ax.imshow(image, { cmap: "gray" });
  for (const props of regions) {
    const [y0, x0] = props.centroid;
    const orientation = props.orientation;
    const x1 = x0 + Math.cos(orientation) * 0.5 * props.axis_minor_length;
    const y1 = y0 - Math.sin(orientation) * 0.5 * props.axis_minor_length;
    const x2 = x0 - Math.sin(orientation) * 0.5 * props.axis_major_length;
    const y2 = y0 - Math.cos(orientation) * 0.5 * props.axis_major_length;
    ax.plot([x0, x1], [y0, y1], "-r", { linewidth: 2.5 });
    ax.plot([x0, x2], [y0, y2], "-r", { linewidth: 2.5 });
    ax.plot(x0, y0, ".g", { markersize: 15 });
    const [minr, minc, maxr, maxc] = props.bbox;
    const bx = [minc, maxc, maxc, minc, minc];
    const by = [minr, minr, maxr, maxr, minr];
    ax.plot(bx, by, "-b", { linewidth: 2.5 });
  }
  ax.axis([0, 600, 600, 0]);
  show();
  const table = regionprops_table(label_img, { properties: ["centroid", "orientation", "axis_major_length", "axis_minor_length"] });
  void table; // pd.DataFrame(props): no pandas here; the values are those of the regions above
  // the interactive part: plotly figures are not drawn, their hover texts are computed as in the example
  const img = data.coins();
  const threshold = filters.threshold_otsu(img);
  let mask = img.gt(threshold);
  mask = morphology.remove_small_objects(mask, 50);
  mask = morphology.remove_small_holes(mask, 50);
  const labels = label(mask);
  const props = measure.regionprops(labels, img);
  const properties = ["area", "eccentricity", "perimeter", "intensity_mean"];
  const hoverinfos: unknown[] = [];
  for (let index = 1; index < (labels.max() as number); index++) {
    const label_i = props[index].label;
    const contour = measure.find_contours(labels.eq(label_i), 0.5)[0];
    const [y, x] = contour.T;
    let hoverinfo = "";
    for (const prop_name of properties) hoverinfo += `<b>${prop_name}: ${(props[index].get(prop_name) as number).toFixed(2)}</b><br>`;
    hoverinfos.push([label_i, x, y, hoverinfo]);
  }
  return {
    image, label_img, labels, hoverinfos,
    regions: regions.map((p) => [p.centroid, p.orientation, p.axis_minor_length, p.axis_major_length, p.bbox]),
    props: props.map((p) => [p.label, p.area, p.eccentricity, p.perimeter, p.intensity_mean]),
  };
});

galleryTest("plot_coins_segmentation", (show) => {
  const { histogram } = skimage.exposure;
  const coins = data.coins();
  const [hist, hist_centers] = histogram(coins);
  let [fig, axes] = plt.subplots(1, 2, { figsize: [8, 3] });
  axes[0].imshow(coins, { cmap: "gray" });
  axes[0].axis("off");
  axes[1].plot(hist_centers, hist, { lw: 2 });
  axes[1].set_title("histogram of gray values");
  [fig, axes] = plt.subplots(1, 2, { figsize: [8, 3] }); // sharey=True: not supported yet
  axes[0].imshow(coins.gt(100), { cmap: "gray" });
  axes[0].set_title("coins > 100");
  axes[1].imshow(coins.gt(150), { cmap: "gray" });
  axes[1].set_title("coins > 150");
  for (const a of axes) a.axis("off");
  plt.tight_layout();
  const edges = skimage.feature.canny(coins);
  let [fig1, ax] = plt.subplots({ figsize: [4, 3] });
  ax.imshow(edges, { cmap: "gray" });
  ax.set_title("Canny detector");
  ax.axis("off");
  const fill_coins = ndi.binary_fill_holes(edges);
  [fig1, ax] = plt.subplots({ figsize: [4, 3] });
  ax.imshow(fill_coins, { cmap: "gray" });
  ax.set_title("filling the holes");
  ax.axis("off");
  const coins_cleaned = morphology.remove_small_objects(fill_coins, 21);
  [fig1, ax] = plt.subplots({ figsize: [4, 3] });
  ax.imshow(coins_cleaned, { cmap: "gray" });
  ax.set_title("removing small objects");
  ax.axis("off");
  const elevation_map = filters.sobel(coins);
  [fig1, ax] = plt.subplots({ figsize: [4, 3] });
  ax.imshow(elevation_map, { cmap: "gray" });
  ax.set_title("elevation map");
  ax.axis("off");
  const markers = np.zeros_like(coins);
  markers.set(coins.lt(30), 1);
  markers.set(coins.gt(150), 2);
  [fig1, ax] = plt.subplots({ figsize: [4, 3] });
  ax.imshow(markers, { cmap: "jet" }); // plt.cm.nipy_spectral: not in plt's colormaps yet
  ax.set_title("markers");
  ax.axis("off");
  let segmentation_coins = segmentation.watershed(elevation_map, markers);
  [fig1, ax] = plt.subplots({ figsize: [4, 3] });
  ax.imshow(segmentation_coins, { cmap: "gray" });
  ax.set_title("segmentation");
  ax.axis("off");
  segmentation_coins = ndi.binary_fill_holes(segmentation_coins.sub(1));
  const [labeled_coins] = ndi.label(segmentation_coins);
  const image_label_overlay = skimage.color.label2rgb(labeled_coins, { image: coins, bg_label: 0 });
  [fig, axes] = plt.subplots(1, 2, { figsize: [8, 3] }); // sharey=True: not supported yet
  axes[0].imshow(coins, { cmap: "gray" });
  axes[0].contour(segmentation_coins, [0.5], { linewidths: 1.2, colors: "y" });
  axes[1].imshow(image_label_overlay);
  for (const a of axes) a.axis("off");
  plt.tight_layout();
  show();
  return { edges, fill_coins, coins_cleaned, elevation_map, markers, segmentation_coins, labeled_coins };
}, {
  figureGaps: [
    'fig6.ax0.image0.cmap: "jet" != "nipy_spectral"',
    // matplotlib keeps contour()'s lines in ax.collections; plt keeps its contour sets apart
    "fig8.ax0: 0 collections != 1",
  ],
});

galleryTest("plot_morphology", (show) => {
  const { erosion, dilation, opening, closing, white_tophat, black_tophat, skeletonize, convex_hull_image, disk } = morphology;
  const orig_phantom = img_as_ubyte(data.shepp_logan_phantom());
  const [fig, ax] = plt.subplots();
  ax.imshow(orig_phantom, { cmap: "gray" });
  function plot_comparison(original: NDArray, filtered: NDArray, filter_name: string): void {
    const [fig, [ax1, ax2]] = plt.subplots({ ncols: 2, figsize: [8, 4] }); // sharex/sharey: not supported yet
    ax1.imshow(original, { cmap: "gray" });
    ax1.set_title("original");
    ax1.axis("off");
    ax2.imshow(filtered, { cmap: "gray" });
    ax2.set_title(filter_name);
    ax2.axis("off");
  }
  const footprint = disk(6);
  const eroded = erosion(orig_phantom, footprint);
  plot_comparison(orig_phantom, eroded, "erosion");
  const dilated = dilation(orig_phantom, footprint);
  plot_comparison(orig_phantom, dilated, "dilation");
  const opened = opening(orig_phantom, footprint);
  plot_comparison(orig_phantom, opened, "opening");
  let phantom = orig_phantom.copy();
  phantom.set(["10:30", "200:210"], 0);
  const closed = closing(phantom, footprint);
  plot_comparison(phantom, closed, "closing");
  phantom = orig_phantom.copy();
  phantom.set(["340:350", "200:210"], 255);
  phantom.set(["100:110", "200:210"], 0);
  const w_tophat = white_tophat(phantom, footprint);
  plot_comparison(phantom, w_tophat, "white tophat");
  const b_tophat = black_tophat(phantom, footprint);
  plot_comparison(phantom, b_tophat, "black tophat");
  const horse = data.horse();
  const sk = skeletonize(horse.eq(0));
  plot_comparison(horse, sk, "skeletonize");
  const hull1 = convex_hull_image(horse.eq(0));
  plot_comparison(horse, hull1, "convex hull");
  const horse_mask = horse.eq(0);
  horse_mask.set(["45:50", "75:80"], 1);
  const hull2 = convex_hull_image(horse_mask);
  plot_comparison(horse_mask, hull2, "convex hull");
  show();
  return { orig_phantom, footprint, eroded, dilated, opened, closed, w_tophat, b_tophat, sk };
});

galleryTest("plot_entropy", (show) => {
  const { entropy } = filters.rank;
  const { disk } = morphology;
  // the gallery draws from an unseeded default_rng(); both runs seed it with 0
  const rng = np.random.default_rng(0);
  const noise_mask = np.full([128, 128], 28, { dtype: "uint8" });
  noise_mask.set(["32:-32", "32:-32"], 30);
  const noise = noise_mask.mul(rng.random(noise_mask.shape)).sub(np.multiply(0.5, noise_mask)).astype("uint8");
  const img = noise.add(128);
  const entr_img = entropy(img, disk(10));
  const [fig, [ax0, ax1, ax2]] = plt.subplots({ nrows: 1, ncols: 3, figsize: [10, 4] });
  ax0.imshow(noise_mask, { cmap: "gray" });
  ax0.set_title("Object");
  ax1.imshow(img, { cmap: "gray" });
  ax1.set_title("Noisy image");
  ax2.imshow(entr_img, { cmap: "viridis" });
  ax2.set_title("Local entropy");
  fig.tight_layout();
  const image = img_as_ubyte(data.camera());
  const [fig2, [bx0, bx1]] = plt.subplots({ ncols: 2, figsize: [12, 4] }); // sharex/sharey: not supported yet
  const img0 = bx0.imshow(image, { cmap: "gray" });
  bx0.set_title("Image");
  bx0.axis("off");
  fig2.colorbar(img0, { ax: bx0 });
  const img1 = bx1.imshow(entropy(image, disk(5)), { cmap: "gray" });
  bx1.set_title("Entropy");
  bx1.axis("off");
  fig2.colorbar(img1, { ax: bx1 });
  fig2.tight_layout();
  show();
  return { noise, image, entr_img };
}, {
  // the colorbars: matplotlib adds an Axes for each to the figure, plt does not
  figureGaps: ["fig1: 2 axes != 4"],
});

test.run();
