"""Golden fixtures for np.einsum_path (the path and the printed report):
test/golden/np_einsum_path/cases.json. Subscripts with '...' are left out: NumPy spells the
ellipsis with letters in Python's per-run hash order. Run with /usr/bin/python3."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from np_more_common import run  # noqa: E402

a = np.ones((2, 2))
b = np.ones((2, 5))
c = np.ones((5, 2))
I = np.ones((10, 10, 10, 10))
C = np.ones((10, 10))
X = np.ones((3, 4))
Y = np.ones((4, 5))
Z = np.ones((5, 6))
W = np.ones((6, 3))
V = np.ones(4)


def both(res):
    path, report = res
    return [[p if isinstance(p, str) else list(p) for p in path], report]


CASES = {
    "doc_greedy": lambda: both(np.einsum_path("ij,jk,kl->il", a, b, c, optimize="greedy")),
    "doc_optimal": lambda: both(np.einsum_path("pi,qj,ijkl,rk,sl->pqrs", C, C, I, C, C, optimize="optimal")),
    "doc_default": lambda: both(np.einsum_path("pi,qj,ijkl,rk,sl->pqrs", C, C, I, C, C)),
    "chain4": lambda: both(np.einsum_path("ab,bc,cd,da->", X, Y, Z, W)),
    "chain4_optimal": lambda: both(np.einsum_path("ab,bc,cd,da", X, Y, Z, W, optimize="optimal")),
    "implicit": lambda: both(np.einsum_path("ij,jk,k", X, Y, np.ones(5))),
    "two": lambda: both(np.einsum_path("ij,jk->ik", X, Y)),
    "one": lambda: both(np.einsum_path("ii->i", C)),
    "false": lambda: both(np.einsum_path("ij,jk,kl->il", X, Y, Z, optimize=False)),
    "true": lambda: both(np.einsum_path("ij,jk,kl->il", X, Y, Z, optimize=True)),
    "none": lambda: both(np.einsum_path("ij,jk,kl->il", X, Y, Z, optimize=None)),
    "memory": lambda: both(np.einsum_path("ij,jk,kl->il", X, Y, Z, optimize=("greedy", 10))),
    "explicit": lambda: both(np.einsum_path("ij,jk,kl->il", X, Y, Z, optimize=["einsum_path", (1, 2), (0, 1)])),
    "outer_all": lambda: both(np.einsum_path("i,j,k->ijk", V, V, V)),
    "broadcast_dim": lambda: both(np.einsum_path("ij,jk,kl->il", np.ones((3, 1)), Y, Z)),
    "sublist": lambda: both(np.einsum_path(X, [0, 1], Y, [1, 2], Z, [2, 3], [0, 3])),
    "bad_path": lambda: np.einsum_path("ij,jk,kl->il", X, Y, Z, optimize="fastest"),
    "bad_optimize": lambda: np.einsum_path("ij,jk->ik", X, Y, optimize=[1, 2, 3]),
    "incomplete": lambda: np.einsum_path("ij,jk,kl->il", X, Y, Z, optimize=["einsum_path", (0, 1)]),
    "bad_char": lambda: np.einsum_path("i#,jk", X, Y),
    "two_arrows": lambda: np.einsum_path("ij->k->i", X),
    "wrong_ndim": lambda: np.einsum_path("ijk,jk", X, Y),
    "size_mismatch": lambda: np.einsum_path("ij,ij", X, Y),
    "missing_output": lambda: np.einsum_path("ij->k", X),
    "count": lambda: np.einsum_path("ij,jk", X),
    "none_given": lambda: np.einsum_path(),
}

if __name__ == "__main__":
    dump("np_einsum_path/cases", {"versions": versions(), "cases": {k: run(f) for k, f in CASES.items()}})
