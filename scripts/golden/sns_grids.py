"""Golden fixtures for seaborn's figure-level grids (pairplot, jointplot): each case calls
seaborn 0.12 (Debian's python3-seaborn, Agg) and reads every Axes of the grid (PairGrid.axes,
its diagonal twins; JointGrid's joint and marginal axes) through matplotlib's artist API: points,
bars, density polygons, lines, limits and labels, plus the figure size and the legend.
Writes test/golden/sns_grids/<function>.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import numpy as np
import pandas as pd
import seaborn as sns

from golden_io import dump
from sns_tips import fresh_axes, quietly, read_axes

rng = np.random.RandomState(3)
N = 36
IRIS = {
    "sl": np.round(rng.normal(5.8, 0.8, N), 1).tolist(),
    "sw": np.round(rng.normal(3.0, 0.4, N), 1).tolist(),
    "pl": np.round(rng.normal(3.7, 1.7, N), 1).tolist(),
    "species": rng.choice(["setosa", "versicolor", "virginica"], N).tolist(),
}

PAIRPLOT = [
    ("default", {}),
    ("hue", {"hue": "species"}),
    ("hue_order palette vars", {"hue": "species", "hue_order": ["virginica", "setosa", "versicolor"], "palette": "muted", "vars": ["sl", "pl"]}),
    ("corner kde diag height aspect", {"corner": True, "diag_kind": "kde", "height": 2, "aspect": 1.2}),
    ("x_vars y_vars", {"x_vars": ["sl", "sw"], "y_vars": ["pl"]}),
    ("reg markers kws", {"kind": "reg", "markers": "+", "vars": ["sl", "sw"], "plot_kws": {"ci": None}, "diag_kws": {"bins": 5}}),
    ("no diag", {"diag_kind": None, "vars": ["sl", "sw"]}),
]

JOINTPLOT = [
    ("scatter", {"x": "sl", "y": "pl"}),
    ("scatter hue", {"x": "sl", "y": "pl", "hue": "species"}),
    ("reg seed", {"x": "sl", "y": "pl", "kind": "reg", "joint_kws": {"seed": 0}}),
    ("height ratio color lims", {"x": "sl", "y": "sw", "height": 5, "ratio": 3, "color": "C2", "xlim": [3, 8], "ylim": [1, 5], "marginal_kws": {"bins": 8}, "alpha": 0.5}),
    ("dropna", {"x": "sl", "y": "sw", "dropna": True}),
    ("reg marginal kws", {"x": "sl", "y": "pl", "kind": "reg", "joint_kws": {"ci": None}, "marginal_kws": {"bins": 6, "kde_kws": {"bw_adjust": 0.5}, "line_kws": {"linewidth": 3}}}),
    ("hex with hue", {"x": "sl", "y": "sw", "hue": "species", "kind": "hex"}),
    ("hue palette order kws", {"x": "sl", "y": "pl", "hue": "species", "palette": "pastel", "hue_order": ["virginica", "setosa", "versicolor"], "s": 20}),
]


def figure_of(grid):
    return {"size": [float(v) for v in grid.figure.get_size_inches()]}


def run(function, kwargs):
    fresh_axes()
    frame = pd.DataFrame(IRIS)
    error, g = quietly(lambda: sns.pairplot(frame, **kwargs) if function == "pairplot" else sns.jointplot(data=frame, **kwargs))
    if error:
        return error
    leg = g.legend if function == "pairplot" else None
    out = {"figure": figure_of(g), "legend": None if leg is None else {"title": leg.get_title().get_text(), "labels": [t.get_text() for t in leg.get_texts()]}}
    if function == "pairplot":
        out["axes"] = [[None if ax is None else read_axes(ax) for ax in row] for row in g.axes]
        out["diag"] = None if g.diag_axes is None else [read_axes(ax) for ax in g.diag_axes]
    else:
        out["joint"] = read_axes(g.ax_joint)
        out["marg_x"] = read_axes(g.ax_marg_x)
        out["marg_y"] = read_axes(g.ax_marg_y)
    return out


for function, cases in {"pairplot": PAIRPLOT, "jointplot": JOINTPLOT}.items():
    dump(f"sns_grids/{function}", {"iris": IRIS, "cases": [{"label": label, "kwargs": kw, "expected": run(function, kw)} for label, kw in cases]})
