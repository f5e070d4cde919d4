"""Golden fixtures for plt's errorbar and stem: each case runs its calls on a fresh Axes of Debian's
matplotlib (Agg) and reads back ax.lines (the data line and the caps: data, marker, size, edge
width, color, zorder, style), ax.collections (the bars' and stems' segments, colors, widths, dashes, zorder), the
limits after autoscale, or the exception class and message.
Writes test/golden/plt/errorbars.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib.colors as mcolors
import numpy as np

from plt_replay import dump_cases


def rgba(c):
    return [float(v) for v in mcolors.to_rgba(c)]


def read(ax):
    return {
        "xlim": list(ax.get_xlim()), "ylim": list(ax.get_ylim()),
        "lines": [{"x": np.asarray(l.get_xdata(), float).tolist(), "y": np.asarray(l.get_ydata(), float).tolist(), "marker": str(l.get_marker()),
                   "ms": l.get_markersize(), "mew": l.get_markeredgewidth(), "color": rgba(l.get_color()), "z": l.get_zorder(),
                   "ls": l.get_linestyle(), "lw": l.get_linewidth(), "alpha": l.get_alpha(),
                   "mfc": rgba(l.get_markerfacecolor()), "mec": rgba(l.get_markeredgecolor())} for l in ax.lines],
        "bars": [{"segments": [np.asarray(s, float).tolist() for s in c.get_segments()], "colors": [[float(v) for v in r] for r in c.get_edgecolor()],
                  "lw": float(c.get_linewidth()[0]), "z": c.get_zorder(), "alpha": c.get_alpha(),
                  "dashes": None if c.get_linestyle()[0][1] is None else list(c.get_linestyle()[0][1])} for c in ax.collections],
    }


X = [1.0, 2.0, 3.0, 4.0]
Y = [1.0, 4.0, 2.0, 3.0]
CASES = [
    ("errorbar yerr scalar", [["errorbar", [X, Y, 0.5], {}]]),
    ("errorbar yerr array fmt", [["errorbar", [X, Y], {"yerr": [0.5, 1.0, 0.2, 0.3], "fmt": "o"}]]),
    ("errorbar asymmetric xerr capsize", [["errorbar", [X, Y], {"xerr": [[0.1, 0.2, 0.3, 0.4], [0.4, 0.3, 0.2, 0.1]], "capsize": 4}]]),
    ("errorbar both ecolor elinewidth capthick", [["errorbar", [X, Y, 0.3, 0.2, "s--"], {"ecolor": "r", "elinewidth": 2.5, "capsize": 2, "capthick": 1.5}]]),
    ("errorbar fmt none", [["errorbar", [X, Y], {"yerr": 1.0, "fmt": "none", "ecolor": "k"}]]),
    ("errorbar keywords", [["errorbar", [X, Y], {"yerr": 0.5, "color": "g", "lw": 3, "alpha": 0.5, "zorder": 4, "label": "e", "marker": "^"}]]),
    ("errorbar cycle", [["plot", [X, Y], {}], ["errorbar", [X, Y, 0.2], {}]]),
    ("errorbar marker long names", [["errorbar", [X, Y], {"yerr": 0.5, "capsize": 3, "marker": "o", "markersize": 8, "markerfacecolor": "w", "markeredgecolor": "k", "markeredgewidth": 2, "linestyle": ":", "linewidth": 2}]]),
    ("errorbar marker aliases", [["errorbar", [X, Y], {"xerr": 0.5, "c": "m", "ls": "-.", "marker": "s", "ms": 4, "mfc": "y", "mec": "b", "mew": 1.5}]]),
    ("stem heads", [["stem", [[1.0, -2.0, 3.0]], {}]]),
    ("stem locs heads", [["stem", [X, Y], {}]]),
    ("stem formats bottom label", [["stem", [X, Y], {"linefmt": "r--", "markerfmt": "gs", "basefmt": "k-", "bottom": 0.5, "label": "s"}]]),
    ("stem positional formats", [["stem", [X, Y, "C1:", "D"], {}]]),
    # bad input
    ("err errorbar negative", [["errorbar", [X, Y], {"yerr": -1.0}]]),
    ("err errorbar unknown kw", [["errorbar", [X, Y], {"colr": "r"}]]),
]




dump_cases("plt/errorbars", CASES, lambda fig, ax: read(ax))
