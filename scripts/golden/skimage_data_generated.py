"""Fixtures for skimage.data's synthetic images (binary_blobs, checkerboard,
shepp_logan_phantom) from Debian's scikit-image 0.19.

Run: /usr/bin/python3 scripts/golden/skimage_data_generated.py
"""
import os
import sys

import numpy as np
from skimage import data

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402


def main():
    phantom = data.shepp_logan_phantom()
    out = {
        "versions": versions(),
        "blobs_default": data.binary_blobs(seed=1),
        "blobs_small": data.binary_blobs(64, 0.2, 2, 0.3, 7),
        "blobs_3d": data.binary_blobs(length=20, blob_size_fraction=0.25, n_dim=3, seed=3),
        "blobs_1d": data.binary_blobs(length=50, n_dim=1, volume_fraction=0.7, seed=11),
        "checkerboard": data.checkerboard(),
        "phantom": {"shape": list(phantom.shape), "dtype": str(phantom.dtype),
                    "sum": float(phantom.sum()), "max": float(phantom.max()),
                    "row200": phantom[200], "col123": phantom[:, 123]},
    }
    dump("skimage_data/generated", out)


if __name__ == "__main__":
    main()
