"""Fixtures for skimage.feature's blob detectors (blob_log, blob_dog, blob_doh) from Debian's
scikit-image 0.19, on the gallery's Hubble-like crop and synthetic images.

Run: /usr/bin/python3 scripts/golden/skimage_blob.py
"""
import os
import sys

import numpy as np
from skimage import data, feature

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402


def synthetic():
    img = np.zeros((60, 70))
    yy, xx = np.mgrid[:60, :70]
    for (r, c, s, a) in [(15, 15, 3, 1.0), (40, 20, 5, 0.8), (30, 50, 2, 0.9), (34, 54, 4, 0.7), (10, 58, 2.5, 1.0)]:
        img += a * np.exp(-((yy - r) ** 2 + (xx - c) ** 2) / (2 * s * s))
    return img


def main():
    coins = data.coins()[::3, ::3]
    syn = synthetic()
    rng = np.random.RandomState(0)
    vol = np.zeros((20, 22, 24))
    vol[5, 6, 7] = 1
    vol[14, 15, 12] = 1
    vol[10, 4, 18] = 1
    out = {
        "versions": versions(),
        "synthetic": syn,
        "log": {
            "syn": feature.blob_log(syn, max_sigma=10, num_sigma=8, threshold=0.05),
            "syn_logscale": feature.blob_log(syn, 1, 10, 6, 0.05, 0.3, True),
            "syn_rel": feature.blob_log(syn, max_sigma=8, threshold=None, threshold_rel=0.2, exclude_border=3),
            "syn_aniso": feature.blob_log(syn, min_sigma=[1, 2], max_sigma=[6, 8], num_sigma=5, threshold=0.05),
            "coins": feature.blob_log(coins, max_sigma=15, num_sigma=5, threshold=0.1),
            "volume": feature.blob_log(vol, min_sigma=1, max_sigma=3, num_sigma=3, threshold=0.01),
            "empty": feature.blob_log(np.zeros((10, 10))),
        },
        "dog": {
            "syn": feature.blob_dog(syn, max_sigma=10, threshold=0.05),
            "syn_opts": feature.blob_dog(syn, 2, 12, 1.3, 0.02, 0.2, exclude_border=2),
            "syn_rel": feature.blob_dog(syn, max_sigma=8, threshold=None, threshold_rel=0.3),
            "syn_aniso": feature.blob_dog(syn, min_sigma=[1, 1.5], max_sigma=[8, 9], threshold=0.03),
            "coins": feature.blob_dog(coins, max_sigma=15, threshold=0.1),
        },
        "doh": {
            "syn": feature.blob_doh(syn, max_sigma=10, threshold=0.001),
            "syn_opts": feature.blob_doh(syn, 2, 12, 6, 0.0005, 0.1, True),
            "syn_rel": feature.blob_doh(syn, max_sigma=8, threshold=None, threshold_rel=0.1),
            "coins": feature.blob_doh(coins, max_sigma=20, threshold=0.005),
        },
    }
    dump("skimage_feature/blob", out)


if __name__ == "__main__":
    main()
