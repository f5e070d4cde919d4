"""Golden fixtures for ordering complex arrays: max/min/argmax/argmin/ptp, the nan* versions,
sort/argsort, unique, maximum/minimum/fmax/fmin, array_equal/isclose, over contiguous,
transposed, reversed and broadcast layouts. Run with /usr/bin/python3."""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from complex_io import enc, layout  # noqa: E402

nan = np.nan
BASE = np.array([[1 + 2j, 1 - 1j, 5j, 3 + 0j],
                 [1 + 2j, -2 + 7j, 3 - 1j, 3 + 0j],
                 [0j, -0.5 - 0.5j, 2 + 2j, 1 - 1j]])
WITH_NAN = np.array([[1 + 2j, complex(1, nan), 5j, 3 + 0j],
                     [complex(nan, 0), -2 + 7j, complex(nan, nan), 3 + 0j],
                     [0j, -0.5 - 0.5j, 2 + 2j, 1 - 1j]])
ALL_NAN_ROW = np.array([[complex(nan, 1), complex(nan, nan)], [1 + 1j, 1 - 1j]])
INPUTS = {"base": BASE, "nan": WITH_NAN, "base64": BASE.astype(np.complex64), "allnan": ALL_NAN_ROW}
LAYOUTS = ["C", "T", "rev", "bcast:2"]


def result(f):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            r = f()
        except Exception as e:
            return {"error": type(e).__name__, "message": str(e)}
    out = {"value": enc(r) if not isinstance(r, (list, tuple)) else [enc(x) for x in r]}
    if caught:
        out["warning"] = str(caught[0].message)
    return out


cases = {}
for name, x in INPUTS.items():
    for how in LAYOUTS:
        a = layout(x, how)
        for fname in ["max", "min", "argmax", "argmin", "ptp", "nanmax", "nanmin", "nanargmax", "nanargmin", "sort", "argsort"]:
            f = getattr(np, fname)
            axes = [None, 0, -1] if fname not in ("sort", "argsort") else [-1, 0, None]
            for axis in axes:
                cases[f"{name}|{how}|{fname}|{axis}"] = result(lambda: f(a, axis=axis))
        cases[f"{name}|{how}|max|keepdims"] = result(lambda: np.max(a, axis=0, keepdims=True))
        cases[f"{name}|{how}|max|(0,1)"] = result(lambda: np.max(a, axis=(0, 1)))
        cases[f"{name}|{how}|argmax|keepdims"] = result(lambda: np.argmax(a, axis=-1, keepdims=True))
        cases[f"{name}|{how}|unique"] = result(lambda: np.unique(a, return_index=True, return_inverse=True, return_counts=True))
        cases[f"{name}|{how}|unique_nan_distinct"] = result(lambda: np.unique(a, equal_nan=False))
        other = x[::-1] if x.shape[0] > 1 else x
        for fname in ["maximum", "minimum", "fmax", "fmin"]:
            cases[f"{name}|{how}|{fname}"] = result(lambda: getattr(np, fname)(a, layout(other, how)))
        cases[f"{name}|{how}|array_equal"] = {"value": bool(np.array_equal(a, a)), "nan": bool(np.array_equal(a, a, equal_nan=True))}
        cases[f"{name}|{how}|isclose"] = result(lambda: np.isclose(a, layout(other, how), equal_nan=True))

extra = {
    "isclose_tol": result(lambda: np.isclose(np.array([1 + 1j, 1 + 1j, 1e10j]), np.array([1 + 1.000001j, 1 + 1.001j, 1.00001e10j]))),
    "allclose": bool(np.allclose(BASE, BASE + 1e-9j)),
    "equal_mixed": [bool(np.array_equal([1 + 0j, 2], [1, 2])), bool(np.array_equal([1 + 1j], [1])), bool(np.array_equiv([1 + 0j], [[1], [1]]))],
    "max_empty": result(lambda: np.max(np.zeros((0,), complex))),
    "argmax_empty": result(lambda: np.argmax(np.zeros((0,), complex))),
    "nanargmax_allnan": result(lambda: np.nanargmax(np.array([complex(nan, 1)]))),
    "max_scalar_repr": repr(np.max(BASE)),
    "median": result(lambda: np.median(BASE)),
    "median_axis0": result(lambda: np.median(BASE, axis=0)),
    "median_T_keepdims": result(lambda: np.median(BASE.T, axis=1, keepdims=True)),
    "quantile": result(lambda: np.quantile(BASE, [0.1, 0.5, 0.9], axis=1)),
    "percentile": result(lambda: np.percentile(BASE[:, ::-1], 30)),
    "median_c64": result(lambda: np.median(BASE.astype(np.complex64), axis=-1)),
    "average_weights": result(lambda: np.average(BASE, weights=[1, 2, 3, 4], axis=1)),
    "average_all": result(lambda: np.average(BASE, weights=np.arange(12.0).reshape(3, 4))),
}
dump("np_complex/order", {"versions": versions(), "inputs": {k: enc(v) for k, v in INPUTS.items()}, "cases": cases, "extra": extra})
