"""Golden fixtures for Line2D's setters on the lines plot / step / axhline / axvline return (and
errorbar's and stem's lines).
Each case draws on a fresh Axes of Debian's matplotlib (Agg), calls setters on the returned
lines (["ret", i]: the i-th line the draw call returned), draws, and reads back every line's
properties and the limits; "relim" then calls ax.relim() and ax.autoscale_view() and reads the
limits again. An error case records the exception class and message.
Writes test/golden/plt/line2d_setters.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib.colors as mcolors  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from golden_io import dump  # noqa: E402

CASES = [
    ("styles", ["plot", [[1, 2, 3], [3, 1, 2]], {}],
     [[0, "set_linestyle", [":"]], [0, "set_color", ["orange"]], [0, "set_linewidth", [3]], [0, "set_marker", ["o"]],
      [0, "set_markersize", [9]], [0, "set_alpha", [0.5]], [0, "set_label", ["walk"]], [0, "set_zorder", [5]]], False),
    ("aliases and marker colours", ["plot", [[1, 2, 3], [3, 1, 2], "s-"], {}],
     [[0, "set_ls", ["--"]], [0, "set_c", ["C3"]], [0, "set_lw", [0.5]], [0, "set_ms", [4]], [0, "set_markerfacecolor", ["none"]],
      [0, "set_markeredgecolor", ["k"]], [0, "set_markeredgewidth", [2]]], False),
    ("marker off, alpha off, label None", ["plot", [[1, 2], [2, 1], "o--"], {"alpha": 0.3, "label": "a"}],
     [[0, "set_marker", ["None"]], [0, "set_alpha", [None]], [0, "set_label", [None]], [0, "set_visible", [False]]], False),
    ("set_data keeps the limits until relim", ["plot", [[0, 1, 2], [0, 1, 4]], {}],
     [[0, "set_data", [[0, 10, 20, 30], [5, 6, 7, 8]]]], True),
    ("set_data of one [x, y] pair", ["plot", [[0, 1, 2], [0, 1, 4]], {}],
     [[0, "set_data", [[[1, 2, 3], [4, 5, 9]]]]], True),
    ("set_xdata and set_ydata", ["plot", [[1, 2, 3], [1, 2, 3]], {}],
     [[0, "set_xdata", [[2, 4, 8]]], [0, "set_ydata", [[-1, 0, 1]]]], True),
    ("second of two lines", ["plot", [[1, 2], [1, 2], "r", [1, 2], [2, 1], "b"], {}],
     [[1, "set_linestyle", ["-."]], [1, "set_color", ["g"]]], False),
    ("step", ["step", [[1, 2, 3], [1, 3, 2]], {"where": "mid"}], [[0, "set_linewidth", [4]], [0, "set_linestyle", ["--"]]], False),
    ("axhline", ["axhline", [0.5], {}], [[0, "set_color", ["r"]], [0, "set_linestyle", [":"]], [0, "set_xdata", [[0.25, 0.75]]]], False),
    ("axvline", ["axvline", [2], {"color": "k"}], [[0, "set_linewidth", [2]], [0, "set_ydata", [[0, 0.5]]]], False),
    ("errorbar's data line and caps", ["errorbar", [[1, 2, 3], [2, 1, 3]], {"yerr": 0.5, "capsize": 3}],
     [[0, "set_linestyle", ["--"]], [1, "set_color", ["r"]], [2, "set_markersize", [10]]], False),
    ("stem's marker line and baseline", ["stem", [[1, 2, 3], [2, 1, 3]], {}], [[0, "set_marker", ["s"]], [1, "set_linewidth", [3]]], False),
    ("err linestyle", ["plot", [[1, 2]], {}], [[0, "set_linestyle", ["~"]]], False),
    ("err color", ["plot", [[1, 2]], {}], [[0, "set_color", ["notacolor"]]], False),
    ("err marker", ["plot", [[1, 2]], {}], [[0, "set_marker", ["Q"]]], False),
    ("err alpha", ["plot", [[1, 2]], {}], [[0, "set_alpha", [2]]], False),
]


def hexa(c):
    return mcolors.to_hex(c, keep_alpha=True)


def line_facts(ln):
    return {
        "xdata": np.asarray(ln.get_xdata(), dtype=float).tolist(), "ydata": np.asarray(ln.get_ydata(), dtype=float).tolist(),
        "color": hexa(ln.get_color()), "linestyle": ln.get_linestyle(), "linewidth": float(ln.get_linewidth()),
        "marker": str(ln.get_marker()), "markersize": float(ln.get_markersize()), "alpha": ln.get_alpha(),
        "label": ln.get_label(), "visible": ln.get_visible(), "zorder": float(ln.get_zorder()),
        "markerfacecolor": hexa(ln.get_markerfacecolor()), "markeredgecolor": hexa(ln.get_markeredgecolor()),
        "markeredgewidth": float(ln.get_markeredgewidth()),
    }


def run(draw, setters, relim):
    fig, ax = plt.subplots()
    name, args, kwargs = draw
    ret = getattr(ax, name)(*args, **kwargs)
    # errorbar: (data_line, caplines, barlinecols); stem: (markerline, stemlines, baseline)
    lines = [ret[0], *ret[1]] if name == "errorbar" else [ret[0], ret[2]] if name == "stem" else ret if isinstance(ret, list) else [ret]
    try:
        for i, setter, sargs in setters:
            getattr(lines[i], setter)(*sargs)
        fig.canvas.draw()
    except Exception as e:  # noqa: BLE001
        plt.close(fig)
        return {"error": type(e).__name__, "message": str(e)}
    out = {"lines": [line_facts(ln) for ln in ax.lines], "same": [ln is ax.lines[k] for k, ln in enumerate(lines)],
           "xlim": [float(v) for v in ax.get_xlim()], "ylim": [float(v) for v in ax.get_ylim()]}
    if relim:
        ax.relim()
        ax.autoscale_view()
        out["relim"] = {"xlim": [float(v) for v in ax.get_xlim()], "ylim": [float(v) for v in ax.get_ylim()]}
    plt.close(fig)
    return out


dump("plt/line2d_setters", [{"label": label, "draw": draw, "setters": setters, "relim": relim, "expected": run(draw, setters, relim)}
                            for label, draw, setters, relim in CASES])
