"""Sorting, unique values, order statistics and running sums of arrays long enough for the
fast paths (radix sort, selection), from Debian's NumPy 1.24.

Run: /usr/bin/python3 scripts/golden/np_large_order.py
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402


def main():
    rng = np.random.RandomState(5)
    n = 4099
    floats = (rng.randn(n) * 10.0 ** rng.randint(-300, 300, n)).astype(np.float64)
    floats[rng.randint(0, n, 40)] = np.nan
    floats[rng.randint(0, n, 10)] = np.inf
    floats[rng.randint(0, n, 10)] = -np.inf
    floats[rng.randint(0, n, 10)] = 5e-324
    floats[rng.randint(0, n, 10)] = -5e-324
    floats[rng.randint(0, n, 30)] = 0.0
    finite = rng.rand(n) - 0.25
    ints = rng.randint(-(2 ** 40), 2 ** 40, n)
    small_ints = rng.randint(0, 1000, n)
    grid = rng.rand(4, 2500)
    grid_nan = grid.copy()
    grid_nan[2, 17] = np.nan
    out = {
        "versions": versions(),
        "floats": floats, "finite": finite, "ints": ints, "small_ints": small_ints,
        "grid": grid,  # grid_nan is grid with NaN at [2, 17]
        "sort_floats": np.sort(floats), "sort_finite": np.sort(finite), "sort_ints": np.sort(ints),
        "sort_grid_T": np.sort(grid.T, axis=0),
        "unique_floats": np.unique(floats), "unique_floats_nan": np.unique(floats, equal_nan=False),
        "unique_small": np.unique(small_ints), "unique_ints": np.unique(ints),
        "unique_small_all": list(np.unique(small_ints, return_index=True, return_inverse=True, return_counts=True)),
        "median_finite": np.median(finite), "median_finite_even": np.median(finite[:-1]),
        "median_floats": np.median(floats), "median_ints": np.median(ints),
        "median_grid_1": np.median(grid, axis=1), "median_grid_0": np.median(grid[:, :2499], axis=0),
        "median_grid_nan": np.median(grid_nan, axis=1),
        "percentile_finite": np.percentile(finite, [0, 1, 37.5, 50, 99.9, 100]),
        "quantile_methods": {m: np.quantile(finite, [0.1, 0.5, 0.77], method=m)
                             for m in ["linear", "lower", "higher", "nearest", "midpoint"]},
        "percentile_grid": np.percentile(grid_nan, [10, 90], axis=1),
        "cumsum_finite": np.cumsum(finite), "cumsum_ints": np.cumsum(small_ints),
        "cumsum_grid_1": np.cumsum(grid[:, :100], axis=1),
    }
    dump("np/large_order", out)


if __name__ == "__main__":
    main()
