"""Golden fixtures for sns.heatmap: each case calls seaborn 0.12's heatmap (Debian's
python3-seaborn, Agg) on a fresh figure and reads back the mesh's cell colors and values, the
annotation texts and their colors, tick positions, labels and rotations, limits, and the
colorbar's presence. Writes test/golden/sns_heatmap/heatmap.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib.colors as mcolors
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

from golden_io import dump

rng = np.random.RandomState(3)
F = np.round(rng.normal(size=(4, 5)), 3).tolist()
I = rng.randint(0, 100, size=(3, 4)).tolist()
BIG = np.round(rng.uniform(size=(40, 3)), 3).tolist()
MASK = (np.triu(np.ones((4, 5))) > 0).tolist()
TABLE = {"a": [1.5, 2.0, 3.25], "b": [0.1, -4.0, 2.0], "c": [7.0, 1.0, 0.0]}

CASES = [
    ("floats", {"data": F}),
    ("floats annotated", {"data": F, "annot": True}),
    ("ints annot fmt d", {"data": I, "annot": True, "fmt": "d"}),
    ("fmt .1f vmin vmax", {"data": F, "annot": True, "fmt": ".1f", "vmin": -1, "vmax": 1}),
    ("cmap viridis", {"data": I, "cmap": "viridis", "annot": True, "annot_kws": {"fontsize": 8}}),
    ("center with cmap", {"data": F, "center": 0, "cmap": "coolwarm", "annot": True}),
    ("robust", {"data": BIG, "robust": True}),
    ("mask", {"data": F, "mask": MASK, "annot": True}),
    ("no cbar, square", {"data": I, "cbar": False, "square": True}),
    ("tick labels", {"data": I, "xticklabels": ["w", "x", "y", "z"], "yticklabels": False}),
    ("tick labels every 2", {"data": BIG, "yticklabels": 2, "xticklabels": True}),
    ("linewidths", {"data": I, "linewidths": 2, "linecolor": "k"}),
    ("record of columns", {"data": TABLE, "annot": True, "fmt": ".2f"}),
    ("cbar_kws label", {"data": I, "cbar_kws": {"label": "value"}}),
    ("long labels rotate", {"data": np.round(rng.uniform(size=(12, 12)), 2).tolist(), "xticklabels": ["column_%02d" % i for i in range(12)], "yticklabels": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]}),
    ("short labels stay", {"data": np.round(rng.uniform(size=(12, 12)), 2).tolist(), "xticklabels": ["c%d" % i for i in range(12)], "yticklabels": list("abcdefghijkl")}),
    ("center default icefire", {"data": F, "center": 0.5, "annot": True}),
    ("cmap vlag_r", {"data": F, "cmap": "vlag_r", "annot": True}),
    ("cmap list of colors", {"data": I, "cmap": ["#ff0000", "green", "0.5", "navy"], "annot": True, "fmt": "d"}),
    ("cmap list with center", {"data": F, "cmap": ["#ff0000", "white", "blue"], "center": 0, "annot": True}),
]


def rgba(c):
    return [float(v) for v in mcolors.to_rgba(c)]


def run(kwargs):
    plt.close("all")
    fig, ax = plt.subplots()
    kw = dict(kwargs)
    data = kw.pop("data")
    if isinstance(data, dict):
        data = pd.DataFrame(data)
    else:
        data = np.array(data)
    if "mask" in kw:
        kw["mask"] = np.array(kw["mask"])
    sns.heatmap(data, ax=ax, **kw)
    fig.canvas.draw()
    mesh = ax.collections[0]
    arr = mesh.get_array()
    values = [None if m else float(v) for v, m in zip(np.ma.getdata(arr).ravel(), np.ma.getmaskarray(arr).ravel())]
    face = mesh.get_facecolors()
    out = {
        "values": values,
        "facecolors": [[float(x) for x in c] for c in face],
        "edgecolors": [[float(x) for x in c] for c in mesh.get_edgecolors()],
        "linewidths": [float(x) for x in mesh.get_linewidths()],
        "clim": [float(x) for x in mesh.get_clim()],
        "texts": [{"x": t.get_position()[0], "y": t.get_position()[1], "s": t.get_text(), "color": rgba(t.get_color()), "fontsize": t.get_fontsize()} for t in ax.texts],
        "xticks": [float(x) for x in ax.get_xticks()],
        "yticks": [float(x) for x in ax.get_yticks()],
        "xticklabels": [t.get_text() for t in ax.get_xticklabels()],
        "yticklabels": [t.get_text() for t in ax.get_yticklabels()],
        "xrotation": [t.get_rotation() for t in ax.get_xticklabels()][:1],
        "yrotation": [t.get_rotation() for t in ax.get_yticklabels()][:1],
        "xlim": list(ax.get_xlim()),
        "ylim": list(ax.get_ylim()),
        "aspect": ax.get_aspect() if ax.get_aspect() != "auto" else "auto",
        "colorbar": len(fig.axes) == 2,
        "cbar_label": fig.axes[1].get_ylabel() if len(fig.axes) == 2 else None,
        "xlabel": ax.get_xlabel(),
        "ylabel": ax.get_ylabel(),
    }
    return out


cases = []
for label, kwargs in CASES:
    cases.append({"label": label, "kwargs": kwargs, "expected": run(kwargs)})
palettes = {name: sns.color_palette(name, 5).as_hex() for name in ["icefire", "vlag", "flare", "crest", "crest_r"]}
dump("sns_heatmap/heatmap", {"cases": cases, "palettes": palettes})
