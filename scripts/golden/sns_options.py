"""Golden fixtures for sns's options: each case calls one seaborn 0.12 function (Debian's
python3-seaborn, Agg) on a fresh Axes and reads back the bars, collections and lines it drew,
or the value it returned, or the exception class and message. Writes test/golden/sns/options.json.
Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib.colors as mcolors
import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns

from golden_io import dump

rng = np.random.RandomState(11)
X = np.round(rng.normal(size=40), 3).tolist()
INTS = rng.randint(0, 6, size=30).tolist()
W = np.round(rng.uniform(0.5, 2, size=40), 3).tolist()


def rgba(c):
    return [float(v) for v in mcolors.to_rgba(c)]


CASES = [
    ("histplot bins int", "histplot", {"x": X, "bins": 6}),
    ("histplot binwidth", "histplot", {"x": X, "binwidth": 0.5}),
    ("histplot binrange", "histplot", {"x": X, "bins": 5, "binrange": [-1, 1]}),
    ("histplot discrete", "histplot", {"x": INTS, "discrete": True}),
    ("histplot stat frequency", "histplot", {"x": X, "bins": 5, "stat": "frequency"}),
    ("histplot stat probability", "histplot", {"x": X, "bins": 5, "stat": "probability"}),
    ("histplot stat proportion", "histplot", {"x": X, "bins": 5, "stat": "proportion"}),
    ("histplot stat percent", "histplot", {"x": X, "bins": 5, "stat": "percent"}),
    ("histplot stat density", "histplot", {"x": X, "bins": 5, "stat": "density"}),
    ("histplot cumulative", "histplot", {"x": X, "bins": 5, "cumulative": True}),
    ("histplot cumulative density", "histplot", {"x": X, "bins": 5, "stat": "density", "cumulative": True}),
    ("histplot weights", "histplot", {"x": X, "bins": 4, "weights": W}),
    ("histplot shrink", "histplot", {"x": X, "bins": 4, "shrink": 0.5}),
    ("histplot fill false", "histplot", {"x": X, "bins": 4, "fill": False}),
    ("histplot styled", "histplot", {"x": X, "bins": 4, "color": "g", "alpha": 0.3, "edgecolor": "k", "linewidth": 2}),
    ("histplot auto", "histplot", {"x": X}),
    ("scatterplot styled", "scatterplot", {"x": [1, 2, 3], "y": [3, 1, 2], "s": 100, "edgecolor": "k", "linewidth": 2, "color": "r"}),
    ("scatterplot default", "scatterplot", {"x": [1, 2, 3], "y": [3, 1, 2]}),
    ("lineplot styled", "lineplot", {"x": [1, 2, 3], "y": [3, 1, 2], "linestyle": "--", "marker": "o", "lw": 3, "color": "m"}),
    ("scatterplot semantics", "scatterplot", {"x": [1, 2, 3, 4], "y": [3, 1, 2, 4], "hue": ["a", "b", "a", "b"], "palette": "muted",
                                              "alpha": 0.5, "marker": "s", "zorder": 3, "legend": False}),
    ("scatterplot size style", "scatterplot", {"data": {"p": [1, 2, 3], "q": [3, 1, 2], "g": ["u", "v", "u"]}, "x": "p", "y": "q",
                                               "size": "p", "style": "g", "label": "pts"}),
    ("lineplot hue", "lineplot", {"data": {"t": [0, 1, 2, 0, 1, 2], "v": [1, 3, 2, 2, 2, 1], "g": ["a", "a", "a", "b", "b", "b"]},
                                  "x": "t", "y": "v", "hue": "g", "palette": "dark", "alpha": 0.6, "linewidth": 2, "ls": ":",
                                  "zorder": 4, "errorbar": None, "legend": False}),
    ("lineplot label", "lineplot", {"x": [0, 1, 2], "y": [1, 0, 2], "label": "lab"}),
    ("histplot data column", "histplot", {"data": {"v": X}, "x": "v", "bins": 4, "label": "h", "zorder": 2}),
    ("color_palette viridis", "color_palette", {"palette": "viridis", "n_colors": 4}),
    ("color_palette Blues", "color_palette", {"palette": "Blues", "n_colors": 3}),
    ("color_palette list", "color_palette", {"palette": ["red", "b", "#123456"]}),
    ("color_palette deep6", "color_palette", {"palette": "deep6"}),
    ("color_palette cycles", "color_palette", {"palette": "muted", "n_colors": 12}),
    ("err scatterplot lengths", "scatterplot", {"x": [1, 2], "y": [1]}),
    ("err scatterplot hue length", "scatterplot", {"x": [1, 2], "y": [1, 2], "hue": [1]}),
    ("err scatterplot palette", "scatterplot", {"x": [1, 2], "y": [1, 2], "hue": ["a", "b"], "palette": "nope"}),
    ("err lineplot lengths", "lineplot", {"x": [1, 2], "y": [1]}),
    ("err histplot column without data", "histplot", {"x": "a"}),
    ("err histplot binwidth", "histplot", {"x": [1, 2, 3], "binwidth": -1}),
    ("err set_palette", "set_palette", {"palette": "nope"}),
    ("histplot empty", "histplot", {"x": []}),
    ("color_palette none", "color_palette", {"palette": "deep", "n_colors": 0}),
    ("err histplot unknown kw", "histplot", {"x": X, "colr": 1}),
    ("err histplot stat", "histplot", {"x": X, "stat": "nope"}),
    ("err scatterplot unknown kw", "scatterplot", {"x": [1], "y": [1], "colr": 1}),
    ("err lineplot unknown kw", "lineplot", {"x": [1], "y": [1], "colr": 1}),
    ("err color_palette", "color_palette", {"palette": "nope"}),
    ("err set_style", "set_style", {"style": "nope"}),
    ("err set_theme context", "set_theme", {"context": "nope"}),
    ("err scatterplot column", "scatterplot", {"data": {"a": [1]}, "x": "a", "y": "zz"}),
]


def run(fn, kwargs):
    fig, ax = plt.subplots()
    out = {}
    try:
        kw = dict(kwargs)
        if fn in ("histplot", "scatterplot", "lineplot"):
            kw["ax"] = ax
        r = getattr(sns, fn)(**kw)
        if fn == "color_palette":
            out["colors"] = list(r.as_hex())
        out["patches"] = [{"x": p.get_x(), "w": p.get_width(), "h": p.get_height(), "fc": rgba(p.get_facecolor()),
                           "ec": rgba(p.get_edgecolor()), "lw": p.get_linewidth()} for p in ax.patches]
        out["collections"] = [{"fc": np.asarray(c.get_facecolors()).tolist(), "ec": np.asarray(c.get_edgecolors()).tolist(),
                               "lw": np.asarray(c.get_linewidths()).tolist(), "s": np.asarray(c.get_sizes()).tolist()}
                              for c in ax.collections]
        out["lines"] = [{"color": rgba(l.get_color()), "lw": l.get_linewidth(), "ls": l.get_linestyle(),
                         "marker": str(l.get_marker())} for l in ax.lines]
        out["ylabel"] = ax.get_ylabel()
    except Exception as e:
        out = {"error": type(e).__name__, "message": str(e)}
    plt.close(fig)
    matplotlib.rcdefaults()
    return out


cases = [{"label": label, "function": fn, "kwargs": kw, "expected": run(fn, kw)} for label, fn, kw in CASES]

# set_theme: the color codes and the context's sizes
themes = []
for kw in [{}, {"context": "talk", "font_scale": 1.5}, {"context": "paper", "palette": "muted"}]:
    sns.set_theme(**kw)
    themes.append({"kwargs": kw, "codes": {c: mcolors.to_hex(mcolors.colorConverter.colors[c]) for c in "bgrmyck"},
                   "font.size": plt.rcParams["font.size"], "lines.linewidth": plt.rcParams["lines.linewidth"],
                   "lines.markersize": plt.rcParams["lines.markersize"],
                   "cycle": [mcolors.to_hex(c) for c in plt.rcParams["axes.prop_cycle"].by_key()["color"]]})
    matplotlib.rcdefaults()
    sns.set_color_codes("reset")
dump("sns/options", {"cases": cases, "themes": themes})
