"""Golden fixtures for np.nanmedian, np.nanpercentile and np.nanquantile of complex arrays (a
value is NaN when either part is), every method, q scalar and list, axis None / int / tuple,
keepdims, an all-NaN slice (and whether NumPy warned), complex64, a large array (NumPy's other
nanmedian route), and transposed, reversed and broadcast layouts; plus the real-valued methods
the same functions now take. Run with /usr/bin/python3."""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from complex_io import enc, layout  # noqa: E402

nan = np.nan
rng = np.random.default_rng(5)
z = np.round(rng.standard_normal((4, 5)) * 3, 1) + 1j * np.round(rng.standard_normal((4, 5)) * 3, 1)
z[0, 1] = complex(nan, 2)
z[1, 3] = complex(1, nan)
z[2, :] = complex(nan, nan)
z[3, 0] = nan
z[3, 2] = z[3, 4]  # a tie
big = rng.standard_normal(701) + 1j * rng.standard_normal(701)
big[::7] = complex(nan, 0)
METHODS = ["linear", "lower", "higher", "midpoint", "nearest", "inverted_cdf", "averaged_inverted_cdf", "closest_observation",
           "interpolated_inverted_cdf", "hazen", "weibull", "median_unbiased", "normal_unbiased"]


def call(f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r = f()
    return {"value": enc(r), "warned": any("All-NaN slice" in str(x.message) for x in w)}


cases = {}
for how in ["C", "T", "rev", "bcast:2"]:
    a = layout(z, how)
    cases[f"median_{how}_None"] = call(lambda: np.nanmedian(a))
    for ax in [0, 1, -1]:
        cases[f"median_{how}_{ax}"] = call(lambda: np.nanmedian(a, axis=ax))
    cases[f"median_{how}_keepdims"] = call(lambda: np.nanmedian(a, axis=0, keepdims=True))
    cases[f"quantile_{how}_list_axis0"] = call(lambda: np.nanquantile(a, [0.1, 0.5, 0.9], axis=0))
cases["median_axes_tuple"] = call(lambda: np.nanmedian(np.stack([z, z[::-1]]), axis=(0, 2)))
cases["median_c64"] = call(lambda: np.nanmedian(z.astype(np.complex64), axis=1))
cases["quantile_c64"] = call(lambda: np.nanquantile(z.astype(np.complex64), 0.3, axis=1, method="weibull"))
cases["median_big"] = call(lambda: np.nanmedian(big))
cases["quantile_big"] = call(lambda: np.nanquantile(big, 0.37))
for m in METHODS:
    cases[f"percentile_{m}"] = call(lambda: np.nanpercentile(z, 30, axis=1, method=m))
    cases[f"quantile_{m}_list"] = call(lambda: np.nanquantile(z, [0.0, 0.25, 0.5, 1.0], axis=0, method=m))
    cases[f"quantile_{m}_flat"] = call(lambda: np.nanquantile(z, 0.6, method=m))
    cases[f"real_percentile_{m}"] = call(lambda: np.nanpercentile(z.real, [20, 70], axis=1, method=m))
    cases[f"real_quantile_{m}_keepdims"] = call(lambda: np.nanquantile(z.real.T, 0.45, axis=0, method=m, keepdims=True))
cases["plain_quantile_c64"] = call(lambda: np.quantile(big[1:7].astype(np.complex64), [0.3, 0.8], method="hazen"))
r = np.array([[1.0, nan, 3.5], [4.0, 5.0, 6.0]])
cases["out_median_int"] = call(lambda: np.nanmedian(r, axis=1, out=np.zeros(2, int)))
cases["out_quantile"] = call(lambda: np.nanquantile(r, [0.1, 0.9], axis=1, out=np.zeros((2, 2))))
cases["out_broadcast"] = call(lambda: np.nanmedian(r, out=np.zeros(3)))
cases["out_keepdims"] = call(lambda: np.nanpercentile(r, 40, axis=1, keepdims=True, out=np.zeros((2, 1))))
cases["out_complex"] = call(lambda: np.nanquantile(z, 0.5, axis=0, out=np.zeros(5, complex)))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    cases["out_complex_into_float"] = call(lambda: np.nanmedian(z, axis=1, out=np.zeros(4)))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    cases["interpolation_nearest"] = call(lambda: np.nanquantile(z, 0.3, axis=1, interpolation="nearest"))
    cases["interpolation_percentile"] = call(lambda: np.nanpercentile(z.real, 30, axis=1, interpolation="higher"))
dump("np_complex/nan_order", {"versions": versions(), "z": enc(z), "big": enc(big), "cases": cases})
