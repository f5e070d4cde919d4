"""Fixtures for skimage.feature.hog from Debian's scikit-image 0.19.

Run: /usr/bin/python3 scripts/golden/skimage_hog.py
"""
import os
import sys
import warnings

import numpy as np
from skimage import data, feature

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402


def main():
    warnings.simplefilter("ignore")
    camera = data.camera()[::4, ::4]
    astro = data.astronaut()[::4, ::4]
    rng = np.random.RandomState(3)
    small32 = rng.rand(20, 26).astype(np.float32)
    fd, img = feature.hog(camera, visualize=True)
    fd_c, img_c = feature.hog(astro, 8, (16, 16), (2, 2), visualize=True, channel_axis=-1)
    out = {
        "versions": versions(),
        "small32": small32,
        "camera": fd, "camera_image": img,
        "astro": fd_c, "astro_image": img_c,
        "norms": {m: feature.hog(camera, block_norm=m, pixels_per_cell=(12, 10)) for m in
                  ["L1", "L1-sqrt", "L2", "L2-Hys"]},
        "sqrt_blocks": feature.hog(camera, orientations=4, cells_per_block=(1, 2), transform_sqrt=True,
                                   feature_vector=False),
        "f32": feature.hog(small32, 6, (5, 5), (2, 2), "L1"),
        "f32_image": feature.hog(small32, 6, (5, 5), (2, 2), "L1", visualize=True)[1],
        "astro_ch0": feature.hog(np.moveaxis(astro, -1, 0), channel_axis=0, orientations=5),
        "astro_mc": feature.hog(astro, orientations=5, multichannel=True),
    }
    dump("skimage_feature/hog", out)


if __name__ == "__main__":
    main()
