"""Fixtures for Generator's bulk draws (NumPy 1.24): one stream per seed through a sequence of
fills of many sizes (below, at and across the sizes where the fill changes method), so that
every draw and the state handed from one call to the next are checked.

Run with Debian's /usr/bin/python3. Writes test/golden/random/generator_bulk.json; each step
keeps the SHA-256 of its little-endian bytes and its first values.
"""
import hashlib
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump  # noqa: E402

SEEDS = [0, 7, 2020, 2**40 + 1]

# (label, method, positional args, keyword args); the test replays the same calls
STEPS = [
    ("standard_normal", [5], {}),
    ("standard_normal", [31], {}),
    ("standard_normal", [32], {}),
    ("standard_normal", [33], {}),
    ("standard_normal", [8191], {}),
    ("standard_normal", [8193], {}),
    ("standard_normal", [100003], {}),
    ("standard_normal", [[300, 401]], {}),
    ("random", [31], {}),
    ("random", [40], {}),
    ("random", [9000], {}),
    ("standard_exponential", [33], {}),
    ("standard_exponential", [8192], {}),
    ("standard_exponential", [50001], {}),
    ("normal", [1.5, 2.0, [64]], {}),
    ("normal", [-3.0, 0.25, [10000]], {}),
    ("normal", [[0.0, 1.0, -2.0, 3.5], 2.0, [3000, 4]], {}),
    ("normal", [[[0.0], [10.0]], [1.0, 2.0, 0.5]], {}),
    ("uniform", [-1.0, 3.0, 100], {}),
    ("uniform", [[0.0, 0.5], [[1.0], [2.0], [9.0]], [5000, 3, 2]], {}),
    ("uniform", [2.0, 2.5, 9001], {}),
    ("integers", [0, 100, 33], {}),
    ("random", [40], {}),
    ("integers", [0, 7, 35], {}),
    ("integers", [0, 100, 1001], {}),
    ("integers", [-5, 5, 2001], {"dtype": "int32"}),
    ("integers", [0, 2**32 - 1, 999], {"endpoint": True}),
    ("integers", [0, 2**32, 77], {"dtype": "uint32"}),
    ("integers", [10, 3000000000, 5000], {}),
    ("integers", [0, 2**40, 50], {}),
    ("random", [31], {"dtype": "float32"}),
    ("random", [33], {"dtype": "float32"}),
    ("integers", [0, 9, 3], {}),
    ("random", [5001], {"dtype": "float32"}),
    ("standard_normal", [31], {"dtype": "float32"}),
    ("standard_normal", [41], {"dtype": "float32"}),
    ("random", [20001], {"dtype": "float32"}),
    ("standard_normal", [9000], {"dtype": "float32"}),
    ("standard_normal", [3], {}),
    ("standard_normal", [40001], {"dtype": "float32"}),
    ("integers", [0, 9, 5], {}),
    ("exponential", [2.0, 5000], {}),
    ("exponential", [[1.0, 3.0], [3000, 2]], {}),
    ("rayleigh", [1.5, 7000], {}),
    ("lognormal", [0.5, 0.75, 9000], {}),
    ("lognormal", [0.0, 1.0, 3], {}),
    ("standard_normal", [], {"out": 9000}),
    ("standard_exponential", [], {"out": 40}),
    ("random", [], {"out": 70}),
]


def sha(arr):
    return hashlib.sha256(np.ascontiguousarray(arr).astype(arr.dtype.newbyteorder("<")).tobytes()).hexdigest()


def run(rng, method, args, kwargs):
    kwargs = dict(kwargs)
    if "out" in kwargs:
        kwargs["out"] = np.empty(kwargs["out"])
        getattr(rng, method)(*args, **kwargs)
        return kwargs["out"]
    if "dtype" in kwargs:
        kwargs["dtype"] = getattr(np, kwargs["dtype"])
    return getattr(rng, method)(*[tuple(a) if isinstance(a, list) else a for a in args], **kwargs)


out = {"steps": [{"method": m, "args": a, "kwargs": k} for m, a, k in STEPS], "seeds": []}
for seed in SEEDS:
    rng = np.random.default_rng(seed)
    results = []
    for method, args, kwargs in STEPS:
        r = run(rng, method, args, kwargs)
        results.append({"sha": sha(r), "head": r.ravel()[:3]})
    st = rng.bit_generator.state
    out["seeds"].append({
        "seed": str(seed),
        "results": results,
        "state": str(st["state"]["state"]),
        "has_uint32": st["has_uint32"],
        "uinteger": st["uinteger"],
        "after": rng.random(3),
    })

dump("random/generator_bulk", out)
