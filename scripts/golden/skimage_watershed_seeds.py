"""Fixtures for skimage.segmentation.watershed with a number of markers (scikit-image 0.19)."""
import numpy as np
from skimage.segmentation import watershed
from golden_io import dump

rng = np.random.RandomState(0)
image = rng.rand(15, 17)
yy, xx = np.mgrid[:15, :17]
mask = (yy - 7) ** 2 + (xx - 8) ** 2 < 40
dump("skimage_segmentation/watershed_seeds", {
    "image": image, "mask": mask,
    "n10": watershed(image, 10), "n10_mask": watershed(image, 10, mask=mask),
    "n7_compact": watershed(image, 7, compactness=0.1),
})
