/** scikit-image 0.19's gallery, edges/plot_line_hough_transform. */
import { test } from "uvu";
import { np, plt, skimage } from "../../../src";
import { galleryTest } from "./_gallery";

const { hough_line, hough_line_peaks, probabilistic_hough_line } = skimage.transform;
const { canny } = skimage.feature;
const { line } = skimage.draw;
const { data } = skimage;

galleryTest("plot_line_hough_transform", (show) => {
  let image = np.zeros([200, 200]);
  const idx = np.arange(25, 175);
  image.set([idx, idx], 255);
  image.set(line(45, 25, 25, 175), 255);
  image.set(line(25, 135, 175, 155), 255);
  const tested_angles = np.linspace(-np.pi / 2, np.pi / 2, 360, { endpoint: false });
  const [h, theta, d] = hough_line(image, { theta: tested_angles });
  let [fig, axes] = plt.subplots(1, 3, { figsize: [15, 6] });
  let ax = axes.ravel();
  ax[0].imshow(image, { cmap: "gray" }); // matplotlib's cm.gray
  ax[0].set_title("Input image");
  ax[0].set_axis_off();
  const angle_step = 0.5 * (np.diff(theta).mean() as number);
  const d_step = 0.5 * (np.diff(d).mean() as number);
  const bounds = [
    np.rad2deg((theta.item(0) as number) - angle_step) as number,
    np.rad2deg((theta.item(-1) as number) + angle_step) as number,
    (d.item(-1) as number) + d_step,
    (d.item(0) as number) - d_step,
  ];
  ax[1].imshow(np.log(np.add(1, h)), { extent: bounds as [number, number, number, number], cmap: "gray", aspect: 1 / 1.5 });
  ax[1].set_title("Hough transform");
  ax[1].set_xlabel("Angles (degrees)");
  ax[1].set_ylabel("Distance (pixels)");
  ax[1].axis("image");
  ax[2].imshow(image, { cmap: "gray" });
  ax[2].set_ylim([image.shape[0], 0]);
  ax[2].set_axis_off();
  ax[2].set_title("Detected lines");
  const peaks = hough_line_peaks(h, theta, d);
  const [, angles, dists] = peaks;
  for (let i = 0; i < angles.size; i++) {
    const [angle, dist] = [angles.item(i) as number, dists.item(i) as number];
    const [x0, y0] = np.array([Math.cos(angle), Math.sin(angle)]).mul(dist).tolist() as number[];
    // ax[2].axline((x0, y0), slope=np.tan(angle + np.pi/2)): not in plt yet; the lines are not drawn
    void [x0, y0];
  }
  plt.tight_layout();
  show();
  image = data.camera();
  const edges = canny(image, 2, 1, 25);
  // the gallery draws the vote order from an unseeded generator; both runs give seed=0
  const lines = probabilistic_hough_line(edges, { threshold: 10, line_length: 5, line_gap: 3, seed: 0 });
  [fig, axes] = plt.subplots(1, 3, { figsize: [15, 5] }); // sharex/sharey: not supported yet
  ax = axes.ravel();
  ax[0].imshow(image, { cmap: "gray" });
  ax[0].set_title("Input image");
  ax[1].imshow(edges, { cmap: "gray" });
  ax[1].set_title("Canny edges");
  ax[2].imshow(edges.mul(0));
  for (const [p0, p1] of lines) ax[2].plot([p0[0], p1[0]], [p0[1], p1[1]]);
  ax[2].set_xlim([0, image.shape[1]]);
  ax[2].set_ylim([image.shape[0], 0]);
  ax[2].set_title("Probabilistic Hough");
  for (const a of ax) a.set_axis_off();
  plt.tight_layout();
  show();
  return { h, theta, d, bounds, peaks, edges, lines };
}, { figureGaps: ["fig0.ax2: 0 lines != 3"] });

test.run();
