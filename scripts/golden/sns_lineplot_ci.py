"""Golden fixtures for sns.lineplot's error band: each case calls seaborn 0.12's lineplot
(Debian's python3-seaborn, Agg) on a fresh Axes and reads back each line's points and color and
each band's lower and upper curves (from fill_between's polygon), color and alpha. Writes
test/golden/sns_lineplot/ci.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib.colors as mcolors
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

from golden_io import dump

rng = np.random.RandomState(9)
N = 60
T = {
    "t": np.repeat(np.arange(6), 10).tolist(),
    "signal": np.round(rng.normal(size=N).cumsum(), 3).tolist(),
    "region": rng.choice(["north", "south"], size=N).tolist(),
}
# every (t, region) pair repeats, so each band is one polygon
T["region"] = (["north", "south"] * (N // 2))

CASES = [
    ("ci seed", {"data": "T", "x": "t", "y": "signal", "seed": 0}),
    ("ci n_boot 68", {"data": "T", "x": "t", "y": "signal", "seed": 5, "n_boot": 300, "errorbar": ["ci", 68]}),
    ("sd", {"data": "T", "x": "t", "y": "signal", "errorbar": "sd"}),
    ("se", {"data": "T", "x": "t", "y": "signal", "errorbar": "se"}),
    ("pi 50", {"data": "T", "x": "t", "y": "signal", "errorbar": ["pi", 50]}),
    ("hue", {"data": "T", "x": "t", "y": "signal", "hue": "region", "seed": 1}),
    ("estimator median", {"data": "T", "x": "t", "y": "signal", "estimator": "median", "seed": 2}),
    ("estimator sum sd", {"data": "T", "x": "t", "y": "signal", "estimator": "sum", "errorbar": "sd"}),
    ("estimator None", {"data": "T", "x": "t", "y": "signal", "estimator": None}),
    ("err_style bars", {"data": "T", "x": "t", "y": "signal", "err_style": "bars", "errorbar": "sd"}),
    ("err_style bars hue", {"data": "T", "x": "t", "y": "signal", "hue": "region", "err_style": "bars", "seed": 4}),
    ("color", {"data": "T", "x": "t", "y": "signal", "color": "C3", "errorbar": "sd"}),
]


def rgba(c):
    return [float(v) for v in mcolors.to_rgba(c)]


def run(kwargs):
    plt.close("all")
    fig, ax = plt.subplots()
    kw = dict(kwargs)
    kw["data"] = pd.DataFrame(T)
    if isinstance(kw.get("errorbar"), list):
        kw["errorbar"] = tuple(kw["errorbar"])
    sns.lineplot(ax=ax, **kw)
    lines = [{"x": [float(v) for v in l.get_xdata()], "y": [float(v) for v in l.get_ydata()], "color": rgba(l.get_color())} for l in ax.lines if len(l.get_xdata())]
    bands = []
    if kw.get("err_style") == "bars":
        bars = [{"segments": [[[float(v) for v in p] for p in seg] for seg in coll.get_segments()], "color": [float(v) for v in coll.get_color()[0]]} for coll in ax.collections]
        return {"lines": lines, "bands": [], "bars": bars}
    for coll, line in zip(ax.collections, lines):
        n = len(line["x"])
        verts = coll.get_paths()[0].vertices
        bands.append({
            "lo": [float(v) for v in verts[1:n + 1, 1]],
            "hi": [float(v) for v in verts[n + 2:2 * n + 2, 1][::-1]],
            "t": [float(v) for v in verts[1:n + 1, 0]],
            "color": [float(v) for v in coll.get_facecolor()[0]],
        })
    return {"lines": lines, "bands": bands}


cases = [{"label": label, "kwargs": kwargs, "expected": run(kwargs)} for label, kwargs in CASES]
dump("sns_lineplot/ci", {"T": T, "cases": cases})
