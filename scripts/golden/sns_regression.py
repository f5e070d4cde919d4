"""Golden fixtures for sns.regplot: each case seeds NumPy's global state (the jitter draws from
it), calls seaborn 0.12 (Debian's python3-seaborn, Agg) on a fresh default figure and reads the
scatter, the fitted line, the bootstrap band's polygon, limits and labels through matplotlib's
artist API. Writes test/golden/sns_regression/regplot.json. Run with /usr/bin/python3."""
import os
import sys
import warnings

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

from golden_io import dump
from sns_tips import read_axes

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
    ("exclusive options", {"data": "REG", "x": "x", "y": "y", "order": 2, "logx": True}),
]


def run(kwargs):
    plt.close("all")
    plt.rcdefaults()
    sns.reset_orig()
    np.random.seed(0)
    fig, ax = plt.subplots()
    kw = dict(kwargs)
    if kw.get("data") == "REG":
        kw["data"] = pd.DataFrame(REG)
    elif kw.get("data") == "ROWS":
        kw["data"] = pd.DataFrame([dict(zip(REG, v)) for v in zip(*REG.values())])
    if kw.get("seed") == "RandomState(0)":
        kw["seed"] = np.random.RandomState(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            sns.regplot(ax=ax, **kw)
    except Exception as e:
        return {"error": type(e).__name__, "message": str(e)}
    return read_axes(ax)


cases = [{"label": label, "kwargs": kwargs, "expected": run(kwargs)} for label, kwargs in CASES]
dump("sns_regression/regplot", {"reg": REG, "cases": cases})
