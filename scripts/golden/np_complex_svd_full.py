"""Golden fixtures for np.linalg.svd (full_matrices=True and False) and qr(mode='raw') of complex
matrices: tall and wide (LAPACK zgesdd's QR / LQ paths and its direct bidiagonalisation),
square, single rows and columns, stacks, complex64, and transposed, reversed and broadcast
layouts. Run with /usr/bin/python3."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from complex_io import enc, layout  # noqa: E402

rng = np.random.default_rng(11)


def cplx(*shape):
    return rng.standard_normal(shape) + 1j * rng.standard_normal(shape)


# (name, matrix, layout): the layout is applied to the stored matrix before the call
CASES = [
    ("tall_qr", cplx(5, 3), "C"),      # m >= 17/9 n: QR first
    ("tall_direct", cplx(4, 3), "C"),  # bidiagonalised directly
    ("tall_7x5", cplx(7, 5), "C"),
    ("tall_8x5", cplx(8, 5), "C"),
    ("wide_lq", cplx(3, 5), "C"),
    ("wide_direct", cplx(3, 4), "C"),
    ("wide_5x7", cplx(5, 7), "C"),
    ("square", cplx(4, 4), "C"),
    ("row", cplx(1, 4), "C"),
    ("column", cplx(4, 1), "C"),
    ("stack", cplx(2, 4, 3), "C"),
    ("transposed", cplx(3, 6), "T"),   # a 6 x 3 view
    ("reversed", cplx(5, 2), "rev"),
    ("broadcast", cplx(3, 4), "bcast:2"),
    ("c64", cplx(5, 2).astype(np.complex64), "C"),
    ("rank1", np.outer(cplx(4), cplx(3)), "C"),
    ("real_valued", rng.standard_normal((4, 2)).astype(complex), "C"),
]

out = {"versions": versions(), "cases": {}}
for name, stored, how in CASES:
    a = layout(stored, how)
    case = {"stored": enc(stored), "layout": how}
    for full in (True, False):
        u, s, vh = np.linalg.svd(a, full_matrices=full)
        case["full" if full else "reduced"] = [enc(u), enc(s), enc(vh)]
    h, tau = np.linalg.qr(a, mode="raw")
    case["raw"] = [enc(h), enc(tau)]
    out["cases"][name] = case


def hermitian(n):
    m = cplx(n, n)
    return m + m.conj().T


HERMITIAN = {
    "indefinite": hermitian(4),
    "stack": np.stack([hermitian(3), hermitian(3)]),
    "lower_only": np.tril(hermitian(3)) + np.triu(cplx(3, 3), 1),  # NumPy reads the lower triangle
    "c64": hermitian(3).astype(np.complex64),
}
out["hermitian"] = {}
for name, a in HERMITIAN.items():
    u, s, vh = np.linalg.svd(a, hermitian=True)
    out["hermitian"][name] = {"a": enc(a), "u": enc(u), "s": enc(s), "vh": enc(vh), "s_only": enc(np.linalg.svd(a, compute_uv=False, hermitian=True))}
dump("np_complex/svd_full", out)
