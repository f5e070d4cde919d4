"""Fixtures for skimage.morphology.skeletonize_3d / skeletonize(method='lee') (scikit-image 0.19)."""
import numpy as np
from skimage import data
from skimage.morphology import skeletonize, skeletonize_3d
from golden_io import dump

blobs = data.binary_blobs(64, blob_size_fraction=0.3, volume_fraction=0.4, seed=3)
vol = data.binary_blobs(24, blob_size_fraction=0.4, n_dim=3, volume_fraction=0.3, seed=5)
ramp = (np.add.outer(np.arange(20), np.arange(30)) % 9).astype(np.uint8)
ramp[:, :3] = 0
flat = np.zeros((3, 12, 12))
flat[1, 2:10, 3:9] = 0.5
dump("skimage_morphology/skeletonize_3d", {
    "blobs": blobs, "blobs_lee": skeletonize(blobs, method="lee"),
    "vol": vol, "vol_skel": skeletonize_3d(vol), "vol_skel_default": skeletonize(vol),
    "ramp": ramp, "ramp_skel": skeletonize_3d(ramp),
    "flat": flat, "flat_skel": skeletonize_3d(flat),
})
