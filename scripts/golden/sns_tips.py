"""The small tips-like table the categorical sns fixtures share, and a reader of what a seaborn
plot left on an Axes through matplotlib's artist API (collections, lines, patches, ticks,
limits, labels, legend). Imported by the sns_*.py generators; run them with /usr/bin/python3."""
import matplotlib

matplotlib.use("Agg")
import matplotlib.colors as mcolors
import numpy as np

rng = np.random.RandomState(5)
N = 40
TIPS = {
    "day": rng.choice(["Thur", "Fri", "Sat", "Sun"], size=N).tolist(),
    "total": np.round(rng.gamma(4, 5, size=N), 2).tolist(),
    "sex": rng.choice(["Male", "Female"], size=N).tolist(),
    "size": rng.randint(1, 5, size=N).tolist(),
}
TIPS["month"] = rng.choice(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], size=N).tolist()
ROWS = [dict(zip(TIPS, vals)) for vals in zip(*TIPS.values())]


def rgba(c):
    return [float(v) for v in mcolors.to_rgba(c)]


def floats(values):
    return [float(v) for v in np.asarray(values, dtype=float).ravel()]


def read_axes(ax):
    """The artists and guides of `ax` as plain JSON values."""
    collections = []
    for c in ax.collections:
        entry = {"type": type(c).__name__, "z": c.get_zorder(), "label": c.get_label()}
        if type(c).__name__ == "PathCollection":
            off = np.asarray(c.get_offsets(), dtype=float).reshape(-1, 2)
            entry.update({"x": floats(off[:, 0]), "y": floats(off[:, 1]), "fc": [rgba(v) for v in c.get_facecolors()],
                          "ec": [rgba(v) for v in c.get_edgecolors()], "s": floats(c.get_sizes()), "lw": floats(c.get_linewidths())})
        else:
            paths = c.get_paths()
            entry.update({"fc": [rgba(v) for v in c.get_facecolors()], "ec": [rgba(v) for v in c.get_edgecolors()],
                          "lw": floats(c.get_linewidths()), "paths": [np.asarray(p.vertices, dtype=float).tolist() for p in paths]})
        collections.append(entry)
    lines = [{"x": floats(l.get_xdata()), "y": floats(l.get_ydata()), "color": rgba(l.get_color()), "lw": l.get_linewidth(),
              "ls": l.get_linestyle(), "marker": str(l.get_marker()), "ms": l.get_markersize(), "mfc": rgba(l.get_markerfacecolor()),
              "mec": rgba(l.get_markeredgecolor()), "z": l.get_zorder(), "label": l.get_label()} for l in ax.lines]
    patches = []
    for p in ax.patches:
        entry = {"type": type(p).__name__, "fc": rgba(p.get_facecolor()), "ec": rgba(p.get_edgecolor()), "lw": p.get_linewidth(), "z": p.get_zorder()}
        if type(p).__name__ == "Rectangle":
            entry.update({"x": p.get_x(), "y": p.get_y(), "w": p.get_width(), "h": p.get_height()})
        else:
            entry["vertices"] = np.asarray(p.get_path().vertices, dtype=float).tolist()
        patches.append(entry)
    leg = ax.get_legend()
    legend = None
    if leg is not None:
        handles = leg.legendHandles
        colors = []
        for h in handles:
            if hasattr(h, "get_facecolors"):
                fc = h.get_facecolors()
                colors.append(rgba(fc[0]) if len(fc) else None)
            elif hasattr(h, "get_markerfacecolor"):
                colors.append(rgba(h.get_color()))
            else:
                colors.append(rgba(h.get_facecolor()))
        legend = {"title": leg.get_title().get_text(), "labels": [t.get_text() for t in leg.get_texts()], "colors": colors}
    return {
        "collections": collections,
        "lines": lines,
        "patches": patches,
        "xticks": floats(ax.get_xticks()),
        "yticks": floats(ax.get_yticks()),
        "xticklabels": [t.get_text() for t in ax.get_xticklabels()],
        "yticklabels": [t.get_text() for t in ax.get_yticklabels()],
        "xlim": floats(ax.get_xlim()),
        "ylim": floats(ax.get_ylim()),
        "xlabel": ax.get_xlabel(),
        "ylabel": ax.get_ylabel(),
        "legend": legend,
    }


def fresh_axes():
    """A new default figure and Axes with matplotlib's and seaborn's defaults and NumPy's global
    state seeded with 0 (stripplot's and regplot's jitter draw from it)."""
    import matplotlib.pyplot as plt
    import seaborn as sns
    plt.close("all")
    plt.rcdefaults()
    sns.reset_orig()
    np.random.seed(0)
    return plt.subplots()


def quietly(call):
    """Runs call() with warnings silenced: ({"error", "message"}, None) if it raised, else (None, result)."""
    import warnings
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return None, call()
    except Exception as e:
        return {"error": type(e).__name__, "message": str(e)}, None
