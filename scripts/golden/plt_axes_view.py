"""Golden fixtures for how plt's Axes frame their data: invert_xaxis / invert_yaxis, margins and
set_aspect. Each case runs its calls on a fresh Axes of Debian's matplotlib (Agg), draws, and
reads back the limits, margins, inversion, aspect / adjustable and the drawn axes box (px), or
the exception class and message. Writes test/golden/plt/axes_view.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")

from plt_replay import dump_cases

CASES = [
    ("invert_xaxis autoscaled", [["plot", [[0, 10], [1, 3]], {}], ["invert_xaxis", [], {}]]),
    ("invert_yaxis then more data", [["plot", [[0, 10], [1, 3]], {}], ["invert_yaxis", [], {}], ["plot", [[0, 20], [0, 5]], {}]]),
    ("invert twice", [["plot", [[0, 10], [1, 3]], {}], ["invert_xaxis", [], {}], ["invert_xaxis", [], {}]]),
    ("invert set limits", [["plot", [[0, 10], [1, 3]], {}], ["set_xlim", [2, 8], {}], ["invert_xaxis", [], {}], ["set_ylim", [0, 4], {}], ["invert_yaxis", [], {}]]),
    ("invert image y", [["imshow", [[[1, 2], [3, 4]]], {}], ["invert_yaxis", [], {}]]),
    ("margins one", [["plot", [[0, 10], [1, 3]], {}], ["margins", [0.2], {}]]),
    ("margins two", [["plot", [[0, 10], [1, 3]], {}], ["margins", [0, 0.5], {}]]),
    ("margins keywords", [["plot", [[0, 10], [1, 3]], {}], ["margins", [], {"x": 0.1}], ["margins", [], {"y": -0.1}]]),
    ("margins then bar", [["margins", [0.1], {}], ["bar", [[1, 2, 3], [3, 1, 2]], {}]]),
    ("set_aspect equal box", [["plot", [[0, 10], [1, 3]], {}], ["set_aspect", ["equal"], {}]]),
    ("set_aspect number box", [["plot", [[0, 1], [0, 1]], {}], ["set_aspect", [2], {}]]),
    ("set_aspect equal datalim", [["plot", [[0, 10], [1, 3]], {}], ["set_aspect", ["equal"], {"adjustable": "datalim"}]]),
    ("set_aspect datalim positional", [["plot", [[0, 1], [1, 30]], {}], ["set_aspect", [1, "datalim"], {}]]),
    ("set_aspect auto", [["plot", [[0, 10], [1, 3]], {}], ["set_aspect", ["equal"], {}], ["set_aspect", ["auto"], {}]]),
    # bad input
    ("err margins three", [["margins", [0.1, 0.2, 0.3], {}]]),
    ("err margins both", [["margins", [0.1], {"x": 0.2}]]),
    ("err margins small", [["margins", [-0.6], {}]]),
    ("err set_aspect string", [["set_aspect", ["foo"], {}]]),
    ("err set_aspect adjustable", [["set_aspect", [1], {"adjustable": "foo"}]]),
]


def read(fig, ax):
    pos = ax.get_position()
    w, h = fig.get_size_inches() * fig.dpi
    return {"xlim": [float(v) for v in ax.get_xlim()], "ylim": [float(v) for v in ax.get_ylim()],
           "margins": [float(v) for v in ax.margins()], "xinv": bool(ax.xaxis_inverted()), "yinv": bool(ax.yaxis_inverted()),
           "aspect": ax.get_aspect(), "adjustable": ax.get_adjustable(), "box": [float(pos.width * w), float(pos.height * h)]}


dump_cases("plt/axes_view", CASES, read)
