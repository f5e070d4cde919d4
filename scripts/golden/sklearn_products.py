"""Golden fixtures for the matrix products inside make_classification:
test/golden/sklearn/products.json. Run with /usr/bin/python3 (NumPy 1.24, scikit-learn 1.2,
Debian's OpenBLAS 0.3.21) on the reference machine: two cores, so OpenBLAS runs two threads,
and the rounding of the threaded products depends on that.

- "classification": make_classification configurations whose products take each of
  OpenBLAS's summation orders (small-matrix kernel with its dot-like last columns, the
  threaded packed kernel with its narrow column blocks, dgemv_t and its thread tails, dgemv_n
  and ddot for one-row clusters). X is stored whole when small; otherwise its SHA-256 (bytes
  of the float64 array, little-endian, C order) and a sample of rows.
- "products": np.dot(X[:, :k], B) for X = RandomState(seed).normal(size=(rows, k + 3)) and
  B = 2 * RandomState(seed + 1).uniform(size=(k, m)) - 1, a view like scikit-learn's; the
  result as SHA-256 plus sample rows.
"""
import hashlib
import os
import sys

import numpy as np
from sklearn.datasets import make_classification

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

WHOLE_LIMIT = 110_000  # values of X stored as they are; above that a digest and sample rows

CLASSIFICATION = [
    # small kernel: the 25th cluster column and both redundant ones summed in 8 lanes
    dict(n_samples=3333, n_features=30, n_informative=25, n_redundant=2, random_state=0),
    dict(n_samples=3333, n_features=40, n_informative=33, n_redundant=3, n_repeated=2, random_state=1),
    # large clusters packed and threaded, small ones not; 5 redundant columns: plain chains
    dict(n_samples=3333, n_features=40, n_informative=33, n_redundant=5, weights=[0.3], flip_y=0.05,
         random_state=2),
    dict(n_samples=3333, n_features=70, n_informative=64, n_redundant=3, n_classes=3, class_sep=1.5,
         random_state=3),
    # packed and threaded: 4- and 1-wide column blocks in the clusters, 2-wide in the redundant
    dict(n_samples=20000, n_features=32, n_informative=25, n_redundant=4, random_state=4),
    # one redundant column: dgemv_t split between the threads, tails of 3 and 2 rows
    dict(n_samples=20001, n_features=36, n_informative=33, n_redundant=1, shift=None, scale=None,
         random_state=5),
    dict(n_samples=19999, n_features=60, n_informative=50, n_redundant=6, n_classes=3, n_clusters_per_class=3,
         weights=[0.2, 0.5], flip_y=0.1, shift=2.0, scale=0.5, random_state=6),
    dict(n_samples=20000, n_features=70, n_informative=64, n_redundant=3, hypercube=False, random_state=7),
    dict(n_samples=2000, n_features=215, n_informative=200, n_redundant=10, n_clusters_per_class=1,
         random_state=8),
    # one-row clusters (dgemv_n, narrow and wide) and a single sample (ddot)
    dict(n_samples=6, n_features=24, n_informative=20, n_redundant=2, n_classes=3, random_state=9),
    dict(n_samples=5, n_features=6, n_informative=3, n_redundant=2, random_state=10),
    dict(n_samples=1, n_features=25, n_informative=20, n_redundant=1, random_state=11),
]

PRODUCTS = [
    # (rows, k, m): small kernel, its dot-like last block of 1..4 columns (rows % 4 tails)
    (833, 25, 25), (833, 33, 33), (3333, 25, 2), (101, 16, 4), (103, 16, 3), (102, 18, 2), (53, 40, 13),
    # packed, two threads: column blocks 4/2/1 wide, GEMM_P steps, GEMM_R steps, k blocks
    (5000, 25, 25), (1000, 100, 100), (7777, 40, 7), (2000, 10, 386), (12345, 17, 99), (20000, 25, 5),
    (100000, 30, 30), (4001, 150, 150), (999, 500, 3), (2001, 400, 20), (20000, 26, 2),
    # dgemv_t, dgemv_n, ddot, k == 1
    (3333, 25, 1), (7, 9, 1), (366, 25, 1), (50, 2, 1), (20001, 200, 1),
    (1, 150, 97), (1, 7, 7), (1, 9, 3), (1, 9, 2), (1, 200, 200),
    (1, 16, 1), (1, 33, 1), (1, 200, 1), (1000, 1, 3), (1, 1, 5),
]

SAMPLE_ROWS = 48


def sha(a):
    return hashlib.sha256(np.ascontiguousarray(a).astype("<f8").tobytes()).hexdigest()


def sample_rows(n):
    """Spread rows plus the last few (where thread ranges and tails end)."""
    rows = set(np.linspace(0, n - 1, min(n, SAMPLE_ROWS - 8)).astype(int).tolist())
    rows.update(range(max(0, n - 8), n))
    return np.array(sorted(rows), dtype=np.int64)


def described(X):
    if X.size <= WHOLE_LIMIT:
        return {"X": X}
    rows = sample_rows(X.shape[0])
    return {"shape": list(X.shape), "sha256": sha(X), "sample_rows": rows, "sample": X[rows]}


def main():
    classification = []
    for kw in CLASSIFICATION:
        X, y = make_classification(**kw)
        classification.append({"kwargs": kw, "y": y, **described(X)})
    products = []
    for rows, k, m in PRODUCTS:
        seed = rows * 7 + k * 3 + m
        X = np.random.RandomState(seed).normal(size=(rows, k + 3))
        B = 2 * np.random.RandomState(seed + 1).uniform(size=(k, m)) - 1
        out = np.dot(X[:, :k], B)
        r = sample_rows(rows)
        products.append({"rows": rows, "k": k, "m": m, "seed": seed, "shape": list(out.shape), "sha256": sha(out),
                         "sample_rows": r, "sample": out[r]})
    dump("sklearn/products", {"versions": versions(), "classification": classification, "products": products})


if __name__ == "__main__":
    main()
