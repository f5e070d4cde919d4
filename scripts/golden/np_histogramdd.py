"""Golden fixtures for np.histogramdd: test/golden/np_histogramdd/cases.json (each result as
[H, edges...]). Run with /usr/bin/python3."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from np_more_common import run  # noqa: E402

rng = np.random.RandomState(3)
S = rng.normal(size=(40, 3))
W = rng.uniform(size=40)


def flat(res):
    h, edges = res
    return [h] + list(edges)


CASES = {
    "default": lambda: flat(np.histogramdd(S)),
    "bins_int": lambda: flat(np.histogramdd(S, bins=4)),
    "bins_each": lambda: flat(np.histogramdd(S, (2, 3, 4))),
    "bins_edges": lambda: flat(np.histogramdd(S, [[-3, -1, 0, 1, 3], 3, np.array([-1.0, 0.0, 1.0])])),
    "range": lambda: flat(np.histogramdd(S, 3, [(-1, 1), None, (0, 2)])),
    "density": lambda: flat(np.histogramdd(S, 3, density=True)),
    "weights": lambda: flat(np.histogramdd(S, 2, None, False, W)),
    "weights_density": lambda: flat(np.histogramdd(S, bins=(2, 2, 3), density=True, weights=W)),
    "sequences": lambda: flat(np.histogramdd([S[:, 0], S[:, 1]], bins=3)),
    "transposed": lambda: flat(np.histogramdd(np.ascontiguousarray(S.T).T, 3)),
    "negative_step": lambda: flat(np.histogramdd(S[::-1, ::-1], 3)),
    "broadcast": lambda: flat(np.histogramdd(np.broadcast_to([[0.5, 1.5]], (6, 2)), 2)),
    "one_dim": lambda: flat(np.histogramdd(S[:, 0], 5)),
    "edge_value": lambda: flat(np.histogramdd(np.array([[0.0, 0.0], [1.0, 1.0], [0.5, 1.0]]), 2)),
    "bins_len": lambda: np.histogramdd(S, (2, 3)),
    "bins_zero": lambda: np.histogramdd(S, 0),
    "bins_float": lambda: np.histogramdd(S, (2, 2.5, 3)),
    "bins_not_monotonic": lambda: np.histogramdd(S, [[0, 1], [1, 0], [0, 1]]),
    "range_len": lambda: np.histogramdd(S, 2, [(0, 1)]),
    "weights_len": lambda: np.histogramdd(S, 2, weights=W[:3]),
}

if __name__ == "__main__":
    dump("np_histogramdd/cases", {"versions": versions(), "S": S, "W": W, "cases": {k: run(f) for k, f in CASES.items()}})
