"""Golden fixtures for plt's contour / contourf: each case calls Axes.contour or Axes.contourf
of Debian's matplotlib (Agg, contourpy's mpl2014) on a fresh Axes and records the
QuadContourSet: levels, allsegs / allkinds, each collection's colors, widths and dashes, alpha,
zorder, the axes limits, and clabel's texts; or the exception class and message.
Writes test/golden/plt_contour/contour.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib.colors as mcolors  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from golden_io import dump  # noqa: E402


def grid(nx, ny, x0=-3.0, x1=3.0, y0=-2.0, y1=2.0):
    x = np.linspace(x0, x1, nx)
    y = np.linspace(y0, y1, ny)
    return x, y, *np.meshgrid(x, y)


x1, y1, X1, Y1 = grid(13, 11)
PEAKS = (1 - X1 / 2 + X1 ** 5 + Y1 ** 3) * np.exp(-X1 ** 2 - Y1 ** 2)
x2, y2, X2, Y2 = grid(9, 8, -2, 2, -2, 2)
SADDLES = np.sin(2 * X2) * np.cos(2 * Y2)
TWOBUMPS = np.exp(-(X1 - 1) ** 2 - Y1 ** 2) - np.exp(-(X1 + 1) ** 2 - Y1 ** 2)
RING = np.hypot(X1, Y1)
WITH_NAN = PEAKS.copy()
WITH_NAN[3, 4] = np.nan
WITH_NAN[7, 9] = np.nan
WITH_NAN[0, 0] = np.nan
XS = np.cumsum(np.linspace(0.5, 1.5, 13))
YS = np.cumsum(np.linspace(1.0, 0.3, 11))
XC = X1 + 0.3 * Y1
YC = Y1 + 0.1 * X1 ** 2
SMALL = [[0.0, 1.0, 2.0], [1.0, 3.0, 1.0], [2.0, 1.0, 0.0]]
BIG = (PEAKS * 1000 + 20000)


def L(a):
    return np.asarray(a, float).tolist()


CASES = [
    ("contour Z", "contour", [L(PEAKS)], {}),
    ("contour X Y Z 1-D", "contour", [L(x1), L(y1), L(PEAKS)], {}),
    ("contour X Y Z 2-D", "contour", [L(X1), L(Y1), L(PEAKS)], {}),
    ("contour levels int", "contour", [L(X1), L(Y1), L(PEAKS), 4], {}),
    ("contour levels keyword int", "contour", [L(PEAKS)], {"levels": 12}),
    ("contour levels sequence", "contour", [L(X1), L(Y1), L(PEAKS), [-0.5, 0.0, 0.25, 0.5]], {}),
    ("contour saddles", "contour", [L(x2), L(y2), L(SADDLES)], {"levels": 6}),
    ("contour saddles zero", "contour", [L(x2), L(y2), L(SADDLES)], {"levels": [-0.3, 0.0, 0.3]}),
    ("contour two bumps", "contour", [L(x1), L(y1), L(TWOBUMPS)], {}),
    ("contour ring", "contour", [L(x1), L(y1), L(RING)], {"levels": [0.5, 1.0, 2.0, 3.0]}),
    ("contour nonuniform", "contour", [L(XS), L(YS), L(PEAKS)], {}),
    ("contour curvilinear", "contour", [L(XC), L(YC), L(PEAKS)], {"levels": 5}),
    ("contour nan corner mask", "contour", [L(x1), L(y1), L(WITH_NAN)], {}),
    ("contour nan no corner mask", "contour", [L(x1), L(y1), L(WITH_NAN)], {"corner_mask": False}),
    ("contour small", "contour", [SMALL], {}),
    ("contour offset data", "contour", [L(BIG)], {}),
    ("contour colors one", "contour", [L(PEAKS)], {"colors": "k"}),
    ("contour colors list", "contour", [L(PEAKS)], {"levels": 3, "colors": ["r", "g", "b"]}),
    ("contour cmap", "contour", [L(PEAKS)], {"cmap": "RdBu"}),
    ("contour vmin vmax", "contour", [L(PEAKS)], {"vmin": -2, "vmax": 2}),
    ("contour linewidths", "contour", [L(PEAKS)], {"linewidths": [0.5, 1, 2]}),
    ("contour linestyles", "contour", [L(PEAKS)], {"linestyles": "dashed"}),
    ("contour linestyles list", "contour", [L(PEAKS)], {"linestyles": ["solid", "dotted"]}),
    ("contour negative dashed", "contour", [L(PEAKS)], {"colors": "k"}),
    ("contour negative_linestyles", "contour", [L(PEAKS)], {"colors": "k", "negative_linestyles": "dashdot"}),
    ("contour alpha", "contour", [L(PEAKS)], {"alpha": 0.5}),
    ("contour zorder", "contour", [L(PEAKS)], {"zorder": 5}),
    ("contour origin lower", "contour", [L(PEAKS)], {"origin": "lower"}),
    ("contour origin upper", "contour", [L(PEAKS)], {"origin": "upper"}),
    ("contour origin image", "contour", [L(PEAKS)], {"origin": "image"}),
    ("contour extent", "contour", [L(PEAKS)], {"extent": [0, 10, -1, 1]}),
    ("contour origin extent", "contour", [L(PEAKS)], {"origin": "lower", "extent": [0, 10, -1, 1]}),
    ("contour extend", "contour", [L(PEAKS)], {"extend": "both"}),
    ("contour algorithm mpl2014", "contour", [L(PEAKS)], {"algorithm": "mpl2014", "corner_mask": True}),
    ("contourf Z", "contourf", [L(PEAKS)], {}),
    ("contourf X Y Z", "contourf", [L(x1), L(y1), L(PEAKS)], {}),
    ("contourf levels int", "contourf", [L(x1), L(y1), L(PEAKS), 5], {}),
    ("contourf levels sequence", "contourf", [L(x1), L(y1), L(PEAKS), [-1, -0.25, 0, 0.5, 2]], {}),
    ("contourf saddles", "contourf", [L(x2), L(y2), L(SADDLES)], {"levels": 6}),
    ("contourf ring holes", "contourf", [L(x1), L(y1), L(RING)], {"levels": [0.5, 1.0, 2.0, 3.0]}),
    ("contourf two bumps", "contourf", [L(x1), L(y1), L(TWOBUMPS)], {}),
    ("contourf nonuniform", "contourf", [L(XS), L(YS), L(PEAKS)], {}),
    ("contourf curvilinear", "contourf", [L(XC), L(YC), L(PEAKS)], {"levels": 5}),
    ("contourf nan", "contourf", [L(x1), L(y1), L(WITH_NAN)], {}),
    ("contourf small", "contourf", [SMALL], {}),
    ("contourf extend both", "contourf", [L(PEAKS)], {"extend": "both"}),
    ("contourf extend min", "contourf", [L(PEAKS)], {"levels": [-0.5, 0, 0.5], "extend": "min"}),
    ("contourf extend max", "contourf", [L(PEAKS)], {"levels": [-0.5, 0, 0.5], "extend": "max"}),
    ("contourf colors", "contourf", [L(PEAKS)], {"levels": [-0.5, 0, 0.5, 1], "colors": ["r", "g", "b"]}),
    ("contourf colors extend", "contourf", [L(PEAKS)], {"levels": [-0.5, 0, 0.5, 1], "colors": ["k", "r", "g", "b", "w"], "extend": "both"}),
    ("contourf cmap", "contourf", [L(PEAKS)], {"cmap": "gray"}),
    ("contourf alpha", "contourf", [L(PEAKS)], {"alpha": 0.4}),
    ("contourf vmin", "contourf", [L(PEAKS)], {"vmin": 0}),
    ("contourf vmax zorder", "contourf", [L(PEAKS)], {"vmax": 0.5, "zorder": 3}),
    ("contourf origin extent", "contourf", [L(PEAKS)], {"origin": "upper", "extent": [0, 10, -1, 1]}),
    ("contourf nan no corner mask", "contourf", [L(x1), L(y1), L(WITH_NAN)], {"corner_mask": False, "algorithm": "mpl2014"}),
    ("error colors and cmap", "contour", [L(PEAKS)], {"colors": "k", "cmap": "gray"}),
    ("error 1-D Z", "contour", [[1.0, 2.0, 3.0]], {}),
    ("error small Z", "contour", [[[1.0, 2.0]]], {}),
    ("error x length", "contour", [[0.0, 1.0], [0.0, 1.0, 2.0], SMALL], {}),
    ("error levels decreasing", "contour", [L(PEAKS), [1.0, 0.5]], {}),
    ("error filled one level", "contourf", [L(PEAKS), [0.5]], {}),
    ("error origin", "contour", [L(PEAKS)], {"origin": "middle"}),
    ("error extent", "contour", [L(PEAKS)], {"extent": [0, 1]}),
    ("error too many args", "contour", [[0.0, 1.0, 2.0], [0.0, 1.0, 2.0], SMALL, 3, 4], {}),
]


def rgba(c):
    return [float(v) for v in mcolors.to_rgba(c)]


def record(cs, ax):
    out = {"levels": L(cs.levels), "filled": bool(cs.filled),
           "allsegs": [[L(s) for s in segs] for segs in cs.allsegs],
           "allkinds": [[np.asarray(k, int).tolist() for k in kinds] for kinds in cs.allkinds],
           "xlim": L(ax.get_xlim()), "ylim": L(ax.get_ylim()), "alpha": cs.alpha,
           "zorder": cs.collections[0].get_zorder() if cs.collections else None, "collections": []}
    for c in cs.collections:
        e = {"fc": [rgba(v) for v in c.get_facecolor()], "ec": [rgba(v) for v in c.get_edgecolor()]}
        if not cs.filled:
            e["lw"] = [float(v) for v in c.get_linewidth()]
            e["ls"] = [None if d is None else [float(v) for v in d] for _, d in c.get_linestyle()]
        out["collections"].append(e)
    out["norm"] = [float(cs.norm.vmin), float(cs.norm.vmax)]
    return out


def run(method, args, kwargs):
    plt.close("all")
    fig, ax = plt.subplots()
    try:
        cs = getattr(ax, method)(*args, **kwargs)
        fig.canvas.draw()
        out = record(cs, ax)
    except Exception as e:  # the exception is the reference
        out = {"error": type(e).__name__, "message": str(e)}
    plt.close("all")
    return out


CLABEL_CASES = [
    ("clabel default", {}, {}),
    ("clabel levels subset", {"levels": [-0.5, 0.0, 0.5]}, {"levels": [0.0, 0.5]}),
    ("clabel fontsize", {}, {"fontsize": 8}),
    ("clabel fontsize name", {}, {"fontsize": "small"}),
    ("clabel fmt percent", {}, {"fmt": "%1.2f"}),
    ("clabel fmt dict", {"levels": [-0.5, 0.0, 0.5]}, {"fmt": {-0.5: "low", 0.0: "zero", 0.5: "high"}}),
    ("clabel colors one", {}, {"colors": "k"}),
    ("clabel colors list", {"levels": [-0.5, 0.0, 0.5]}, {"colors": ["r", "g", "b"]}),
    ("clabel inline off", {"colors": "k"}, {"inline": False}),
    ("clabel inline spacing", {}, {"inline_spacing": 10}),
    ("clabel rightside up off", {}, {"rightside_up": False}),
    ("clabel zorder", {}, {"zorder": 7}),
    ("clabel alpha", {"alpha": 0.5}, {}),
    ("clabel big numbers", {"levels": [19600.0, 20000.0, 20400.0]}, {}),
]


def run_clabel(contour_kw, clabel_kw, Z):
    plt.close("all")
    fig, ax = plt.subplots()
    cs = ax.contour(x1, y1, Z, **contour_kw)
    texts = ax.clabel(cs, **clabel_kw)
    fig.canvas.draw()
    out = {"texts": [t.get_text() for t in texts], "colors": [rgba(t.get_color()) for t in texts],
           "fontsize": [float(t.get_fontsize()) for t in texts], "zorder": [t.get_zorder() for t in texts],
           "alpha": [t.get_alpha() for t in texts]}
    plt.close("all")
    return out


def main():
    clabels = []
    for label, ckw, lkw in CLABEL_CASES:
        Z = BIG if label == "clabel big numbers" else PEAKS
        clabels.append({"label": label, "Z": L(Z), "x": L(x1), "y": L(y1), "contour": ckw, "clabel": {k: ({str(a): b for a, b in v.items()} if isinstance(v, dict) else v) for k, v in lkw.items()}, "expected": run_clabel(ckw, lkw, Z)})
    dump("plt_contour/clabel", clabels)
    cases = []
    for label, method, args, kwargs in CASES:
        kw = dict(kwargs)
        expected = run(method, args, kw)
        if "norm" in kw:  # JSON carries the Normalize's limits
            kw["norm"] = {"vmin": kw["norm"].vmin, "vmax": kw["norm"].vmax}
        cases.append({"label": label, "calls": [[method, args, kw]], "expected": expected})
    dump("plt_contour/contour", cases)


main()
