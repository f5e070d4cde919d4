/** scikit-image 0.19's gallery, filters/: plot_unsharp_mask, plot_hysteresis, plot_tophat, plot_dog. */
import { test } from "uvu";
import { np, plt, skimage } from "../../../src";
import { NDArray } from "../../../src/np/ndarray";
import { galleryTest } from "./_gallery";

const { data, filters, color, morphology } = skimage;
const { unsharp_mask } = filters;

galleryTest("plot_unsharp_mask", (show) => {
  const image = data.camera(); // data.moon() in the gallery: moon is not shipped (scikit-image states no licence for it)
  const result_1 = unsharp_mask(image, { radius: 1, amount: 1 });
  const result_2 = unsharp_mask(image, { radius: 5, amount: 2 });
  const result_3 = unsharp_mask(image, { radius: 20, amount: 1 });
  const [fig, axes] = plt.subplots({ nrows: 2, ncols: 2, figsize: [10, 10] }); // sharex=True, sharey=True: not supported by plt.subplots yet
  const ax = axes.ravel();
  ax[0].imshow(image, { cmap: "gray" });
  ax[0].set_title("Original image");
  ax[1].imshow(result_1, { cmap: "gray" });
  ax[1].set_title("Enhanced image, radius=1, amount=1.0");
  ax[2].imshow(result_2, { cmap: "gray" });
  ax[2].set_title("Enhanced image, radius=5, amount=2.0");
  ax[3].imshow(result_3, { cmap: "gray" });
  ax[3].set_title("Enhanced image, radius=20, amount=1.0");
  for (const a of ax) a.axis("off");
  fig.tight_layout();
  show();
  return { result_1, result_2, result_3 };
});

galleryTest("plot_hysteresis", (show) => {
  const [fig, ax] = plt.subplots({ nrows: 2, ncols: 2 });
  const image = data.coins();
  const edges = filters.sobel(image);
  const low = 0.1;
  const high = 0.35;
  const lowt = edges.gt(low).astype("int");
  const hight = edges.gt(high).astype("int");
  const hyst = filters.apply_hysteresis_threshold(edges, low, high);
  ax.get(0, 0).imshow(image, { cmap: "gray" });
  ax.get(0, 0).set_title("Original image");
  ax.get(0, 1).imshow(edges, { cmap: "magma" });
  ax.get(0, 1).set_title("Sobel edges");
  ax.get(1, 0).imshow(lowt, { cmap: "magma" });
  ax.get(1, 0).set_title("Low threshold");
  ax.get(1, 1).imshow(hight.add(hyst), { cmap: "magma" });
  ax.get(1, 1).set_title("Hysteresis threshold");
  for (const a of ax.ravel()) a.axis("off");
  plt.tight_layout();
  show();
  return { edges, lowt, hight, hyst };
});

galleryTest("plot_tophat", (show) => {
  const image = color.rgb2gray(data.hubble_deep_field()).get(":500", ":500");
  const footprint = morphology.disk(1);
  const res = morphology.white_tophat(image, footprint);
  const [fig, ax] = plt.subplots({ ncols: 3, figsize: [20, 8] });
  ax[0].set_title("Original");
  ax[0].imshow(image, { cmap: "gray" });
  ax[1].set_title("White tophat");
  ax[1].imshow(res, { cmap: "gray" });
  ax[2].set_title("Complementary");
  ax[2].imshow(image.sub(res), { cmap: "gray" });
  show();
  return { image, footprint, res };
});

galleryTest("plot_dog", (show) => {
  const { difference_of_gaussians, window } = filters;
  // scipy.fft's fftn and fftshift: numpy.fft's (the same transforms) stand in
  const { fftn, fftshift } = np.fft;
  // the example runs these lines twice (gravel, then camera): written once here
  const spectra = (image: NDArray, filtered_image: NDArray) => {
    const wimage = image.mul(window("hann", image.shape)); // window image to improve FFT
    const filtered_wimage = filtered_image.mul(window("hann", image.shape));
    const im_f_mag = fftshift(np.abs(fftn(wimage)));
    const fim_f_mag = fftshift(np.abs(fftn(filtered_wimage)));
    const [fig, ax] = plt.subplots({ nrows: 2, ncols: 2, figsize: [8, 8] });
    ax.get(0, 0).imshow(image, { cmap: "gray" });
    ax.get(0, 0).set_title("Original Image");
    ax.get(0, 1).imshow(np.log(im_f_mag), { cmap: "magma" });
    ax.get(0, 1).set_title("Original FFT Magnitude (log)");
    ax.get(1, 0).imshow(filtered_image, { cmap: "gray" });
    ax.get(1, 0).set_title("Filtered Image");
    ax.get(1, 1).imshow(np.log(fim_f_mag), { cmap: "magma" });
    ax.get(1, 1).set_title("Filtered FFT Magnitude (log)");
    show();
    return wimage;
  };
  let image = data.gravel();
  let filtered_image = difference_of_gaussians(image, 1, 12);
  spectra(image, filtered_image);
  image = data.camera();
  filtered_image = difference_of_gaussians(image, 1.5);
  const wimage = spectra(image, filtered_image);
  return { image, filtered_image, wimage };
});

test.run();
