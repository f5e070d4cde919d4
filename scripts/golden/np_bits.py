"""Golden fixtures for packbits, unpackbits, binary_repr, base_repr, apply_along_axis and
apply_over_axes: test/golden/np_bits/cases.json. Run with /usr/bin/python3."""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from np_more_common import A, BC, M, MT, NEG, run  # noqa: E402

B = np.array([[1, 0, 1, 1, 0, 0, 0, 1, 1], [0, 1, 1, 0, 1, 0, 1, 0, 0]])
U = np.array([[3, 255, 128], [0, 17, 200]], np.uint8)

CASES = {
    "pack": lambda: np.packbits([1, 0, 1, 1, 0, 0, 0, 1, 1]),
    "pack_axis1": lambda: np.packbits(B, axis=1),
    "pack_axis0": lambda: np.packbits(B, 0),
    "pack_T": lambda: np.packbits(B.T, axis=0),
    "pack_neg": lambda: np.packbits(B[:, ::-1], axis=-1),
    "pack_bc": lambda: np.packbits(np.broadcast_to([1, 0, 1], (2, 3)), axis=1),
    "pack_bool": lambda: np.packbits(np.array([True, False, True])),
    "pack_values": lambda: np.packbits(np.array([2, -1, 0])),
    "pack_little": lambda: np.packbits([1, 0, 1], bitorder="little"),
    "pack_little_axis": lambda: np.packbits(B, 1, "little"),
    "pack_0d": lambda: np.packbits(np.array(1)),
    "pack_float": lambda: np.packbits([1.5, 0]),
    "pack_order": lambda: np.packbits([1, 0, 1], bitorder="x"),
    "unpack": lambda: np.unpackbits(np.array([3, 255], np.uint8)),
    "unpack_axis1": lambda: np.unpackbits(U, axis=1),
    "unpack_axis0": lambda: np.unpackbits(U, 0),
    "unpack_T": lambda: np.unpackbits(U.T, axis=1),
    "unpack_neg": lambda: np.unpackbits(U[::-1], axis=0, count=11),
    "unpack_count": lambda: np.unpackbits(np.array([3, 255], np.uint8), count=5),
    "unpack_count_neg": lambda: np.unpackbits(np.array([3, 255], np.uint8), count=-3),
    "unpack_count_big": lambda: np.unpackbits(np.array([3, 255], np.uint8), count=20),
    "unpack_count_over": lambda: np.unpackbits(np.array([3, 255], np.uint8), count=-30),
    "unpack_little": lambda: np.unpackbits(U, axis=1, bitorder="little"),
    "unpack_pos": lambda: np.unpackbits(U, 1, 4, "little"),
    "unpack_0d": lambda: np.unpackbits(np.array(3, np.uint8)),
    "unpack_int": lambda: np.unpackbits(np.array([3, 255])),
    "roundtrip": lambda: np.unpackbits(np.packbits(B, axis=1), axis=1, count=9),
    "binary": lambda: [np.binary_repr(x) for x in (0, 1, 5, 255, -5, 2**40 + 3)],
    "binary_width": lambda: [np.binary_repr(5, 8), np.binary_repr(0, width=4), np.binary_repr(-5, width=8), np.binary_repr(-128, 8), np.binary_repr(-3, 1)],
    "binary_insufficient": lambda: [np.binary_repr(255, 4), np.binary_repr(-129, width=8)],
    "base": lambda: [np.base_repr(x) for x in (0, 5, -5, 255)],
    "base_16": lambda: [np.base_repr(255, 16), np.base_repr(-255, base=16), np.base_repr(35, 36), np.base_repr(10, 3, 4), np.base_repr(0, padding=2)],
    "base_big": lambda: np.base_repr(5, 37),
    "base_small": lambda: np.base_repr(5, 1),
    "along": lambda: np.apply_along_axis(lambda a: a[0] + a[-1], 0, np.arange(6).reshape(2, 3)),
    "along_sort": lambda: np.apply_along_axis(np.sort, 1, NEG),
    "along_T": lambda: np.apply_along_axis(np.cumsum, 0, MT),
    "along_bc": lambda: np.apply_along_axis(lambda a: a * 2, 1, BC),
    "along_3d": lambda: np.apply_along_axis(lambda a: np.array([a.min(), a.max()]), 1, A),
    "along_2d_result": lambda: np.apply_along_axis(np.diag, -1, np.arange(6.0).reshape(2, 3)),
    "along_args": lambda: np.apply_along_axis(lambda a, k: a[k], 1, M, 2),
    "along_cast": lambda: np.apply_along_axis(lambda a: a[0] if a[0] < 2 else 0.5, 1, np.arange(6).reshape(3, 2)),
    "along_float_first": lambda: np.apply_along_axis(lambda a: a.mean(), 1, M),
    "along_1d": lambda: np.apply_along_axis(np.sum, 0, np.arange(5)),
    "along_empty": lambda: np.apply_along_axis(np.sort, 1, np.zeros((0, 3))),
    "along_axis": lambda: np.apply_along_axis(lambda a: a, 1, np.zeros(3)),
    "over": lambda: np.apply_over_axes(np.sum, A, [0, 2]),
    "over_int": lambda: np.apply_over_axes(np.sum, A, 1),
    "over_neg": lambda: np.apply_over_axes(np.mean, NEG, [-1]),
    "over_keep": lambda: np.apply_over_axes(lambda a, ax: np.cumsum(a, axis=ax), MT, (0, 1)),
    "over_bad": lambda: np.apply_over_axes(lambda a, ax: np.zeros((2, 2, 2, 2)), A, [0]),
}

if __name__ == "__main__":
    warnings.simplefilter("ignore")
    dump("np_bits/cases", {"versions": versions(), "cases": {k: run(f) for k, f in CASES.items()}})
