"""Golden fixtures for the ndarray methods a.repeat, a.diagonal, a.trace, a.take, a.put,
a.choose, a.compress and a.squeeze(axis): test/golden/np_more/methods.json."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from np_more_common import A, M, MT, NEG, V, run, after  # noqa: E402


CASES = {
    "repeat": lambda: V.repeat(2),
    "repeat_axis": lambda: M.repeat([1, 0, 2], axis=0),
    "repeat_T": lambda: MT.repeat(2, 1),
    "diagonal": lambda: M.diagonal(),
    "diagonal_kw": lambda: A.diagonal(offset=1, axis1=1, axis2=2),
    "diagonal_pos": lambda: NEG.diagonal(-1),
    "trace": lambda: M.trace(),
    "trace_kw": lambda: A.trace(offset=1, axis1=2, axis2=0, dtype=np.float32),
    "trace_pos": lambda: MT.trace(1),
    "take": lambda: A.take([1, 5]),
    "take_axis": lambda: MT.take([0, 2], axis=1),
    "take_mode": lambda: V.take([7, -9], mode="clip"),
    "take_pos": lambda: M.take([0, 9], 1, None, "wrap"),
    "put": lambda: after(lambda a: a.put([0, 4], [-1, -2]), V),
    "put_mode": lambda: after(lambda a: a.put([12, -1], 7, mode="wrap"), M),
    "choose": lambda: np.array([1, 0, 1]).choose([[1, 2, 3], [4, 5, 6]]),
    "choose_mode": lambda: np.array([2, 0, 5]).choose([[1, 2, 3], [4, 5, 6]], mode="clip"),
    "compress": lambda: M.compress([1, 0, 1]),
    "compress_axis": lambda: A.compress([0, 1, 1], axis=1),
    "squeeze_axis": lambda: np.zeros((1, 3, 1)).squeeze(axis=0).shape,
}

if __name__ == "__main__":
    dump("np_more/methods", {"versions": versions(), "cases": {k: run(f) for k, f in CASES.items()}})
