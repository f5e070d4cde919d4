"""Golden fixtures for np.pad, every mode and every pad_width form:
test/golden/np_more/pad.json."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from np_more_common import A, BC, M, MT, NEG, V, run, shares  # noqa: E402

I = np.arange(12).reshape(3, 4)
U = np.array([[3, 200, 7], [10, 0, 255]], np.uint8)
F = np.array([1.0, 2.5, -4.0, 8.0])

CASES = {
    "constant_int": lambda: np.pad(V, 2),
    "constant_pair": lambda: np.pad(V, (1, 3)),
    "constant_pair_list": lambda: np.pad(I, [[1, 2]]),
    "constant_per_axis": lambda: np.pad(I, ((1, 0), (2, 3))),
    "constant_column": lambda: np.pad(I, [[1], [2]]),
    "constant_values": lambda: np.pad(I, 1, constant_values=7),
    "constant_values_pairs": lambda: np.pad(I, ((1, 1), (2, 2)), "constant", constant_values=((-1, -2), (-3, -4))),
    "constant_values_float": lambda: np.pad(I, 1, constant_values=1.7),
    "constant_values_pair": lambda: np.pad(F, 2, constant_values=(np.nan, 9.5)),
    "constant_T": lambda: np.pad(MT, 1, constant_values=-1),
    "constant_3d": lambda: np.pad(A, ((0, 1), (1, 0), (1, 1))),
    "constant_zero": lambda: np.pad(I, 0),
    "constant_empty": lambda: np.pad(np.zeros((0, 2)), 1, constant_values=5),
    "edge": lambda: np.pad(I, 2, "edge"),
    "edge_neg": lambda: np.pad(NEG, ((1, 2), (0, 1)), mode="edge"),
    "edge_bc": lambda: np.pad(BC, 1, "edge"),
    "linear_ramp": lambda: np.pad(F, (3, 2), "linear_ramp"),
    "linear_ramp_end": lambda: np.pad(F, (3, 2), "linear_ramp", end_values=(5, -4)),
    "linear_ramp_int": lambda: np.pad(I, 2, "linear_ramp", end_values=((0, 10), (-5, 20))),
    "linear_ramp_uint8": lambda: np.pad(U, (2, 3), "linear_ramp", end_values=100),
    "linear_ramp_T": lambda: np.pad(MT, 2, mode="linear_ramp", end_values=1.5),
    "maximum": lambda: np.pad(I, 2, "maximum"),
    "maximum_len": lambda: np.pad(V, (2, 3), "maximum", stat_length=2),
    "minimum": lambda: np.pad(I, ((1, 2), (2, 1)), "minimum", stat_length=((1, 2), (3, 1))),
    "minimum_zero_len": lambda: np.pad(V, 1, "minimum", stat_length=0),
    "mean": lambda: np.pad(F, 2, "mean"),
    "mean_int": lambda: np.pad(I, 1, "mean", stat_length=2),
    "mean_round": lambda: np.pad(np.array([1, 2, 4, 6]), (1, 1), "mean", stat_length=(2, 3)),
    "mean_T": lambda: np.pad(MT, (1, 2), "mean", stat_length=(1, 3)),
    "median": lambda: np.pad(V, 3, "median"),
    "median_len": lambda: np.pad(I, 1, "median", stat_length=(2, 3)),
    "median_neg": lambda: np.pad(NEG, 1, "median", stat_length=2),
    "stat_negative": lambda: np.pad(V, 1, "mean", stat_length=-1),
    "reflect": lambda: np.pad(V, (2, 3), "reflect"),
    "reflect_long": lambda: np.pad(np.array([1, 2, 3]), (7, 8), "reflect"),
    "reflect_odd": lambda: np.pad(V, (2, 3), "reflect", reflect_type="odd"),
    "reflect_2d": lambda: np.pad(I, ((2, 1), (3, 2)), "reflect"),
    "reflect_2d_odd": lambda: np.pad(MT, 2, "reflect", reflect_type="odd"),
    "reflect_single": lambda: np.pad(np.array([[5, 6, 7]]), 2, "reflect"),
    "symmetric": lambda: np.pad(V, (2, 3), "symmetric"),
    "symmetric_long": lambda: np.pad(np.array([1, 2, 3]), (7, 8), mode="symmetric"),
    "symmetric_odd": lambda: np.pad(F, (3, 4), "symmetric", reflect_type="odd"),
    "symmetric_2d": lambda: np.pad(NEG, ((1, 3), (2, 5)), "symmetric"),
    "symmetric_uint8_odd": lambda: np.pad(U, 2, "symmetric", reflect_type="odd"),
    "wrap": lambda: np.pad(V, (2, 3), "wrap"),
    "wrap_long": lambda: np.pad(np.array([1, 2, 3]), (7, 8), "wrap"),
    "wrap_2d": lambda: np.pad(I, ((2, 4), (5, 1)), "wrap"),
    "wrap_bc": lambda: np.pad(BC, 2, "wrap"),
    "empty": lambda: np.pad(I, 1, "empty")[1:-1, 1:-1],
    "empty_shape": lambda: np.pad(I, ((1, 2), (0, 3)), "empty").shape,
    "edge_empty_axis": lambda: np.pad(np.zeros((0, 2)), 1, "edge"),
    "bad_mode": lambda: np.pad(V, 1, "nope"),
    "bad_kw": lambda: np.pad(V, 1, "edge", constant_values=1),
    "bad_width_float": lambda: np.pad(V, 1.5),
    "bad_width_negative": lambda: np.pad(V, -1),
    "bad_width_shape": lambda: np.pad(I, [[1, 2], [3, 4], [5, 6]]),
    "copy": lambda: shares(np.pad(M, 0), M),
}

if __name__ == "__main__":
    dump("np_more/pad", {"versions": versions(), "cases": {k: run(f) for k, f in CASES.items()}})
