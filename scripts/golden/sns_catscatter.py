"""Golden fixtures for sns.stripplot and sns.swarmplot: each case seeds NumPy's global random
state (stripplot's jitter draws from it), calls seaborn 0.12 (Debian's python3-seaborn, Agg) on a
fresh default figure, draws it (swarmplot places its points at draw time) and reads the points,
colors, ticks, limits, labels and legend back. Writes test/golden/sns_catscatter/points.json.
Run with /usr/bin/python3."""
import os
import sys
import warnings

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from golden_io import dump
from sns_tips import ROWS, TIPS, fresh_axes, quietly, read_axes

CASES = [
    ("strip default", "stripplot", {"data": "TIPS", "x": "day", "y": "total"}),
    ("strip horizontal", "stripplot", {"data": "TIPS", "x": "total", "y": "day"}),
    ("strip hue", "stripplot", {"data": "TIPS", "x": "day", "y": "total", "hue": "sex"}),
    ("strip hue dodge", "stripplot", {"data": "TIPS", "x": "day", "y": "total", "hue": "sex", "dodge": True, "hue_order": ["Female", "Male"]}),
    ("strip jitter float order", "stripplot", {"data": "TIPS", "x": "day", "y": "total", "jitter": 0.3, "order": ["Sun", "Sat", "Fri", "Thur"]}),
    ("strip no jitter", "stripplot", {"data": "TIPS", "x": "size", "y": "total", "jitter": False}),
    ("strip color size edge", "stripplot", {"data": "TIPS", "x": "day", "y": "total", "color": "C3", "size": 8, "edgecolor": "k", "linewidth": 1}),
    ("strip palette", "stripplot", {"data": "TIPS", "x": "day", "y": "total", "hue": "day", "palette": "muted", "legend": False}),
    ("strip numeric hue", "stripplot", {"data": "TIPS", "x": "day", "y": "total", "hue": "size"}),
    ("strip orient h", "stripplot", {"data": "TIPS", "x": "total", "y": "size", "orient": "h"}),
    ("strip x only", "stripplot", {"data": "TIPS", "x": "total"}),
    ("strip rows kwargs", "stripplot", {"data": "ROWS", "x": "day", "y": "total", "alpha": 0.5, "marker": "s", "zorder": 5}),
    ("swarm default", "swarmplot", {"data": "TIPS", "x": "day", "y": "total"}),
    ("swarm horizontal", "swarmplot", {"data": "TIPS", "x": "total", "y": "day"}),
    ("swarm hue", "swarmplot", {"data": "TIPS", "x": "day", "y": "total", "hue": "sex"}),
    ("swarm hue dodge", "swarmplot", {"data": "TIPS", "x": "day", "y": "total", "hue": "sex", "dodge": True}),
    ("swarm big size", "swarmplot", {"data": "TIPS", "x": "sex", "y": "total", "size": 9, "linewidth": 1, "edgecolor": "w"}),
    ("swarm numeric groups", "swarmplot", {"data": "TIPS", "x": "size", "y": "total", "order": [4, 3, 2, 1]}),
    ("swarm hue_order palette", "swarmplot", {"data": "TIPS", "x": "day", "y": "total", "hue": "sex", "hue_order": ["Female", "Male"], "palette": "pastel", "legend": "full"}),
    ("swarm color orient h", "swarmplot", {"data": "TIPS", "x": "total", "y": "size", "orient": "h", "color": "C2"}),
    ("swarm crowded warn_thresh kwargs", "swarmplot", {"data": "TIPS", "x": "sex", "y": "total", "size": 30, "warn_thresh": 0.01, "alpha": 0.6, "marker": "D", "zorder": 2}),
    ("strip palette dict brief", "stripplot", {"data": "TIPS", "x": "day", "y": "total", "hue": "sex", "palette": {"Male": "b", "Female": "r"}, "legend": "brief"}),
    ("strip numeric hue palette", "stripplot", {"data": "TIPS", "x": "day", "y": "total", "hue": "size", "palette": "viridis"}),
    ("strip color with hue", "stripplot", {"data": "TIPS", "x": "day", "y": "total", "hue": "sex", "color": "C4"}),
    ("swarm in the second of 2x2 subplots", "swarmplot", {"data": "TIPS", "x": "day", "y": "total", "subplots": [2, 2, 1]}),
    ("swarm horizontal in a 1x3 figure", "swarmplot", {"data": "TIPS", "x": "total", "y": "day", "subplots": [1, 3, 2]}),
    ("swarm bad legend", "swarmplot", {"data": "TIPS", "x": "day", "y": "total", "hue": "sex", "legend": "some"}),
]


def run(function, kwargs):
    fig, ax = fresh_axes()
    kw = dict(kwargs)
    if "subplots" in kw:
        # the swarm is placed in display points: another subplot box gives other positions
        nrows, ncols, index = kw.pop("subplots")
        plt.close("all")
        fig, axs = plt.subplots(nrows, ncols, squeeze=False)
        ax = axs.flat[index]
    if kw.get("data") == "TIPS":
        kw["data"] = pd.DataFrame(TIPS)
    elif kw.get("data") == "ROWS":
        kw["data"] = pd.DataFrame(ROWS)
    error, _ = quietly(lambda: getattr(sns, function)(ax=ax, **kw))
    if error:
        return error
    # the swarm's warnings from drawing the finished axes (seaborn also swarms once inside
    # swarmplot, before it sets the category limits)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.canvas.draw()
    out = read_axes(ax)
    out["warnings"] = [str(w.message) for w in caught if w.category is UserWarning]
    return out


cases = [{"label": label, "function": fn, "kwargs": kwargs, "expected": run(fn, kwargs)} for label, fn, kwargs in CASES]
dump("sns_catscatter/points", {"tips": TIPS, "cases": cases})
