"""What a call does, for the bad-input fixtures: the exception class and message it raises, or
a note that it returned. Shared by skimage_bad_input.py and sklearn_bad_input.py."""
import warnings


def outcome(fn):
    """{"error": class name, "message": str(exception)}, or {"returned": type name}."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            value = fn()
        except Exception as e:  # noqa: BLE001 - every class is what the fixture records
            return {"error": type(e).__name__, "message": str(e)}
    return {"returned": type(value).__name__}


def outcomes(cases):
    """Runs each named case of a {name: callable} dict."""
    return {name: outcome(fn) for name, fn in cases.items()}
