"""Golden fixtures for matrix products large enough to be split between threads (over two
million multiply-adds): test/golden/np/matmul_large.json. Shapes cover whole and partial
register tiles, transposed and reversed operands, batches and np.dot. Inputs are exact in
both languages (integers scaled by a power of two). The "rounded" products take
RandomState(1).rand inputs, whose sums round: shapes where OpenBLAS sums every output in its
plain kernel loop, stored as digests of the result (golden_io.digest) and a few values.
Run with /usr/bin/python3.
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import digest, dump, versions  # noqa: E402


def pattern(rows, cols, mult, mod):
    """Values (i * mult mod mod - mod/2) / 64: varied, exact, with negatives."""
    i = np.arange(rows * cols, dtype=np.int64)
    return (((i * mult) % mod) - mod // 2).astype(np.float64).reshape(rows, cols) / 64.0


x = pattern(133, 141, 37, 1009)
y = pattern(141, 128, 53, 997)
z = pattern(128, 141, 29, 1013)  # z.T is a transposed right operand
batch = np.stack([x[:132], x[1:]])
SAMPLES = [0, 1, 4099, -1]
rounded = {}
for n, k, m in ((128, 128, 128), (512, 512, 512), (256, 1000, 256), (1024, 384, 1024)):
    rs = np.random.RandomState(1)
    a = rs.rand(n, k)
    b = rs.rand(k, m)
    c = a @ b
    rounded[f"{n}x{k}x{m}"] = {"sha256": digest(c), "samples": [c.ravel()[j] for j in SAMPLES]}
dump("np/matmul_large", {
    "versions": versions(),
    "x": x,
    "y": y,
    "z": z,
    "cases": {
        "whole_tiles": x[:132] @ y,
        "partial_tiles": x @ y[:, :127],
        "transposed_right": x @ z.T,
        "reversed": x[::-1, ::-1] @ y[::-1],
        "batched": batch @ y,
        "dot": np.dot(x, y),
    },
    "sample_at": SAMPLES,
    "rounded": rounded,
})
