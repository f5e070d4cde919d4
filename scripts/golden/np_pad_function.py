"""Golden fixtures for np.pad with a function as mode: NumPy's documented example, a function
that logs every call (axis, widths, the vector as it was) and fills from what it sees, keywords
passed through, 3-D input with uneven widths, and transposed, reversed and broadcast inputs.
Run with /usr/bin/python3."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402


def pad_with(vector, pad_width, iaxis, kwargs):
    pad_value = kwargs.get("padder", 10)
    vector[:pad_width[0]] = pad_value
    vector[-pad_width[1]:] = pad_value


def logging_filler(log):
    def fill(vector, pad_width, iaxis, kwargs):
        log.append({"axis": iaxis, "widths": [int(pad_width[0]), int(pad_width[1])], "vector": vector.copy().astype(float)})
        before, after = int(pad_width[0]), int(pad_width[1])
        vector[:before] = vector.sum() + 100 * iaxis
        if after > 0:
            vector[vector.size - after:] = -vector.size - 0.5 * iaxis
    return fill


def with_keywords(vector, pad_width, iaxis, kwargs):
    vector[:pad_width[0]] = kwargs["constant_values"]
    if pad_width[1] > 0:
        vector[-pad_width[1]:] = -kwargs["constant_values"]


a = np.arange(6).reshape(2, 3)
cube = np.arange(24, dtype=float).reshape(2, 3, 4) / 4
out = {"versions": versions()}
out["doc"] = np.pad(a, 2, pad_with)
out["doc_100"] = np.pad(a, 2, pad_with, padder=100)
for name, arr, widths in [("logged", a, ((1, 2), (2, 1))), ("cube", cube, ((1, 0), (0, 2), (1, 1))),
                          ("transposed", cube.T, ((1, 1), (0, 1), (2, 0))), ("reversed", a[:, ::-1], ((1, 1), (1, 0))),
                          ("broadcast", np.broadcast_to(np.array([1.5, 2.5, 3.5]), (2, 3)), ((0, 1), (1, 1)))]:
    log = []
    padded = np.pad(arr, widths, logging_filler(log))
    out[name] = {"widths": np.array(widths), "padded": padded, "log": log}
out["keywords"] = np.pad(a.astype(float), ((1, 0), (0, 1)), with_keywords, constant_values=7.5)
dump("np_more/pad_function", out)
