"""Golden fixtures for plt's log, symlog and logit axes: set_xscale / set_yscale and pyplot's
xscale / yscale. Each case runs its calls on a fresh figure of Debian's matplotlib (Agg)
("plt.<name>" calls pyplot), draws, and reads back the scales, the limits after autoscale, the
major ticks in view and their labels, the locator's whole tick list and labels (get_xticks,
get_xticklabels), the minor ticks drawn, or the exception class and message. Writes
test/golden/plt/scales.json.
Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

from plt_replay import dump_cases

X = (0.5 + np.arange(50) / 10).tolist()
EXP = np.exp(2 * np.array(X)).tolist()


def in_view(axis, lim):
    lo, hi = min(lim), max(lim)
    out = []
    for t in axis.get_major_ticks():
        v = t.get_loc()
        if lo * (1 - 1e-10) <= v <= hi * (1 + 1e-10):
            out.append({"v": float(v), "text": t.label1.get_text()})
    return out


CASES = [
    ("yscale log", [["plot", [X, EXP], {}], ["set_yscale", ["log"], {}]]),
    ("both log", [["plot", [[0.5, 2, 3], [0.001, 10, 1e5]], {}], ["set_xscale", ["log"], {}], ["set_yscale", ["log"], {}]]),
    ("log then linear", [["plot", [X, EXP], {}], ["set_yscale", ["log"], {}], ["set_yscale", ["linear"], {}]]),
    ("plt.xscale log", [["plt.plot", [[1, 10, 100, 1000], [1, 2, 3, 4]], {}], ["plt.xscale", ["log"], {}]]),
    ("plt.yscale log nonpositive data", [["plt.plot", [[0, 1, 2, 3], [0, 1, 10, 100]], {}], ["plt.yscale", ["log"], {}]]),
    ("err scale name", [["set_yscale", ["foo"], {}]]),
    ("symlog linthresh", [["plot", [list(range(9)), [-0.5, -0.2, -0.05, -0.004, 0, 0.003, 0.04, 0.3, 0.49]], {}],
                          ["set_yscale", ["symlog"], {"linthresh": 0.01}]]),
    ("symlog default", [["plot", [[-1000, -10, 0, 5, 200, 3000], [1, 2, 3, 4, 5, 6]], {}], ["set_xscale", ["symlog"], {}]]),
    ("symlog base 2 linscale", [["plot", [[0, 1, 2, 3], [-40, -1, 3, 60]], {}], ["set_yscale", ["symlog"], {"base": 2, "linthresh": 1, "linscale": 0.5}]]),
    ("symlog subs", [["plot", [[-300, -2, 0, 4, 900], [0, 1, 2, 3, 4]], {}], ["set_xscale", ["symlog"], {"subs": [2, 5], "linthresh": 1}]]),
    ("symlog subs y", [["plot", [[0, 1, 2], [-50, 0, 700]], {}], ["set_yscale", ["symlog"], {"subs": [1, 3]}]]),
    ("symlog linear range only", [["plot", [[0, 1, 2], [-0.7, 0.2, 0.9]], {}], ["set_yscale", ["symlog"], {}]]),
    ("symlog many decades", [["plot", [[0, 1, 2], [-1e12, 0, 1e15]], {}], ["set_yscale", ["symlog"], {"linthresh": 1e-3}]]),
    ("symlog few decades", [["plot", [[0, 1], [3, 40]], {}], ["set_yscale", ["symlog"], {"linthresh": 1}]]),
    ("logit tutorial", [["plot", [list(range(6)), [0.005, 0.02, 0.3, 0.6, 0.97, 0.9995]], {}], ["set_yscale", ["logit"], {}]]),
    ("logit narrow", [["plot", [[0, 1, 2], [0.3, 0.45, 0.7]], {}], ["set_yscale", ["logit"], {}]]),
    ("logit small", [["plot", [[0, 1, 2], [0.001, 0.01, 0.04]], {}], ["set_yscale", ["logit"], {}]]),
    ("logit near one", [["plot", [[0, 1, 2], [0.95, 0.99, 0.998]], {}], ["set_yscale", ["logit"], {}]]),
    ("logit x subsampled", [["plot", [[1e-9, 1e-4, 0.5, 1 - 1e-4, 1 - 1e-9], [1, 2, 3, 4, 5]], {}], ["set_xscale", ["logit"], {}]]),
    ("logit one_half overline", [["plot", [[0, 1, 2], [0.01, 0.5, 0.999]], {}], ["set_yscale", ["logit"], {"one_half": "1/2", "use_overline": True}]]),
    ("logit x clip", [["plot", [[0, 0.2, 0.5, 0.9, 1], [1, 2, 3, 4, 5]], {}], ["set_xscale", ["logit"], {"nonpositive": "clip", "one_half": "half"}]]),
    ("logit mask outside", [["plot", [[0, 1, 2, 3], [0, 0.1, 0.8, 1]], {}], ["set_yscale", ["logit"], {"nonpositive": "mask", "use_overline": False}]]),
    ("logit x overline", [["plot", [[0.02, 0.5, 0.995], [1, 2, 3]], {}], ["set_xscale", ["logit"], {"use_overline": True}]]),
    ("symlog x base linscale", [["plot", [[-20, 0, 300], [1, 2, 3]], {}], ["set_xscale", ["symlog"], {"base": 3, "linscale": 2}]]),
    ("plt.yscale symlog", [["plt.plot", [[0, 1, 2], [-5, 0, 80]], {}], ["plt.yscale", ["symlog"], {"linthresh": 0.5}]]),
    ("plt.xscale logit", [["plt.plot", [[0.1, 0.5, 0.9], [1, 2, 3]], {}], ["plt.xscale", ["logit"], {}]]),
    ("symlog then linear", [["plot", [[0, 1], [-100, 100]], {}], ["set_yscale", ["symlog"], {}], ["set_yscale", ["linear"], {}]]),
    ("err symlog linthresh", [["set_yscale", ["symlog"], {"linthresh": 0}]]),
    ("err symlog base", [["set_yscale", ["symlog"], {"base": 1}]]),
    ("err symlog linscale", [["set_xscale", ["symlog"], {"linscale": -1}]]),
    ("err logit nonpositive", [["set_yscale", ["logit"], {"nonpositive": "foo"}]]),
    ("err symlog keyword", [["set_yscale", ["symlog"], {"nonpositive": "clip"}]]),
    ("err logit keyword", [["set_xscale", ["logit"], {"base": 10}]]),
    ("err linear keyword", [["set_yscale", ["linear"], {"linthresh": 1}]]),
]


def minor_in_view(axis, lim):
    lo, hi = min(lim), max(lim)
    eps = (hi - lo) * 1e-10
    return [float(v) for v in axis.get_minorticklocs() if lo - eps <= v <= hi + eps]


def minor_labels_in_view(axis, lim):
    lo, hi = min(lim), max(lim)
    eps = (hi - lo) * 1e-10
    return [t.get_text() for v, t in zip(axis.get_minorticklocs(), axis.get_minorticklabels()) if lo - eps <= v <= hi + eps]


def read(fig, ax):
    return {"scales": [ax.get_xscale(), ax.get_yscale()], "xlim": [float(v) for v in ax.get_xlim()], "ylim": [float(v) for v in ax.get_ylim()],
            "xticks": in_view(ax.xaxis, ax.get_xlim()), "yticks": in_view(ax.yaxis, ax.get_ylim()),
            "xlocs": [float(v) for v in ax.get_xticks()], "ylocs": [float(v) for v in ax.get_yticks()],
            "xlabels": [t.get_text() for t in ax.get_xticklabels()], "ylabels": [t.get_text() for t in ax.get_yticklabels()],
            "xminor": minor_in_view(ax.xaxis, ax.get_xlim()), "yminor": minor_in_view(ax.yaxis, ax.get_ylim()),
            "xminorlabels": minor_labels_in_view(ax.xaxis, ax.get_xlim()), "yminorlabels": minor_labels_in_view(ax.yaxis, ax.get_ylim())}


dump_cases("plt/scales", CASES, read)
