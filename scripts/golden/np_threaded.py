"""Golden fixtures for arithmetic on arrays large enough to be split between threads
(over 2**18 elements): test/golden/np/threaded.json. The inputs follow a formula the test
repeats, so the fixture holds digests of the results (SHA-256 of the float64 bytes in C
order, NaNs written as one pattern) and a few values, not megabytes of data. Lengths are odd
so the split leaves uneven parts; the inputs hold NaN, infinities and zero divisors.
Run with /usr/bin/python3.
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import digest, dump, versions  # noqa: E402

N = 300007
SIDE = 547  # SIDE * SIDE = 299209 elements, over the threshold too
SPECIAL = {5: np.nan, N // 2: np.inf, N - 1: -np.inf}
SAMPLES = [0, 1, 5, 4099, N // 2, 299208]


def inputs():
    i = np.arange(N)
    a = (i % 1013) * 0.37 - 150.25
    b = ((i * 7) % 997) * 0.5 - 200.0  # zero at some positions
    for at, v in SPECIAL.items():
        a[at] = v
    return a, b


def entry(x):
    flat = np.ascontiguousarray(x).ravel()
    return {"shape": list(x.shape), "sha256": digest(x), "samples": [flat[j] for j in SAMPLES]}


a, b = inputs()
m = a[: SIDE * SIDE].reshape(SIDE, SIDE)
row = b[:SIDE]
col = b[SIDE : 2 * SIDE].reshape(SIDE, 1)
cases = {}
with np.errstate(all="ignore"):
    for name, f in (("add", np.add), ("subtract", np.subtract), ("multiply", np.multiply), ("divide", np.divide)):
        cases[name] = {
            "vv": entry(f(a, b)),
            "vs": entry(f(a, 2.5)),
            "sv": entry(f(2.5, a)),
            "offset": entry(f(a[1:], b[:-1])),
            "row": entry(f(m, row)),
            "col": entry(f(m, col)),
            "row_first": entry(f(row, m)),
            "col_first": entry(f(col, m)),
        }
    ip = a.copy()
    ip += b
    ip *= 0.5
    ip -= a
    ip /= 3.0
dump("np/threaded", {
    "versions": versions(),
    "n": N,
    "side": SIDE,
    "special": {str(k): v for k, v in SPECIAL.items()},
    "sample_at": SAMPLES,
    "inputs": {"a": digest(a), "b": digest(b)},
    "cases": cases,
    "inplace": entry(ip),
})
