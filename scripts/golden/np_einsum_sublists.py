"""Golden fixtures for np.einsum in NumPy's sublist form (op0, sublist0, op1, sublist1, ...,
[sublistout]): products, traces, diagonals, Ellipsis, implicit outputs over labels on both sides
of 26 (with and without optimize, whose letters differ in NumPy), and transposed, reversed and
broadcast operands. Run with /usr/bin/python3."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

E = Ellipsis
a = np.arange(6.0).reshape(2, 3)
b = np.arange(12.0).reshape(3, 4) - 5
c = np.arange(9).reshape(3, 3)
t = np.arange(24.0).reshape(2, 3, 4) / 3
v = np.array([1.5, -2.0, 0.5])
out = {"versions": versions(), "a": a, "b": b, "c": c, "t": t, "v": v}
cases = {
    "matmul": np.einsum(a, [0, 1], b, [1, 2]),
    "matmul_out": np.einsum(a, [0, 1], b, [1, 2], [2, 0]),
    "trace": np.einsum(c, [5, 5]),
    "diag": np.einsum(c, [0, 0], [0]),
    "implicit_mixed": np.einsum(a, [27, 0]),
    "implicit_mixed_opt": np.einsum(a, [27, 0], optimize=True),
    "implicit_low": np.einsum(a, [3, 0]),
    "explicit_mixed_opt": np.einsum(a, [0, 27], v, [27], optimize=True),
    "ellipsis_sum": np.einsum(t, [E, 0], [E]),
    "ellipsis_batch": np.einsum(t, [E, 1, 2], b.T, [2, 1], [E]),
    "three": np.einsum(a, [0, 1], b, [1, 2], b[:, :2], [1, 3], [0, 2, 3]),
    "outer": np.einsum(v, [0], v, [1]),
    "transposed": np.einsum(b.T, [0, 1], a.T, [1, 2], [2, 0]),
    "reversed": np.einsum(a[:, ::-1], [0, 1], v[::-1], [1]),
    "broadcast": np.einsum(np.broadcast_to(v, (4, 3)), [0, 1], b, [1, 0]),
    "int": np.einsum(c, [0, 1], c, [1, 0]),
    "high_labels": np.einsum(a, [51, 40], b, [40, 30], [30, 51]),
}
out["cases"] = {k: np.asarray(r) for k, r in cases.items()}
dump("np_more/einsum_sublists", out)
