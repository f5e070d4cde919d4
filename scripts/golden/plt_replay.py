"""Shared by the plt_* fixture generators whose cases replay Axes calls (test/plt/replay.ts reads
their output): each case runs its calls on a fresh Axes of Debian's matplotlib (Agg), draws,
and records what `read(fig, ax)` reads back, or the exception class and message."""
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from golden_io import dump  # noqa: E402


def run(calls, read):
    plt.close("all")
    fig, ax = plt.subplots()
    try:
        for name, args, kwargs in calls:
            target = plt if name.startswith("plt.") else ax
            getattr(target, name.split(".")[-1])(*args, **kwargs)
        fig.canvas.draw()
        out = read(fig, ax)
    except Exception as e:  # the exception is the reference
        out = {"error": type(e).__name__, "message": str(e)}
    plt.close("all")
    return out


def dump_cases(name, cases, read):
    """Writes test/golden/<name>.json: one {label, calls, expected} per case."""
    dump(name, [{"label": label, "calls": calls, "expected": run(calls, read)} for label, calls in cases])
