"""np.linalg on matrices large enough for the blocked paths (panels of the bidiagonalisation,
blocked Q forming, blocked LU), from Debian's NumPy 1.24. Inputs are RandomState(7) normals,
which the tests draw again (the legacy stream is bit-exact there).

Run: /usr/bin/python3 scripts/golden/np_linalg_large.py
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402


def main():
    rs = np.random.RandomState(7)
    sq = rs.randn(130, 130)
    tall = rs.randn(180, 130)
    lu_a = rs.randn(100, 100)
    lu_b = rs.randn(100, 3)
    u, s, vt = np.linalg.svd(sq)
    q, r = np.linalg.qr(tall)
    dump("np_linalg/large", {
        "versions": versions(),
        "svd_u": u, "svd_s": s, "svd_vt": vt,
        "svd_tall_s": np.linalg.svd(tall, compute_uv=False),
        "qr_r_diag": np.diag(r), "qr_q_row0": q[0],
        "inv": np.linalg.inv(lu_a), "solve": np.linalg.solve(lu_a, lu_b), "det": np.linalg.det(lu_a),
    })


if __name__ == "__main__":
    main()
