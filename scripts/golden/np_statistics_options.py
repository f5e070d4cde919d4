"""Options of NumPy's statistics, sets and order functions, from Debian's NumPy 1.24.

Run: /usr/bin/python3 scripts/golden/np_statistics_options.py
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402


def main():
    rng = np.random.RandomState(21)
    x = rng.rand(3, 7)
    xn = x.copy()
    xn[0, 2] = np.nan
    xn[2, 5] = np.nan
    ints = rng.randint(0, 9, size=(3, 7)).astype(np.int32)
    w = rng.rand(7)
    a = np.array([5, 1, 9, 3])
    b = np.array([3, 4, 5, 6])
    keys = (np.array([1, 2, 1, 2]), np.array([4, 3, 2, 1]))
    out = {
        "versions": versions(), "x": x, "xn": xn, "ints": ints, "w": w,
        "cov32": np.cov(x, dtype=np.float32), "corrcoef32": np.corrcoef(x, dtype=np.float32),
        "edges_weights": np.histogram_bin_edges(x[0], bins=4, weights=w),
        "in1d_unique": np.in1d(a, b, assume_unique=True), "isin_unique": np.isin(a, b, assume_unique=True),
        "lexsort_axis0": np.lexsort(keys, axis=0),
        "nansum_f32": np.nansum(xn, axis=1, dtype=np.float32),
        "nanprod_f32": np.nanprod(xn, axis=0, dtype=np.float32),
        "nanmean_f32": np.nanmean(xn, axis=1, dtype=np.float32),
        "nanvar_f32": np.nanvar(xn, axis=1, dtype=np.float32),
        "nanstd_f32": np.nanstd(xn, axis=1, dtype=np.float32),
        "nancumsum_i": np.nancumsum(ints, axis=1, dtype=np.int64),
        "nancumprod_f": np.nancumprod(xn, axis=1, dtype=np.float32),
        "nanmedian_over": np.nanmedian(xn.copy(), axis=1, overwrite_input=True),
        "nanpercentile_over": np.nanpercentile(xn.copy(), 30, axis=0, overwrite_input=True),
        "nanquantile_over": np.nanquantile(xn.copy(), [0.2, 0.9], overwrite_input=True),
        "median_over": np.median(x.copy(), axis=0, overwrite_input=True),
        "quantile_over": np.quantile(x.copy(), 0.4, axis=1, overwrite_input=True),
        "percentile_keep": np.percentile(x, [10, 50], axis=1, keepdims=True),
        "cumprod_dtype": np.cumprod(ints, axis=1, dtype=np.float32),
    }
    dump("np_statistics/options", out)


if __name__ == "__main__":
    main()
