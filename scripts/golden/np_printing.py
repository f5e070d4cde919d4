"""Golden fixtures for np.array2string, array_repr, array_str, format_float_positional and
format_float_scientific: test/golden/np_more_math/printing.json. Run with /usr/bin/python3."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

rs = np.random.RandomState(5)
cases = []


def run(fn, x, **kw):
    cases.append({"fn": fn, "x": np.asarray(x), "shape": list(np.shape(x)), "kw": kw, "text": getattr(np, fn)(x, **kw)})


floats = rs.randn(4, 5) * 10
ints = np.arange(-20, 40).reshape(6, 10) * 37
small = np.array([1e-10, 1.5, 250.0])
long = np.linspace(0, 1, 2000)
for fn in ("array2string", "array_repr", "array_str"):
    for x in (floats, ints, small, np.array([0.5, 1.25], np.float32), np.array([True, False])):
        run(fn, x)
        run(fn, x, max_line_width=30)
        run(fn, x, precision=3)
        run(fn, x, suppress_small=True)
        run(fn, x, max_line_width=40, precision=2, suppress_small=True)
run("array2string", floats, separator=", ", prefix="array(")
run("array2string", ints, separator=",", prefix="xx", suffix=")")
run("array2string", ints, suffix="))))))")
run("array2string", long, threshold=10)
run("array2string", long, threshold=10, edgeitems=2)
run("array2string", np.arange(30), threshold=5, edgeitems=1, separator="|")
run("array_repr", long)
run("array_str", np.arange(2000))

pos = []
sci = []
VALUES = [1.0, 1.5, 0.1, 123.456, 0.0, -0.0, -2.5, 1e20, 1.234e-5, 2.5, 0.5, np.pi, 1e-300, 65536.0, np.nan, np.inf, -np.inf]
POS_KW = [{}, {"precision": 3}, {"precision": 0}, {"precision": 3, "unique": False}, {"precision": 0, "unique": False}, {"trim": "."},
          {"trim": "0"}, {"trim": "-"}, {"precision": 2, "fractional": False}, {"precision": 4, "unique": False, "fractional": False},
          {"sign": True}, {"pad_left": 5, "pad_right": 4}, {"min_digits": 3}, {"min_digits": 2, "precision": 5},
          {"precision": 3, "unique": False, "trim": "-"}, {"precision": 5, "unique": False, "trim": "0"}, {"min_digits": 3, "trim": "-"}]
SCI_KW = [{}, {"precision": 3}, {"precision": 0}, {"precision": 3, "unique": False}, {"trim": "."}, {"trim": "0"}, {"trim": "-"},
          {"sign": True}, {"pad_left": 4}, {"exp_digits": 4}, {"exp_digits": 1}, {"min_digits": 3}, {"min_digits": 2, "precision": 5},
          {"precision": 2, "unique": False, "trim": "-"}]
for v in VALUES:
    for kw in POS_KW:
        pos.append({"x": v, "kw": kw, "text": np.format_float_positional(v, **kw)})
    for kw in SCI_KW:
        sci.append({"x": v, "kw": kw, "text": np.format_float_scientific(v, **kw)})
f32 = [0.1, 1.0 / 3.0, 16777216.0, 1e-7]
for v in f32:
    pos.append({"x": v, "f32": True, "kw": {}, "text": np.format_float_positional(np.float32(v))})
for v in (0.5, 0.05, 0.123456, 0.0123456, 1.5, 12.5, 0.1):
    pos.append({"x": v, "kw": {"precision": 4, "unique": False, "fractional": False}, "text": np.format_float_positional(v, precision=4, unique=False, fractional=False)})
    pos.append({"x": v, "kw": {"precision": 3, "fractional": False, "min_digits": 3}, "text": np.format_float_positional(v, precision=3, fractional=False, min_digits=3)})
    sci.append({"x": v, "f32": True, "kw": {}, "text": np.format_float_scientific(np.float32(v))})
dump("np_more_math/printing", {"versions": versions(), "arrays": cases, "positional": pos, "scientific": sci})
