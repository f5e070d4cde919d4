"""Golden fixtures for plt's log axes: set_xscale / set_yscale and pyplot's xscale / yscale.
Each case runs its calls on a fresh figure of Debian's matplotlib (Agg) ("plt.<name>" calls
pyplot), draws, and reads back the scales, the limits after autoscale, the major ticks in view
and their labels, or the exception class and message. Writes test/golden/plt/scales.json.
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
]


def read(fig, ax):
    return {"scales": [ax.get_xscale(), ax.get_yscale()], "xlim": [float(v) for v in ax.get_xlim()], "ylim": [float(v) for v in ax.get_ylim()],
           "xticks": in_view(ax.xaxis, ax.get_xlim()), "yticks": in_view(ax.yaxis, ax.get_ylim())}


dump_cases("plt/scales", CASES, read)
