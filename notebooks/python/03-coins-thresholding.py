# The Python version of 03-coins-thresholding: one code cell for each of the TypeScript
# notebook's code cells, in the same order; test/notebooks compares their outputs.
# %%
import numpy as np
import matplotlib.pyplot as plt
from skimage import data, filters, morphology, segmentation, exposure

# %%
coins = data.coins()
coins.shape

# %%
coins.dtype

# %%
coins.min(), coins.max()

# %%
hist, bin_centers = exposure.histogram(coins)
bin_centers[np.argmax(hist)]

# %%
fig, ax = plt.subplots(1, 2, figsize=(10, 4))
ax[0].imshow(coins, cmap='gray')
ax[0].set_title('coins')
ax[0].axis('off')
ax[1].plot(bin_centers, hist, lw=2)
ax[1].set_title('histogram of gray values')
plt.show()

# %%
fig, ax = filters.try_all_threshold(coins, figsize=(8, 10), verbose=False)
plt.show()

# %%
thresh = filters.threshold_otsu(coins)
thresh

# %%
bw = coins > thresh
bw.sum()

# %%
closed = morphology.closing(bw, morphology.square(3))
closed.sum()

# %%
cleared = segmentation.clear_border(closed)
cleared.sum()

# %%
cleaned = morphology.remove_small_objects(cleared, 20)
cleaned.sum()

# %%
fig, ax = plt.subplots(1, 3, figsize=(12, 4))
for a, img, title in zip(ax, [bw, closed, cleaned], ['coins > otsu', 'closing', 'border and specks removed']):
    a.imshow(img, cmap='gray')
    a.set_title(title)
    a.axis('off')
plt.show()

# %%
edges = filters.sobel(coins)
markers = np.zeros_like(coins)
markers[coins < 30] = 1
markers[coins > 150] = 2
np.bincount(markers.ravel())

# %%
regions = segmentation.watershed(edges, markers)
np.bincount(regions.ravel())

# %%
filled = regions == 2
segmentation.clear_border(filled).sum()

# %%
fig, ax = plt.subplots(1, 2, figsize=(10, 4))
ax[0].imshow(edges, cmap='magma')
ax[0].set_title('Sobel gradient')
ax[1].imshow(regions, cmap='gray')
ax[1].set_title('watershed from markers')
for a in ax:
    a.axis('off')
plt.show()
