"""Golden fixtures for the artist API a plot checker reads (fig.axes, ax.lines, ax.collections,
ax.patches, ax.containers, ax.images, ax.texts, get_legend, tick labels), for categorical axes,
and for pie, boxplot, violinplot and stackplot: each case replays its Axes calls on Debian's
matplotlib (Agg) and records what the getters return after a draw.
Writes test/golden/plt/artists.json, plt/categorical.json, plt/pie.json, plt/boxplot.json,
plt/violin.json, plt/stackplot.json and plt/boxplot_stats.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib.cbook as cbook
import matplotlib.collections as mcoll
import matplotlib.colors as mcolors
import matplotlib.patches as mpatches
import matplotlib.text as mtext
import numpy as np

from golden_io import dump
from plt_replay import dump_cases


def fl(a):
    return np.asarray(a, float).tolist()


def rgba(c):
    return [float(v) for v in mcolors.to_rgba(c)]


def rgba_rows(cs):
    return np.asarray(cs, float).reshape(-1, 4).tolist()


def raw_color(c):
    return c if isinstance(c, str) else [float(v) for v in c]


def data(a):
    a = np.asarray(a)
    return a.tolist() if a.dtype.kind in "US" else fl(a)


def read_line(l):
    return {"xydata": fl(l.get_xydata()), "xdata": data(l.get_xdata()), "ydata": data(l.get_ydata()), "xdtype": str(np.asarray(l.get_xdata()).dtype),
            "color": raw_color(l.get_color()), "rgba": rgba(l.get_color()), "marker": str(l.get_marker()),
            "linestyle": l.get_linestyle(), "linewidth": float(l.get_linewidth()), "label": l.get_label(),
            "markersize": float(l.get_markersize()), "mfc": rgba(l.get_markerfacecolor()), "mec": rgba(l.get_markeredgecolor()), "zorder": float(l.get_zorder()),
            "mew": float(l.get_markeredgewidth()), "drawstyle": l.get_drawstyle(), "alpha": l.get_alpha()}


def read_collection(c):
    out = {"type": type(c).__name__, "facecolors": rgba_rows(c.get_facecolors()), "edgecolors": rgba_rows(c.get_edgecolors()),
           "label": c.get_label(), "linewidths": fl(c.get_linewidths()), "zorder": float(c.get_zorder()), "alpha": c.get_alpha()}
    if isinstance(c, mcoll.PathCollection):
        out["offsets"] = fl(c.get_offsets())
        out["sizes"] = fl(c.get_sizes())
    elif isinstance(c, mcoll.LineCollection):
        out["segments"] = [fl(s) for s in c.get_segments()]
    else:
        out["vertices"] = [fl(p.vertices) for p in c.get_paths()]
    return out


def read_patch(p):
    out = {"type": type(p).__name__, "facecolor": rgba(p.get_facecolor()), "edgecolor": rgba(p.get_edgecolor()),
           "label": p.get_label(), "linewidth": float(p.get_linewidth()), "zorder": float(p.get_zorder()), "alpha": p.get_alpha()}
    if isinstance(p, mpatches.Rectangle):
        out.update(x=float(p.get_x()), y=float(p.get_y()), width=float(p.get_width()), height=float(p.get_height()), xy=fl(p.get_xy()))
    elif isinstance(p, mpatches.Wedge):
        out.update(center=fl(p.center), r=float(p.r), theta1=float(p.theta1), theta2=float(p.theta2), width=None if p.width is None else float(p.width))
    else:
        out["vertices"] = fl(p.get_path().vertices)
    return out


def read_text(t):
    return {"text": t.get_text(), "position": fl(t.get_position()), "ha": t.get_ha(), "va": t.get_va(),
            "color": rgba(t.get_color()), "fontsize": float(t.get_fontsize()), "rotation": float(t.get_rotation())}


def read_image(im):
    a = im.get_array()
    return {"array": np.asarray(a), "cmap": im.get_cmap().name, "clim": [None if v is None else float(v) for v in im.get_clim()],
            "extent": fl(im.get_extent())}


def read(fig, ax):
    legend = ax.get_legend()
    return {
        "n_axes": len(fig.axes), "title": ax.get_title(), "xlabel": ax.get_xlabel(), "ylabel": ax.get_ylabel(),
        "xlim": fl(ax.get_xlim()), "ylim": fl(ax.get_ylim()), "aspect": str(ax.get_aspect()),
        "xticks": fl(ax.get_xticks()), "yticks": fl(ax.get_yticks()),
        "xticklabels": [t.get_text() for t in ax.get_xticklabels()], "yticklabels": [t.get_text() for t in ax.get_yticklabels()],
        "legend": None if legend is None else [t.get_text() for t in legend.get_texts()],
        "handles_labels": ax.get_legend_handles_labels()[1], "n_lines": len(ax.get_lines()), "n_images": len(ax.get_images()),
        "lines": [read_line(l) for l in ax.lines],
        "collections": [read_collection(c) for c in ax.collections],
        "patches": [read_patch(p) for p in ax.patches],
        "containers": [{"type": type(c).__name__, "n": len(c)} for c in ax.containers],
        "images": [read_image(im) for im in ax.images],
        "texts": [read_text(t) for t in ax.texts],
    }


X3 = [1, 2, 3]
ARTISTS = [
    ("plot: default line and a format-string line with a legend", [
        ("plot", [[1, 2, 3], [4, 5, 1]], {}),
        ("plot", [[0.5, 1.5, 2.5], [1, 1, 2], "r--o"], {"label": "b"}),
        ("legend", [], {}),
        ("set_title", ["T"], {}), ("set_xlabel", ["x"], {}), ("set_ylabel", ["y"], {})]),
    ("plot: y only, keywords for color, width, marker, style, label", [
        ("plot", [[3.0, 1.0, 2.0, 5.0]], {"color": "green", "linewidth": 3, "marker": "s", "linestyle": ":", "label": "g"}),
        ("plot", [[1, 2, 3, 4]], {"c": "0.5", "lw": 0.5, "ls": "-.", "alpha": 0.4}),
        ("step", [[1, 2, 3], [1, 0, 1]], {"where": "mid", "marker": "o", "mew": 2}),
        ("legend", [], {"loc": "upper left"})]),
    ("scatter: default, sizes and listed colors", [
        ("scatter", [[1, 2, 3], [3, 1, 2]], {}),
        ("scatter", [[1, 2, 3], [2, 2, 2]], {"s": [10, 20, 30], "c": ["red", "#00ff00", "blue"], "label": "pts"}),
        ("scatter", [[0, 1], [0, 1]], {"color": "k", "edgecolors": "r", "alpha": 0.5})]),
    ("fill_between: a PolyCollection", [
        ("fill_between", [[0, 1, 2], [1, 2, 1]], {}),
        ("fill_between", [[0, 1, 2], [0, 0.5, 0], [-1, -1, -1]], {"color": "orange", "alpha": 0.3, "label": "band"})]),
    ("bar: rectangles, their colors and the container", [
        ("bar", [[1, 2, 3], [3, -1, 2]], {}),
        ("bar", [[1, 2, 3], [1, 1, 1]], {"bottom": [3, 0, 2], "color": ["r", "g", "b"], "width": 0.5, "alpha": 0.5, "label": "top"})]),
    ("barh: edge-aligned, styled", [
        ("barh", [[1, 2], [2, 3]], {"align": "edge", "label": "h", "fc": "y", "ec": "b", "lw": 3, "alpha": 0.5, "zorder": 3}),
        ("barh", [[4], [1]], {"facecolor": "k"})]),
    ("barh: horizontal rectangles", [
        ("barh", [[1, 2, 3], [3, 1, 2]], {}),
        ("barh", [[1, 2], [1, 1]], {"left": [3, 1], "height": 0.4, "color": "C3", "edgecolor": "k", "linewidth": 2})]),
    ("hist: patches and container", [
        ("hist", [[1, 2, 2, 3, 3, 3, 4, 4, 5, 9]], {"bins": 4})]),
    ("imshow: array, cmap, clim and extent", [
        ("imshow", [[[1, 2, 3], [4, 5, 6]]], {})]),
    ("imshow: gray with vmin/vmax and an extent", [
        ("imshow", [[[0.0, 0.5], [1.0, 0.25]]], {"cmap": "gray", "vmin": 0, "vmax": 2, "extent": [0, 4, 0, 2]})]),
    ("texts and annotations", [
        ("plot", [[0, 1], [0, 1]], {}),
        ("text", [0.2, 0.8, "hello"], {"color": "r", "fontsize": 14}),
        ("annotate", ["peak", [1, 1]], {"xytext": [0.5, 0.5], "arrowprops": {"arrowstyle": "->"}})]),
    ("axhline / axvline are lines", [
        ("plot", [[0, 4], [0, 2]], {}),
        ("axhline", [1], {"color": "r"}),
        ("axvline", [2], {"ls": "--"})]),
    ("containers in the order made: bars, errorbar, stem, bars", [
        ("bar", [[1, 2], [1, 2]], {}),
        ("errorbar", [[1, 2], [1, 2]], {"yerr": 0.5}),
        ("stem", [[1, 2], [2, 1]], {}),
        ("bar", [[3], [1]], {})]),
    ("legend handles: lines, collections, patches, then containers", [
        ("plot", [[1, 2]], {"label": "l"}), ("bar", [[1], [2]], {"label": "b"}), ("scatter", [[1], [1]], {"label": "s"}),
        ("fill_between", [[0, 1], [1, 2]], {"label": "f"}), ("axhspan", [0, 1], {"label": "span"}), ("plot", [[2, 1]], {})]),
    ("hlines / vlines are LineCollections", [
        ("hlines", [[1, 2], 0, [3, 4]], {"colors": "r"}),
        ("vlines", [[1, 2, 3], 0, 1], {})]),
]

CATEGORICAL = [
    ("bar with string categories", [("bar", [["apples", "pears", "kiwis"], [3, 1, 2]], {})]),
    ("plot with string x", [("plot", [["mon", "tue", "wed"], [1, 4, 2]], {})]),
    ("scatter in first-seen order, repeats share a unit", [("scatter", [["b", "a", "b", "c"], [1, 2, 3, 4]], {})]),
    ("units grow over calls", [
        ("bar", [["a", "b"], [1, 2]], {}),
        ("plot", [["c", "a"], [3, 1]], {"color": "k"})]),
    ("barh with string categories", [("barh", [["p", "q", "r"], [1, 3, 2]], {})]),
    ("categorical y", [("scatter", [[1, 2, 3], ["lo", "hi", "lo"]], {})]),
    ("bar with a single string", [("bar", ["one", 5], {})]),
]

PIE = [
    ("pie: default", [("pie", [[1, 2, 3]], {})]),
    ("pie: labels and autopct", [("pie", [[15, 30, 45, 10]], {"labels": ["Frogs", "Hogs", "Dogs", "Logs"], "autopct": "%1.1f%%"})]),
    ("pie: explode, shadow off, startangle", [("pie", [[15, 30, 45, 10]], {"explode": [0, 0.1, 0, 0], "labels": ["A", "B", "C", "D"], "autopct": "%.0f%%", "startangle": 90})]),
    ("pie: colors, clockwise, radius, distances", [("pie", [[3, 1, 1]], {"colors": ["gold", "#336699"], "counterclock": False, "radius": 0.8, "pctdistance": 0.8, "labeldistance": 1.3, "labels": ["x", "y", "z"], "autopct": "%d"})]),
    ("pie: donut via wedgeprops, textprops", [("pie", [[2, 2, 4]], {"wedgeprops": {"width": 0.3, "edgecolor": "w", "linewidth": 2}, "textprops": {"color": "b", "fontsize": 14}, "labels": ["a", "b", "c"]})]),
    ("pie: center and frame", [("pie", [[1, 1]], {"center": [2, 3], "frame": True, "labeldistance": None})]),
    ("pie: unnormalized", [("pie", [[0.2, 0.3]], {"normalize": False})]),
    ("pie: a legend of the slices' labels", [("pie", [[1, 2]], {"labels": ["a", "b"]}), ("legend", [], {})]),
    ("pie: negative is an error", [("pie", [[1, -1]], {})]),
    ("pie: unnormalized over 1 is an error", [("pie", [[0.7, 0.6]], {"normalize": False})]),
    ("pie: explode length", [("pie", [[1, 2]], {"explode": [0.1]})]),
]

rs = np.random.RandomState(3)
D = [np.round(rs.normal(0, 1, 40), 3).tolist() + [4.5, -3.9],
     np.round(rs.normal(2, 2, 25), 3).tolist(),
     np.round(rs.exponential(1, 30), 3).tolist(),
     [1.0, 2.0, 3.0, 4.0, 100.0],
     np.round(rs.uniform(-1, 1, 12), 3).tolist()]
BOX = [
    ("boxplot: one dataset", [("boxplot", [D[0]], {})]),
    ("boxplot: five datasets", [("boxplot", [D], {})]),
    ("boxplot: notch, labels, means", [("boxplot", [D[:3]], {"notch": True, "labels": ["a", "b", "c"], "showmeans": True})]),
    ("boxplot: horizontal, meanline, whis 2, widths", [("boxplot", [D[:2]], {"vert": False, "showmeans": True, "meanline": True, "whis": 2.0, "widths": 0.3})]),
    ("boxplot: patch_artist, positions, no fliers", [("boxplot", [D[2:4]], {"patch_artist": True, "positions": [2, 5], "showfliers": False})]),
    ("boxplot: percentile whiskers and sym", [("boxplot", [D[3:5]], {"whis": [5, 95], "sym": "r+"})]),
    ("boxplot: notched patch", [("boxplot", [D[1]], {"notch": True, "patch_artist": True})]),
    ("boxplot: no caps, no box, autorange", [("boxplot", [[[1, 1, 1, 1, 2, 5]]], {"showcaps": False, "showbox": False, "autorange": True})]),
    ("boxplot: user medians and intervals, styled parts", [("boxplot", [D[:2]], {
        "notch": True, "usermedians": [0.5, None], "conf_intervals": [[0.0, 1.0], None], "zorder": 3, "capwidths": 0.1,
        "boxprops": {"color": "b", "linewidth": 2}, "whiskerprops": {"ls": "--"}, "capprops": {"c": "r"},
        "medianprops": {"color": "k", "lw": 3}, "flierprops": {"marker": "x", "markersize": 4}})]),
    ("boxplot: meanprops and patch boxprops", [("boxplot", [D[:2]], {"showmeans": True, "meanprops": {"marker": "s", "markerfacecolor": "r"},
        "patch_artist": True, "boxprops": {"facecolor": "y", "edgecolor": "g"}, "capwidths": [0.2, 0.4]})]),
    ("boxplot: 2-D array columns", [("boxplot", [np.round(rs.normal(0, 1, (10, 3)), 3).tolist()], {"manage_ticks": False})]),
]

V = [np.round(rs.normal(0, 1, 30), 3).tolist(), np.round(rs.normal(3, 0.5, 20), 3).tolist(), [2.0, 2.0, 2.0]]
VIOLIN = [
    ("violinplot: one dataset", [("violinplot", [V[0]], {})]),
    ("violinplot: means, medians, no extrema, points", [("violinplot", [V[:2]], {"showmeans": True, "showmedians": True, "showextrema": False, "points": 20})]),
    ("violinplot: horizontal, positions, widths, silverman", [("violinplot", [V[:2]], {"vert": False, "positions": [2, 4], "widths": [0.3, 0.8], "bw_method": "silverman"})]),
    ("violinplot: scalar bandwidth, quantiles", [("violinplot", [V[:2]], {"bw_method": 0.5, "quantiles": [[0.25, 0.75], [0.1]]})]),
    ("violinplot: constant data", [("violinplot", [[V[2]]], {})]),
]

STACK = [
    ("stackplot: three layers", [("stackplot", [[1, 2, 3, 4], [1, 2, 1, 2], [2, 1, 2, 1], [0.5, 0.5, 1, 1]], {"labels": ["a", "b", "c"]}), ("legend", [], {})]),
    ("stackplot: 2-D y, colors", [("stackplot", [[0, 1, 2], [[1, 2, 3], [3, 2, 1]]], {"colors": ["r", "#0000ff"], "alpha": 0.5})]),
    ("stackplot: edges and zorder", [("stackplot", [[0, 1, 2], [1, 2, 3], [3, 2, 1]], {"edgecolor": "k", "linewidth": 2, "zorder": 3})]),
    ("stackplot: edge aliases", [("stackplot", [[0, 1, 2], [1, 2, 3]], {"ec": "r", "lw": 0.5})]),
    ("stackplot: baseline sym", [("stackplot", [[0, 1, 2], [1, 2, 3], [3, 2, 1]], {"baseline": "sym"})]),
    ("stackplot: baseline wiggle", [("stackplot", [[0, 1, 2, 3], [1, 2, 3, 1], [3, 2, 1, 2]], {"baseline": "wiggle"})]),
    ("stackplot: weighted_wiggle", [("stackplot", [[0, 1, 2, 3], [1, 2, 3, 1], [3, 2, 1, 2]], {"baseline": "weighted_wiggle"})]),
]


def stats_cases():
    out = []
    for label, data, kw in [
        ("five datasets", D, {}),
        ("whis 0.5", D, {"whis": 0.5}),
        ("whis percentiles", D, {"whis": [10, 90]}),
        ("autorange", [[1, 1, 1, 1, 2, 5], [3, 3, 3]], {"autorange": True}),
        ("labels", D[:2], {"labels": ["u", "v"]}),
        ("one list", D[3], {}),
    ]:
        stats = cbook.boxplot_stats(data, **kw)
        out.append({"label": label, "X": data, "kwargs": kw, "stats": [
            {k: (fl(v) if k == "fliers" else v if isinstance(v, str) else float(v)) for k, v in s.items()} for s in stats]})
    return out


dump_cases("plt/artists", ARTISTS, read)
dump_cases("plt/categorical", CATEGORICAL, read)
dump_cases("plt/pie", PIE, read)
dump_cases("plt/boxplot", BOX, read)
dump_cases("plt/violin", VIOLIN, read)
dump_cases("plt/stackplot", STACK, read)
dump("plt/boxplot_stats", stats_cases())
