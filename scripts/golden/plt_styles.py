"""Golden fixtures for plt's rc settings and styles: after matplotlib.style.use(name) (from the
defaults), the values of the rc keys plt draws with; and the errors of rcParams, rc and
style.use. Writes test/golden/plt_layout/styles.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib as mpl

mpl.use("Agg")
import matplotlib.colors as mcolors  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

from golden_io import dump  # noqa: E402

KEYS = ["axes.facecolor", "axes.edgecolor", "axes.labelcolor", "axes.grid", "axes.prop_cycle", "grid.color", "text.color",
        "xtick.color", "ytick.color", "figure.facecolor", "lines.linewidth", "font.size", "figure.figsize", "lines.markersize", "image.cmap"]
STYLES = ["ggplot", "bmh", "fivethirtyeight", "dark_background", "grayscale", "classic", "seaborn-v0_8", "seaborn-v0_8-darkgrid",
          "seaborn-v0_8-whitegrid", "seaborn-v0_8-dark", "seaborn-v0_8-white", "seaborn-v0_8-ticks", "seaborn-v0_8-talk", "seaborn-v0_8-poster",
          "seaborn-v0_8-paper", "seaborn-v0_8-notebook", "seaborn-v0_8-deep", "seaborn-v0_8-muted", "seaborn-v0_8-colorblind", "Solarize_Light2", "tableau-colorblind10"]


def snap():
    out = {}
    for k in KEYS:
        v = mpl.rcParams[k]
        if k == "axes.prop_cycle":
            v = [mcolors.to_hex(c["color"]) for c in v]
        elif k.endswith("color") or k == "axes.facecolor":
            v = mcolors.to_hex(v, keep_alpha=mcolors.to_rgba(v)[3] < 1)
        elif isinstance(v, (list, tuple)):
            v = list(v)
        out[k] = v
    return out


styles = []
for s in STYLES:
    mpl.rcdefaults()
    plt.style.use(s)
    styles.append({"style": s, "rc": snap()})
mpl.rcdefaults()

errors = []
for label, fn in [
    ("rcParams unknown key", lambda: mpl.rcParams.__setitem__("foo.bar", 1)),
    ("rcParams bad float", lambda: mpl.rcParams.__setitem__("font.size", "abc")),
    ("rcParams bad bool", lambda: mpl.rcParams.__setitem__("axes.grid", "maybe")),
    ("rcParams bad color", lambda: mpl.rcParams.__setitem__("axes.facecolor", "notacolor")),
    ("rc unknown name", lambda: plt.rc("lines", linewidthx=2)),
    ("style unknown", lambda: plt.style.use("foo")),
]:
    try:
        fn()
        errors.append({"label": label, "error": None})
    except Exception as e:
        errors.append({"label": label, "error": type(e).__name__, "message": str(e)})
mpl.rcdefaults()
dump("plt_layout/styles", {"keys": KEYS, "styles": styles, "errors": errors, "available": plt.style.available})
