"""Golden fixtures for np.linalg.eigvals and eig of complex matrices (LAPACK zgeev's order) and np.roots
with complex coefficients: random matrices of several sizes, triangular and permutable ones
(balancing isolates eigenvalues), repeated eigenvalues, a stack, complex64, transposed,
reversed and broadcast inputs; polynomials with complex coefficients, leading and trailing
zeros. Run with /usr/bin/python3."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from complex_io import enc, layout  # noqa: E402

rng = np.random.default_rng(17)


def cplx(*shape):
    return rng.standard_normal(shape) + 1j * rng.standard_normal(shape)


MATS = [
    ("n1", cplx(1, 1), "C"),
    ("n2", cplx(2, 2), "C"),
    ("n3", cplx(3, 3), "C"),
    ("n5", cplx(5, 5), "C"),
    ("n8", cplx(8, 8), "C"),
    ("n20", cplx(20, 20), "C"),
    ("upper", np.triu(cplx(4, 4)), "C"),
    ("permuted", np.array([[1 + 1j, 0, 0, 0], [2, 3j, 1, 0], [0, 0, 5, 0], [1j, 1, 2, -1]]), "C"),
    ("repeated", np.array([[2 + 1j, 1, 0], [0, 2 + 1j, 1], [0, 0, 2 + 1j]]), "C"),
    ("scaled", np.array([[1, 1e6, 0], [1e-6, 2j, 1e5], [0, 1e-5, 3]], complex), "C"),
    ("stack", cplx(3, 4, 4), "C"),
    ("c64", cplx(4, 4).astype(np.complex64), "C"),
    ("transposed", cplx(5, 5), "T"),
    ("reversed", cplx(4, 4), "rev"),
    ("broadcast", cplx(3, 3), "bcast:2"),
    ("real_valued_complex", rng.standard_normal((4, 4)).astype(complex), "C"),
]
POLYS = {
    "quadratic": np.array([1, 2j, -1 + 1j]),
    "cubic": cplx(4),
    "leading_zeros": np.array([0, 0, 1j, 2, 3 - 1j]),
    "trailing_zeros": np.array([1 + 1j, -2, 0, 0]),
    "degree8": cplx(9),
    "constant": np.array([3j]),
    "zero_and_constant": np.array([2j, 0]),
    "c64": cplx(5).astype(np.complex64),
}
out = {"versions": versions(), "mats": {}, "roots": {}}
for name, stored, how in MATS:
    w, v = np.linalg.eig(layout(stored, how))
    out["mats"][name] = {"stored": enc(stored), "layout": how, "w": enc(np.linalg.eigvals(layout(stored, how))), "eig_w": enc(w), "eig_v": enc(v)}
for name, p in POLYS.items():
    out["roots"][name] = {"p": enc(p), "r": enc(np.roots(p))}
dump("np_complex/eigvals", out)
