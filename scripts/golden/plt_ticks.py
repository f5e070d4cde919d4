"""Golden fixtures for plt's fixed ticks and tick styles: set_xticks / set_yticks (with labels
and label keywords), set_xticklabels, pyplot's xticks / yticks, tick_params. Each case runs its calls on a fresh
figure of Debian's matplotlib (Agg) ("plt.<name>" calls pyplot), draws, and reads back the
limits, the fixed tick locations, the labels shown in the view with their rotation, size and
color, or the exception class and message. Writes test/golden/plt/ticks_fixed.json.
Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib.colors as mcolors
import matplotlib.pyplot as plt

from plt_replay import dump_cases


def labels(axis, lim):
    lo, hi = min(lim), max(lim)
    out = []
    for t in axis.get_ticklabels():
        v = t.get_position()[0 if axis.axis_name == "x" else 1]
        if lo - 1e-9 <= v <= hi + 1e-9:
            out.append({"v": float(v), "text": t.get_text(), "rotation": t.get_rotation(), "size": t.get_fontsize(),
                        "color": [float(c) for c in mcolors.to_rgba(t.get_color())]})
    return out


CASES = [
    ("set_xticks locations", [["plot", [[0, 4], [0, 1]], {}], ["set_xticks", [[1, 2, 3.5]], {}]]),
    ("set_xticks widens the view", [["plot", [[0, 1], [0, 1]], {}], ["set_xticks", [[0.5, 3]], {}]]),
    ("set_xticks then more data", [["plot", [[0, 1], [0, 1]], {}], ["set_xticks", [[0.5, 3]], {}], ["plot", [[0, 10], [0, 1]], {}]]),
    ("set_xticks labels keywords", [["plot", [[0, 4], [0, 1]], {}], ["set_xticks", [[1, 2], ["a", "b"]], {"rotation": 45, "fontsize": 8, "color": "r"}]]),
    ("set_yticks labels aliases", [["plot", [[0, 4], [0, 1]], {}], ["set_yticks", [[0, 0.5, 1], ["lo", "mid", "hi"]], {"size": "large", "c": "b", "rotation": "vertical"}]]),
    ("set_xticks labels limits set", [["plot", [[0, 4], [0, 1]], {}], ["set_xlim", [4, 0], {}], ["set_xticks", [[1, 5]], {}]]),
    ("set_xticklabels", [["plot", [[0, 4], [0, 1]], {}], ["set_xticks", [[0, 2, 4]], {}], ["set_xticklabels", [["zero", "two", "four"]], {"rotation": 30, "color": "g", "fontsize": 12}]]),
    ("set_yticklabels", [["plot", [[0, 4], [0, 1]], {}], ["set_yticks", [[0, 1]], {}], ["set_yticklabels", [["no", "yes"]], {"size": 7, "c": "k"}]]),
    ("plt.xticks ticks labels rotation", [["plt.plot", [[0, 4], [0, 1]], {}], ["plt.xticks", [[0, 2, 4], ["a", "b", "c"]], {"rotation": 45}]]),
    ("plt.xticks rotation only", [["plt.plot", [[0, 4], [0, 1]], {}], ["plt.xticks", [], {"rotation": 90, "fontsize": 6, "color": "m"}]]),
    ("plt.yticks ticks", [["plt.plot", [[0, 4], [0, 1]], {}], ["plt.yticks", [[0, 0.25, 1]], {"c": "r", "size": 9}]]),
    ("set_xticks size c", [["plot", [[0, 4], [0, 1]], {}], ["set_xticks", [[1, 3], ["one", "three"]], {"size": 9, "c": "g"}]]),
    ("set_yticks fontsize color", [["plot", [[0, 4], [0, 1]], {}], ["set_yticks", [[0.2, 0.8], ["low", "high"]], {"fontsize": 11, "color": "b"}]]),
    ("set_xticklabels size c", [["plot", [[0, 4], [0, 1]], {}], ["set_xticks", [[1, 3]], {}], ["set_xticklabels", [["p", "q"]], {"size": "small", "c": "r"}]]),
    ("set_yticklabels rotation fontsize color", [["plot", [[0, 4], [0, 1]], {}], ["set_yticks", [[0, 1]], {}], ["set_yticklabels", [["n", "y"]], {"rotation": 45, "fontsize": 14, "color": "c"}]]),
    ("plt.xticks size c", [["plt.plot", [[0, 4], [0, 1]], {}], ["plt.xticks", [[1, 2]], {"size": 12, "c": "y"}]]),
    ("plt.yticks labels rotation fontsize color", [["plt.plot", [[0, 4], [0, 1]], {}], ["plt.yticks", [[0, 1], ["bottom", "top"]], {"rotation": 30, "fontsize": 8, "color": "k"}]]),
    ("tick_params x", [["plot", [[0, 4], [0, 1]], {}], ["tick_params", [], {"axis": "x", "labelsize": 14, "labelcolor": "r", "labelrotation": 30, "color": "g", "length": 8, "width": 2}]]),
    ("tick_params both colors", [["plot", [[0, 4], [0, 1]], {}], ["tick_params", [], {"colors": "b", "labelsize": "small"}]]),
    ("plt.tick_params y", [["plt.plot", [[0, 4], [0, 1]], {}], ["plt.tick_params", ["y"], {"length": 6, "labelcolor": "m"}]]),
    ("err tick_params unknown kw", [["tick_params", [], {"foo": 1}]]),
    ("err tick_params axis", [["tick_params", [], {"axis": "z"}]]),
    # bad input
    ("err set_xticks label count", [["set_xticks", [[1, 2], ["a"]], {}]]),
]


def read(fig, ax):
    return {"xlim": [float(v) for v in ax.get_xlim()], "ylim": [float(v) for v in ax.get_ylim()],
           "xticks": [float(v) for v in ax.get_xticks()], "yticks": [float(v) for v in ax.get_yticks()],
           "xlabels": labels(ax.xaxis, ax.get_xlim()), "ylabels": labels(ax.yaxis, ax.get_ylim()),
           "marks": [{"color": [float(c) for c in mcolors.to_rgba(t.tick1line.get_color())], "length": t.tick1line.get_markersize(), "width": float(t.tick1line.get_markeredgewidth())}
                     for t in (ax.xaxis.get_major_ticks()[0], ax.yaxis.get_major_ticks()[0])],
           "fixed": [type(ax.xaxis.get_major_locator()).__name__ == "FixedLocator", type(ax.yaxis.get_major_locator()).__name__ == "FixedLocator"]}


dump_cases("plt/ticks_fixed", CASES, read)
