"""Golden fixtures for np.testing's assertion messages: test/golden/np_more_math/testing.json.
Run with /usr/bin/python3. Each case: the assertion, its array arguments, keywords, and the
AssertionError text NumPy 1.24 gives (null when it passes)."""
import os
import sys

import numpy as np
from numpy import testing as npt

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

cases = []


def check(name, x, y, scalars=False, **kw):
    """scalars: call with Python floats (the test passes numbers) instead of arrays."""
    try:
        getattr(npt, name)(*((float(x), float(y)) if scalars else (np.asarray(x), np.asarray(y))), **kw)
        message = None
    except AssertionError as e:
        message = str(e)
    x = np.asarray(x)
    y = np.asarray(y)
    cases.append({"fn": name, "x": x, "y": y, "x_shape": list(x.shape), "y_shape": list(y.shape), "kw": kw, "message": message, "scalars": scalars})


f = np.array([1.5, 2.25, 3.75])
check("assert_allclose", f, [1.5, 2.5, 4.25])
check("assert_allclose", f, [1.5, 2.5, 4.25], rtol=1e-3, atol=0.1, err_msg="oops")
check("assert_allclose", f, [1.5, 2.5, 4.25], rtol=0.2)
check("assert_allclose", f, [1.5, 2.5, 4.25], atol=0.5)
check("assert_allclose", f, [1.5, 2.5, 4.25], verbose=False)
check("assert_allclose", [1.5, np.nan], [1.5, np.nan])
check("assert_allclose", [1.5, np.nan], [1.5, np.nan], equal_nan=False)
check("assert_allclose", [1.5, np.nan], [1.5, 2.5])
check("assert_allclose", [1.5, np.inf, -np.inf], [1.5, np.inf, -np.inf])
check("assert_allclose", [1.5, np.inf], [1.5, -np.inf])
check("assert_allclose", [0.5, 1.5], [0.0, 0.0])
check("assert_allclose", np.arange(0.5, 40.5).reshape(5, 8), np.arange(0.5, 40.5).reshape(5, 8) * 1.001)
check("assert_allclose", np.linspace(0.1, 2.3, 300), np.linspace(0.1, 2.3, 300) + 1e-3)
check("assert_allclose", [1.5, 2.5], [1.5, 2.5, 3.5])
check("assert_allclose", np.array([1.25, 2.5], np.float32), np.array([1.25, 2.75], np.float32))
check("assert_allclose", f, 2.25)
check("assert_array_equal", np.array([1, 2, 3]), np.array([1, 2, 4]))
check("assert_array_equal", np.array([[1, 2], [3, 4]]), np.array([[1, 2], [3, 5]]))
check("assert_array_equal", np.array([1, 2, 3]), np.array([1, 2]))
check("assert_array_equal", np.arange(100), np.arange(100) + 1)
check("assert_array_equal", np.array([1, 2], np.uint8), np.array([3, 2], np.uint8))
check("assert_array_equal", np.array([True, False]), np.array([True, True]))
check("assert_array_equal", np.array([1, 2]), np.array([1.5, 2.5]), err_msg="a longer message that explains a lot more than the header can hold on one line")
check("assert_array_equal", np.array([1, 2]), np.array([1, 2], np.int32), strict=True)
check("assert_array_equal", np.array([1, 2]), np.array([1, 2]))
check("assert_array_equal", np.array([1, 2]), np.array([1, 3]), verbose=False)
check("assert_array_equal", np.array([0, 2]), np.array([0, 0]))
check("assert_array_almost_equal", f, [1.5, 2.2501, 3.75])
check("assert_array_almost_equal", f, [1.5, 2.2501, 3.75], decimal=5)
check("assert_array_almost_equal", f, [1.5, 2.2501, 3.75], decimal=3)
check("assert_array_almost_equal", [0.123456789, 1.5], [0.123457789, 1.5], decimal=7, err_msg="close", verbose=True)
check("assert_array_almost_equal", [0.123456789, 1.5], [0.123457789, 1.5], decimal=7, verbose=False)
check("assert_array_less", np.array([1, 2, 3]), np.array([2, 2, 4]))
check("assert_array_less", f, f + 1, err_msg="ok")
check("assert_array_less", [1.5, np.inf], [2.5, np.inf])
check("assert_array_less", [1.5, 2.5], [2.5, 2.0], verbose=False)
check("assert_almost_equal", 1.5, 1.6)
check("assert_almost_equal", 1.5, 1.50000001)
check("assert_almost_equal", 1.5, 1.5001, decimal=3)
check("assert_almost_equal", 1.5, 1.5001, decimal=5, err_msg="scalars")
check("assert_almost_equal", 1.5, 1.5001, decimal=5, verbose=False)
check("assert_almost_equal", np.nan, np.nan)
check("assert_almost_equal", np.nan, 1.5)
check("assert_almost_equal", np.array([1.5, 2.5]), np.array([1.5, 2.6]))
check("assert_equal", 1.5, 2.5)
check("assert_equal", 1.5, 2.5, err_msg="values", verbose=True)
check("assert_equal", 1.5, 2.5, verbose=False)
check("assert_equal", 0.0, -0.0)
check("assert_equal", np.nan, np.nan)
check("assert_equal", np.array([1.5, 2.5]), np.array([1.5, 2.75]))
for name in ("assert_almost_equal", "assert_equal"):
    check(name, 1.5, 1.75, scalars=True)
    check(name, 1.5, 1.75, scalars=True, err_msg="short")
    check(name, 1.5, 1.5, scalars=True)
    check(name, np.nan, np.nan, scalars=True)
    check(name, np.nan, 1.25, scalars=True)
    check(name, 1e-9, 2.5e-8, scalars=True)
check("assert_equal", 0.0, -0.0, scalars=True)
check("assert_almost_equal", 1.5, 1.5001, scalars=True, decimal=3)

# lists (assert_equal recurses) and assert_raises, written by hand in the test
list_message = None
try:
    npt.assert_equal([1, 2], [1, 3])
except AssertionError as e:
    list_message = str(e)
raises_message = None
try:
    npt.assert_raises(ValueError, lambda: None)
except AssertionError as e:
    raises_message = str(e)
dump("np_more_math/testing", {"versions": versions(), "cases": cases, "list_message": list_message, "raises_message": raises_message})
