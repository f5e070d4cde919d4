"""Fixtures for skimage.segmentation.random_walker from Debian's scikit-image 0.19 (SciPy's
conjugate gradient), on the gallery's noisy two-phase image and small synthetic arrays.

Run: /usr/bin/python3 scripts/golden/skimage_random_walker.py
"""
import os
import sys
import warnings

import numpy as np
from skimage import data, segmentation
from skimage.exposure import rescale_intensity

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402


def gallery():
    """The gallery's random walker example, on a 64 x 64 crop."""
    rng = np.random.RandomState(1)
    img = data.binary_blobs(length=64, seed=1).astype(float)
    img = img + 0.35 * rng.randn(*img.shape)
    img = rescale_intensity(img, in_range=(-1, 1), out_range=(-1, 1))
    markers = np.zeros(img.shape, dtype=np.uint)
    markers[img < -0.6] = 1
    markers[img > 0.7] = 2
    return img, markers


def main():
    warnings.simplefilter("ignore")
    img, markers = gallery()
    rng = np.random.RandomState(5)
    small = rng.rand(12, 14)
    seeds = np.zeros((12, 14), dtype=np.int32)
    seeds[1, 1] = 3
    seeds[10, 12] = 7
    seeds[6, 2] = 5
    color = (rng.rand(10, 11, 3) * 255).astype(np.uint8)
    cseeds = np.zeros((10, 11), dtype=np.int64)
    cseeds[0, 0] = 1
    cseeds[9, 10] = 2
    vol = rng.rand(6, 7, 8)
    vseeds = np.zeros((6, 7, 8), dtype=np.int64)
    vseeds[0, 0, 0] = 1
    vseeds[5, 6, 7] = 2
    neg = seeds.copy()
    neg[4:8, 5:9] = -1          # an inactive block
    neg[0:3, 9:14] = -2
    neg[0:3, 8] = -2            # cuts off the top-right corner ...
    neg[3, 9:14] = -2
    neg[1, 12] = 0              # ... leaving an unlabelled pixel there no seed reaches
    neg[11, 0:2] = 4            # two seed pixels ...
    neg[10, 0:2] = -1           # ... walled in (each keeps an active neighbour: scikit-image
    neg[11, 2] = -1             # numbers its graph wrongly for a seed pixel with none)
    neg_inplace = neg.copy()
    rw_inplace = segmentation.random_walker(small, neg_inplace, copy=False)
    all_iso = np.full((5, 6), -1, dtype=np.int64)
    all_iso[0, 0] = 1
    all_iso[4, 5] = 0
    out = {
        "versions": versions(),
        "neg": neg, "neg_result": segmentation.random_walker(small, neg),
        "neg_prob": segmentation.random_walker(small, neg, return_full_prob=True, mode="bf"),
        "neg_inplace_labels": neg_inplace, "neg_inplace_result": rw_inplace,
        "all_iso": all_iso, "all_iso_result": segmentation.random_walker(small[:5, :6], all_iso),
        "img": img, "markers": markers, "small_img": small, "seeds": seeds, "color_img": color, "cseeds": cseeds,
        "vol": vol, "vseeds": vseeds,
        "gallery": segmentation.random_walker(img, markers, beta=10, mode="bf"),
        "gallery_cg_j": segmentation.random_walker(img, markers, beta=10),
        "gallery_cg": segmentation.random_walker(img, markers, 10, "cg", 1e-4),
        "small": segmentation.random_walker(small, seeds),
        "small_prob": segmentation.random_walker(small, seeds, beta=50, return_full_prob=True, tol=1e-6),
        "small_spacing": segmentation.random_walker(small, seeds, spacing=(1, 3), copy=False),
        "small_bf_prob": segmentation.random_walker(small, seeds, mode="bf", return_full_prob=True),
        "color": segmentation.random_walker(color, cseeds, channel_axis=-1),
        "color_prob": segmentation.random_walker(color, cseeds, channel_axis=-1, return_full_prob=True,
                                                 tol=1e-8, prob_tol=0.1),
        "color_mc": segmentation.random_walker(color, cseeds, multichannel=True, beta=200),
        "volume": segmentation.random_walker(vol, vseeds, mode="cg_mg"),
        "volume_none": segmentation.random_walker(vol, vseeds, mode=None, spacing=(1, 2, 1)),
    }
    dump("skimage_segmentation/random_walker", out)


if __name__ == "__main__":
    main()
