/**
 * scikit-image 0.19's gallery, features_detection/: plot_corner, plot_template, plot_blob,
 * plot_hog; numpy_operations/: plot_camera_numpy.
 */
import { test } from "uvu";
import { np, plt, skimage } from "../../../src";
import { galleryTest } from "./_gallery";

const { data, exposure } = skimage;
const { corner_harris, corner_peaks, match_template, blob_dog, blob_log, blob_doh, hog } = skimage.feature;
const { warp, AffineTransform } = skimage.transform;
const { ellipse } = skimage.draw;
const { rgb2gray } = skimage.color;

galleryTest("plot_corner", (show) => {
  const tform = new AffineTransform({ scale: [1.3, 1.1], rotation: 1, shear: 0.7, translation: [110, 30] });
  const image = warp(data.checkerboard().get(":90", ":90"), tform.inverse, { output_shape: [200, 310] });
  const [rr, cc] = ellipse(160, 175, 10, 100);
  image.set([rr, cc], 1);
  image.set(["30:80", "200:250"], 1);
  image.set(["80:130", "250:300"], 1);
  const coords = corner_peaks(corner_harris(image), { min_distance: 5, threshold_rel: 0.02 });
  const coords_subpix = skimage.feature.corner_subpix(image, coords, { window_size: 13 });
  const [fig, ax] = plt.subplots();
  ax.imshow(image, { cmap: "gray" });
  ax.plot(coords.get(":", 1), coords.get(":", 0), { color: "cyan", marker: "o", linestyle: "None", markersize: 6 });
  ax.plot(coords_subpix.get(":", 1), coords_subpix.get(":", 0), "+r", { markersize: 15 });
  ax.axis([0, 310, 200, 0]);
  show();
  return { image, coords, coords_subpix };
});

galleryTest("plot_template", (show) => {
  const image = data.coins();
  const coin = image.get("170:220", "75:130");
  const result = match_template(image, coin);
  const ij = np.unravel_index(np.argmax(result), result.shape);
  const [x, y] = ij.slice().reverse();
  const fig = plt.figure({ figsize: [8, 3] });
  const ax1 = plt.subplot(1, 3, 1);
  const ax2 = plt.subplot(1, 3, 2);
  const ax3 = plt.subplot(1, 3, 3); // sharex=ax2, sharey=ax2: not supported by plt.subplot yet
  ax1.imshow(coin, { cmap: "gray" });
  ax1.set_axis_off();
  ax1.set_title("template");
  ax2.imshow(image, { cmap: "gray" });
  ax2.set_axis_off();
  ax2.set_title("image");
  const [hcoin, wcoin] = coin.shape;
  // plt.Rectangle((x, y), wcoin, hcoin, ...) + ax2.add_patch: not in plt yet; the rectangle is not drawn
  void [hcoin, wcoin];
  ax3.imshow(result);
  ax3.set_axis_off();
  ax3.set_title("`match_template`\nresult");
  // ax3.autoscale(False): not in plt yet
  ax3.plot(x, y, "o", { markeredgecolor: "r", markerfacecolor: "none", markersize: 10 });
  show();
  return { coin, result, x, y };
}, { figureGaps: ["fig0.ax1: 0 patches != 1"] });

galleryTest("plot_blob", (show) => {
  const image = data.hubble_deep_field().get("0:500", "0:500");
  const image_gray = rgb2gray(image);
  const blobs_log = blob_log(image_gray, { max_sigma: 30, num_sigma: 10, threshold: 0.1 });
  blobs_log.set([":", 2], blobs_log.get(":", 2).mul(Math.sqrt(2)));
  const blobs_dog = blob_dog(image_gray, { max_sigma: 30, threshold: 0.1 });
  blobs_dog.set([":", 2], blobs_dog.get(":", 2).mul(Math.sqrt(2)));
  const blobs_doh = blob_doh(image_gray, { max_sigma: 30, threshold: 0.01 });
  const blobs_list = [blobs_log, blobs_dog, blobs_doh];
  const colors = ["yellow", "lime", "red"];
  const titles = ["Laplacian of Gaussian", "Difference of Gaussian", "Determinant of Hessian"];
  const [fig, axes] = plt.subplots(1, 3, { figsize: [9, 3] }); // sharex/sharey: not supported yet
  const ax = axes.ravel();
  blobs_list.forEach((blobs, idx) => {
    ax[idx].set_title(titles[idx]);
    ax[idx].imshow(image);
    // plt.Circle((x, y), r, color=colors[idx], ...) + add_patch for each blob: not in plt yet
    void colors;
    ax[idx].set_axis_off();
  });
  plt.tight_layout();
  show();
  return { blobs_log, blobs_dog, blobs_doh };
}, { figureGaps: ["patches != "] });

galleryTest("plot_hog", (show) => {
  const image = data.astronaut();
  const [fd, hog_image] = hog(image, { orientations: 8, pixels_per_cell: [16, 16], cells_per_block: [1, 1], visualize: true, channel_axis: -1 });
  const [fig, [ax1, ax2]] = plt.subplots(1, 2, { figsize: [8, 4] }); // sharex/sharey: not supported yet
  ax1.axis("off");
  ax1.imshow(image, { cmap: "gray" });
  ax1.set_title("Input image");
  const hog_image_rescaled = exposure.rescale_intensity(hog_image, { in_range: [0, 10] });
  ax2.axis("off");
  ax2.imshow(hog_image_rescaled, { cmap: "gray" });
  ax2.set_title("Histogram of Oriented Gradients");
  show();
  return { fd, hog_image, hog_image_rescaled };
});

galleryTest("plot_camera_numpy", (show) => {
  const camera = data.camera();
  camera.set(":10", 0);
  const mask = camera.lt(87);
  camera.set(mask, 255);
  const inds_x = np.arange(camera.shape[0]); // len(camera)
  const inds_y = inds_x.mul(4).mod(camera.shape[0]);
  camera.set([inds_x, inds_y], 0);
  const [l_x, l_y] = [camera.shape[0], camera.shape[1]];
  const [X, Y] = np.ogrid(`:${l_x}`, `:${l_y}`);
  const outer_disk_mask = X.sub(l_x / 2).pow(2).add(Y.sub(l_y / 2).pow(2)).gt((l_x / 2) ** 2);
  camera.set(outer_disk_mask, 0);
  plt.figure({ figsize: [4, 4] });
  plt.imshow(camera, { cmap: "gray" });
  plt.axis("off");
  show();
  return { camera, mask };
});

test.run();
