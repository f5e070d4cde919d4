"""Fixtures for skimage.segmentation.mark_boundaries(mode='subpixel') from Debian's
scikit-image 0.19 (the image zoomed by scipy.ndimage.zoom, boundaries between pixels).

Run: /usr/bin/python3 scripts/golden/skimage_mark_subpixel.py
"""
import os
import sys

import numpy as np
from skimage import data, segmentation

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402


def main():
    rng = np.random.RandomState(2)
    gray = rng.rand(9, 11)
    labels = np.zeros((9, 11), dtype=np.int64)
    labels[1:5, 2:7] = 1
    labels[5:9, 4:11] = 2
    coffee = data.coffee()[::20, ::20]
    seg = segmentation.slic(coffee, n_segments=12)
    out = {
        "versions": versions(), "gray": gray, "labels": labels,
        "gray_subpixel": segmentation.mark_boundaries(gray, labels, mode="subpixel"),
        "gray_subpixel_outline": segmentation.mark_boundaries(gray.astype(np.float32), labels, (1, 0, 0), (0, 0, 1),
                                                              "subpixel"),
        "coffee_subpixel": segmentation.mark_boundaries(coffee, seg, mode="subpixel"),
    }
    dump("skimage_segmentation/mark_subpixel", out)


if __name__ == "__main__":
    main()
