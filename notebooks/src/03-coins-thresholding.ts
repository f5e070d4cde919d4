// %% [markdown]
// # Coins: thresholding and cleaning up
//
// The tutorial ended with arrays, plots and a first classifier. scikit-image's gallery goes on
// with segmentation, and its favourite example is `data.coins()`: 24 Greek coins from Pompeii
// on a grey background. This notebook separates the coins from the background twice: with a
// global threshold cleaned up by mathematical morphology, and with a watershed grown from
// markers. The next notebook labels the coins and measures them.
//
// Each cell mirrors a cell of the Python version (notebooks/python/03-coins-thresholding.py)
// and prints the same numbers.

// %%
import { np, plt, skimage } from "tslab-sci";
const { data, filters, morphology, segmentation, exposure } = skimage;

// %% [markdown]
// ## The image and its histogram

// %%
const coins = data.coins();
coins.shape

// %%
coins.dtype

// %% [markdown]
// Python's tuple `coins.min(), coins.max()` is an array of two numbers here:

// %%
[coins.min(), coins.max()]

// %% [markdown]
// `exposure.histogram` counts each grey level. The background is the most common value:

// %%
const [hist, bin_centers] = exposure.histogram(coins);
bin_centers.item(np.argmax(hist))

// %%
{
  const [fig, ax] = plt.subplots(1, 2, { figsize: [10, 4] });
  ax[0].imshow(coins, { cmap: "gray" });
  ax[0].set_title("coins");
  ax[0].axis("off");
  ax[1].plot(bin_centers, hist, { lw: 2 });
  ax[1].set_title("histogram of gray values");
  plt.show();
}

// %% [markdown]
// ## A global threshold
//
// `filters.try_all_threshold` draws what seven global thresholds make of the image:

// %%
filters.try_all_threshold(coins, { figsize: [8, 10], verbose: false });
plt.show();

// %% [markdown]
// Otsu's threshold splits the histogram where the two classes are best separated:

// %%
const thresh = filters.threshold_otsu(coins);
thresh

// %%
const bw = coins > thresh;
bw.sum()

// %% [markdown]
// Dark spots inside the coins become holes, bright specks in the background become objects.
// A closing with a 3x3 square fills the small holes; `clear_border` drops what touches the
// edge of the image, and `remove_small_objects` the specks of fewer than 20 pixels.

// %%
const closed = morphology.closing(bw, morphology.square(3));
closed.sum()

// %%
const cleared = segmentation.clear_border(closed);
cleared.sum()

// %%
const cleaned = morphology.remove_small_objects(cleared, 20);
cleaned.sum()

// %%
{
  const [fig, ax] = plt.subplots(1, 3, { figsize: [12, 4] });
  const steps: [typeof bw, string][] = [[bw, "coins > otsu"], [closed, "closing"], [cleaned, "border and specks removed"]];
  steps.forEach(([img, title], k) => {
    ax[k].imshow(img, { cmap: "gray" });
    ax[k].set_title(title);
    ax[k].axis("off");
  });
  plt.show();
}

// %% [markdown]
// ## Region growing: a watershed from markers
//
// A threshold cannot separate coins whose grey levels overlap the background's. The watershed
// floods the Sobel gradient from markers: pixels darker than 30 are surely background (1),
// brighter than 150 surely coin (2); the flood decides the rest along the edges.

// %%
const edges = filters.sobel(coins);
const markers = np.zeros_like(coins);
markers.set(coins < 30, 1);
markers.set(coins > 150, 2);
np.bincount(markers.ravel())

// %%
const regions = segmentation.watershed(edges, markers);
np.bincount(regions.ravel())

// %%
// `==` keeps JavaScript's meaning (is it the same object?): NumPy's elementwise == is `eq`
const filled = regions.eq(2);
segmentation.clear_border(filled).sum()

// %%
{
  const [fig, ax] = plt.subplots(1, 2, { figsize: [10, 4] });
  ax[0].imshow(edges, { cmap: "magma" });
  ax[0].set_title("Sobel gradient");
  ax[1].imshow(regions, { cmap: "gray" });
  ax[1].set_title("watershed from markers");
  for (const a of ax) a.axis("off");
  plt.show();
}
