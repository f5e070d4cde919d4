"""Golden fixtures for sns.histplot with hue (multiple layer / stack / dodge / fill, hue_order,
palette, common_bins, common_norm, legend, element bars / step / poly, kde): each case calls seaborn 0.12 (Debian's
python3-seaborn, Agg) on a fresh default figure and reads every bar's rectangle and colors,
the limits, labels and the legend through matplotlib's artist API. Writes
test/golden/sns_hist/histplot.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import pandas as pd
import seaborn as sns

from golden_io import dump
from sns_tips import TIPS, fresh_axes, quietly, read_axes

CASES = [
    ("hue layer", {"data": "TIPS", "x": "total", "hue": "sex"}),
    ("hue stack hue_order", {"data": "TIPS", "x": "total", "hue": "day", "multiple": "stack", "hue_order": ["Sun", "Sat", "Fri", "Thur"]}),
    ("hue dodge shrink bins", {"data": "TIPS", "x": "total", "hue": "sex", "multiple": "dodge", "shrink": 0.8, "bins": 8}),
    ("hue fill probability", {"data": "TIPS", "x": "total", "hue": "day", "multiple": "fill", "stat": "probability"}),
    ("hue density separate bins and norm", {"data": "TIPS", "x": "total", "hue": "sex", "stat": "density", "common_bins": False, "common_norm": False}),
    ("hue percent palette no legend", {"data": "TIPS", "x": "total", "hue": "sex", "stat": "percent", "palette": "muted", "legend": False}),
    ("hue y stack binwidth", {"data": "TIPS", "y": "total", "hue": "sex", "multiple": "stack", "binwidth": 5}),
    ("hue outlines", {"data": "TIPS", "x": "total", "hue": "sex", "fill": False, "bins": 6}),
    ("hue discrete dodge alpha", {"data": "TIPS", "x": "size", "hue": "sex", "multiple": "dodge", "discrete": True, "alpha": 0.9}),
    ("bad multiple", {"data": "TIPS", "x": "total", "hue": "sex", "multiple": "side"}),
    ("step", {"data": "TIPS", "x": "total", "element": "step"}),
    ("hue step layer", {"data": "TIPS", "x": "total", "hue": "sex", "element": "step"}),
    ("hue poly stack", {"data": "TIPS", "x": "total", "hue": "day", "element": "poly", "multiple": "stack"}),
    ("hue step fill y", {"data": "TIPS", "y": "total", "hue": "sex", "element": "step", "multiple": "fill"}),
    ("step outlines y", {"data": "TIPS", "y": "total", "element": "step", "fill": False}),
    ("hue poly outlines", {"data": "TIPS", "x": "total", "hue": "sex", "element": "poly", "fill": False}),
    ("bad element", {"data": "TIPS", "x": "total", "element": "area"}),
    ("hue kde", {"data": "TIPS", "x": "total", "hue": "sex", "kde": True}),
    ("hue kde dodge density", {"data": "TIPS", "x": "total", "hue": "day", "kde": True, "multiple": "dodge", "stat": "density", "kde_kws": {"bw_adjust": 0.7}}),
    ("hue kde stack", {"data": "TIPS", "x": "total", "hue": "day", "kde": True, "multiple": "stack"}),
    ("hue kde fill y", {"data": "TIPS", "y": "total", "hue": "sex", "kde": True, "multiple": "fill", "stat": "density"}),
    ("hue weights density", {"data": "TIPS", "x": "total", "hue": "sex", "weights": "size", "bins": 8, "stat": "density"}),
    ("hue weights stack probability", {"data": "TIPS", "x": "total", "hue": "day", "weights": "size", "binwidth": 6, "stat": "probability", "multiple": "stack"}),
    ("hue kde separate bins step", {"data": "TIPS", "x": "total", "hue": "sex", "kde": True, "common_bins": False, "common_norm": False, "stat": "probability", "element": "step"}),
]


def run(kwargs):
    fig, ax = fresh_axes()
    kw = dict(kwargs)
    if kw.get("data") == "TIPS":
        kw["data"] = pd.DataFrame(TIPS)
    error, _ = quietly(lambda: sns.histplot(ax=ax, **kw))
    return error or read_axes(ax)


cases = [{"label": label, "kwargs": kwargs, "expected": run(kwargs)} for label, kwargs in CASES]
dump("sns_hist/histplot", {"tips": TIPS, "cases": cases})
