"""Golden fixtures for plt's text and annotate: each case runs its calls on a fresh Axes of
Debian's matplotlib (Agg) and reads back ax.texts (string, position, color, size, weight,
alignment, rotation, alpha, zorder; for annotations xy, xytext and the arrow's color and width),
the limits after autoscale, or the exception class and message.
Writes test/golden/plt/texts.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib.colors as mcolors
import matplotlib.text as mtext

from plt_replay import dump_cases


def rgba(c):
    return [float(v) for v in mcolors.to_rgba(c)]


def read(ax):
    texts = []
    for t in ax.texts:
        entry = {"s": t.get_text(), "pos": [float(v) for v in t.get_position()], "color": rgba(t.get_color()),
                 "size": t.get_fontsize(), "weight": t.get_fontweight(), "ha": t.get_horizontalalignment(),
                 "va": t.get_verticalalignment(), "rotation": t.get_rotation(), "alpha": t.get_alpha(), "z": t.get_zorder()}
        if isinstance(t, mtext.Annotation):
            entry["xy"] = [float(v) for v in t.xy]
            entry["xytext"] = [float(v) for v in t.xyann]
            a = t.arrow_patch
            entry["arrow"] = None if a is None else {"ec": rgba(a.get_edgecolor()), "fc": rgba(a.get_facecolor()), "lw": a.get_linewidth()}
        texts.append(entry)
    return {"xlim": list(ax.get_xlim()), "ylim": list(ax.get_ylim()), "texts": texts}


CASES = [
    ("text", [["plot", [[0, 1], [0, 2]], {}], ["text", [0.5, 1.0, "hello"], {}]]),
    ("text keywords", [["text", [0.2, 0.3, "k"], {"color": "r", "fontsize": 14, "fontweight": "bold", "ha": "center", "va": "top", "rotation": 45, "alpha": 0.5, "zorder": 5}]]),
    ("text aliases", [["text", [0.2, 0.3, "k"], {"c": "g", "size": "large", "weight": "light", "horizontalalignment": "right", "verticalalignment": "center"}]]),
    ("text fontdict", [["text", [1, 2, "d", {"color": "b", "fontsize": 8}], {}]]),
    ("text outside limits", [["plot", [[0, 1], [0, 1]], {}], ["text", [5, 5, "far"], {}]]),
    ("text rotation vertical", [["text", [0.1, 0.1, "v"], {"rotation": "vertical", "va": "bottom"}]]),
    ("text va baseline center_baseline", [["text", [0.1, 0.1, "b"], {"va": "center_baseline"}]]),
    ("annotate", [["plot", [[0, 4], [0, 4]], {}], ["annotate", ["peak", [2, 2]], {}]]),
    ("annotate xytext arrow", [["plot", [[0, 4], [0, 4]], {}], ["annotate", ["peak", [2, 2], [3, 1]], {"arrowprops": {"facecolor": "black", "shrink": 0.05}}]]),
    ("annotate arrowstyle", [["annotate", ["a"], {"xy": [0.5, 0.5], "xytext": [0.1, 0.9], "arrowprops": {"arrowstyle": "->", "color": "r", "lw": 2}, "fontsize": 12, "fontweight": "semibold", "color": "b", "ha": "center", "va": "center"}]]),
    ("annotate arrowprops empty", [["annotate", ["e", [0.2, 0.2], [0.6, 0.6]], {"arrowprops": {}}]]),
    ("annotate keywords", [["annotate", ["k", [0.2, 0.2]], {"xycoords": "data", "rotation": 30, "alpha": 0.4, "zorder": 4, "weight": "bold", "c": "m", "size": 7, "horizontalalignment": "right", "verticalalignment": "bottom"}]]),
    # bad input
    ("err text unknown kw", [["text", [0, 0, "a"], {"colr": "r"}]]),
    ("err text ha", [["text", [0, 0, "a"], {"ha": "middle"}]]),
    ("err text va", [["text", [0, 0, "a"], {"va": "middle"}]]),
    ("err text color", [["text", [0, 0, "a"], {"color": "zz"}]]),
    ("err annotate unknown kw", [["annotate", ["a", [0, 0]], {"colr": "r"}]]),
]




dump_cases("plt/texts", CASES, lambda fig, ax: read(ax))
