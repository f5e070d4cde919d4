/**
 * matplotlib's image tutorial (tutorials/introductory/images.py, matplotlib 3.6), each figure
 * cell ported, compared by structure with Debian's matplotlib drawing the same cell (see
 * structure.ts). stinkbug.png is not shipped with Debian's matplotlib: both sides read
 * data/skimage/chelsea.png (an RGB photograph too). matplotlib.image.imread's float32 in [0, 1]
 * is skimage.io.imread's uint8 over 255; PIL's thumbnail((64, 64)) comes from a fixture.
 */
import { join } from "node:path";
import { np, plt, skimage } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { tutorialTests } from "./structure";

type Json = Record<string, any>;
const PHOTO = join(__dirname, "..", "..", "..", "data", "skimage", "chelsea.png");

function photo(): any {
  return np.divide(skimage.io.imread(PHOTO).astype("float32"), 255);
}
function lum(): any {
  return photo().get(":", ":", 0);
}
function thumb(): any {
  const p = loadGolden<Json>("plt_tutorials/thumbnail").pixels;
  return np.array(Array.from(p.data as ArrayLike<number>), { dtype: "uint8" }).reshape(p.shape);
}

const CELLS: Record<string, () => void> = {
  "imshow RGB": () => {
    plt.imshow(photo());
  },
  "imshow one channel": () => {
    plt.imshow(lum());
  },
  "imshow hot": () => {
    plt.imshow(lum(), { cmap: "hot" });
  },
  set_cmap: () => {
    const imgplot: any = plt.imshow(lum());
    imgplot.set_cmap("nipy_spectral");
  },
  colorbar: () => {
    plt.imshow(lum());
    plt.colorbar();
  },
  "histogram of values": () => {
    plt.hist(lum().ravel(), { bins: 256, range: [0.0, 1.0], fc: "k", ec: "k" });
  },
  clim: () => {
    plt.imshow(lum(), { clim: [0.0, 0.7] });
  },
  "set_clim and horizontal colorbars": () => {
    const lum_img = lum();
    const fig = plt.figure();
    let a = fig.add_subplot(1, 2, 1);
    plt.imshow(lum_img);
    a.set_title("Before");
    plt.colorbar({ ticks: [0.1, 0.3, 0.5, 0.7], orientation: "horizontal" });
    a = fig.add_subplot(1, 2, 2);
    const imgplot: any = plt.imshow(lum_img);
    imgplot.set_clim(0.0, 0.7);
    a.set_title("After");
    plt.colorbar({ ticks: [0.1, 0.3, 0.5, 0.7], orientation: "horizontal" });
  },
  thumbnail: () => {
    plt.imshow(thumb());
  },
  "thumbnail nearest": () => {
    plt.imshow(thumb(), { interpolation: "nearest" });
  },
  "thumbnail bicubic": () => {
    plt.imshow(thumb(), { interpolation: "bicubic" });
  },
};

/** Cells that need what plt does not have yet. */
export const SKIPPED: Record<string, string> = {};

tutorialTests("images", CELLS, SKIPPED);
