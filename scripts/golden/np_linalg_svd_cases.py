"""np.linalg.svd over sizes 1..300 and awkward spectra (graded, clustered, repeated, rank
deficient), from Debian's NumPy 1.24. Every input is built from RandomState(seed).randn with
operations that round the same everywhere (products by powers of two, copies, one multiply
and one add per element), so the tests rebuild it bit for bit. Large cases keep the singular
values and the 3 leading and 3 trailing singular vector pairs.

Run: /usr/bin/python3 scripts/golden/np_linalg_svd_cases.py
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

RANDOM_SHAPES = [
    (1, 1), (2, 2), (3, 3), (5, 5), (1, 4), (4, 1), (7, 3), (3, 7), (25, 25), (26, 26), (27, 27),
    (40, 40), (64, 64), (64, 30), (30, 64), (100, 100), (129, 129), (200, 200), (256, 256),
    (300, 300), (300, 120), (120, 300), (250, 200), (200, 250),
]
FULL_LIMIT = 1024  # matrices up to this many elements keep all of u and vt


def build(kind, m, n, seed):
    """The input of one case; the tests' builder mirrors this one."""
    b = np.random.RandomState(seed).randn(m, n)
    if kind == "random":
        return b
    if kind == "graded":
        # rows scaled by 2^-0 .. 2^-39: singular values over about twelve decades
        rows = np.array([2.0 ** -((40 * i) // m) for i in range(m)])
        return b * rows[:, None]
    if kind == "clustered":
        # I + 1e-9 B: singular values within about 1e-8 of 1
        return np.eye(m, n) + 1e-9 * b
    if kind == "repeated":
        # two copies of one block on the diagonal: every singular value twice
        h = m // 2
        a = np.zeros((m, n))
        a[:h, :h] = b[:h, :h]
        a[h:2 * h, h:2 * h] = b[:h, :h]
        return a
    if kind == "rank_deficient":
        # the second half of the columns copies the first: rank n / 2
        a = b.copy()
        h = n // 2
        a[:, h:2 * h] = a[:, :h]
        return a
    raise ValueError(kind)


def case(kind, m, n, seed):
    a = build(kind, m, n, seed)
    u, s, vt = np.linalg.svd(a)
    k = min(m, n)
    out = {"kind": kind, "m": m, "n": n, "seed": seed, "s": s}
    if m * n <= FULL_LIMIT:
        out["u"] = u[:, :k]
        out["vt"] = vt[:k]
    else:
        pick = list(range(3)) + list(range(k - 3, k))
        out["pick"] = np.array(pick, dtype=np.int64)
        out["u"] = u[:, pick]
        out["vt"] = vt[pick]
    return out


def main():
    cases = [case("random", m, n, 100 + i) for i, (m, n) in enumerate(RANDOM_SHAPES)]
    for i, (kind, size) in enumerate([
        ("graded", 60), ("graded", 200), ("clustered", 50), ("clustered", 200),
        ("repeated", 40), ("repeated", 200), ("rank_deficient", 40), ("rank_deficient", 200),
    ]):
        cases.append(case(kind, size, size, 200 + i))
    dump("np_linalg/svd_cases", {"versions": versions(), "cases": cases})


if __name__ == "__main__":
    main()
