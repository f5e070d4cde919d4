"""np.argsort's default (quicksort) order on arrays full of ties, from Debian's NumPy 1.24.

Run: /usr/bin/python3 scripts/golden/np_argquicksort.py
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402


def main():
    rng = np.random.RandomState(11)
    cases = []
    for n in [5, 16, 17, 18, 33, 100, 257, 1000, 5000]:
        for levels in [2, 5, 50]:
            v = rng.randint(0, levels, size=n).astype(np.float64)
            cases.append({"values": v, "order": np.argsort(v)})
    v = rng.rand(300)
    v[::7] = np.nan
    v[::11] = 0.5
    cases.append({"values": v, "order": np.argsort(v)})
    # An adversarial pattern that drives the partitions deep.
    v = np.tile(np.arange(8, dtype=np.float64), 400)
    cases.append({"values": v, "order": np.argsort(v)})
    ties = rng.randint(0, 4, size=(3, 40))
    kinds = {str(k): np.argsort(ties, kind=k) for k in ["quicksort", "heapsort", "stable", "mergesort"]}
    kinds["default"] = np.argsort(ties)
    kinds["axis0"] = np.argsort(ties.T.copy(), axis=0)
    kinds["flat"] = np.argsort(ties, axis=None)
    kinds["heap_flat"] = np.argsort(ties, axis=None, kind="heapsort")
    dump("np/argquicksort", {"versions": versions(), "cases": cases, "ties": ties, "kinds": kinds})


if __name__ == "__main__":
    main()
