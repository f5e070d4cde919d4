"""Fixtures for relabel_sequential, join_segmentations and util.map_array / ArrayMap from
Debian's scikit-image 0.19.

Run: /usr/bin/python3 scripts/golden/skimage_relabel.py
"""
import os
import sys

import numpy as np
from skimage import segmentation, util

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402


def relabel(x, offset=1):
    out, fw, inv = segmentation.relabel_sequential(x, offset=offset)
    return {"out": out, "fw_in": fw.in_values, "fw_out": fw.out_values, "inv_in": inv.in_values,
            "inv_out": inv.out_values, "repr": repr(fw), "str": str(fw), "len": len(fw),
            "fw_at": fw[np.array([0, 5, 42, 7])]}


def main():
    label_field = np.array([1, 1, 5, 5, 8, 99, 42])
    u8 = np.array([[0, 3, 3], [250, 0, 7]], dtype=np.uint8)
    s1 = np.array([[0, 0, 1, 1], [0, 2, 1, 1], [2, 2, 2, 1]])
    s2 = np.array([[0, 1, 1, 0], [0, 1, 1, 0], [0, 1, 1, 1]])
    rng = np.random.RandomState(4)
    big1 = rng.randint(0, 5, (9, 11)).astype(np.uint16)
    big2 = rng.randint(0, 300, (9, 11)).astype(np.int32)
    out = {
        "versions": versions(),
        "label_field": label_field, "u8": u8, "s1": s1, "s2": s2, "big1": big1, "big2": big2,
        "relabel": relabel(label_field),
        "relabel_offset": relabel(label_field, offset=5),
        "relabel_u8": relabel(u8, 250),
        "relabel_i8": relabel(np.array([0, 3, 120], dtype=np.int8), 100),
        "join": segmentation.join_segmentations(s1, s2),
        "join_big": segmentation.join_segmentations(big1, big2),
        "map_array": util.map_array(s1, np.array([1, 2]), np.array([0.5, 7.25])),
        "long_str": str(segmentation.relabel_sequential(np.arange(10) * 3)[1]),
    }
    dump("skimage_segmentation/relabel", out)


if __name__ == "__main__":
    main()
