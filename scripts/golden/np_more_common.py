"""Shared inputs and the case runner of the np_more_* fixture generators (run them with
/usr/bin/python3). Each case is the result of one call: an array, a list of arrays, a plain
value (shape tuple, bool for np.shares_memory) or the exception raised."""
import numpy as np

# contiguous, transposed, negative-step and broadcast inputs (the tests build the same ones)
A = np.arange(24).reshape(2, 3, 4)
M = np.arange(12.0).reshape(3, 4)
MT = M.T
NEG = M[:, ::-1]
BC = np.broadcast_to(np.arange(4), (3, 4))
V = np.array([3, 1, 4, 1, 5])


def run(fn):
    try:
        out = fn()
    except Exception as e:  # noqa: BLE001
        return {"error": type(e).__name__, "message": str(e)}
    if isinstance(out, (bool, np.bool_)):
        return bool(out)
    if isinstance(out, tuple) and all(isinstance(v, (int, np.integer)) for v in out):
        return [int(v) for v in out]
    if isinstance(out, (tuple, list)) and all(isinstance(o, np.ndarray) for o in out):
        return list(out)
    if isinstance(out, (tuple, list)):
        return plain(out)
    return np.asarray(out)


def plain(v):
    """Tuples and lists of Python values as JSON lists."""
    if isinstance(v, (tuple, list)):
        return [plain(x) for x in v]
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    return v


def shares(result, source):
    """np.shares_memory of a result (or each of a list of results) with the input."""
    if isinstance(result, (list, tuple)):
        return [bool(np.shares_memory(r, source)) for r in result]
    return bool(np.shares_memory(result, source))


def after(fn, a):
    """A copy of `a` after the in-place `fn` ran on it: what a writing function leaves behind."""
    out = a.copy()
    fn(out)
    return out


def after_T(fn, base=None):
    """`base` (default arange(12.) as 3x4) after `fn` wrote through its transpose."""
    base = np.arange(12.0).reshape(3, 4) if base is None else base
    fn(base.T)
    return base
