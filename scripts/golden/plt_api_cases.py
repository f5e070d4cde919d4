"""Shared by the plt fixture generators whose cases are calls and probes (test/plt/api_replay.ts
reads their output): each case makes a figure of Debian's matplotlib (Agg) with `grid`
subplots, replays its calls on the first Axes ("plt.name" calls pyplot, "$axN.name" the N-th
Axes; an argument "$axN" is the N-th Axes, "$retN" the N-th call's result), draws, then
evaluates its probes the same way and records the returned values made plain (arrays as lists,
Texts as their text, Axes as "<Axes>", Colormaps as their name), or the exception class and
message."""
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from golden_io import dump  # noqa: E402


def plain(v):
    """A probe's value as JSON: the same conversion test/plt/axes_api.test.ts applies to plt's."""
    if isinstance(v, matplotlib.text.Text):
        return v.get_text()
    if isinstance(v, matplotlib.axes.Axes):
        return "<Axes>"
    if isinstance(v, matplotlib.colors.Colormap):
        return v.name
    if isinstance(v, np.ndarray):
        return plain(v.tolist())
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, float, np.integer, np.floating)):
        return float(v)
    if v is None or isinstance(v, str):
        return v
    return type(v).__name__


def resolve(ctx, name):
    """The callable a dotted name reaches: from pyplot ("plt."), an Axes ("$axN.") or the first Axes."""
    parts = name.split(".")
    if parts[0] == "plt":
        target, parts = plt, parts[1:]
    elif parts[0].startswith("$"):
        target, parts = ctx[parts[0]], parts[1:]
    else:
        target = ctx["$ax0"]
    for i, p in enumerate(parts):
        if i < len(parts) - 1 or not callable(getattr(target, p, None)) and p.isdigit():
            target = target[int(p)] if p.isdigit() else getattr(target, p)
            if callable(target) and i < len(parts) - 1 and not parts[i + 1].isdigit() and not hasattr(target, parts[i + 1]):
                target = target()
        else:
            target = getattr(target, p)
    return target


def args_of(ctx, args):
    return [ctx[a] if isinstance(a, str) and a.startswith("$") and a in ctx else a for a in args]


def run(grid, calls, probes):
    plt.close("all")
    matplotlib.rcdefaults()
    fig, axs = plt.subplots(*grid, squeeze=False)
    ctx = {f"$ax{i}": ax for i, ax in enumerate(axs.flat)}
    try:
        for k, (name, args, kwargs) in enumerate(calls):
            ctx[f"$ret{k}"] = resolve(ctx, name)(*args_of(ctx, args), **kwargs)
        fig.canvas.draw()
    except Exception as e:
        plt.close("all")
        return {"error": type(e).__name__, "message": str(e)}
    out = {"probes": []}
    for name, args in probes:
        try:
            out["probes"].append(plain(resolve(ctx, name)(*args_of(ctx, args))))
        except Exception as e:
            out["probes"].append({"error": type(e).__name__, "message": str(e)})
    plt.close("all")
    return out



def dump_api(name, cases):
    """Writes test/golden/<name>.json from (label, grid, calls, probes) cases."""
    dump(name, [{"label": label, "grid": grid, "calls": calls, "probes": probes, "expected": run(grid, calls, probes)}
                for label, grid, calls, probes in cases])
