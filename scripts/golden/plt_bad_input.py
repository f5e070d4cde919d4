"""Golden fixtures for bad input to pyplot: each case is one pyplot call (after plt.figure())
with the exception class and message Debian's matplotlib 3.6.3 raises, or, where matplotlib
accepts the input, the value it returns. Writes test/golden/plt/bad_input.json."""
import os
import sys
import warnings

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

from golden_io import dump

warnings.simplefilter("ignore")
NAN = float("nan")
INF = float("inf")

CASES = [
    ("imshow empty", "imshow", [[]], {}),
    ("imshow 3 planes of 2", "imshow", [[[[0, 0], [0, 0]], [[0, 0], [0, 0]]]], {}),
    ("imshow 5 channels", "imshow", [[[[0] * 5] * 2] * 2], {}),
    ("imshow 1-d", "imshow", [[1, 2, 3]], {}),
    ("imshow extent of 3", "imshow", [[[1, 2]]], {"extent": [0, 1, 2]}),
    ("imshow bad alpha", "imshow", [[[1, 2]]], {"alpha": 1.5}),
    ("figure zero size", "figure", [], {"figsize": [0, 3]}),
    ("figure negative size", "figure", [], {"figsize": [4, -1]}),
    ("subplots fractional rows", "subplots", [1.5], {}),
    ("subplots zero columns", "subplots", [2, 0], {}),
    ("subplot 4 args", "subplot", [1, 1, 1, 1], {}),
    ("subplot index 0", "subplot", [2, 1, 0], {}),
    ("subplot two digits", "subplot", [21], {}),
    ("hist empty", "hist", [[]], {}),
    ("hist infinite", "hist", [[1, INF]], {}),
    ("hist range infinite", "hist", [[1, 2]], {"range": [0, INF]}),
    ("hist one edge", "hist", [[1, 2], [1]], {}),
    ("hist bins negative", "hist", [[1, 2], -3], {}),
    ("hist bins string", "hist", [[1, 2], "many"], {}),
    ("plot 3-d", "plot", [[[[1, 2], [3, 4]], [[1, 2], [3, 4]]]], {}),
    ("plot x 3-d", "plot", [[[[1]]], [1]], {}),
    ("plot columns", "plot", [[[1, 2], [3, 4], [5, 6]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]]], {}),
    ("plot marker number", "plot", [[1, 2]], {"marker": "*", "ms": -1}),
    ("scatter sizes", "scatter", [[1, 2], [1, 2]], {"s": [1, 2, 3]}),
    ("scatter c string", "scatter", [[1, 2], [1, 2]], {"c": "zz"}),
    ("scatter c 2-d", "scatter", [[1, 2], [1, 2]], {"c": [[1, 2], [3, 4], [5, 6]]}),
    ("scatter alpha", "scatter", [[1, 2], [1, 2]], {"alpha": -0.5}),
    ("bar x and height", "bar", [[1, 2, 3], [1, 2]], {}),
    ("bar bottom", "bar", [[1, 2, 3], [1, 2, 3]], {"bottom": [1, 2]}),
    ("axis 3 limits", "axis", [[1, 2, 3]], {}),
    ("axis unknown", "axis", ["sideways"], {}),
    ("xlim infinite", "xlim", [0, INF], {}),
    ("xlim equal", "xlim", [1, 1], {}),
    ("ylim nan", "ylim", [NAN, 1], {}),
    ("title bad size", "title", ["t"], {"fontsize": "huge"}),
    ("title bad weight", "title", ["t"], {"fontweight": 2000}),
    ("xlabel bad loc", "xlabel", ["x"], {"loc": "middle"}),
    ("legend bad loc", "legend", [["a"]], {"loc": "top"}),
    ("grid bad axis", "grid", [True], {"axis": "xy"}),
    ("get_cmap unknown", "get_cmap", ["nope"], {}),
    ("imshow cmap unknown", "imshow", [[[1, 2]]], {"cmap": "Viridis"}),
    ("plot color unknown", "plot", [[1, 2]], {"color": "grean"}),
    ("plot color out of range", "plot", [[1, 2]], {"color": [1.5, 0, 0]}),
    ("plot fmt unknown", "plot", [[1, 2], "q"], {}),
    ("plot fmt two colors", "plot", [[1, 2], "rg"], {}),
    ("plot fmt two markers", "plot", [[1, 2], "o^"], {}),
    ("close bad", "close", [[1]], {}),
]


def run(fn, args, kwargs):
    plt.close("all")
    plt.figure()
    try:
        r = getattr(plt, fn)(*args, **kwargs)
        if fn in ("xlim", "ylim", "axis"):
            return {"returned": [float(v) for v in r]}
        if fn == "hist":
            return {"n": np.asarray(r[0], float).tolist(), "bins": np.asarray(r[1], float).tolist()}
        return {"ok": True}
    except Exception as e:
        return {"error": type(e).__name__, "message": str(e)}
    finally:
        plt.close("all")


dump("plt/bad_input", [{"label": label, "function": fn, "args": args, "kwargs": kw, "expected": run(fn, args, kw)}
                       for label, fn, args, kw in CASES])
