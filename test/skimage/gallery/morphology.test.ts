/**
 * scikit-image 0.19's gallery: color_exposure/plot_regional_maxima, segmentation/plot_extrema,
 * segmentation/plot_floodfill.
 */
import { test } from "uvu";
import { np, plt, scipy, skimage } from "../../../src";
import { galleryTest } from "./_gallery";

const { data, color, exposure } = skimage;
const { reconstruction } = skimage.morphology;
const { img_as_float } = skimage.util;

galleryTest("plot_regional_maxima", (show) => {
  let image = img_as_float(data.coins());
  image = scipy.ndimage.gaussian_filter(image, 1);
  let seed = np.copy(image);
  seed.set(["1:-1", "1:-1"], image.min());
  const mask = image;
  let dilated = reconstruction(seed, mask, { method: "dilation" });
  let [fig, [ax0, ax1, ax2]] = plt.subplots({ nrows: 1, ncols: 3, figsize: [8, 2.5] }); // sharex/sharey: not supported yet
  ax0.imshow(image, { cmap: "gray" });
  ax0.set_title("original image");
  ax0.axis("off");
  ax1.imshow(dilated, { vmin: image.min() as number, vmax: image.max() as number, cmap: "gray" });
  ax1.set_title("dilated");
  ax1.axis("off");
  ax2.imshow(image.sub(dilated), { cmap: "gray" });
  ax2.set_title("image - dilated");
  ax2.axis("off");
  fig.tight_layout();
  const h = 0.4;
  seed = image.sub(h);
  dilated = reconstruction(seed, mask, { method: "dilation" });
  const hdome = image.sub(dilated);
  [fig, [ax0, ax1, ax2]] = plt.subplots({ nrows: 1, ncols: 3, figsize: [8, 2.5] });
  const yslice = 197;
  // fmt '0.5' (a gray level as the format string): plt's fmt parser refuses it; the color keyword is the same
  ax0.plot(mask.get(yslice), { color: "0.5", label: "mask" });
  ax0.plot(seed.get(yslice), "k", { label: "seed" });
  ax0.plot(dilated.get(yslice), "r", { label: "dilated" });
  ax0.set_ylim(-0.2, 2);
  ax0.set_title("image slice");
  ax0.set_xticks([]);
  ax0.legend();
  ax1.imshow(dilated, { vmin: image.min() as number, vmax: image.max() as number, cmap: "gray" });
  ax1.axhline(yslice, { color: "r", alpha: 0.4 });
  ax1.set_title("dilated");
  ax1.axis("off");
  ax2.imshow(hdome, { cmap: "gray" });
  ax2.axhline(yslice, { color: "r", alpha: 0.4 });
  ax2.set_title("image - dilated");
  ax2.axis("off");
  fig.tight_layout();
  show();
  return { image, dilated, hdome };
});

galleryTest("plot_extrema", (show) => {
  // `from skimage.morphology import extrema`: the functions are on skimage.morphology itself
  const extrema = skimage.morphology;
  const { label } = skimage.measure;
  const color_image = data.hubble_deep_field();
  const [x_0, y_0, width, height] = [70, 354, 100, 100];
  let img = color.rgb2gray(color_image).get(`${y_0}:${y_0 + height}`, `${x_0}:${x_0 + width}`);
  img = exposure.rescale_intensity(img);
  const local_maxima = extrema.local_maxima(img);
  const label_maxima = label(local_maxima);
  const overlay = color.label2rgb(label_maxima, img, { alpha: 0.7, bg_label: 0, bg_color: null, colors: [[1, 0, 0]] });
  const h = 0.05;
  const h_maxima = extrema.h_maxima(img, h);
  const label_h_maxima = label(h_maxima);
  const overlay_h = color.label2rgb(label_h_maxima, img, { alpha: 0.7, bg_label: 0, bg_color: null, colors: [[1, 0, 0]] });
  const [fig, ax] = plt.subplots(1, 3, { figsize: [15, 5] });
  ax[0].imshow(img, { cmap: "gray" });
  ax[0].set_title("Original image");
  ax[0].axis("off");
  ax[1].imshow(overlay);
  ax[1].set_title("Local Maxima");
  ax[1].axis("off");
  ax[2].imshow(overlay_h);
  ax[2].set_title(`h maxima for h = ${h.toFixed(2)}`);
  ax[2].axis("off");
  show();
  return { img, local_maxima, label_maxima, overlay, h_maxima, label_h_maxima, overlay_h };
});

