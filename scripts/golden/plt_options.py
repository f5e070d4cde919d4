"""Golden fixtures for plt's options: each case is one plotting call with its positional and
keyword arguments, run on a fresh Axes of Debian's matplotlib (Agg), with the artists' properties
read back (rectangles, lines, collections, limits) or the exception class and message.
Writes test/golden/plt/options.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib.colors as mcolors
import matplotlib.pyplot as plt
import numpy as np

from golden_io import dump

rng = np.random.RandomState(7)
X = np.round(rng.normal(size=60), 3).tolist()
W = np.round(rng.uniform(0.5, 2.0, size=60), 3).tolist()
EDGES = [-3.0, -1.0, -0.5, 0.0, 0.5, 2.5]


def rgba(c):
    return [float(v) for v in mcolors.to_rgba(c)]


def patch(p):
    return {"x": p.get_x(), "y": p.get_y(), "w": p.get_width(), "h": p.get_height(),
            "fc": rgba(p.get_facecolor()), "ec": rgba(p.get_edgecolor()), "lw": p.get_linewidth(), "z": p.get_zorder()}


def read(ax, out):
    out["xlim"] = list(ax.get_xlim())
    out["ylim"] = list(ax.get_ylim())
    out["patches"] = [patch(p) for p in ax.patches if isinstance(p, matplotlib.patches.Rectangle)]
    out["polygons"] = [{"xy": np.asarray(p.get_xy()).tolist(), "ec": rgba(p.get_edgecolor()), "fc": rgba(p.get_facecolor()), "fill": bool(p.get_fill()),
                        "lw": p.get_linewidth()} for p in ax.patches if isinstance(p, matplotlib.patches.Polygon)]
    out["lines"] = [{"x": np.asarray(l.get_xdata(), float).tolist(), "y": np.asarray(l.get_ydata(), float).tolist(),
                     "color": rgba(l.get_color()), "lw": l.get_linewidth(), "ls": l.get_linestyle(),
                     "marker": str(l.get_marker()), "ms": l.get_markersize(), "mfc": rgba(l.get_markerfacecolor()),
                     "mec": rgba(l.get_markeredgecolor()), "mew": l.get_markeredgewidth(),
                     "alpha": l.get_alpha(), "z": l.get_zorder(), "label": l.get_label()} for l in ax.lines]
    out["collections"] = [{"fc": np.asarray(c.get_facecolors()).tolist(), "ec": np.asarray(c.get_edgecolors()).tolist(),
                           "lw": np.asarray(c.get_linewidths()).tolist(), "s": np.asarray(c.get_sizes()).tolist(),
                           "z": c.get_zorder()} for c in ax.collections]
    out["titles"] = {k: ax.get_title(loc=k) for k in ("left", "center", "right")}
    out["title_style"] = {"size": ax.title.get_fontsize(), "color": rgba(ax.title.get_color()), "weight": ax.title.get_fontweight()}
    out["xlabel_style"] = {"size": ax.xaxis.label.get_fontsize(), "color": rgba(ax.xaxis.label.get_color()), "weight": ax.xaxis.label.get_fontweight()}
    out["ylabel_style"] = {"size": ax.yaxis.label.get_fontsize(), "color": rgba(ax.yaxis.label.get_color()), "weight": ax.yaxis.label.get_fontweight()}
    out["xgrid"] = any(l.get_visible() for l in ax.xaxis.get_gridlines())
    out["ygrid"] = any(l.get_visible() for l in ax.yaxis.get_gridlines())
    if ax.xaxis.get_gridlines():
        g = ax.xaxis.get_gridlines()[0]
        out["xgrid_style"] = {"color": rgba(g.get_color()), "lw": g.get_linewidth(), "ls": g.get_linestyle(), "alpha": g.get_alpha()}


CASES = [
    # calls: list of [method, args, kwargs] run in order on one Axes
    ("hist positional bins", [["hist", [X, 7], {}]]),
    ("hist edges positional", [["hist", [X, EDGES], {}]]),
    ("hist auto", [["hist", [X, "auto"], {}]]),
    ("hist fd", [["hist", [X], {"bins": "fd"}]]),
    ("hist sturges", [["hist", [X], {"bins": "sturges"}]]),
    ("hist doane", [["hist", [X], {"bins": "doane"}]]),
    ("hist scott", [["hist", [X], {"bins": "scott"}]]),
    ("hist rice", [["hist", [X], {"bins": "rice"}]]),
    ("hist sqrt range", [["hist", [X], {"bins": "sqrt", "range": [-1.0, 1.0]}]]),
    ("hist cumulative", [["hist", [X, 6], {"cumulative": True}]]),
    ("hist cumulative reversed density", [["hist", [X, 6], {"cumulative": -1, "density": True}]]),
    ("hist weights density", [["hist", [X, 5], {"weights": W, "density": True}]]),
    ("hist bottom", [["hist", [X, 4], {"bottom": 2.0}]]),
    ("hist align left rwidth", [["hist", [X, 5], {"align": "left", "rwidth": 0.5}]]),
    ("hist align right", [["hist", [X, 5], {"align": "right"}]]),
    ("hist horizontal", [["hist", [X, 5], {"orientation": "horizontal"}]]),
    ("hist step", [["hist", [X, 5], {"histtype": "step"}]]),
    ("hist step horizontal bottom", [["hist", [X, 4], {"histtype": "step", "orientation": "horizontal", "bottom": 1.0}]]),
    ("hist fc ec lw", [["hist", [X, 6], {"fc": "r", "ec": "k", "lw": 2.0}]]),
    ("hist color alpha label", [["hist", [X, 6], {"color": "C3", "alpha": 0.4, "label": "data"}]]),
    ("hist facecolor edgecolor", [["hist", [X, 3], {"facecolor": "#aabbcc", "edgecolor": "navy", "linewidth": 0.5}]]),
    ("bar basic", [["bar", [[1, 2, 3], [3, 1, 2]], {}]]),
    ("bar width bottom arrays", [["bar", [[1, 2, 3], [3, 1, 2], [0.5, 0.2, 0.9], [1.0, 0.0, -1.0]], {}]]),
    ("bar edge align", [["bar", [[0, 2], [1, 2]], {"align": "edge", "width": 1.5}]]),
    ("bar color list fc", [["bar", [[1, 2, 3], [1, 2, 3]], {"color": ["r", "g"], "fc": "k"}]]),
    ("bar ec list", [["bar", [[1, 2, 3], [1, 2, 3]], {"ec": ["r", "g"], "linewidth": 3}]]),
    ("bar facecolor alpha zorder", [["bar", [[1, 2], [2, 1]], {"facecolor": "tab:green", "alpha": 0.5, "zorder": 3}]]),
    ("bar color per bar", [["bar", [[1, 2, 3], [1, 2, 3]], {"color": ["red", "green", "blue"], "edgecolor": "black"}]]),
    ("scatter fc ec", [["scatter", [[1, 2, 3], [3, 1, 2]], {"fc": "r", "ec": "k"}]]),
    ("scatter facecolor", [["scatter", [[1, 2, 3], [3, 1, 2]], {"facecolor": "g", "edgecolors": "b", "linewidths": 2}]]),
    ("scatter color", [["scatter", [[1, 2, 3], [3, 1, 2]], {"color": "m"}]]),
    ("scatter c list", [["scatter", [[1, 2], [3, 1]], {"c": ["r", "b"], "s": [10, 40]}]]),
    ("scatter c rows", [["scatter", [[1, 2], [3, 1]], {"c": [[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]}]]),
    ("scatter c values vmin vmax", [["scatter", [[1, 2, 3], [3, 1, 2], 20, [0.0, 0.5, 1.0]], {"cmap": "gray", "vmin": 0.25, "vmax": 0.75}]]),
    ("scatter edgecolors none", [["scatter", [[1, 2], [3, 1]], {"edgecolors": "none", "alpha": 0.5}]]),
    ("scatter ec list", [["scatter", [[1, 2], [3, 1]], {"edgecolor": ["r", "g"], "lw": 3}]]),
    ("cycles plot bar scatter hist plot", [["plot", [[1, 2]], {}], ["bar", [[1], [1]], {}], ["scatter", [[1], [1]], {}],
                                           ["hist", [[1, 2]], {}], ["plot", [[1, 2]], {}]]),
    ("axhline default color", [["plot", [[1, 2]], {}], ["axhline", [1.5], {}]]),
    ("axvline styled", [["axvline", [0.5, 0.1, 0.9], {"c": "r", "ls": ":", "lw": 3, "alpha": 0.5}]]),
    ("plot mfc mec mew", [["plot", [[1, 2, 3], [2, 1, 3], "o-"], {"mfc": "none", "mec": "r", "mew": 2, "ms": 9}]]),
    ("plot markerfacecolor", [["plot", [[1, 2, 3]], {"marker": "s", "markerfacecolor": "y", "markeredgecolor": "k", "zorder": 5}]]),
    ("plot fmt and kwargs", [["plot", [[1, 2], [3, 4], "g--"], {"linewidth": 3, "label": "a", "alpha": 0.3}]]),
    ("plot scalex false", [["plot", [[0, 1], [0, 1]], {}], ["plot", [[-5, 10], [2, 3]], {"scalex": False}]]),
    ("plot 2d y", [["plot", [[0, 1, 2], [[1, 2], [3, 4], [5, 6]]], {}]]),
    ("title loc style", [["set_title", ["Left"], {"loc": "left", "fontsize": 20, "color": "r"}]]),
    ("title relative size weight", [["set_title", ["T"], {"fontsize": "large", "fontweight": "bold"}]]),
    ("xlabel style", [["set_xlabel", ["x"], {"fontsize": "small", "color": "g", "loc": "right"}]]),
    ("grid styled", [["grid", [True], {"color": "r", "linestyle": "--", "linewidth": 2, "alpha": 0.5}]]),
    ("grid axis x", [["grid", [], {"axis": "x"}]]),
    ("grid kwargs turn on", [["grid", [], {"lw": 3}]]),
    ("grid toggle twice", [["grid", [], {}], ["grid", [], {}]]),
    ("axis tight", [["plot", [[0, 10], [1, 3]], {}], ["axis", ["tight"], {}]]),
    ("axis equal wide", [["plot", [[0, 10], [1, 3]], {}], ["axis", ["equal"], {}]]),
    ("axis equal tall", [["plot", [[0, 1], [1, 30]], {}], ["axis", ["equal"], {}]]),
    ("axis square", [["plot", [[0, 10], [1, 3]], {}], ["axis", ["square"], {}]]),
    ("axis kwargs", [["plot", [[0, 10], [1, 3]], {}], ["axis", [], {"xmin": -1, "ymax": 5}]]),
    ("set_xlim xmin", [["plot", [[0, 10], [1, 3]], {}], ["set_xlim", [], {"xmin": 2}]]),
    ("set_ylim tuple", [["plot", [[0, 10], [1, 3]], {}], ["set_ylim", [[5, -1]], {}]]),
    ("axhline styled", [["axhline", [0.5, 0.2, 0.8], {"c": "g", "ls": "-.", "lw": 2.5, "alpha": 0.7, "label": "h", "zorder": 4}]]),
    ("axhline keywords", [["axhline", [], {"y": 0.3, "xmin": 0.1, "xmax": 0.6, "color": "k", "linestyle": ":", "linewidth": 1}]]),
    ("axvline keywords", [["axvline", [], {"x": 0.3, "ymin": 0.1, "ymax": 0.6, "color": "k", "linestyle": "--", "linewidth": 1, "label": "v", "zorder": 1}]]),
    ("axis limits emit", [["axis", [], {"xmin": -1, "xmax": 4, "ymin": 0, "ymax": 2, "emit": False}]]),
    ("set_xlim emit", [["set_xlim", [0, 5], {"emit": False}], ["set_ylim", [1, 2], {"emit": False}]]),
    ("bar lw", [["bar", [[1, 2], [1, 2]], {"lw": 2.5, "ec": "k"}]]),
    ("grid c ls which", [["grid", [True], {"which": "major", "c": "g", "ls": ":"}]]),
    ("grid minor", [["grid", [True], {"which": "minor"}]]),
    ("grid both", [["grid", [True], {"which": "both", "axis": "y"}]]),
    ("hist stacked zorder", [["hist", [X, 5], {"stacked": True, "zorder": 3}]]),
    ("hist two datasets", [["hist", [[X[:30], X[30:]], 5], {}]]),
    ("hist two datasets stacked", [["hist", [[X[:30], X[30:]], 4], {"stacked": True, "label": ["a", "b"], "color": ["r", "k"]}]]),
    ("hist barstacked density", [["hist", [[X[:30], X[30:]], 4], {"histtype": "barstacked", "density": True}]]),
    ("hist datasets density rwidth", [["hist", [[X[:20], X[20:], X[10:40]]], {"density": True, "rwidth": 0.5, "align": "left"}]]),
    ("hist datasets horizontal cumulative", [["hist", [[X[:30], X[30:]], 3], {"orientation": "horizontal", "cumulative": True, "range": [-1, 1]}]]),
    ("hist datasets weights", [["hist", [[X[:30], X[30:]], 3], {"weights": [W[:30], W[30:]], "bottom": 1.0}]]),
    ("err hist datasets colors", [["hist", [[X[:30], X[30:]], 3], {"color": ["r"]}]]),
    ("hist stepfilled", [["hist", [X, 5], {"histtype": "stepfilled"}]]),
    ("plot c ms mew scaley", [["plot", [[0, 1], [0, 1]], {}], ["plot", [[1, 2], [5, 9]], {"c": "r", "marker": "o", "markersize": 3, "markeredgewidth": 2, "scaley": False}]]),
    ("scatter facecolors linewidth", [["scatter", [[1, 2], [1, 2]], {"facecolors": "y", "linewidth": 3, "edgecolor": "k"}]]),
    ("title c size weight", [["set_title", ["t"], {"c": "b", "size": 15, "weight": "bold"}]]),
    ("xlabel c size weight", [["set_xlabel", ["x"], {"c": "r", "size": "x-large", "weight": "light"}], ["set_ylabel", ["y"], {"color": "b", "fontsize": 8, "fontweight": "bold", "loc": "bottom"}]]),
    ("ylabel c size weight", [["set_ylabel", ["y"], {"c": "g", "size": 9, "weight": "heavy"}]]),
    ("set_xlim equal", [["set_xlim", [2, 2], {}]]),
    ("set_xlim zero", [["set_xlim", [0, 0], {}]]),
    # bad input
    ("err plot shapes", [["plot", [[1, 2, 3], [1, 2, 3, 4]], {}]]),
    ("err plot 2d shapes", [["plot", [[1, 2, 3], [[1, 2], [3, 4]]], {}]]),
    ("err plot unknown kw", [["plot", [[1, 2]], {"colr": "r"}]]),
    ("err plot alias twice", [["plot", [[1, 2]], {"lw": 1, "linewidth": 2}]]),
    ("err plot bad color", [["plot", [[1, 2]], {"color": "notacolor"}]]),
    ("err plot bad color tuple", [["plot", [[1, 2]], {"color": [0.5, 0.5, 2]}]]),
    ("err plot fmt", [["plot", [[1, 2], "rz"], {}]]),
    ("err plot fmt two styles", [["plot", [[1, 2], "r--:"], {}]]),
    ("err plot marker", [["plot", [[1, 2]], {"marker": "Q"}]]),
    ("err plot ls", [["plot", [[1, 2]], {"ls": "Q"}]]),
    ("err plot alpha", [["plot", [[1, 2]], {"alpha": 2}]]),
    ("err hist unknown kw", [["hist", [[1, 2]], {"colr": "r"}]]),
    ("err hist bins 0", [["hist", [[1, 2], 0], {}]]),
    ("err hist range", [["hist", [[1, 2]], {"range": [3, 1]}]]),
    ("err hist weights", [["hist", [[1, 2]], {"weights": [1, 2, 3]}]]),
    ("err hist histtype", [["hist", [[1, 2]], {"histtype": "foo"}]]),
    ("err hist orientation", [["hist", [[1, 2]], {"orientation": "foo"}]]),
    ("err hist align", [["hist", [[1, 2]], {"align": "foo"}]]),
    ("err hist estimator", [["hist", [[1, 2], "foo"], {}]]),
    ("err hist bins decreasing", [["hist", [[1, 2], [3, 1]], {}]]),
    ("err hist nan", [["hist", [[1, float("nan")]], {}]]),
    ("err hist string weights", [["hist", [[1, 2], "auto"], {"weights": [1, 1]}]]),
    ("err hist color", [["hist", [[1, 2]], {"color": "zz"}]]),
    ("err hist ec", [["hist", [[1, 2]], {"ec": "zz"}]]),
    ("err bar shapes", [["bar", [[1, 2], [1, 2, 3]], {}]]),
    ("err bar width shape", [["bar", [[1, 2], [1, 2], [1, 2, 3]], {}]]),
    ("err bar align", [["bar", [[1, 2], [1, 2]], {"align": "foo"}]]),
    ("err bar unknown kw", [["bar", [[1, 2], [1, 2]], {"colr": "r"}]]),
    ("err bar fc", [["bar", [[1], [1]], {"fc": "zz"}]]),
    ("err bar ec", [["bar", [[1], [1]], {"edgecolor": "zz"}]]),
    ("err bar color", [["bar", [[1], [1]], {"color": "zz"}]]),
    ("err bar alias twice", [["bar", [[1], [1]], {"ec": "r", "edgecolor": "k"}]]),
    ("err scatter size", [["scatter", [[1, 2], [1, 2, 3]], {}]]),
    ("err scatter c", [["scatter", [[1, 2], [1, 2]], {"c": [1, 2, 3]}]]),
    ("err scatter c and color", [["scatter", [[1, 2], [1, 2]], {"c": "r", "color": "k"}]]),
    ("err scatter color", [["scatter", [[1], [1]], {"color": "zz"}]]),
    ("err scatter unknown kw", [["scatter", [[1], [1]], {"colr": "r"}]]),
    ("err scatter marker", [["scatter", [[1], [1]], {"marker": "Q"}]]),
    ("err scatter cmap", [["scatter", [[1, 2], [1, 2]], {"c": [1, 2], "cmap": "nope"}]]),
    ("err axhline unknown kw", [["axhline", [1], {"colr": "r"}]]),
    ("err axhline color", [["axhline", [1], {"color": "zz"}]]),
    ("err title unknown kw", [["set_title", ["a"], {"colr": "r"}]]),
    ("err title loc", [["set_title", ["a"], {"loc": "top"}]]),
    ("err title color", [["set_title", ["a"], {"color": "zz"}]]),
    ("err title weight", [["set_title", ["a"], {"fontweight": "nope"}]]),
    ("err xlabel unknown kw", [["set_xlabel", ["a"], {"colr": "r"}]]),
    ("err xlabel loc", [["set_xlabel", ["a"], {"loc": "top"}]]),
    ("err ylabel loc", [["set_ylabel", ["a"], {"loc": "left"}]]),
    ("err get_title loc", [["get_title", ["top"], {}]]),
    ("err legend unknown kw", [["plot", [[1]], {"label": "a"}], ["legend", [], {"colr": 1}]]),
    ("err legend loc", [["plot", [[1]], {"label": "a"}], ["legend", [], {"loc": "nowhere"}]]),
    ("err grid unknown kw", [["grid", [True], {"colr": 1}]]),
    ("err grid which", [["grid", [True], {"which": "foo"}]]),
    ("err grid axis", [["grid", [True], {"axis": "z"}]]),
    ("err axis string", [["axis", ["foo"], {}]]),
    ("err axis list", [["axis", [[1, 2, 3]], {}]]),
    ("err axis two args", [["axis", [1, 2], {}]]),
    ("err xlim nan", [["set_xlim", [0, float("nan")], {}]]),
    ("err xlim both", [["set_xlim", [0], {"xmin": 1}]]),
    ("err xlim unknown kw", [["set_xlim", [0, 1], {"colr": 1}]]),
    ("err imshow 1d", [["imshow", [[1, 2]], {}]]),
    ("err imshow cmap", [["imshow", [[[1, 2]]], {"cmap": "nope"}]]),
    ("err imshow interpolation", [["imshow", [[[1, 2]]], {"interpolation": "foo"}]]),
    ("err imshow origin", [["imshow", [[[1, 2]]], {"origin": "foo"}]]),
    ("err imshow unknown kw", [["imshow", [[[1, 2]]], {"colr": 1}]]),
    ("err imshow aspect", [["imshow", [[[1, 2]]], {"aspect": "foo"}]]),
    ("err imshow stage", [["imshow", [[[1, 2]]], {"interpolation_stage": "foo"}]]),
]


def run(calls):
    fig, ax = plt.subplots()
    out = {}
    try:
        for name, args, kwargs in calls:
            r = getattr(ax, name)(*args, **kwargs)
            if name == "hist":
                out["n"] = np.asarray(r[0], float).tolist()
                out["bins"] = np.asarray(r[1], float).tolist()
            if name in ("set_xlim", "set_ylim", "axis"):
                out["returned"] = [float(v) for v in r]
        fig.canvas.draw()
        read(ax, out)
    except Exception as e:  # the exception is the reference
        out = {"error": type(e).__name__, "message": str(e)}
    plt.close(fig)
    return out


cases = []
for label, calls in CASES:
    cases.append({"label": label, "calls": calls, "expected": run(calls)})
dump("plt/options", cases)
