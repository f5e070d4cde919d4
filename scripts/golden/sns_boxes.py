"""Golden fixtures for sns.boxplot (and sns.violinplot, sns.pointplot): each case calls seaborn
0.12 (Debian's python3-seaborn, Agg) on a fresh default figure and reads back, through
matplotlib's artist API, the patches (box paths, violin polygons), lines (whiskers, caps,
medians, fliers, inner marks, point estimates and CIs), collections, ticks, limits, labels and
the legend. Writes test/golden/sns_boxes/<function>.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import pandas as pd
import seaborn as sns

from golden_io import dump
from sns_tips import ROWS, TIPS, fresh_axes, quietly, read_axes

BOXPLOT = [
    ("default", {"data": "TIPS", "x": "day", "y": "total"}),
    ("horizontal", {"data": "TIPS", "x": "total", "y": "day"}),
    ("hue", {"data": "TIPS", "x": "day", "y": "total", "hue": "sex"}),
    ("hue no dodge hue_order", {"data": "TIPS", "x": "day", "y": "total", "hue": "sex", "dodge": False, "hue_order": ["Female", "Male"]}),
    ("order palette width", {"data": "TIPS", "x": "day", "y": "total", "order": ["Sun", "Sat", "Fri", "Thur"], "palette": "pastel", "width": 0.5}),
    ("color saturation linewidth fliersize", {"data": "TIPS", "x": "size", "y": "total", "color": "C2", "saturation": 1, "linewidth": 2.5, "fliersize": 8}),
    ("whis", {"data": "TIPS", "x": "day", "y": "total", "whis": 0.5}),
    ("whis percentiles", {"data": "TIPS", "x": "day", "y": "total", "whis": [5, 95]}),
    ("rows orient h", {"data": "ROWS", "x": "total", "y": "size", "orient": "h"}),
    ("x only", {"data": "TIPS", "x": "total"}),
    ("wide form", {"data": "TIPS"}),
    ("props", {"data": "TIPS", "x": "day", "y": "total", "showmeans": True, "showfliers": False, "boxprops": {"alpha": 0.5},
               "whiskerprops": {"linewidth": 3}, "capprops": {"color": "r"}, "medianprops": {"color": "k"}, "flierprops": {"marker": "o"}}),
    ("fliers props", {"data": "TIPS", "x": "day", "y": "total", "whis": 0.3, "flierprops": {"marker": "o", "markersize": 3}}),
    ("color with hue", {"data": "TIPS", "x": "day", "y": "total", "hue": "sex", "color": "C4"}),
]

VIOLINPLOT = [
    ("default", {"data": "TIPS", "x": "day", "y": "total"}),
    ("horizontal", {"data": "TIPS", "x": "total", "y": "day"}),
    ("hue", {"data": "TIPS", "x": "day", "y": "total", "hue": "sex"}),
    ("hue split quartiles", {"data": "TIPS", "x": "day", "y": "total", "hue": "sex", "split": True, "inner": "quartile"}),
    ("hue split box", {"data": "TIPS", "x": "day", "y": "total", "hue": "sex", "split": True}),
    ("hue no dodge sticks", {"data": "TIPS", "x": "day", "y": "total", "hue": "sex", "dodge": False, "inner": "stick", "hue_order": ["Female", "Male"]}),
    ("scale count", {"data": "TIPS", "x": "day", "y": "total", "scale": "count", "inner": "point"}),
    ("scale width no inner", {"data": "TIPS", "x": "day", "y": "total", "scale": "width", "inner": None}),
    ("hue scale count no scale_hue", {"data": "TIPS", "x": "day", "y": "total", "hue": "sex", "scale": "count", "scale_hue": False}),
    ("hue area no scale_hue", {"data": "TIPS", "x": "day", "y": "total", "hue": "sex", "scale_hue": False}),
    ("bw silverman cut gridsize", {"data": "TIPS", "x": "day", "y": "total", "bw": "silverman", "cut": 0, "gridsize": 30}),
    ("bw number width linewidth", {"data": "TIPS", "x": "day", "y": "total", "bw": 0.3, "width": 0.5, "linewidth": 1}),
    ("palette order saturation", {"data": "TIPS", "x": "size", "y": "total", "palette": "muted", "order": [4, 3, 2, 1], "saturation": 1}),
    ("color orient h", {"data": "ROWS", "x": "total", "y": "size", "orient": "h", "color": "C1"}),
    ("x only", {"data": "TIPS", "x": "total"}),
    ("bad inner", {"data": "TIPS", "x": "day", "y": "total", "inner": "violin"}),
    ("bad scale", {"data": "TIPS", "x": "day", "y": "total", "scale": "height"}),
    ("split three levels", {"data": "TIPS", "x": "sex", "y": "total", "hue": "day", "split": True}),
]

POINTPLOT = [
    ("default seed", {"data": "TIPS", "x": "day", "y": "total", "seed": 0}),
    ("horizontal sd", {"data": "TIPS", "x": "total", "y": "day", "errorbar": "sd"}),
    ("hue seed", {"data": "TIPS", "x": "day", "y": "total", "hue": "sex", "seed": 1}),
    ("hue dodge markers linestyles", {"data": "TIPS", "x": "day", "y": "total", "hue": "sex", "dodge": True, "markers": ["o", "s"], "linestyles": ["-", "--"], "errorbar": "se"}),
    ("hue dodge number hue_order", {"data": "TIPS", "x": "day", "y": "total", "hue": "sex", "dodge": 0.3, "hue_order": ["Female", "Male"], "errorbar": None}),
    ("median n_boot capsize errwidth", {"data": "TIPS", "x": "day", "y": "total", "estimator": "median", "n_boot": 200, "seed": 3, "capsize": 0.2, "errwidth": 1}),
    ("no join scale marker", {"data": "TIPS", "x": "size", "y": "total", "join": False, "scale": 0.5, "markers": "D", "errorbar": ("pi", 50)}),
    ("palette no hue", {"data": "TIPS", "x": "day", "y": "total", "palette": "muted", "errorbar": "sd"}),
    ("color", {"data": "TIPS", "x": "day", "y": "total", "color": "C3", "order": ["Sun", "Sat", "Fri", "Thur"], "errorbar": None, "label": "mean"}),
    ("color with hue", {"data": "TIPS", "x": "day", "y": "total", "hue": "sex", "color": "C2", "errorbar": None}),
    ("ci deprecated", {"data": "TIPS", "x": "day", "y": "total", "ci": "sd"}),
    ("rows orient h", {"data": "ROWS", "x": "total", "y": "size", "orient": "h", "errorbar": None}),
]

CASES = {"boxplot": BOXPLOT, "violinplot": VIOLINPLOT, "pointplot": POINTPLOT}


def run(function, kwargs):
    fig, ax = fresh_axes()
    kw = dict(kwargs)
    if kw.get("data") == "TIPS":
        kw["data"] = pd.DataFrame(TIPS)
    elif kw.get("data") == "ROWS":
        kw["data"] = pd.DataFrame(ROWS)
    if isinstance(kw.get("whis"), list):
        kw["whis"] = tuple(kw["whis"])
    error, _ = quietly(lambda: getattr(sns, function)(ax=ax, **kw))
    return error or read_axes(ax)


for function, cases in CASES.items():
    out = [{"label": label, "kwargs": kwargs, "expected": run(function, kwargs)} for label, kwargs in cases]
    dump(f"sns_boxes/{function}", {"tips": TIPS, "cases": out})
