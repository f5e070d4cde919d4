// %% [markdown]
// # Coins: labelling and measuring
//
// The previous notebook separated the coins from the background. Here each coin gets a label
// of its own, and `measure.regionprops` measures it: area, centroid, bounding box, shape and
// brightness. The plots draw a box around every coin and compare the coins with each other.
//
// Each cell mirrors a cell of the Python version (notebooks/python/04-coins-measuring.py) and
// prints the same numbers.

// %%
import { np, plt, skimage } from "tslab-sci";
const { data, filters, measure, morphology, segmentation, color } = skimage;

// %% [markdown]
// The clean-up of the previous notebook in one cell; `measure.label` numbers the connected
// regions 1, 2, 3, ... and, with `return_num`, says how many there are:

// %%
const coins = data.coins();
const bw = morphology.closing(coins > filters.threshold_otsu(coins), morphology.square(3));
const cleaned = morphology.remove_small_objects(segmentation.clear_border(bw), 20);
const [label_image, count] = measure.label(cleaned, { return_num: true });
count

// %% [markdown]
// The pixel count of each label (label 0, the background, left out):

// %%
np.bincount(label_image.ravel()).get("1:")

// %% [markdown]
// `color.label2rgb` paints each label in its own colour over the grey image:

// %%
const overlay = color.label2rgb(label_image, { image: coins, bg_label: 0 });
overlay.shape

// %%
{
  const [fig, ax] = plt.subplots({ figsize: [8, 6] });
  ax.imshow(overlay);
  ax.set_axis_off();
  plt.show();
}

// %% [markdown]
// ## Measuring each coin

// %%
const regions = measure.regionprops(label_image, { intensity_image: coins });
regions.length

// %%
const big = regions.filter((r) => r.area >= 100);
big.length

// %%
big[0].area

// %%
np.round(big[0].centroid, 2)

// %% [markdown]
// NumPy's scalars are 0-d arrays here (see the README), so two properties go in one array:

// %%
np.round([big[0].eccentricity, big[0].solidity], 4)

// %% [markdown]
// Python unpacks `minr, minc, maxr, maxc = r.bbox`; TypeScript destructures the array the same
// way. Each box is drawn as a closed red line, each label at its coin's centroid:

// %%
{
  const [fig, ax] = plt.subplots({ figsize: [8, 6] });
  ax.imshow(coins, { cmap: "gray" });
  for (const r of big) {
    const [minr, minc, maxr, maxc] = r.bbox;
    ax.plot([minc, maxc, maxc, minc, minc], [minr, minr, maxr, maxr, minr], { color: "red", linewidth: 2 });
    const [y, x] = r.centroid;
    ax.text(x, y, String(r.label), { color: "yellow", ha: "center", va: "center" });
  }
  ax.set_axis_off();
  plt.show();
}

// %% [markdown]
// `measure.regionprops_table` gives one column per property: a record of arrays here, a dict
// of arrays in Python (pandas.DataFrame(props) turns it into a table there).

// %%
const props = measure.regionprops_table(label_image, coins, { properties: ["label", "area", "eccentricity", "intensity_mean"] });
const area = props["area"] as np.NDArray;
const intensity_mean = props["intensity_mean"] as np.NDArray;
area

// %%
np.round(props["eccentricity"] as np.NDArray, 3)

// %%
np.round(intensity_mean, 1)

// %% [markdown]
// Are the large coins darker? The correlation of area and mean grey value:

// %%
const coin = area >= 100;
np.round(np.corrcoef(area.get(coin), intensity_mean.get(coin)), 4)

// %%
{
  const [fig, ax] = plt.subplots(1, 2, { figsize: [10, 4] });
  ax[0].hist(area.get(coin), { bins: 8 });
  ax[0].set_xlabel("area (pixels)");
  ax[1].scatter(area.get(coin), intensity_mean.get(coin));
  ax[1].set_xlabel("area (pixels)");
  ax[1].set_ylabel("mean gray value");
  plt.show();
}
