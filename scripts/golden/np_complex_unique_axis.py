"""Golden fixtures for np.unique(..., axis=) of complex arrays, with return_index, return_inverse
and return_counts: repeated rows and columns, NaN in either part (never equal along an axis),
signed zeros, 1-D and 3-D input, complex64, empty input, and transposed, reversed and broadcast
layouts. Run with /usr/bin/python3."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from complex_io import enc, layout  # noqa: E402

nan = np.nan
rows = np.array([[1 + 2j, 3, 0], [1 + 2j, 3, 0], [1 + 1j, 5, 0], [-2j, 0, 1], [1 + 1j, 5, 0], [1 + 2j, 2, 9]])
with_nan = np.array([[complex(nan, 0), 1], [complex(nan, 0), 1], [complex(0, nan), 1], [2, complex(1, nan)], [2, 1], [complex(nan, nan), 0], [2, 1], [complex(1, nan), 0]])
zeros = np.array([[complex(-0.0, 0), 1], [0j, 1], [complex(0, -0.0), 1], [1, complex(-0.0, -0.0)], [1, 0]])
flat = np.array([3 + 1j, complex(nan, 1), 3 + 1j, 1, complex(nan, 1), complex(1, nan), -1j, 1])
cube = np.array([[[1, 2j], [1, 2j]], [[0, 1], [1, 2j]], [[1, 2j], [0, 1]]])

# (name, stored, layout, axis)
CASES = [
    ("rows_axis0", rows, "C", 0),
    ("rows_axis1", rows.T.copy(), "C", 1),
    ("rows_axis_neg1", rows.T.copy(), "C", -1),
    ("nan_rows", with_nan, "C", 0),
    ("signed_zeros", zeros, "C", 0),
    ("flat_axis0", flat, "C", 0),
    ("cube_axis1", cube, "C", 1),
    ("cube_axis2", cube, "C", 2),
    ("c64", rows.astype(np.complex64), "C", 0),
    ("transposed", rows.T.copy(), "T", 0),
    ("reversed", rows, "rev", 0),
    ("reversed_axis1", rows, "rev", 1),
    ("broadcast", rows[:2], "bcast:3", 0),
    ("broadcast_axis1", rows[:3], "bcast:2", 1),
    ("empty", np.zeros((0, 3), complex), "C", 0),
]

out = {"versions": versions(), "cases": {}}
for name, stored, how, axis in CASES:
    a = layout(stored, how)
    values = np.unique(a, axis=axis)
    u, index, inverse, counts = np.unique(a, return_index=True, return_inverse=True, return_counts=True, axis=axis)
    u2, inverse2 = np.unique(a, return_inverse=True, axis=axis)
    out["cases"][name] = {"stored": enc(stored), "layout": how, "axis": axis, "values": enc(values), "all": [enc(u), enc(index), enc(inverse), enc(counts)], "inverse": [enc(u2), enc(inverse2)]}
dump("np_complex/unique_axis", out)
