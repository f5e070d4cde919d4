"""Golden fixtures for plt's filled areas, bands and segments (fill_between, fill_betweenx,
axhspan, axvspan, hlines, vlines, step): each case runs its calls on a fresh Axes of Debian's
matplotlib (Agg) and reads back the collections' and patches' vertices, colors, widths, zorder,
the limits after autoscale, or the exception class and message.
Writes test/golden/plt/areas.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib.collections as mcoll
import matplotlib.colors as mcolors
import matplotlib.patches as mpatches
import numpy as np

from plt_replay import dump_cases


def rgba_list(cs):
    return [[float(v) for v in c] for c in mcolors.to_rgba_array(cs)] if len(cs) else []


def read(ax):
    out = {"xlim": list(ax.get_xlim()), "ylim": list(ax.get_ylim()), "fills": [], "spans": [], "segments": []}
    out["steps"] = [{"x": np.asarray(l.get_xdata(), float).tolist(), "y": np.asarray(l.get_ydata(), float).tolist(),
                     "drawstyle": l.get_drawstyle(), "color": list(mcolors.to_rgba(l.get_color())), "ls": l.get_linestyle(),
                     "lw": l.get_linewidth(), "label": l.get_label(), "marker": str(l.get_marker()), "ms": l.get_markersize(),
                     "mfc": list(mcolors.to_rgba(l.get_markerfacecolor())), "mec": list(mcolors.to_rgba(l.get_markeredgecolor())),
                     "mew": l.get_markeredgewidth(), "alpha": l.get_alpha(), "z": l.get_zorder()} for l in ax.lines if l.get_drawstyle() != "default"]
    for c in ax.collections:
        entry = {"fc": rgba_list(c.get_facecolor()), "ec": rgba_list(c.get_edgecolor()),
                 "lw": [float(v) for v in c.get_linewidth()], "z": c.get_zorder(), "label": c.get_label()}
        if isinstance(c, mcoll.LineCollection):
            entry["segments"] = [np.asarray(s, float).tolist() for s in c.get_segments()]
            entry["ls"] = [None if d is None else list(d) for _, d in c.get_linestyle()]
            entry["alpha"] = c.get_alpha()
            out["segments"].append(entry)
        else:
            entry["paths"] = [p.vertices.tolist() for p in c.get_paths()]
            out["fills"].append(entry)
    for p in ax.patches:
        if isinstance(p, mpatches.Polygon):
            out["spans"].append({"xy": np.asarray(p.get_xy(), float).tolist(), "fc": list(p.get_facecolor()),
                                 "ec": list(p.get_edgecolor()), "lw": p.get_linewidth(), "z": p.get_zorder(), "label": p.get_label()})
    return out


X = [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]
Y1 = [1.0, 3.0, 2.0, 4.0, 3.5, 1.0]
Y2 = [0.5, 0.0, 1.0, -1.0, 2.0, 0.0]
WHERE = [True, True, False, True, True, False]

CASES = [
    ("fill_between y1", [["fill_between", [X, Y1], {}]]),
    ("fill_between y1 y2", [["fill_between", [X, Y1, Y2], {}]]),
    ("fill_between scalar y2 keywords", [["fill_between", [X, Y1], {"y2": 2.0, "color": "r", "alpha": 0.3, "label": "band"}]]),
    ("fill_between where", [["fill_between", [X, Y1, Y2], {"where": WHERE, "facecolor": "g", "edgecolor": "k", "linewidth": 2}]]),
    ("fill_between fc ec lw zorder", [["plot", [X, Y1], {}], ["fill_between", [X, Y1, 0], {"fc": "0.5", "ec": "b", "lw": 0.5, "zorder": 3}]]),
    ("fill_between cycle", [["bar", [[1], [1]], {}], ["fill_between", [X, Y1], {}], ["fill_between", [X, Y2], {}]]),
    ("fill_betweenx", [["fill_betweenx", [X, Y1, Y2], {"where": WHERE}]]),
    ("fill_betweenx scalar", [["fill_betweenx", [X, 1.0], {"x2": Y1, "color": "C2"}]]),
    ("fill_betweenx keywords", [["fill_betweenx", [X, Y1, Y2], {"facecolor": "y", "edgecolor": "r", "linewidth": 2, "alpha": 0.4, "label": "x", "zorder": 2}]]),
    ("fill_betweenx fc ec lw", [["fill_betweenx", [X, Y1], {"fc": "k", "ec": "w", "lw": 0.25}]]),
    ("axhspan fc ec lw", [["axhspan", [0.5, 1.5], {"fc": "0.8", "ec": "r", "lw": 2}]]),
    ("axhspan facecolor edgecolor linewidth", [["axhspan", [], {"ymin": 0.5, "ymax": 1.5, "facecolor": "b", "edgecolor": "g", "linewidth": 0.5}]]),
    ("axvspan color alpha label zorder", [["axvspan", [0.5, 1.5], {"color": "C1", "alpha": 0.2, "label": "v", "zorder": 0.5}]]),
    ("vlines keywords", [["vlines", [[1.0, 2.0], 0, [3.0, 4.0]], {"colors": ["g"], "linestyles": "dashdot", "label": "v", "lw": 1, "alpha": 0.25, "zorder": 1}]]),
    ("hlines linewidth", [["hlines", [1.0, 0, 2.0], {"linewidth": 4, "colors": "C3"}]]),
    ("axhspan", [["plot", [X, Y1], {}], ["axhspan", [2.0, 2.5], {}]]),
    ("axhspan fraction keywords", [["axhspan", [1.0, 3.0, 0.25, 0.75], {"color": "y", "alpha": 0.5, "label": "h", "zorder": 0}]]),
    ("axvspan", [["axvspan", [1.0, 2.0], {}]]),
    ("axvspan keywords", [["plot", [X, Y1], {}], ["axvspan", [2.0, 3.0], {"ymin": 0.1, "ymax": 0.9, "fc": "r", "ec": "k", "lw": 2}]]),
    ("axvspan facecolor edgecolor linewidth", [["axvspan", [], {"xmin": 0.0, "xmax": 1.0, "facecolor": "c", "edgecolor": "m", "linewidth": 3}]]),
    ("hlines", [["hlines", [[1.0, 2.0, 4.0], 0.0, [3.0, 4.0, 5.0]], {}]]),
    ("hlines keywords", [["hlines", [[2.0, 3.0], [0.0, 1.0], 4.0], {"colors": ["r", "b"], "linestyles": "dashed", "label": "h", "lw": 3, "alpha": 0.5, "zorder": 4}]]),
    ("vlines", [["vlines", [[1.0, 2.0], [0.0, -1.0], 3.0], {"colors": "k", "linestyles": ":", "linewidth": 0.5}]]),
    ("vlines with plot", [["plot", [X, Y1], {}], ["vlines", [X, 0, Y1], {}]]),
    ("step", [["step", [X, Y1], {}]]),
    ("step mid fmt", [["step", [X, Y1, "r--"], {"where": "mid", "label": "s"}]]),
    ("step post keywords two lines", [["step", [X, Y1, X, Y2], {"where": "post", "lw": 3, "color": "k"}]]),
    ("step markers long names", [["step", [X, Y1], {"marker": "o", "markersize": 5, "markerfacecolor": "r", "markeredgecolor": "k", "markeredgewidth": 2, "alpha": 0.5, "zorder": 3, "linestyle": ":", "linewidth": 2}]]),
    ("step markers aliases", [["step", [X, Y1], {"c": "g", "ls": "-.", "marker": "s", "ms": 4, "mfc": "y", "mec": "b", "mew": 1.5}]]),
    # bad input
    ("err step where", [["step", [X, Y1], {"where": "foo"}]]),
    ("err fill_between where size", [["fill_between", [X, Y1], {"where": [True]}]]),
    ("err fill_between shapes", [["fill_between", [X, [1.0, 2.0]], {}]]),
    ("err fill_between unknown kw", [["fill_between", [X, Y1], {"colr": "r"}]]),
    ("err fill_between color", [["fill_between", [X, Y1], {"color": "zz"}]]),
    ("err axhspan unknown kw", [["axhspan", [0, 1], {"colr": "r"}]]),
    ("err hlines unknown kw", [["hlines", [0, 0, 1], {"colr": "r"}]]),
    ("err hlines linestyles", [["hlines", [0, 0, 1], {"linestyles": "zz"}]]),
]




dump_cases("plt/areas", CASES, lambda fig, ax: read(ax))
