/** scikit-image 0.19's gallery: color_exposure/plot_regional_maxima, segmentation/plot_extrema. */
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

test.run();
