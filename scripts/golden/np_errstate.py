"""Golden fixtures for np.seterr / geterr / seterrcall / geterrcall / errstate and
np.setbufsize / getbufsize: each scenario records what a ufunc call did under some settings
(its result, the warnings and callback calls it made, or the error it raised):
test/golden/np_errstate/cases.json. Run with /usr/bin/python3."""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from np_more_common import run  # noqa: E402

X = np.array([[1.0, 0.0, -1.0], [2.0, 0.0, 3.0]])


class Log:
    def __init__(self):
        self.lines = []

    def write(self, s):
        self.lines.append(s)


def scenario(settings, fn, call=None):
    """[result or error, warnings, calls] of fn() under seterr(**settings), restored after."""
    old, old_call = np.geterr(), np.geterrcall()
    calls = []
    log = Log()
    np.seterr(**settings)
    np.seterrcall(log if call == "log" else (lambda t, f: calls.append([t, f])) if call else None)
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            try:
                out = fn()
                res = [float(v) if not np.isnan(v) else "nan" for v in np.asarray(out, float).ravel()]
            except Exception as e:  # noqa: BLE001
                res = {"error": type(e).__name__, "message": str(e)}
        return [res, [str(x.message) for x in w], calls, log.lines]
    finally:
        np.seterr(**old)
        np.seterrcall(old_call)


CASES = {
    "geterr": lambda: [np.geterr()[k] for k in ("divide", "over", "under", "invalid")],
    "seterr_returns": lambda: (lambda old: [old["divide"], np.geterr()["divide"], np.geterr()["over"], np.seterr(**old)["divide"]])(np.seterr(divide="ignore", over="raise")),
    "seterr_all": lambda: (lambda old: [[np.geterr()[k] for k in ("divide", "over", "invalid")], np.seterr(**old)["over"]])(np.seterr(all="ignore", under="ignore", invalid="raise")),
    "seterr_bad": lambda: np.seterr(divide="x"),
    "default": lambda: scenario({}, lambda: X / np.array([0.0, 1.0, 0.0])),
    "ignore": lambda: scenario({"all": "ignore"}, lambda: X / np.array([0.0, 1.0, 0.0])),
    "ignore_divide": lambda: scenario({"divide": "ignore"}, lambda: X / np.array([0.0, 1.0, 0.0])),
    "raise_divide": lambda: scenario({"divide": "raise"}, lambda: np.array([1.0, 2.0]) / 0),
    "raise_invalid_after_warn": lambda: scenario({"invalid": "raise"}, lambda: np.log(np.array([-1.0, 0.0]))),
    "raise_over": lambda: scenario({"over": "raise"}, lambda: np.exp(np.array([1000.0, 1.0]))),
    "raise_T": lambda: scenario({"all": "raise", "under": "ignore"}, lambda: np.sqrt(X.T)),
    "raise_clean": lambda: scenario({"all": "raise", "under": "ignore"}, lambda: np.sqrt(np.abs(X[:, ::-1]))),
    "call": lambda: scenario({"all": "call", "under": "ignore"}, lambda: np.log(np.array([-1.0, 0.0])), call=True),
    "call_divide": lambda: scenario({"divide": "call"}, lambda: np.array([1.0, 0.0]) / 0, call=True),
    "call_none": lambda: scenario({"invalid": "call"}, lambda: np.array([0.0]) / 0),
    "log": lambda: scenario({"divide": "log"}, lambda: np.array([1.0]) / 0, call="log"),
    "warn_over": lambda: scenario({"over": "warn", "divide": "ignore"}, lambda: np.array([1e308]) * 10),
    "bufsize": lambda: [np.getbufsize(), np.setbufsize(16384), np.getbufsize(), np.setbufsize(8192)],
    "bufsize_small": lambda: np.setbufsize(4),
    "bufsize_big": lambda: np.setbufsize(10**9),
    "bufsize_16": lambda: np.setbufsize(10),
    "seterrcall_bad": lambda: np.seterrcall(5),
}


def errstate_case():
    calls = []
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        with np.errstate(divide="ignore", invalid="call", call=lambda t, f: calls.append([t, f])):
            inside = np.asarray(np.array([0.0, 1.0]) / 0, float)
            state = np.geterr()["divide"]
        after = np.geterr()["divide"]
        np.array([1.0]) / 0
    return [["nan" if np.isnan(v) else float(v) for v in inside], state, after, calls, [str(x.message) for x in w], np.geterrcall() is None]


CASES["errstate"] = errstate_case


def errstate_all():
    with np.errstate(all="ignore", under="ignore", over="raise"):
        quiet = np.asarray(np.array([1.0, 0.0]) / 0, float)
        try:
            np.exp(np.array([1000.0]))
            raised = ""
        except FloatingPointError as e:
            raised = str(e)
    return [["nan" if np.isnan(v) else float(v) for v in quiet], raised, np.geterr()["over"]]


CASES["errstate_all"] = errstate_all

if __name__ == "__main__":
    dump("np_errstate/cases", {"versions": versions(), "cases": {k: run(f) for k, f in CASES.items()}})
