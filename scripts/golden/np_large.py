"""Golden fixtures for arithmetic on arrays large enough to live in the WebAssembly heap
(over 64 KiB): test/golden/np/large.json. Lengths leave SIMD tails of every size; the
divisors include zeros, the inputs NaN and infinities. Run with /usr/bin/python3.
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

N = 12007  # prime: no layout divides it evenly
i = np.arange(N)
a = (i % 1013) * 0.37 - 150.25
b = ((i * 7) % 997) * 0.5 - 200.0  # zero at some positions
a[[5, 6000, 12006]] = [np.nan, np.inf, -np.inf]
m = a[: 109 * 109].reshape(109, 109)
row = b[:109]
col = b[109:218].reshape(109, 1)
cases = {}
with np.errstate(all="ignore"):
    for name, f in (("add", np.add), ("subtract", np.subtract), ("multiply", np.multiply), ("divide", np.divide)):
        cases[name] = {"vv": f(a, b), "sv": f(2.5, a)}
    # every layout for the two operations whose results show the most (sums; zeros, NaN, inf)
    for name, f in (("add", np.add), ("divide", np.divide)):
        cases[name].update({
            "vs": f(a, 2.5),
            "offset": f(a[1:], b[:-1]),
            "strided": f(a[:-1:2], b[1::2]),
            "row": f(m, row),
            "col": f(m, col),
            "row_first": f(row, m),
            "col_first": f(col, m),
            "transposed": f(m.T, row),
            "tails": [f(a[:n], b[:n]) for n in (8193, 8194, 8195)],
        })
    ip = a.copy()
    ip += b
    ip *= 0.5
    ip -= a
    ip /= 3.0
finite = np.where(np.isfinite(a), a, 1.0)
dump("np/large", {
    "versions": versions(),
    "a": a,
    "b": b,
    "cases": cases,
    "inplace": ip,
    "sum": finite.sum(),
    "sum_offset": finite[3:].sum(),
    "mean": finite.mean(),
    "rows_sum": finite[: 109 * 109].reshape(109, 109).sum(axis=1),
    "cols_sum": finite[: 109 * 109].reshape(109, 109).sum(axis=0),
})
