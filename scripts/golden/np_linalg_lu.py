"""np.linalg.inv, solve and det of a 203 x 203 matrix (recursive blocked LU: halves that are
not multiples of the SIMD tiles, updates on the heap threads), from Debian's NumPy 1.24.
Inputs are RandomState(11) normals, which the tests draw again.

Run: /usr/bin/python3 scripts/golden/np_linalg_lu.py
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402


def main():
    rs = np.random.RandomState(11)
    a = rs.randn(203, 203)
    b = rs.randn(203, 6)
    v = rs.randn(203)
    dump("np_linalg/lu", {
        "versions": versions(),
        "inv": np.linalg.inv(a), "solve": np.linalg.solve(a, b), "solve_vector": np.linalg.solve(a, v),
        "inv_transposed": np.linalg.inv(a.T), "det": np.linalg.det(a),
    })


if __name__ == "__main__":
    main()
