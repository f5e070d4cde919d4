import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from skimage import data, measure
fractions = np.linspace(0.05, 0.5, 10)
images = [data.binary_blobs(volume_fraction=f) for f in fractions]
labeled_images = [measure.label(image) for image in images]
properties = ['label', 'area']
tables = [measure.regionprops_table(image, properties=properties)
          for image in labeled_images]
tables = [pd.DataFrame(table) for table in tables]
for fraction, table in zip(fractions, tables):
    table['volume fraction'] = fraction
areas = pd.concat(tables, axis=0)
grid = plt.GridSpec(2, 2)
ax1 = plt.subplot(grid[0, 0])
ax2 = plt.subplot(grid[0, 1])
ax = plt.subplot(grid[1, :])
ax1.imshow(images[0], cmap='gray_r')
ax1.set_axis_off()
ax1.set_title(f'fraction {fractions[0]}')
ax2.imshow(images[-1], cmap='gray_r')
ax2.set_axis_off()
ax2.set_title(f'fraction {fractions[-1]}')
areas.plot(x='volume fraction', y='area', kind='scatter', ax=ax)
plt.show()
fig, ax = plt.subplots()
sns.stripplot(x='volume fraction', y='area', data=areas, jitter=True,
              ax=ax)
ax.set_xticklabels([f'{frac:.2f}' for frac in fractions])
plt.show()
images = [data.binary_blobs(length=128, n_dim=3, volume_fraction=f)
          for f in fractions]
labeled_images = [measure.label(image) for image in images]
properties = ['label', 'area']
tables = [measure.regionprops_table(image, properties=properties)
          for image in labeled_images]
tables = [pd.DataFrame(table) for table in tables]
for fraction, table in zip(fractions, tables):
    table['volume fraction'] = fraction
blob_volumes = pd.concat(tables, axis=0)
fig, ax = plt.subplots()
sns.stripplot(x='volume fraction', y='area', data=blob_volumes, jitter=True,
              ax=ax)
ax.set_ylabel('blob size (3D)')
ax.set_xticklabels([f'{frac:.2f}' for frac in fractions])
plt.show()