galleryTest("plot_floodfill", (show) => {
  const { flood, flood_fill } = skimage.segmentation;
  const { filters, morphology } = skimage;
  const checkers = data.checkerboard();
  const filled_checkers = flood_fill(checkers, [76, 76], 127);
  let [fig, ax] = plt.subplots({ ncols: 2, figsize: [10, 5] });
  ax[0].imshow(checkers, { cmap: "gray" });
  ax[0].set_title("Original");
  ax[1].imshow(filled_checkers, { cmap: "gray" });
  ax[1].plot(76, 76, "wo"); // seed point
  ax[1].set_title("After flood fill");
  show();
  const cameraman = data.camera();
  const light_coat = flood_fill(cameraman, [155, 150], 255, { tolerance: 10 });
  [fig, ax] = plt.subplots({ ncols: 2, figsize: [10, 5] });
  ax[0].imshow(cameraman, { cmap: "gray" });
  ax[0].set_title("Original");
  ax[0].axis("off");
  ax[1].imshow(light_coat, { cmap: "gray" });
  ax[1].plot(150, 155, "ro"); // seed point
  ax[1].set_title("After flood fill");
  ax[1].axis("off");
  show();
  const output = [];
  for (let i = 0; i < 8; i++) {
    const tol = 5 + 20 * i;
    output.push(flood_fill(cameraman, [0, 0], 255, { tolerance: tol }));
  }
  [fig, ax] = plt.subplots({ nrows: 3, ncols: 3, figsize: [12, 12] });
  ax.get(0, 0).imshow(cameraman, { cmap: "gray" });
  ax.get(0, 0).set_title("Original");
  ax.get(0, 0).axis("off");
  for (let i = 0; i < 8; i++) {
    const [m, n] = np.unravel_index(i + 1, [3, 3]);
    ax.get(m, n).imshow(output[i], { cmap: "gray" });
    ax.get(m, n).set_title(`Tolerance ${5 + 20 * i}`);
    ax.get(m, n).axis("off");
    ax.get(m, n).plot(0, 0, "bo"); // seed point
  }
  fig.tight_layout();
  show();
  const cat = data.chelsea();
  const cat_sobel = filters.sobel(cat.get("...", 0));
  const cat_nose = flood(cat_sobel, [240, 265], { tolerance: 0.03 });
  [fig, ax] = plt.subplots({ nrows: 3, figsize: [10, 20] });
  ax[0].imshow(cat);
  ax[0].set_title("Original");
  ax[0].axis("off");
  ax[1].imshow(cat_sobel);
  ax[1].set_title("Sobel filtered");
  ax[1].axis("off");
  ax[2].imshow(cat);
  ax[2].imshow(cat_nose, { cmap: "gray", alpha: 0.3 });
  ax[2].plot(265, 240, "wo"); // seed point
  ax[2].set_title("Nose segmented with `flood`");
  ax[2].axis("off");
  fig.tight_layout();
  show();
  const img = data.astronaut();
  const img_hsv = color.rgb2hsv(img);
  const img_hsv_copy = np.copy(img_hsv);
  const mask = flood(img_hsv.get("...", 0), [313, 160], { tolerance: 0.016 });
  img_hsv.set([mask, 0], 0.5);
  let mask_postprocessed = np.logical_and(mask, img_hsv_copy.get("...", 1).gt(0.4));
  mask_postprocessed = morphology.binary_opening(mask_postprocessed, np.ones([3, 3]));
  mask_postprocessed = morphology.binary_closing(mask_postprocessed, morphology.disk(20));
  img_hsv_copy.set([mask_postprocessed, 0], 0.5);
  [fig, ax] = plt.subplots(1, 2, { figsize: [8, 4] });
  ax[0].imshow(color.hsv2rgb(img_hsv));
  ax[0].axis("off");
  ax[0].set_title("After flood fill");
  ax[1].imshow(color.hsv2rgb(img_hsv_copy));
  ax[1].axis("off");
  ax[1].set_title("After flood fill and post-processing");
  fig.tight_layout();
  show();
  return { cameraman, light_coat, mask, mask_postprocessed, filled_checkers };
});

test.run();
