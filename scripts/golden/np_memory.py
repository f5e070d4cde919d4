"""Golden fixtures for ndarray.view, base, flags.owndata, flat and resize, and ufunc.identity.
Run with /usr/bin/python3."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402


def resized(a, *shape):
    a.resize(*shape)
    return a


def error(f):
    try:
        f()
    except Exception as e:
        return {"error": type(e).__name__, "message": str(e)}
    return None


base = np.arange(6.0)
view_T = np.arange(6).reshape(2, 3).copy().T
out = {
    "versions": versions(),
    "resize_grow": resized(np.arange(6).reshape(2, 3).copy(), (3, 4)),
    "resize_shrink": resized(np.arange(12.0), 2, 2),
    "resize_complex": repr(resized(np.array([1 + 2j, 3 - 4j]), (2, 2))),
    "resize_F": resized(np.asfortranarray(np.arange(6).reshape(2, 3)), 3, 2),
    "resize_view": error(lambda: np.arange(6)[1:].resize(3)),
    "base_chain": [np.arange(6).reshape(2, 3).base is None, base[1:].T[::-1].base is base, base.copy().base is None],
    "owndata": [base.flags.owndata, base[::2].flags.owndata, base.view().flags.owndata],
    "flat_T": list(view_T.flat),
    "flat_bool": [bool(x) for x in np.array([[True, False], [False, True]]).T.flat],
    "flat_copy": view_T.flat.copy(),
    "identity": {n: getattr(np, n).identity for n in ["add", "multiply", "logical_and", "logical_or", "bitwise_and", "maximum", "subtract", "lcm", "gcd"]},
}
dump("np_docs/memory", out)
