/** scikit-image 0.19's gallery, color_exposure/plot_adapt_rgb. */
import { test } from "uvu";
import { np, plt, skimage } from "../../../src";
import { NDArray } from "../../../src/np/ndarray";
import { galleryTest } from "./_gallery";

const { adapt_rgb, each_channel, hsv_value } = skimage.color.adapt_rgb;
const { filters, data } = skimage;
const { rescale_intensity } = skimage.exposure;
const { rgb2gray } = skimage.color;

galleryTest("plot_adapt_rgb", (show) => {
  // @adapt_rgb(each_channel) def sobel_each(image): the decorator applied by hand
  const sobel_each = adapt_rgb(each_channel)(function sobel_each(image: NDArray) {
    return filters.sobel(image);
  });
  const sobel_hsv = adapt_rgb(hsv_value)(function sobel_hsv(image: NDArray) {
    return filters.sobel(image);
  });
  const image = data.astronaut();
  const [fig, [ax_each, ax_hsv]] = plt.subplots({ ncols: 2, figsize: [14, 7] });
  ax_each.imshow(rescale_intensity(np.subtract(1, sobel_each(image))));
  ax_each.set_xticks([]), ax_each.set_yticks([]);
  ax_each.set_title("Sobel filter computed\n on individual RGB channels");
  ax_hsv.imshow(rescale_intensity(np.subtract(1, sobel_hsv(image))));
  ax_hsv.set_xticks([]), ax_hsv.set_yticks([]);
  ax_hsv.set_title("Sobel filter computed\n on (V)alue converted image (HSV)");
  function as_gray(image_filter: (image: NDArray, ...args: unknown[]) => NDArray, image: NDArray, ...args: unknown[]) {
    const gray_image = rgb2gray(image);
    return image_filter(gray_image, ...args);
  }
  const sobel_gray = adapt_rgb(as_gray)(function sobel_gray(image: NDArray) {
    return filters.sobel(image);
  });
  const [fig2, ax] = plt.subplots({ ncols: 1, nrows: 1, figsize: [7, 7] });
  ax.imshow(rescale_intensity(np.subtract(1, sobel_gray(image))), { cmap: "gray" });
  ax.set_xticks([]), ax.set_yticks([]);
  ax.set_title("Sobel filter computed\n on the converted grayscale image");
  show();
  return { each: sobel_each(image), hsv: sobel_hsv(image), gray: sobel_gray(image) };
});

test.run();
