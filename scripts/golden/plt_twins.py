"""Golden fixtures for plt's twinx / twiny: Debian's matplotlib (Agg) plots on an Axes and its
twin and records both axes' limits, the figure's axes count, the twin's line colors (its own
property cycle) and the side its ticks are on.
Writes test/golden/plt_layout/twins.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib.colors as mcolors  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

from golden_io import dump  # noqa: E402

CASES = [
    ("twinx", "twinx", [0, 1, 2, 3], [1, 4, 9, 16], [-1, 0, 5, 6], [0.1, 0.3, 0.2, 0.5]),
    ("twiny", "twiny", [0, 1, 2, 3], [1, 4, 9, 16], [10, 20, 30, 40], [1, 2, 3, 5]),
]


def run(method, x1, y1, x2, y2):
    plt.close("all")
    fig, ax = plt.subplots()
    ax.plot(x1, y1)
    tw = getattr(ax, method)()
    tw.plot(x2, y2)
    tw.plot(x2, y1)
    fig.canvas.draw()
    out = {"ax": [list(ax.get_xlim()), list(ax.get_ylim())], "twin": [list(tw.get_xlim()), list(tw.get_ylim())],
           "naxes": len(fig.axes), "colors": [mcolors.to_hex(l.get_color()) for l in tw.lines],
           "yticks_position": tw.yaxis.get_ticks_position(), "xticks_position": tw.xaxis.get_ticks_position()}
    plt.close("all")
    return out


dump("plt_layout/twins", [{"label": l, "method": m, "x1": a, "y1": b, "x2": c, "y2": d, "expected": run(m, a, b, c, d)} for l, m, a, b, c, d in CASES])
