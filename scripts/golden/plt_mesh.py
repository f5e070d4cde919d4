"""Golden fixtures for plt's pcolormesh and matshow: each case calls Debian's matplotlib (Agg)
on a fresh Axes (matshow also through pyplot, which makes its own figure) and records the
QuadMesh's cell corners, face and edge colors, line widths, zorder and norm, the axes limits,
ticks and tick side; or the exception class and message.
Writes test/golden/plt_mesh/pcolormesh.json and matshow.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib.colors as mcolors  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from golden_io import dump  # noqa: E402

C = np.arange(12, dtype=float).reshape(3, 4) ** 1.5
CN = C.copy()
CN[1, 2] = np.nan
X1 = [0.0, 1.0, 3.0, 4.0, 7.0]
Y1 = [-1.0, 0.0, 0.5, 2.0]
XC = [0.0, 1.0, 3.0, 4.0]
YC = [-1.0, 0.0, 2.0]
X2, Y2 = np.meshgrid(X1, Y1)


def L(a):
    return np.asarray(a, float).tolist()


PCOLOR = [
    ("C alone", [L(C)], {}),
    ("X Y 1-D flat", [X1, Y1, L(C)], {}),
    ("X Y 2-D flat", [L(X2), L(Y2), L(C)], {"shading": "flat"}),
    ("X Y nearest", [XC, YC, L(C)], {"shading": "nearest"}),
    ("X Y auto same shape", [XC, YC, L(C)], {"shading": "auto"}),
    ("C nearest", [L(C)], {"shading": "nearest"}),
    ("cmap vmin vmax", [L(C)], {"cmap": "gray", "vmin": 2, "vmax": 20}),
    ("alpha", [L(C)], {"alpha": 0.5}),
    ("edgecolors", [L(C)], {"edgecolors": "k", "linewidth": 2}),
    ("edgecolors face", [L(C)], {"edgecolors": "face"}),
    ("linewidths", [L(C)], {"edgecolor": "r", "linewidths": 0.5}),
    ("zorder", [L(C)], {"zorder": 4}),
    ("nan cell", [L(CN)], {}),
    ("error flat dims", [XC, YC, L(C)], {"shading": "flat"}),
    ("error nearest dims", [X1, Y1, L(C)], {"shading": "nearest"}),
    ("error two args", [X1, L(C)], {}),
    ("error X Y shapes", [L(X2), Y1[:2], L(C)], {}),
]


def rgba(v):
    return [float(t) for t in mcolors.to_rgba(v)]


def read_mesh(m, ax):
    return {"coords": np.asarray(m._coordinates, float).tolist(), "fc": [rgba(v) for v in m.get_facecolor()],
            "ec": [rgba(v) for v in m.get_edgecolor()], "lw": [float(v) for v in m.get_linewidth()],
            "zorder": m.get_zorder(), "norm": [float(m.norm.vmin), float(m.norm.vmax)],
            "xlim": L(ax.get_xlim()), "ylim": L(ax.get_ylim())}


def pcolor_case(args, kwargs):
    plt.close("all")
    fig, ax = plt.subplots()
    try:
        m = ax.pcolormesh(*args, **kwargs)
        fig.canvas.draw()
        out = read_mesh(m, ax)
    except Exception as e:
        out = {"error": type(e).__name__, "message": str(e)}
    plt.close("all")
    return out


M = np.arange(35.0).reshape(5, 7)
TALL = np.arange(60.0).reshape(12, 5)
MATSHOW = [
    ("matshow", L(M), {}, False),
    ("matshow tall", L(TALL), {}, False),
    ("matshow cmap", L(M), {"cmap": "gray", "vmin": 0, "vmax": 50}, False),
    ("plt.matshow", L(M), {}, True),
    ("plt.matshow tall", L(TALL), {}, True),
    ("plt.matshow fignum 0", L(M), {"fignum": 0}, True),
]


def matshow_case(A, kwargs, pyplot):
    plt.close("all")
    if pyplot:
        if kwargs.get("fignum") == 0:
            plt.subplots()
        im = plt.matshow(A, **kwargs)
        ax = plt.gca()
        fig = plt.gcf()
    else:
        fig, ax = plt.subplots()
        im = ax.matshow(A, **kwargs)
    fig.canvas.draw()
    out = {"xlim": L(ax.get_xlim()), "ylim": L(ax.get_ylim()), "xticks": L(ax.get_xticks()), "yticks": L(ax.get_yticks()),
           "xtick_position": ax.xaxis.get_ticks_position(), "aspect": float(ax.get_aspect()) if ax.get_aspect() != "auto" else "auto",
           "figsize": L(fig.get_size_inches()), "interpolation": im.get_interpolation(), "origin": im.origin,
           "clim": L(im.get_clim()), "cmap": im.get_cmap().name, "naxes": len(fig.axes),
           "position": L(ax.get_position().bounds)}
    plt.close("all")
    return out


dump("plt_mesh/pcolormesh", [{"label": l, "args": a, "kwargs": k, "expected": pcolor_case(a, k)} for l, a, k in PCOLOR])
dump("plt_mesh/matshow", [{"label": l, "A": A, "kwargs": k, "pyplot": p, "expected": matshow_case(A, k, p)} for l, A, k, p in MATSHOW])
