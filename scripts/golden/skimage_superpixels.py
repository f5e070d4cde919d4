"""Fixtures for skimage.segmentation's superpixel methods (felzenszwalb, slic, quickshift)
and label helpers (join_segmentations, relabel_sequential) from Debian's scikit-image 0.19.
Labels are stored as int32 with the output dtype beside them.

Run: /usr/bin/python3 scripts/golden/skimage_superpixels.py
"""
import os
import sys
import warnings

import numpy as np
from skimage import data, segmentation

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402


def lab(x):
    return {"dtype": str(x.dtype), "shape": list(x.shape), "labels": x.astype(np.int32)}


def synthetic():
    rng = np.random.RandomState(0)
    img = np.zeros((20, 24))
    img[2:9, 3:12] = 0.8
    img[11:18, 6:20] = 0.4
    img += 0.05 * rng.rand(20, 24)
    return img


def felz():
    astro = data.astronaut()[::4, ::4]
    camera = data.camera()[::4, ::4]
    syn = synthetic()
    return {
        "astro_default": lab(segmentation.felzenszwalb(astro)),
        "astro_opts": lab(segmentation.felzenszwalb(astro, scale=100, sigma=0.5, min_size=50)),
        "camera": lab(segmentation.felzenszwalb(camera, 50, 1.0, 10)),
        "camera_none": lab(segmentation.felzenszwalb(camera, channel_axis=None)),
        "synthetic": lab(segmentation.felzenszwalb(syn, scale=2, sigma=0.3, min_size=3)),
        "coffee_ch0": lab(segmentation.felzenszwalb(
            np.moveaxis(data.coffee()[::5, ::5], -1, 0), scale=300, channel_axis=0)),
    }


def slic_cases():
    astro = data.astronaut()[::4, ::4]
    camera = data.camera()[::4, ::4]
    coffee = data.coffee()[::4, ::4]
    syn = synthetic()
    mask = np.zeros(camera.shape, dtype=bool)
    mask[10:110, 20:100] = True
    rng = np.random.RandomState(2)
    vol = rng.rand(8, 12, 14)
    return {
        "astro_default": lab(segmentation.slic(astro)),
        "astro_opts": lab(segmentation.slic(astro, n_segments=50, compactness=20, max_num_iter=5, sigma=1,
                                            start_label=0)),
        "astro_zero": lab(segmentation.slic(astro, n_segments=30, slic_zero=True)),
        "astro_nolab": lab(segmentation.slic(astro, n_segments=40, convert2lab=False, enforce_connectivity=False)),
        "coffee_sizes": lab(segmentation.slic(coffee, n_segments=60, min_size_factor=0.2, max_size_factor=2)),
        "camera": lab(segmentation.slic(camera, n_segments=80, compactness=0.1, channel_axis=None)),
        "camera_spacing": lab(segmentation.slic(camera, 40, 0.2, 10, 0.5, spacing=[1, 2], channel_axis=None)),
        "camera_sigma_seq": lab(segmentation.slic(camera, 40, 0.2, sigma=[1, 2], channel_axis=None)),
        "camera_mask": lab(segmentation.slic(camera, n_segments=20, compactness=0.1, mask=mask, channel_axis=None)),
        "astro_mask": lab(segmentation.slic(astro, n_segments=25, mask=mask)),
        "synthetic": lab(segmentation.slic(syn, n_segments=6, compactness=0.05, channel_axis=None)),
        "volume": lab(segmentation.slic(vol, n_segments=12, compactness=0.5, channel_axis=None)),
        "astro_ch0": lab(segmentation.slic(np.moveaxis(astro, -1, 0), n_segments=30, channel_axis=0)),
        "astro_mc_false": lab(segmentation.slic(camera, n_segments=30, multichannel=False)),
    }


def quickshift_cases():
    astro = data.astronaut()[::6, ::6]
    camera = data.camera()[::6, ::6]
    syn = synthetic()
    labels, parent, dist = segmentation.quickshift(syn, kernel_size=2, max_dist=3, return_tree=True,
                                                   convert2lab=False)
    parent, dist = np.asarray(parent), np.asarray(dist)  # scikit-image returns memoryviews
    return {
        "astro_default": lab(segmentation.quickshift(astro)),
        "astro_opts": lab(segmentation.quickshift(astro, ratio=0.5, kernel_size=3, max_dist=6, sigma=1,
                                                  random_seed=7)),
        "camera": lab(segmentation.quickshift(camera, kernel_size=3, max_dist=20, convert2lab=False)),
        "astro_ch0": lab(segmentation.quickshift(np.moveaxis(astro, -1, 0), kernel_size=2, channel_axis=0)),
        "tree": {"labels": lab(labels), "parent": parent.astype(np.int32), "parent_dtype": str(parent.dtype),
                 "dist": dist},
    }


def main():
    warnings.simplefilter("ignore")
    out = {"versions": versions(), "synthetic": synthetic(), "felzenszwalb": felz(), "slic": slic_cases(), "quickshift": quickshift_cases(), "volume": np.random.RandomState(2).rand(8, 12, 14)}
    dump("skimage_superpixels/superpixels", out)


if __name__ == "__main__":
    main()
