"""Shared writer for golden fixtures: run with Debian's /usr/bin/python3.

Fixtures are JSON files under test/golden/. NumPy arrays are written as
{"__ndarray__": {"dtype": "uint8", "shape": [2, 3], "data": [...]}} with the data in C order,
non-finite floats as the strings "nan", "inf", "-inf" (JSON has no literal for them), and
floats written with Python's repr so they read back bit for bit.
Large arrays go to a sibling .bin file (little-endian, C order) named in "file" instead of "data".
"""
import hashlib
import json
import math
import os
import sys

import numpy as np

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "test", "golden"))
INLINE_LIMIT = 4096  # elements; larger arrays are written as binary files


def _scalar(v):
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    f = float(v)
    if math.isnan(f):
        return "nan"
    if math.isinf(f):
        return "inf" if f > 0 else "-inf"
    return f


def _encode(obj, name, counter):
    if isinstance(obj, np.ndarray):
        arr = np.ascontiguousarray(obj)
        out = {"dtype": str(arr.dtype), "shape": list(arr.shape)}
        if arr.size > INLINE_LIMIT:
            counter[0] += 1
            fname = f"{name}.{counter[0]}.bin"
            arr.astype(arr.dtype.newbyteorder("<"), copy=False).tofile(os.path.join(ROOT, fname))
            out["file"] = fname
        else:
            out["data"] = [_scalar(v) for v in arr.ravel().tolist()]
        return {"__ndarray__": out}
    if isinstance(obj, dict):
        return {str(k): _encode(v, name, counter) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_encode(v, name, counter) for v in obj]
    if isinstance(obj, (np.generic, int, float, bool)):
        return _scalar(obj)
    return obj


def dump(name, obj):
    """Writes test/golden/<name>.json (name may contain a sub-folder, e.g. "np/ufuncs")."""
    path = os.path.join(ROOT, name + ".json")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    base = os.path.basename(name)
    sub = os.path.dirname(name)
    counter = [0]
    encoded = _encode(obj, os.path.join(sub, base) if sub else base, counter)
    with open(path, "w") as f:
        json.dump(encoded, f, indent=None, separators=(",", ":"), allow_nan=False)
        f.write("\n")
    print(f"wrote {os.path.relpath(path)}", file=sys.stderr)


def digest(x):
    """SHA-256 of float64 values in C order, little-endian, every NaN written as np.nan: for
    results too large to store, when the test can rebuild the inputs."""
    x = np.ascontiguousarray(x, dtype=np.float64).copy()
    x[np.isnan(x)] = np.nan  # one NaN pattern: payloads are not part of the contract
    return hashlib.sha256(x.astype("<f8").tobytes()).hexdigest()


def versions():
    import numpy
    out = {"numpy": numpy.__version__}
    for mod in ("skimage", "sklearn", "matplotlib", "natsort"):
        try:
            out[mod] = __import__(mod).__version__
        except ImportError:
            pass
    return out
