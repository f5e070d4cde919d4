"""Golden fixtures for sns.displot (kind hist and kde on a FacetGrid): each case calls seaborn
0.12 (Debian's python3-seaborn, Agg) after resetting matplotlib's defaults and reads every
facet's bars, lines and fills, limits, titles and labels through matplotlib's artist API, and the
grid's figure size and legend. Writes test/golden/sns_hist/displot.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import pandas as pd
import seaborn as sns

from golden_io import dump
from sns_tips import TIPS, fresh_axes, quietly, read_axes

CASES = [
    ("x", {"x": "total"}),
    ("col", {"x": "total", "col": "sex"}),
    ("hue col stack", {"x": "total", "hue": "sex", "col": "day", "multiple": "stack", "col_order": ["Thur", "Fri", "Sat", "Sun"]}),
    ("row density common_norm", {"x": "total", "row": "sex", "stat": "density", "height": 3, "aspect": 2}),
    ("col separate bins and norm", {"x": "total", "col": "sex", "stat": "probability", "common_bins": False, "common_norm": False, "bins": 6}),
    ("y col color", {"y": "total", "col": "sex", "color": "C2", "binwidth": 5}),
    ("row col hue palette no legend", {"x": "total", "row": "sex", "col": "size", "hue": "day", "palette": "muted", "legend": False, "row_order": ["Male", "Female"], "hue_order": ["Sun", "Sat", "Fri", "Thur"]}),
    ("kde col", {"x": "total", "col": "sex", "kind": "kde"}),
    ("kde hue col fill common_grid", {"x": "total", "hue": "sex", "col": "day", "kind": "kde", "fill": True, "common_grid": True, "bw_adjust": 0.8, "col_order": ["Sun", "Sat"]}),
    ("kde no common_norm", {"x": "total", "row": "sex", "kind": "kde", "common_norm": False, "cut": 0}),
    ("col kde density", {"x": "total", "col": "sex", "kde": True, "stat": "density"}),
    ("col hue weights density", {"x": "total", "col": "sex", "hue": "day", "weights": "size", "bins": 6, "stat": "density"}),
    ("bad kind", {"x": "total", "kind": "box"}),
]


def run(kwargs):
    fresh_axes()
    error, g = quietly(lambda: sns.displot(data=pd.DataFrame(TIPS), **kwargs))
    if error:
        return error
    axes = [[dict(read_axes(ax), title=ax.get_title()) for ax in row] for row in g.axes]
    leg = g.legend
    return {"axes": axes, "size": [float(v) for v in g.figure.get_size_inches()],
            "legend": None if leg is None else {"title": leg.get_title().get_text(), "labels": [t.get_text() for t in leg.get_texts()]}}


cases = [{"label": label, "kwargs": kwargs, "expected": run(kwargs)} for label, kwargs in CASES]
dump("sns_hist/displot", {"tips": TIPS, "cases": cases})
