"""Axes boxes after subplots_adjust, as Debian's matplotlib (Agg) lays them out: each Axes' box
in pixels (top-left origin), for plt.subplots_adjust and Figure.subplots_adjust, one call and two
in a row, and after tight_layout; and the messages of the refused values.
Writes test/golden/plt_layout/subplots_adjust.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from golden_io import dump, versions  # noqa: E402


def boxes(fig):
    w, h = fig.get_size_inches() * fig.dpi
    out = []
    for ax in fig.axes:
        x0, y0, x1, y1 = ax.get_position().extents
        out.append([x0 * w, (1 - y1) * h, x1 * w, (1 - y0) * h])
    return out


cases = {}

fig, axs = plt.subplots(2, 2)
plt.subplots_adjust(left=0.2, bottom=0.15, right=0.95, top=0.85, wspace=0.5, hspace=0.1)
cases["plt_2x2"] = boxes(fig)
plt.close(fig)

fig, axs = plt.subplots(1, 3, figsize=(8, 3))
fig.subplots_adjust(bottom=0.3)
fig.subplots_adjust(top=0.7, wspace=0.05)
cases["fig_1x3_twice"] = boxes(fig)
plt.close(fig)

fig, axs = plt.subplots(3, 1)
fig.subplots_adjust(0.25, 0.05, 0.9, 0.95, 0.3, 0.6)
cases["positional_3x1"] = boxes(fig)
plt.close(fig)

errors = {}
for name, kw in {"left_right": {"left": 0.8, "right": 0.3}, "bottom_top": {"bottom": 0.95}}.items():
    fig = plt.figure()
    try:
        fig.subplots_adjust(**kw)
    except ValueError as e:
        errors[name] = str(e)
    plt.close(fig)

dump("plt_layout/subplots_adjust", {"versions": versions(), "cases": cases, "errors": errors})
