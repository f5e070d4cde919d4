"""Golden fixtures for np statistics, sets and selection: test/golden/np_statistics/*.json.
Run with /usr/bin/python3. Cases use np_cases.py's format (contiguous, transposed, negative-step
and broadcast layouts)."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from np_cases import LAYOUTS, case, make  # noqa: E402

rs = np.random.RandomState(2024)


def arr(a):
    a = np.asarray(a)
    return a, {"base": a, "layout": "c", "shape": list(a.shape)}


def with_nans(made, frac=0.2, slice_all=None):
    """Puts NaNs into the base (so every layout sees them); slice_all: an index of base to fill."""
    a, enc = made
    base = enc["base"]
    mask = rs.rand(*base.shape) < frac
    base[mask] = np.nan
    if slice_all is not None:
        base[slice_all] = np.nan
    return a, enc


def tuple_axis(kw):
    return {k: tuple(v) if k in ("axis", "range") and isinstance(v, list) and k == "axis" else v for k, v in kw.items()}


def call(fn):
    return lambda *a, **k: fn(*a, **tuple_axis(k))


# histograms ---------------------------------------------------------------------------------
hist = []
for layout in LAYOUTS:
    data = make("float64", (3, 4, 5), layout, rs)
    w = make("float64", (3, 4, 5), layout, rs)
    for bins in (10, 7, 1, "auto", "fd", "sturges", "sqrt", "rice", "scott", "doane", "stone"):
        case(hist, "histogram", call(np.histogram), [data], {"bins": bins})
    case(hist, "histogram", call(np.histogram), [data], {"bins": [-6.5, -1.5, 0.25, 0.5, 2.5, 8.5]})
    case(hist, "histogram", call(np.histogram), [data], {"bins": 6, "range": [-2.5, 3.5]})
    case(hist, "histogram", call(np.histogram), [data], {"bins": 5, "density": True})
    case(hist, "histogram", call(np.histogram), [data], {"bins": [-6.0, -1.0, 0.0, 0.5, 2.0, 8.0], "density": True})
    case(hist, "histogram", call(np.histogram), [data], {"bins": 4, "weights": None})
    case(hist, "histogram_w", lambda a, w, **k: np.histogram(a, weights=w, **k), [data, w], {"bins": 5})
    case(hist, "histogram_w", lambda a, w, **k: np.histogram(a, weights=w, **k), [data, w], {"bins": [-3.5, 0.5, 1.5, 5.5]})
    case(hist, "histogram", call(np.histogram), [data], {"bins": "auto", "range": [-1.5, 1.5]})
    case(hist, "histogram_bin_edges", call(np.histogram_bin_edges), [data], {"bins": "fd"})
    case(hist, "histogram_bin_edges", call(np.histogram_bin_edges), [data], {"bins": 4, "range": [0.5, 1.5]})
ints = make("int64", (50,), "c", rs)
case(hist, "histogram", call(np.histogram), [ints], {})
case(hist, "histogram", call(np.histogram), [ints], {"bins": [-100, 0, 50, 100]})
case(hist, "histogram", call(np.histogram), [ints], {"bins": "auto"})
case(hist, "histogram_w", lambda a, w, **k: np.histogram(a, weights=w, **k), [ints, make("int64", (50,), "r", rs)], {"bins": 3})
f32 = make("float32", (40,), "c", rs)
case(hist, "histogram", call(np.histogram), [f32], {"bins": 6})
case(hist, "histogram", call(np.histogram), [f32], {"bins": "sturges"})
case(hist, "histogram", call(np.histogram), [arr([1.0, 1.0, 1.0])], {"bins": 3})
case(hist, "histogram", call(np.histogram), [arr(np.array([], dtype=float))], {"bins": 3})
case(hist, "histogram", call(np.histogram), [arr([0.0, 0.1, 0.2, 0.30000000000000004, 0.7, 1.0])], {"bins": 10})
case(hist, "histogram", call(np.histogram), [arr([1.0, np.nan, 2.0])], {})
case(hist, "histogram", call(np.histogram), [arr([1.0, np.nan, 2.0])], {"range": [0.0, 3.0], "bins": 3})
case(hist, "histogram", call(np.histogram), [arr([1.0, 2.0])], {"bins": 0})
case(hist, "histogram", call(np.histogram), [arr([1.0, 2.0])], {"bins": "bogus"})
case(hist, "histogram", call(np.histogram), [arr([1.0, 2.0])], {"bins": [3.0, 1.0]})
case(hist, "histogram", call(np.histogram), [arr([1.0, 2.0])], {"range": [2.0, 1.0]})
case(hist, "histogram_w", lambda a, w, **k: np.histogram(a, weights=w, **k), [arr([1.0, 2.0]), arr([1.0, 2.0])], {"bins": "auto"})
case(hist, "histogram_w", lambda a, w, **k: np.histogram(a, weights=w, **k), [arr([1.0, 2.0]), arr([1.0, 2.0, 3.0])], {})
for layout in ("c", "r", "b"):
    x = make("float64", (60,), layout, rs)
    y = make("float64", (60,), layout, rs)
    w = make("float64", (60,), layout, rs)
    case(hist, "histogram2d", call(np.histogram2d), [x, y], {})
    case(hist, "histogram2d", call(np.histogram2d), [x, y], {"bins": [4, 3]})
    case(hist, "histogram2d", call(np.histogram2d), [x, y], {"bins": 5, "range": [[-2.5, 2.5], [-3.5, 1.5]]})
    case(hist, "histogram2d", call(np.histogram2d), [x, y], {"bins": [[-5.5, 0.5, 5.5], [-4.5, -1.5, 0.25, 2.5, 9.5]]})
    case(hist, "histogram2d", call(np.histogram2d), [x, y], {"bins": [-5.5, -1.5, 0.5, 5.5]})
    case(hist, "histogram2d", call(np.histogram2d), [x, y], {"bins": 3, "density": True})
    case(hist, "histogram2d_w", lambda a, b, w, **k: np.histogram2d(a, b, weights=w, **k), [x, y, w], {"bins": 3})
for layout in ("c", "r", "b"):
    x = make("int64", (30,), layout, rs, low=0, high=9)
    w = make("float64", (30,), layout, rs)
    case(hist, "bincount", np.bincount, [x])
    case(hist, "bincount", np.bincount, [x], {"minlength": 15})
    case(hist, "bincount_w", lambda a, w, **k: np.bincount(a, weights=w, **k), [x, w])
case(hist, "bincount", np.bincount, [arr(np.array([], dtype=np.int64))])
case(hist, "bincount", np.bincount, [arr(np.array([True, False, True]))])
case(hist, "bincount", np.bincount, [arr([-1, 2])])
case(hist, "bincount", np.bincount, [arr([[1, 2]])])
case(hist, "bincount", np.bincount, [arr([1, 2])], {"minlength": -1})
case(hist, "bincount", np.bincount, [arr(np.array([1.0, 2.0]))])
case(hist, "bincount_w", lambda a, w: np.bincount(a, weights=w), [arr([1, 2]), arr([1.0, 2.0, 3.0])])
for layout in LAYOUTS:
    x = make("float64", (3, 4), layout, rs)
    for bins in ([-2.0, 0.0, 1.0, 3.0], [3.0, 1.0, 0.0, -2.0], [0.0, 0.0, 1.0]):
        for right in (False, True):
            case(hist, "digitize", call(np.digitize), [x, arr(np.array(bins))], {"right": right})
case(hist, "digitize", call(np.digitize), [arr([0.5, 1.0, 2.0, np.nan, 9.0]), arr(np.array([0, 1, 2]))], {})
case(hist, "digitize", call(np.digitize), [arr(np.float64(1.5)), arr(np.array([0.0, 1.0, 2.0]))], {})
case(hist, "digitize", call(np.digitize), [arr([1.0]), arr(np.array([1.0, 3.0, 2.0]))], {})
dump("np_statistics/histograms", {"versions": versions(), "cases": hist})

# averages, covariance ----------------------------------------------------------------------
stats = []
for layout in LAYOUTS:
    a = make("float64", (3, 4, 5), layout, rs)
    for kw in ({}, {"axis": 0}, {"axis": 1}, {"axis": -1}, {"axis": [0, 2]}, {"axis": 1, "keepdims": True}):
        case(stats, "average", call(np.average), [a], kw)
        case(stats, "ptp", call(np.ptp), [a], kw)
    w1 = make("float64", (4,), layout if layout != "t" else "c", rs)
    case(stats, "average_w", lambda a, w, **k: np.average(a, weights=np.abs(w), **tuple_axis(k)), [a, (np.abs(w1[0]), {**w1[1], "base": np.abs(w1[1]["base"])})], {"axis": 1})
    wfull = make("float64", (3, 4, 5), layout, rs)
    wabs = (np.abs(wfull[0]), {**wfull[1], "base": np.abs(wfull[1]["base"])})
    case(stats, "average_w", lambda a, w, **k: np.average(a, weights=w, **tuple_axis(k)), [a, wabs], {})
    case(stats, "average_w", lambda a, w, **k: np.average(a, weights=w, **tuple_axis(k)), [a, wabs], {"axis": 2, "returned": True})
    case(stats, "average_w", lambda a, w, **k: np.average(a, weights=w, **tuple_axis(k)), [a, wabs], {"axis": 0, "keepdims": True})
    case(stats, "average", call(np.average), [a], {"axis": 0, "returned": True})
    m = make("float64", (3, 10), layout, rs)
    y = make("float64", (2, 10), layout, rs)
    fw = arr(rs.randint(0, 4, 10))
    aw = arr(rs.rand(10))
    for kw in ({}, {"bias": True}, {"ddof": 0}, {"ddof": 2}):
        case(stats, "cov", call(np.cov), [m], kw)
    case(stats, "cov", call(np.cov), [m], {"rowvar": False})
    case(stats, "cov", lambda m, y, **k: np.cov(m, y, **k), [m, y], {})
    case(stats, "cov_f", lambda m, f, **k: np.cov(m, fweights=f, **k), [m, fw], {})
    case(stats, "cov_a", lambda m, w, **k: np.cov(m, aweights=w, **k), [m, aw], {})
    case(stats, "cov_fa", lambda m, f, w, **k: np.cov(m, fweights=f, aweights=w, **k), [m, fw, aw], {"ddof": 1})
    case(stats, "cov_fa", lambda m, f, w, **k: np.cov(m, fweights=f, aweights=w, **k), [m, fw, aw], {"bias": True})
    case(stats, "corrcoef", call(np.corrcoef), [m], {})
    case(stats, "corrcoef", call(np.corrcoef), [m], {"rowvar": False})
    case(stats, "corrcoef", lambda m, y, **k: np.corrcoef(m, y, **k), [m, y], {})
ints = make("int64", (4, 6), "c", rs)
case(stats, "cov", call(np.cov), [ints], {})
case(stats, "corrcoef", call(np.corrcoef), [arr([1.0, 2.0, 4.0, 7.0])], {})
case(stats, "corrcoef", lambda x, y: np.corrcoef(x, y), [arr([1.0, 2.0, 4.0, 7.0]), arr([2.0, 1.0, 0.0, -3.0])], {})
case(stats, "cov", call(np.cov), [arr(np.zeros((2, 3, 4)))], {})
case(stats, "cov", call(np.cov), [arr([1.0, 2.0])], {"ddof": 1.5})
case(stats, "average", call(np.average), [ints], {"axis": 0})
case(stats, "average_w", lambda a, w, **k: np.average(a, weights=w, **k), [ints, arr([1, 2, 3, 4])], {"axis": 0})
case(stats, "average_w", lambda a, w, **k: np.average(a, weights=w, **k), [ints, arr([1, 2, 3, 4])], {})
case(stats, "average_w", lambda a, w, **k: np.average(a, weights=w, **k), [ints, arr([1.0, -1.0, 0.0, 0.0])], {"axis": 0})
case(stats, "ptp", call(np.ptp), [arr(np.array([-100, 100], dtype=np.int8))], {})
case(stats, "ptp", call(np.ptp), [ints], {"axis": 1})
dump("np_statistics/averages", {"versions": versions(), "cases": stats})

# nan functions ---------------------------------------------------------------------------
nan = []
NANOPS = ["nansum", "nanprod", "nanmin", "nanmax", "nanmean", "nanvar", "nanstd", "nanmedian"]
for layout in LAYOUTS:
    a = with_nans(make("float64", (3, 4, 5), layout, rs), slice_all=(0, 1) if layout != "b" else (0, slice(None), 2))
    for name in NANOPS + ["nanargmin", "nanargmax"]:
        fn = getattr(np, name)
        for kw in ({}, {"axis": 0}, {"axis": 1}, {"axis": -1}, {"axis": 2, "keepdims": True}, {"axis": [0, 2]}):
            if name.startswith("nanarg") and isinstance(kw.get("axis"), list):
                continue
            case(nan, name, call(fn), [a], kw)
    for kw in ({}, {"axis": 1}, {"axis": None}):
        case(nan, "nancumsum", call(np.nancumsum), [a], kw)
        case(nan, "nancumprod", call(np.nancumprod), [a], kw)
    for q, name in ((30, "nanpercentile"), ([10, 50, 90], "nanpercentile"), (0.25, "nanquantile"), ([0.0, 1.0], "nanquantile")):
        for kw in ({}, {"axis": 1}, {"axis": 2, "keepdims": True}):
            case(nan, name, lambda a, _f=getattr(np, name), **k: _f(a, **tuple_axis(k)), [a], dict(kw, q=q))
    case(nan, "nanvar", call(np.nanvar), [a], {"axis": 1, "ddof": 1})
    case(nan, "nanstd", call(np.nanstd), [a], {"ddof": 2})
ints = make("int64", (3, 4), "t", rs)
for name in NANOPS + ["nanargmin", "nancumsum"]:
    case(nan, name, call(getattr(np, name)), [ints], {"axis": 0})
    case(nan, name, call(getattr(np, name)), [ints], {})
f32 = with_nans(make("float32", (4, 5), "c", rs))
for name in ("nansum", "nanmean", "nanvar", "nanmax", "nanmedian"):
    case(nan, name, call(getattr(np, name)), [f32], {"axis": 1})
    case(nan, name, call(getattr(np, name)), [f32], {})
allnan = arr(np.full((2, 3), np.nan))
for name in ("nanmin", "nanmax", "nanmean", "nanmedian", "nanvar", "nansum"):
    case(nan, name, call(getattr(np, name)), [allnan], {"axis": 0})
case(nan, "nanargmax", call(np.nanargmax), [allnan], {"axis": 0})
case(nan, "nanargmin", call(np.nanargmin), [arr([np.nan, 1.0, 0.5, np.nan])], {})
case(nan, "nanpercentile", lambda a, **k: np.nanpercentile(a, 120), [arr([1.0, 2.0])], {"q": 120})
dump("np_statistics/nan", {"versions": versions(), "cases": nan})

# sets and selection ---------------------------------------------------------------------------
sets = []
for layout in ("c", "t", "r", "b"):
    a = make("int64", (4, 5), layout, rs, low=0, high=12)
    b = make("int64", (3, 4), layout, rs, low=5, high=20)
    case(sets, "intersect1d", np.intersect1d, [a, b])
    case(sets, "intersect1d", call(np.intersect1d), [a, b], {"return_indices": True})
    case(sets, "union1d", np.union1d, [a, b])
    case(sets, "setdiff1d", np.setdiff1d, [a, b])
    case(sets, "setxor1d", np.setxor1d, [a, b])
    case(sets, "in1d", np.in1d, [a, b])
    case(sets, "in1d", call(np.in1d), [a, b], {"invert": True})
    case(sets, "isin", np.isin, [a, b])
    case(sets, "isin", call(np.isin), [a, b], {"invert": True, "kind": "table"})
    case(sets, "argwhere", np.argwhere, [make("bool", (3, 4), layout, rs)])
    case(sets, "extract", np.extract, [make("bool", (3, 4), layout, rs), make("float64", (3, 4), layout, rs)])
    c1 = make("bool", (3, 4), layout, rs)
    c2 = make("bool", (3, 4), layout, rs)
    x1 = make("float64", (3, 4), layout, rs)
    x2 = make("int64", (3, 4), layout, rs)
    case(sets, "select", lambda c1, c2, x1, x2, **k: np.select([c1, c2], [x1, x2], **k), [c1, c2, x1, x2], {})
    case(sets, "select", lambda c1, c2, x1, x2, **k: np.select([c1, c2], [x1, x2], **k), [c1, c2, x1, x2], {"default": -1.5})
    k1 = make("int64", (12,), layout if layout != "t" else "c", rs, low=0, high=3)
    k2 = make("float64", (12,), layout if layout != "t" else "c", rs)
    case(sets, "lexsort", lambda a, b: np.lexsort((a, b)), [k2, k1])
u1 = arr([1.0, np.nan, 3.0, 2.0, 2.0])
u2 = arr([np.nan, 2.0, 5.0])
for name in ("intersect1d", "union1d", "setdiff1d", "setxor1d", "in1d"):
    case(sets, name, getattr(np, name), [u1, u2])
case(sets, "intersect1d", call(np.intersect1d), [arr([5, 1, 3]), arr([3.0, 1.0, 9.0])], {"assume_unique": True, "return_indices": True})
case(sets, "setdiff1d", call(np.setdiff1d), [arr([5, 1, 3, 1]), arr([3])], {"assume_unique": True})
case(sets, "setxor1d", call(np.setxor1d), [arr([5, 1, 3]), arr([3, 7])], {"assume_unique": True})
case(sets, "in1d", call(np.in1d), [arr([1.5]), arr([1.5])], {"kind": "table"})
case(sets, "argwhere", np.argwhere, [arr(np.float64(2.0))])
case(sets, "argwhere", np.argwhere, [arr([[0, 3], [4, 0]])])
case(sets, "select", lambda c, x: np.select([c], [x]), [arr([True, False]), arr([1, 2])], {})
case(sets, "select", lambda c, x: np.select([c], [x]), [arr([1, 0]), arr([1, 2])], {})
case(sets, "lexsort", lambda a: np.lexsort(a), [arr(np.array([[1, 1, 0, 0], [3.0, np.nan, 1.0, 2.0]]))])
x = make("float64", (3, 4), "t", rs)
case(sets, "piecewise_1", lambda x: np.piecewise(x, [x < 0, x >= 1], [lambda v: v * 2, 5.0, lambda v: -v]), [x])
case(sets, "piecewise_2", lambda x: np.piecewise(x, [x < 0, x > 0], [-1, 1]), [make("int64", (6,), "r", rs)])
case(sets, "piecewise_3", lambda x: np.piecewise(x, [x < 0], [lambda v: v ** 2]), [x])
dump("np_statistics/sets", {"versions": versions(), "cases": sets})
