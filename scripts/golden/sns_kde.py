"""Golden fixtures for the univariate sns.kdeplot: each case calls seaborn 0.12 (Debian's
python3-seaborn, Agg) on a fresh default figure and reads the density lines or fill polygons,
limits, labels and the legend through matplotlib's artist API. Writes
test/golden/sns_kde/kdeplot.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import numpy as np
import pandas as pd
import seaborn as sns

from golden_io import dump
from sns_tips import TIPS, fresh_axes, quietly, read_axes

CASES = [
    ("x", {"data": "TIPS", "x": "total"}),
    ("y fill", {"data": "TIPS", "y": "total", "fill": True}),
    ("hue", {"data": "TIPS", "x": "total", "hue": "sex"}),
    ("hue fill common_grid hue_order", {"data": "TIPS", "x": "total", "hue": "day", "fill": True, "common_grid": True, "hue_order": ["Sun", "Sat", "Fri", "Thur"]}),
    ("hue no common_norm palette legend", {"data": "TIPS", "x": "total", "hue": "sex", "common_norm": False, "palette": "muted", "legend": False}),
    ("bw gridsize cut clip", {"data": "TIPS", "x": "total", "bw_method": "silverman", "bw_adjust": 0.5, "gridsize": 50, "cut": 1, "clip": [0, 45]}),
    ("bw number color kwargs", {"data": "TIPS", "x": "total", "bw_method": 0.3, "color": "C2", "alpha": 0.7, "linewidth": 3, "label": "total"}),
    ("array", {"data": TIPS["total"]}),
    ("singular", {"x": [1.0, 1.0, 1.0], "warn_singular": False}),
]


def run(kwargs):
    fig, ax = fresh_axes()
    kw = dict(kwargs)
    if kw.get("data") == "TIPS":
        kw["data"] = pd.DataFrame(TIPS)
    error, _ = quietly(lambda: sns.kdeplot(ax=ax, **kw))
    return error or read_axes(ax)


cases = [{"label": label, "kwargs": kwargs, "expected": run(kwargs)} for label, kwargs in CASES]
dump("sns_kde/kdeplot", {"tips": TIPS, "cases": cases})
