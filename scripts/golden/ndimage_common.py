"""Shared case recorder for the scipy.ndimage / skimage fixtures: each case names a function,
its positional arguments and keyword arguments, and the result. Arrays given as
{"src": name, "view": v} are rebuilt by the test from the fixture's sources, v being
"" (as stored), "T" (transposed), "rev" ([::-1, ::2] on 2-D, [::-1] on 1-D) or "bcast"
(the first row broadcast to the source's shape)."""
import numpy as np


def view(a, v):
    if v == "":
        return a
    if v == "T":
        return a.T
    if v == "rev":
        return a[::-1, ::2] if a.ndim == 2 else a[::-1]
    if v == "bcast":
        return np.broadcast_to(a[:1], a.shape)
    raise ValueError(v)


class Recorder:
    def __init__(self, srcs):
        self.srcs = srcs
        self.cases = []

    def ref(self, name, v=""):
        return {"src": name, "view": v}

    def _resolve(self, x):
        if isinstance(x, dict) and "src" in x:
            return view(self.srcs[x["src"]], x["view"])
        return x

    def add(self, name, fn, args, kwargs=None, out=None, call=None):
        kwargs = kwargs or {}
        real = [self._resolve(a) for a in args]
        rkw = {k: self._resolve(v) for k, v in kwargs.items()}
        result = (call or fn)(*real, **rkw) if out is None else out
        self.cases.append({"name": name, "fn": fn.__name__ if callable(fn) else fn, "args": list(args), "kwargs": kwargs, "out": result})
        return result

    def fixture(self):
        return {"srcs": self.srcs, "cases": self.cases}
