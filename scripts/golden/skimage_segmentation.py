"""Fixtures for skimage.segmentation (clear_border, find_boundaries, mark_boundaries,
expand_labels, watershed) from Debian's scikit-image 0.19 and SciPy.

Run: /usr/bin/python3 scripts/golden/skimage_segmentation.py
"""
import os
import sys

import numpy as np
from scipy import ndimage as ndi
from skimage import data, filters, segmentation

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402


def blobs():
    """Labels with touching regions, regions on the border and holes."""
    rng = np.random.RandomState(7)
    lab = np.zeros((12, 14), dtype=np.int64)
    lab[0:3, 2:5] = 1
    lab[4:8, 4:9] = 2
    lab[6:10, 8:12] = 3
    lab[9:12, 0:3] = 4
    lab[2:4, 10:13] = 5
    lab[5, 6] = 0
    noise = rng.randint(0, 3, size=(12, 14))
    return lab, noise


def coins_case():
    """The gallery's coins watershed: Sobel elevation map, markers from two thresholds."""
    coins = data.coins()
    elevation = filters.sobel(coins)
    markers = np.zeros_like(coins)
    markers[coins < 30] = 1
    markers[coins > 150] = 2
    return coins, elevation, markers


def main():
    lab, noise = blobs()
    two_circles_x, two_circles_y = np.indices((40, 40))
    circles = ((two_circles_x - 14) ** 2 + (two_circles_y - 14) ** 2 < 8 ** 2) | \
        ((two_circles_x - 22) ** 2 + (two_circles_y - 26) ** 2 < 10 ** 2)
    distance = ndi.distance_transform_edt(circles)
    markers = np.zeros(circles.shape, dtype=np.int32)
    markers[14, 14] = 1
    markers[22, 26] = 2
    rng = np.random.RandomState(3)
    plateau = rng.randint(0, 4, size=(15, 17)).astype(np.float64)
    plateau_markers = np.zeros((15, 17), dtype=np.int64)
    plateau_markers[1, 1] = 1
    plateau_markers[13, 15] = 2
    plateau_markers[7, 8] = 3
    coins, elevation, coin_markers = coins_case()
    gray = rng.rand(12, 14)

    out = {
        "versions": versions(),
        "labels": lab,
        "noise": noise,
        "clear_border": {
            "default": segmentation.clear_border(lab),
            "buffer1": segmentation.clear_border(lab, buffer_size=1),
            "bgval": segmentation.clear_border(lab, bgval=-1),
            "mask": segmentation.clear_border(lab, mask=np.pad(np.ones((10, 12), bool), 1)),
            "noise": segmentation.clear_border(noise),
        },
        "find_boundaries": {
            mode: segmentation.find_boundaries(lab, mode=mode) for mode in ["thick", "inner", "outer", "subpixel"]
        },
        "find_boundaries_conn2": segmentation.find_boundaries(lab, connectivity=2),
        "find_boundaries_background": segmentation.find_boundaries(lab, mode="inner", background=2),
        "gray": gray,
        "mark_boundaries": {
            "outer": segmentation.mark_boundaries(gray, lab),
            "inner_color": segmentation.mark_boundaries(gray, lab, color=(1, 0, 0), mode="inner"),
            "outline": segmentation.mark_boundaries(gray, lab, outline_color=(0, 0, 1), mode="thick"),
            "background": segmentation.mark_boundaries(gray, lab, background_label=2),
        },
        "expand_labels": {str(d): segmentation.expand_labels(lab, distance=d) for d in [1, 2, 5]},
        "circles": circles,
        "distance": distance,
        "markers": markers,
        "watershed": {
            "markers": segmentation.watershed(-distance, markers, mask=circles),
            "line": segmentation.watershed(-distance, markers, mask=circles, watershed_line=True),
            "compact": segmentation.watershed(-distance, markers, mask=circles, compactness=0.5),
            "conn2": segmentation.watershed(-distance, markers, connectivity=2),
            "minima": segmentation.watershed(-distance),
            "plateau": segmentation.watershed(plateau, plateau_markers),
            "plateau_line": segmentation.watershed(plateau, plateau_markers, watershed_line=True),
            "plateau_compact": segmentation.watershed(plateau, plateau_markers, compactness=0.01),
        },
        "plateau": plateau,
        "plateau_markers": plateau_markers,
        "coins_markers": coin_markers,
        "coins_watershed": segmentation.watershed(elevation, coin_markers),
    }
    dump("skimage_segmentation/segmentation", out)


if __name__ == "__main__":
    main()
