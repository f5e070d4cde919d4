/**
 * `skimage.filters.try_all_threshold`: one figure comparing the global thresholds side by side,
 * laid out as scikit-image lays it out (the original, then one binary image per method).
 */
import { NDArray } from "../../np/ndarray";
import { greater } from "../../np/ufuncs/binary";
import { PyArgs, pyfunction, signature } from "../../signature";
import { subplots } from "../../plt/pyplot";
import type { Figure } from "../../plt/figure";
import type { Axes } from "../../plt/axes";
import { AxesArray } from "../../plt/axes_array";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { threshold_isodata, threshold_mean, threshold_minimum, threshold_triangle, threshold_yen } from "./thresholds";
import { threshold_li } from "./threshold_li";
import { threshold_otsu } from "./thresholding";
import { ValueError } from "../../errors";

export interface TryAllThresholdOptions {
  figsize?: readonly [number, number];
  verbose?: boolean;
}

const TRY_ALL = signature("skimage.filters.try_all_threshold(image, figsize=(8, 5), verbose=True)", {
  types: { image: "array_like", figsize: "sequence", verbose: "bool" },
  defaults: { figsize: [8, 5] },
});

/** The methods in scikit-image's order, with the module path its verbose mode prints. */
const METHODS: [string, string, (image: NDArray) => number][] = [
  ["Isodata", "threshold_isodata", (im) => threshold_isodata(im) as number],
  ["Li", "threshold_li", (im) => threshold_li(im)],
  ["Mean", "threshold_mean", (im) => threshold_mean(im)],
  ["Minimum", "threshold_minimum", (im) => threshold_minimum(im)],
  ["Otsu", "threshold_otsu", (im) => threshold_otsu(im)],
  ["Triangle", "threshold_triangle", (im) => threshold_triangle(im)],
  ["Yen", "threshold_yen", (im) => threshold_yen(im)],
];

/**
 * `skimage.filters.try_all_threshold(image, figsize=(8, 5), verbose=True)`: a 4x2 figure with
 * the image and `image > threshold` for the isodata, li, mean, minimum, otsu, triangle and yen
 * thresholds; a method that fails shows its error's class name instead. With `verbose`, prints
 * each method's module path as it runs. Returns `[fig, ax]`, `ax` the 8 axes in a flat array.
 */
export function try_all_threshold(image: NDArrayLike, ...rest: PyArgs<[figsize: readonly [number, number], verbose: boolean, options: TryAllThresholdOptions], TryAllThresholdOptions>): [Figure, AxesArray<Axes>];
export function try_all_threshold(...args: unknown[]): [Figure, AxesArray<Axes>] {
  const b = TRY_ALL.bind(args);
  const img = asNDArray(b.image as NDArrayLike);
  if (img.ndim !== 2) throw new ValueError(`try_all_threshold expects a 2-D image, got shape ${JSON.stringify(img.shape)}`);
  const [h, w] = img.shape;
  const [fig, grid] = subplots(4, 2, { figsize: b.figsize as [number, number] });
  const ax = AxesArray.of1d(grid.ravel());
  ax[0].imshow(img, { cmap: "gray" });
  ax[0].set_title("Original");
  METHODS.forEach(([name, fn, threshold], k) => {
    const a = ax[k + 1];
    a.set_title(name);
    try {
      a.imshow(greater(img, threshold(img)), { cmap: "gray" });
    } catch (e) {
      // scikit-image writes the class name at the axes' centre; the axes share the image's
      // limits there, so the centre is the image's centre
      a.set_xlim(-0.5, w - 0.5);
      a.set_ylim(h - 0.5, -0.5);
      a.text((w - 1) / 2, (h - 1) / 2, e instanceof Error ? e.name : "Exception", { ha: "center", va: "center" });
    }
    if (b.verbose) console.log(`skimage.filters.thresholding.${fn}`);
  });
  for (const a of ax) a.axis("off");
  fig.tight_layout();
  return [fig, ax];
}
pyfunction(TRY_ALL, try_all_threshold);
