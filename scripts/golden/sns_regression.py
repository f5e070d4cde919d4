"""Golden fixtures for sns.regplot and sns.lmplot: each case seeds NumPy's global state (the
jitter draws from it), calls seaborn 0.12 (Debian's python3-seaborn, Agg) on a fresh default
figure and reads the scatter, the fitted line, the bootstrap band's polygon, limits, titles and
labels of each Axes through matplotlib's artist API, and lmplot's figure size and legend.
Writes test/golden/sns_regression/{regplot,lmplot}.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import numpy as np
import pandas as pd
import seaborn as sns

from golden_io import dump
from sns_tips import fresh_axes, quietly, read_axes

rng = np.random.RandomState(11)
N = 30
x = np.round(rng.uniform(1, 10, N), 3)
REG = {
    "x": x.tolist(),
    "y": np.round(2.5 + 0.8 * x + 0.05 * x ** 2 + rng.normal(0, 1.2, N), 3).tolist(),
    "g": rng.choice(["a", "b"], N).tolist(),
    "c": rng.choice(["left", "right"], N).tolist(),
}

CASES = [
    ("default seed", {"data": "REG", "x": "x", "y": "y", "seed": 0}),
    ("ci 68 n_boot", {"data": "REG", "x": "x", "y": "y", "ci": 68, "n_boot": 200, "seed": 3}),
    ("no ci", {"data": "REG", "x": "x", "y": "y", "ci": None}),
    ("order 2", {"data": "REG", "x": "x", "y": "y", "order": 2, "seed": 1, "n_boot": 100}),
    ("logx", {"data": "REG", "x": "x", "y": "y", "logx": True, "seed": 2}),
    ("truncate false", {"data": "REG", "x": "x", "y": "y", "truncate": False, "seed": 0}),
    ("no scatter label", {"data": "REG", "x": "x", "y": "y", "scatter": False, "label": "fit", "seed": 0}),
    ("no fit", {"data": "REG", "x": "x", "y": "y", "fit_reg": False, "label": "points"}),
    ("color marker kws", {"data": "REG", "x": "x", "y": "y", "color": "C3", "marker": "+", "scatter_kws": {"s": 10}, "line_kws": {"lw": 1, "linestyle": "--"}, "ci": None}),
    ("jitter", {"data": "REG", "x": "x", "y": "y", "x_jitter": 0.2, "y_jitter": 0.5, "ci": None}),
    ("rows dropna false", {"data": "ROWS", "x": "x", "y": "y", "dropna": False, "seed": 5, "n_boot": 50}),
    ("arrays", {"x": REG["x"], "y": REG["y"], "seed": "RandomState(0)", "n_boot": 100}),
    ("x_estimator mean", {"data": "REG", "x": "x", "y": "y", "x_estimator": "np.mean", "x_bins": 4, "seed": 0, "n_boot": 100}),
    ("x_bins list x_ci sd", {"data": "REG", "x": "x", "y": "y", "x_bins": [2, 5, 8], "x_ci": "sd", "ci": None}),
    ("x_bins x_ci 50 median", {"data": "REG", "x": "x", "y": "y", "x_estimator": "np.median", "x_bins": 3, "x_ci": 50, "seed": 2, "n_boot": 100}),
    ("x_bins no x_ci", {"data": "REG", "x": "x", "y": "y", "x_bins": 5, "x_ci": None, "ci": None}),
    ("exclusive options", {"data": "REG", "x": "x", "y": "y", "order": 2, "logx": True}),
]


def run(kwargs):
    fig, ax = fresh_axes()
    kw = dict(kwargs)
    if kw.get("data") == "REG":
        kw["data"] = pd.DataFrame(REG)
    elif kw.get("data") == "ROWS":
        kw["data"] = pd.DataFrame([dict(zip(REG, v)) for v in zip(*REG.values())])
    if kw.get("seed") == "RandomState(0)":
        kw["seed"] = np.random.RandomState(0)
    if kw.get("x_estimator") in ("np.mean", "np.median"):
        kw["x_estimator"] = {"np.mean": np.mean, "np.median": np.median}[kw["x_estimator"]]
    error, _ = quietly(lambda: sns.regplot(ax=ax, **kw))
    return error or read_axes(ax)


cases = [{"label": label, "kwargs": kwargs, "expected": run(kwargs)} for label, kwargs in CASES]
dump("sns_regression/regplot", {"reg": REG, "cases": cases})


LMPLOT = [
    ("single", {"x": "x", "y": "y", "seed": 0, "n_boot": 100}),
    ("hue markers", {"x": "x", "y": "y", "hue": "g", "markers": ["o", "s"], "ci": None}),
    ("col hue_order palette", {"x": "x", "y": "y", "col": "c", "hue": "g", "hue_order": ["b", "a"], "palette": "muted", "seed": 1, "n_boot": 50}),
    ("row col orders height aspect", {"x": "x", "y": "y", "row": "g", "col": "c", "row_order": ["b", "a"], "col_order": ["right", "left"], "height": 3, "aspect": 1.5, "ci": None}),
    ("hue no legend order 2", {"x": "x", "y": "y", "hue": "g", "legend": False, "order": 2, "ci": None, "truncate": False}),
    ("kws jitter logx", {"x": "x", "y": "y", "col": "c", "scatter_kws": {"s": 15}, "line_kws": {"lw": 1}, "x_jitter": 0.1, "y_jitter": 0.2, "logx": True, "ci": None}),
    ("no scatter", {"x": "x", "y": "y", "hue": "g", "scatter": False, "ci": None}),
    ("no fit", {"x": "x", "y": "y", "hue": "g", "fit_reg": False}),
    ("bad markers", {"x": "x", "y": "y", "hue": "g", "markers": ["o"]}),
]


def run_lm(kwargs):
    fresh_axes()
    error, g = quietly(lambda: sns.lmplot(data=pd.DataFrame(REG), **kwargs))
    if error:
        return error
    axes = [[dict(read_axes(ax), title=ax.get_title()) for ax in row] for row in g.axes]
    leg = g.legend
    return {"axes": axes, "size": [float(v) for v in g.figure.get_size_inches()],
            "legend": None if leg is None else {"title": leg.get_title().get_text(), "labels": [t.get_text() for t in leg.get_texts()]}}


dump("sns_regression/lmplot", {"reg": REG, "cases": [{"label": label, "kwargs": kw, "expected": run_lm(kw)} for label, kw in LMPLOT]})
