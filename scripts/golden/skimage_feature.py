"""Fixtures for skimage.feature (peak_local_max, corner_peaks, canny, corner_harris,
corner_shi_tomasi, structure_tensor) from Debian's scikit-image 0.19 and SciPy.

Run: /usr/bin/python3 scripts/golden/skimage_feature.py
"""
import os
import sys
import warnings

import numpy as np
from scipy import ndimage as ndi
from skimage import data, feature

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import digest, dump, versions  # noqa: E402


def main():
    warnings.simplefilter("ignore")
    rng = np.random.RandomState(5)
    x, y = np.indices((60, 60))
    circles = ((x - 20) ** 2 + (y - 20) ** 2 < 15 ** 2) | ((x - 38) ** 2 + (y - 40) ** 2 < 17 ** 2)
    distance = ndi.distance_transform_edt(circles)
    noisy = rng.rand(40, 50)
    ints = rng.randint(0, 6, size=(30, 35))
    labels = np.zeros((30, 35), dtype=np.int64)
    labels[2:14, 3:20] = 1
    labels[15:28, 10:33] = 2
    camera = data.camera()
    checker = data.checkerboard()[::4, ::4]
    square = np.zeros((24, 24))
    square[6:18, 6:18] = 1
    square = ndi.rotate(square, 15, mode="constant")

    plm = feature.peak_local_max
    out = {
        "versions": versions(),
        "distance": distance,
        "noisy": noisy,
        "ints": ints,
        "labels": labels,
        "square": square,
        "checker": checker,
        "peak_local_max": {
            "distance": plm(distance, footprint=np.ones((3, 3)), labels=circles),
            "distance_default": plm(distance),
            "noisy": plm(noisy),
            "noisy_md3": plm(noisy, min_distance=3),
            "noisy_abs": plm(noisy, threshold_abs=0.9),
            "noisy_rel": plm(noisy, min_distance=2, threshold_rel=0.5),
            "noisy_border0": plm(noisy, exclude_border=False),
            "noisy_border_tuple": plm(noisy, min_distance=2, exclude_border=(1, 4)),
            "noisy_num": plm(noisy, num_peaks=5),
            "noisy_p2": plm(noisy, min_distance=4, p_norm=2),
            "noisy_p1": plm(noisy, min_distance=4, p_norm=1),
            "ints": plm(ints, min_distance=2),
            "ints_labels": plm(ints, labels=labels),
            "ints_labels_num": plm(ints, labels=labels, num_peaks_per_label=3),
            "ints_labels_total": plm(ints, labels=labels, num_peaks=4),
            "noisy_mask": plm(noisy, min_distance=3, indices=False),
            "camera": plm(camera, min_distance=20, threshold_rel=0.5),
            "camera_mask_digest": digest(plm(camera, min_distance=20, threshold_rel=0.5, indices=False)),
        },
        "corner_peaks": {
            "harris": feature.corner_peaks(feature.corner_harris(square), min_distance=2),
            "noisy": feature.corner_peaks(noisy, min_distance=3),
            "noisy_num": feature.corner_peaks(noisy, min_distance=3, num_peaks=4),
            "noisy_mask": feature.corner_peaks(noisy, min_distance=3, indices=False),
            "labels": feature.corner_peaks(ints, min_distance=2, labels=labels, num_peaks_per_label=3),
        },
        "canny": {k: {"digest": digest(v), "count": int(v.sum()), "dtype": str(v.dtype), "shape": list(v.shape)} for k, v in {
            "camera": feature.canny(camera),
            "camera_s3": feature.canny(camera, sigma=3),
            "camera_thresholds": feature.canny(camera, low_threshold=10, high_threshold=50),
            "camera_quantiles": feature.canny(camera, sigma=2, low_threshold=0.5, high_threshold=0.8, use_quantiles=True),
            "camera_mask": feature.canny(camera, mask=camera > 100),
            "camera_reflect": feature.canny(camera, mode="reflect"),
            "square": feature.canny(square, sigma=1.5, mode="constant", cval=1.0),
            "checker": feature.canny(checker),
        }.items()},
        "corner_harris": {
            "square": feature.corner_harris(square),
            "square_eps": feature.corner_harris(square, method="eps", eps=1e-3, sigma=2),
            "square_k": feature.corner_harris(square, k=0.1),
        },
        "corner_shi_tomasi": {"square": feature.corner_shi_tomasi(square, sigma=1.5)},
        "structure_tensor": {
            "rc": feature.structure_tensor(square, sigma=0.5, order="rc"),
            "xy": feature.structure_tensor(square, order="xy"),
            "default": feature.structure_tensor(square),
            "reflect": feature.structure_tensor(square, mode="reflect", order="rc"),
            "cval": feature.structure_tensor(square, sigma=(1, 2), cval=0.5, order="rc"),
        },
    }
    dump("skimage_feature/feature", out)


if __name__ == "__main__":
    main()
