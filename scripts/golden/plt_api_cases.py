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


def walk(target, parts, upto=None):
    """Follows attribute names and indexes; a method followed by more parts is called first."""
    for i, p in enumerate(parts[:upto]):
        target = target[int(p)] if p.isdigit() else getattr(target, p)
        if i < len(parts) - 1 and callable(target) and not hasattr(target, parts[i + 1]):
            target = target()
    return target


def resolve(ctx, name):
    """What a dotted name reaches from pyplot ("plt."), an Axes or result ("$axN.", "$retN.") or
    the first Axes: a callable, or for a last part "@attr" a function returning the attribute."""
    parts = name.split(".")
    if parts[0] == "plt":
        target, parts = plt, parts[1:]
    elif parts[0].startswith("$"):
        target, parts = ctx[parts[0]], parts[1:]
    else:
        target = ctx["$ax0"]
    if parts[-1].startswith("@"):
        value = getattr(walk(target, parts, len(parts) - 1), parts[-1][1:])
        return lambda: value
    return walk(target, parts)


def args_of(ctx, args):
    """Arguments with "$axN" / "$retN" (and "$retN.i" indexes into it) replaced by what they name."""
    out = []
    for a in args:
        if isinstance(a, str) and a.startswith("$") and a.split(".")[0] in ctx:
            head, *rest = a.split(".")
            out.append(walk(ctx[head], rest))
        else:
            out.append(a)
    return out


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
