"""Golden fixtures for sns.barplot and sns.countplot: each case calls seaborn 0.12 (Debian's
python3-seaborn, Agg) on a fresh Axes and reads back the bars (geometry, face and edge colors),
the error-bar lines (bootstrap CI, sd, se), ticks, tick labels, limits, axis labels and the
legend. Writes test/golden/sns_categorical/bars.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

from golden_io import dump
from sns_tips import ROWS, TIPS, rgba

CASES = [
    ("barplot ci seed", "barplot", {"data": "TIPS", "x": "day", "y": "total", "seed": 0}),
    ("barplot n_boot", "barplot", {"data": "TIPS", "x": "day", "y": "total", "seed": 7, "n_boot": 200}),
    ("barplot ci 68", "barplot", {"data": "TIPS", "x": "day", "y": "total", "seed": 3, "errorbar": ["ci", 68]}),
    ("barplot sd", "barplot", {"data": "TIPS", "x": "day", "y": "total", "errorbar": "sd"}),
    ("barplot se 2", "barplot", {"data": "TIPS", "x": "day", "y": "total", "errorbar": ["se", 2]}),
    ("barplot pi", "barplot", {"data": "TIPS", "x": "day", "y": "total", "errorbar": "pi"}),
    ("barplot no errorbar", "barplot", {"data": "TIPS", "x": "day", "y": "total", "errorbar": None}),
    ("barplot median", "barplot", {"data": "TIPS", "x": "day", "y": "total", "estimator": "median", "seed": 1}),
    ("barplot sum", "barplot", {"data": "TIPS", "x": "day", "y": "total", "estimator": "sum", "errorbar": None}),
    ("barplot order", "barplot", {"data": "TIPS", "x": "day", "y": "total", "order": ["Thur", "Fri", "Sat", "Sun"], "errorbar": None}),
    ("barplot numeric groups", "barplot", {"data": "TIPS", "x": "size", "y": "total", "seed": 2}),
    ("barplot hue", "barplot", {"data": "TIPS", "x": "day", "y": "total", "hue": "sex", "seed": 0}),
    ("barplot hue_order no dodge", "barplot", {"data": "TIPS", "x": "day", "y": "total", "hue": "sex", "hue_order": ["Female", "Male"], "dodge": False, "errorbar": None}),
    ("barplot color saturation", "barplot", {"data": "TIPS", "x": "day", "y": "total", "color": "C2", "saturation": 1, "errorbar": None}),
    ("barplot palette width", "barplot", {"data": "TIPS", "x": "day", "y": "total", "palette": "muted", "width": 0.5, "errorbar": "sd"}),
    ("barplot errcolor errwidth capsize", "barplot", {"data": "TIPS", "x": "day", "y": "total", "errorbar": "sd", "errcolor": "r", "errwidth": 1, "capsize": 0.2}),
    ("barplot horizontal", "barplot", {"data": "TIPS", "x": "total", "y": "day", "errorbar": "sd"}),
    ("barplot orient h numeric", "barplot", {"data": "TIPS", "x": "total", "y": "size", "orient": "h", "errorbar": None}),
    ("barplot rows", "barplot", {"data": "ROWS", "x": "day", "y": "total", "seed": 4}),
    ("barplot arrays", "barplot", {"x": TIPS["day"], "y": TIPS["total"], "seed": 4}),
    ("barplot kwargs", "barplot", {"data": "TIPS", "x": "day", "y": "total", "errorbar": None, "edgecolor": "k", "linewidth": 2, "alpha": 0.5, "zorder": 3}),
    ("barplot ci deprecated", "barplot", {"data": "TIPS", "x": "day", "y": "total", "ci": "sd"}),
    ("barplot ci deprecated level", "barplot", {"data": "TIPS", "x": "day", "y": "total", "ci": 80, "seed": 2}),
    ("barplot wide form", "barplot", {"data": "TIPS", "seed": 3}),
    ("barplot wide form order horizontal", "barplot", {"data": "TIPS", "order": ["size", "total"], "orient": "h", "errorbar": "sd"}),
    ("countplot wide form", "countplot", {"data": "TIPS"}),
    ("countplot twelve levels: husl", "countplot", {"data": "TIPS", "x": "month"}),
    ("barplot color with hue: light_palette", "barplot", {"data": "TIPS", "x": "day", "y": "total", "hue": "sex", "color": "C4", "errorbar": None}),
    ("countplot kwargs", "countplot", {"data": "TIPS", "x": "day", "edgecolor": "k", "linewidth": 1.5, "alpha": 0.7, "zorder": 4}),
    ("countplot x with orient", "countplot", {"data": "TIPS", "x": "day", "orient": "h"}),
    ("countplot x", "countplot", {"data": "TIPS", "x": "day"}),
    ("countplot y", "countplot", {"data": "TIPS", "y": "day"}),
    ("countplot hue", "countplot", {"data": "TIPS", "x": "day", "hue": "sex"}),
    ("countplot numeric", "countplot", {"data": "TIPS", "x": "size", "palette": "pastel", "order": [4, 3, 2, 1]}),
    ("countplot color width", "countplot", {"data": "TIPS", "x": "sex", "color": "#aa3377", "saturation": 0.5, "width": 0.6}),
    ("countplot hue no dodge", "countplot", {"data": "TIPS", "x": "day", "hue": "sex", "dodge": False, "hue_order": ["Male", "Female"]}),
    ("barplot seed RandomState", "barplot", {"data": "TIPS", "x": "day", "y": "total", "seed": "RandomState(0)", "n_boot": 100}),
    ("barplot seed Generator", "barplot", {"data": "TIPS", "x": "day", "y": "total", "seed": "default_rng(0)", "estimator": "median"}),
    ("barplot bad errorbar", "barplot", {"data": "TIPS", "x": "day", "y": "total", "errorbar": "xx"}),
    ("countplot x and y", "countplot", {"data": "TIPS", "x": "day", "y": "sex"}),
    ("barplot bad orient", "barplot", {"data": "TIPS", "x": "day", "y": "total", "orient": "z"}),
]


def run(function, kwargs):
    plt.close("all")
    plt.rcdefaults()
    fig, ax = plt.subplots()
    kw = dict(kwargs)
    if kw.get("data") == "TIPS":
        kw["data"] = pd.DataFrame(TIPS)
    elif kw.get("data") == "ROWS":
        kw["data"] = pd.DataFrame(ROWS)
    if kw.get("seed") == "RandomState(0)":
        kw["seed"] = np.random.RandomState(0)
    elif kw.get("seed") == "default_rng(0)":
        kw["seed"] = np.random.default_rng(0)
    if isinstance(kw.get("errorbar"), list):
        kw["errorbar"] = tuple(kw["errorbar"])
    try:
        getattr(sns, function)(ax=ax, **kw)
    except Exception as e:
        return {"error": type(e).__name__, "message": str(e)}
    bars = [{"x": p.get_x(), "y": p.get_y(), "w": p.get_width(), "h": p.get_height(), "fc": rgba(p.get_facecolor()), "ec": rgba(p.get_edgecolor()), "lw": p.get_linewidth(), "z": p.get_zorder()}
            for p in ax.patches]
    lines = [{"x": [float(v) for v in l.get_xdata()], "y": [float(v) for v in l.get_ydata()], "color": rgba(l.get_color()), "lw": l.get_linewidth()} for l in ax.lines]
    leg = ax.get_legend()
    return {
        "bars": bars,
        "lines": lines,
        "xticks": [float(v) for v in ax.get_xticks()],
        "yticks": [float(v) for v in ax.get_yticks()],
        "xticklabels": [t.get_text() for t in ax.get_xticklabels()],
        "yticklabels": [t.get_text() for t in ax.get_yticklabels()],
        "xlim": list(ax.get_xlim()),
        "ylim": list(ax.get_ylim()),
        "xlabel": ax.get_xlabel(),
        "ylabel": ax.get_ylabel(),
        "legend": None if leg is None else {"title": leg.get_title().get_text(), "labels": [t.get_text() for t in leg.get_texts()]},
    }


cases = [{"label": label, "function": fn, "kwargs": kwargs, "expected": run(fn, kwargs)} for label, fn, kwargs in CASES]
dump("sns_categorical/bars", {"tips": TIPS, "cases": cases})
