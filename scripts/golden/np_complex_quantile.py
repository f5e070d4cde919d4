"""Golden fixtures for order statistics of complex arrays: test/golden/np_complex/quantile.json.
Run with /usr/bin/python3.

NumPy 1.24 orders complex values by real part, then imaginary part, and interpolates the two
parts separately: median, percentile and quantile over the flattened array and along an axis,
with several methods, over contiguous, transposed and reversed inputs.
"""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from complex_io import enc, layout  # noqa: E402

warnings.simplefilter("ignore")

Z = np.array([[3 + 1j, 1 + 2j, 2 - 1j, 1 + 1j, -0.5 + 4j],
              [0.25 - 2j, 0.25 + 3j, -7 + 0j, 5 + 0.5j, 2 + 2j],
              [1 + 0j, 1 - 1j, 1 + 1j, -2 - 2j, 0.75 + 0.5j],
              [4 - 3j, -1 + 1j, 6 + 0j, 2.5 + 0.5j, 0 + 0j]])
WITH_NAN = np.array([[1 + 1j, np.nan + 0j, 2 + 0j], [3 + 1j, 1 - 1j, 0.5 + 2j]])

cases = []
for how in ["C", "T", "rev"]:
    x = layout(Z, how)
    for axis in [None, 0, 1]:
        cases.append({"op": "median", "layout": how, "axis": axis, "result": enc(np.median(x, axis=axis))})
        for method in ["linear", "lower", "higher", "midpoint", "nearest", "hazen"]:
            for q in [0, 30, 50, 87.5, 100]:
                r = np.percentile(x, q, axis=axis, method=method)
                cases.append({"op": "percentile", "layout": how, "axis": axis, "q": q, "method": method, "result": enc(r)})
        r = np.quantile(x, [0.1, 0.9], axis=axis)
        cases.append({"op": "quantile", "layout": how, "axis": axis, "q": [0.1, 0.9], "method": "linear", "result": enc(r)})
cases.append({"op": "median_c64", "layout": "C", "axis": 1, "result": enc(np.median(Z.astype(np.complex64), axis=1))})
cases.append({"op": "median_keepdims", "layout": "C", "axis": 0, "result": enc(np.median(Z, axis=0, keepdims=True))})

dump("np_complex/quantile", {"versions": versions(), "input": enc(Z), "with_nan": enc(WITH_NAN), "cases": cases,
                             "nan_median_axis1": enc(np.median(WITH_NAN, axis=1))})
