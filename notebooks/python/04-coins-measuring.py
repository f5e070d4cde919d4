# The Python version of 04-coins-measuring: one code cell for each of the TypeScript
# notebook's code cells, in the same order; test/notebooks compares their outputs.
# %%
import numpy as np
import matplotlib.pyplot as plt
from skimage import data, filters, measure, morphology, segmentation, color

# %%
coins = data.coins()
bw = morphology.closing(coins > filters.threshold_otsu(coins), morphology.square(3))
cleaned = morphology.remove_small_objects(segmentation.clear_border(bw), 20)
label_image, count = measure.label(cleaned, return_num=True)
count

# %%
np.bincount(label_image.ravel())[1:]

# %%
overlay = color.label2rgb(label_image, image=coins, bg_label=0)
overlay.shape

# %%
fig, ax = plt.subplots(figsize=(8, 6))
ax.imshow(overlay)
ax.set_axis_off()
plt.show()

# %%
regions = measure.regionprops(label_image, intensity_image=coins)
len(regions)

# %%
big = [r for r in regions if r.area >= 100]
len(big)

# %%
big[0].area

# %%
np.round(big[0].centroid, 2)

# %%
np.round([big[0].eccentricity, big[0].solidity], 4)

# %%
fig, ax = plt.subplots(figsize=(8, 6))
ax.imshow(coins, cmap='gray')
for r in big:
    minr, minc, maxr, maxc = r.bbox
    ax.plot([minc, maxc, maxc, minc, minc], [minr, minr, maxr, maxr, minr], color='red', linewidth=2)
    y, x = r.centroid
    ax.text(x, y, str(r.label), color='yellow', ha='center', va='center')
ax.set_axis_off()
plt.show()

# %%
props = measure.regionprops_table(label_image, coins, properties=['label', 'area', 'eccentricity', 'intensity_mean'])
props['area']

# %%
np.round(props['eccentricity'], 3)

# %%
np.round(props['intensity_mean'], 1)

# %%
coin = props['area'] >= 100
np.round(np.corrcoef(props['area'][coin], props['intensity_mean'][coin]), 4)

# %%
fig, ax = plt.subplots(1, 2, figsize=(10, 4))
ax[0].hist(props['area'][coin], bins=8)
ax[0].set_xlabel('area (pixels)')
ax[1].scatter(props['area'][coin], props['intensity_mean'][coin])
ax[1].set_xlabel('area (pixels)')
ax[1].set_ylabel('mean gray value')
plt.show()
