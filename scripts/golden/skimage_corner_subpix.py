"""Fixtures for skimage.feature.corner_subpix (scikit-image 0.19): run with /usr/bin/python3."""
import numpy as np
from skimage import data
from skimage.feature import corner_harris, corner_peaks, corner_subpix
from skimage.transform import AffineTransform, warp
from golden_io import dump

cases = {}
img = np.zeros((10, 10))
img[:5, :5] = 1
img[5:, 5:] = 1
coords = corner_peaks(corner_harris(img), min_distance=2)
cases["docstring"] = {"image": img, "corners": coords, "window_size": 7, "alpha": 0.99,
                      "out": corner_subpix(img, coords, window_size=7)}
tform = AffineTransform(scale=(1.3, 1.1), rotation=1, shear=0.7, translation=(110, 30))
warped = warp(data.checkerboard()[:90, :90], tform.inverse, output_shape=(200, 310))
coords = corner_peaks(corner_harris(warped), min_distance=5, threshold_rel=0.02)
for name, kw in {"default": {}, "alpha": {"alpha": 0.5}, "window": {"window_size": 5}}.items():
    cases[name] = {"corners": coords, **kw, "out": corner_subpix(warped, coords, **kw)}
cases["float32"] = {"corners": coords, "out": corner_subpix(warped.astype(np.float32), coords)}
flat = np.full((30, 30), 0.5)
cases["constant"] = {"image": flat, "corners": np.array([[15, 15]]), "out": corner_subpix(flat, np.array([[15, 15]]))}
dump("skimage_feature/corner_subpix", cases)
