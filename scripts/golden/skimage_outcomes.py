"""What a call does, for the bad-input fixtures: the exception class and message it raises, or
a note that it returned. Shared by skimage_bad_input.py and sklearn_bad_input.py."""
import warnings

import numpy as np


def outcome(fn):
    """{"error": class name, "message": str(exception)}, or {"returned": type name, "value": the
    value when it is an array or a number}."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            value = fn()
        except Exception as e:  # noqa: BLE001 - every class is what the fixture records
            return {"error": type(e).__name__, "message": str(e)}
    out = {"returned": type(value).__name__}
    if isinstance(value, (np.ndarray, np.generic, int, float)):
        out["value"] = np.asarray(value)
    return out


def outcomes(cases):
    """Runs each named case of a {name: callable} dict."""
    return {name: outcome(fn) for name, fn in cases.items()}
