"""Golden fixtures for ix_, the triangle and diagonal index functions, mask_indices,
fill_diagonal, ravel_multi_index and unravel_index: test/golden/np_index_tricks/cases.json.
In-place functions are written as the array after the call. Run with /usr/bin/python3."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from np_more_common import A, BC, M, MT, NEG, V, run, after, after_T  # noqa: E402


CASES = {
    "ix": lambda: np.ix_([0, 1], [2, 4]),
    "ix_bool": lambda: np.ix_([True, False, True], [2]),
    "ix_three": lambda: np.ix_(np.array([1, 0]), [3], np.arange(5)[::-2]),
    "ix_float": lambda: np.ix_([0.5]),
    "ix_empty": lambda: np.ix_([]),
    "ix_none": lambda: np.ix_(),
    "ix_2d": lambda: np.ix_([[0, 1]]),
    "ix_pick": lambda: M[np.ix_([2, 0], [1, 3])],
    "tril": lambda: np.tril_indices(3),
    "tril_k": lambda: np.tril_indices(3, 1, 4),
    "tril_kw": lambda: np.tril_indices(4, k=-1),
    "tril_m": lambda: np.tril_indices(3, m=2),
    "triu": lambda: np.triu_indices(3),
    "triu_k": lambda: np.triu_indices(4, 2),
    "triu_m": lambda: np.triu_indices(3, -1, 5),
    "triu_kw": lambda: np.triu_indices(3, k=1, m=4),
    "tril_from": lambda: np.tril_indices_from(M),
    "tril_from_k": lambda: np.tril_indices_from(MT, -1),
    "triu_from": lambda: np.triu_indices_from(NEG, k=1),
    "triu_from_bc": lambda: np.triu_indices_from(BC),
    "triu_from_1d": lambda: np.triu_indices_from(np.ones(3)),
    "tril_from_3d": lambda: np.tril_indices_from(A),
    "diag": lambda: np.diag_indices(3),
    "diag_ndim": lambda: np.diag_indices(2, ndim=3),
    "diag_ndim_pos": lambda: np.diag_indices(4, 1),
    "diag_from": lambda: np.diag_indices_from(np.ones((3, 3, 3))),
    "diag_from_rect": lambda: np.diag_indices_from(M),
    "diag_from_1d": lambda: np.diag_indices_from(V),
    "mask_triu": lambda: np.mask_indices(3, np.triu),
    "mask_tril_k": lambda: np.mask_indices(4, np.tril, -1),
    "mask_triu_kw": lambda: np.mask_indices(3, np.triu, k=1),
    "fill": lambda: after(lambda a: np.fill_diagonal(a, 5), np.zeros((3, 3))),
    "fill_tall": lambda: after(lambda a: np.fill_diagonal(a, 4), np.zeros((7, 3), int)),
    "fill_tall_wrap": lambda: after(lambda a: np.fill_diagonal(a, 4, wrap=True), np.zeros((7, 3), int)),
    "fill_tall_wrap_pos": lambda: after(lambda a: np.fill_diagonal(a, [1, 2], True), np.zeros((8, 2), int)),
    "fill_wide": lambda: after(lambda a: np.fill_diagonal(a, [1, 2, 3]), np.zeros((3, 5))),
    "fill_3d": lambda: after(lambda a: np.fill_diagonal(a, 9), np.zeros((3, 3, 3), int)),
    "fill_T": lambda: after_T(lambda t: np.fill_diagonal(t, -1.5)),
    "fill_float_into_int": lambda: after(lambda a: np.fill_diagonal(a, 2.7), np.zeros((2, 2), int)),
    "fill_1d": lambda: np.fill_diagonal(np.zeros(3), 1),
    "fill_3d_rect": lambda: np.fill_diagonal(np.zeros((3, 4, 5)), 1),
    "ravel": lambda: np.ravel_multi_index([[3, 6, 6], [4, 5, 1]], (7, 6)),
    "ravel_F": lambda: np.ravel_multi_index([[3, 6, 6], [4, 5, 1]], (7, 6), order="F"),
    "ravel_scalar": lambda: np.ravel_multi_index((3, 1), (7, 6)),
    "ravel_bc": lambda: np.ravel_multi_index((np.array([[0], [1], [2]]), np.array([0, 3, 5])), (3, 6)),
    "ravel_T": lambda: np.ravel_multi_index((np.arange(6).reshape(2, 3).T, np.arange(6)[::-1].reshape(3, 2)), (6, 6)),
    "ravel_3d": lambda: np.ravel_multi_index((1, 2, 3), (2, 3, 4), "raise", "F"),
    "ravel_raise": lambda: np.ravel_multi_index([[3, 6, 7], [4, 5, 1]], (7, 6)),
    "ravel_wrap": lambda: np.ravel_multi_index([[3, 6, 7], [4, -5, 1]], (7, 6), mode="wrap"),
    "ravel_clip": lambda: np.ravel_multi_index([[3, 6, 7], [4, -5, 1]], (7, 6), mode="clip"),
    "ravel_modes": lambda: np.ravel_multi_index([[3, 6, 7], [4, -5, 1]], (7, 6), mode=("clip", "wrap")),
    "ravel_bad_mode": lambda: np.ravel_multi_index([[3, 6, 7], [4, -5, 1]], (7, 6), mode="x"),
    "ravel_len": lambda: np.ravel_multi_index([[3, 6, 7]], (7, 6)),
    "ravel_float": lambda: np.ravel_multi_index([3.0, 1], (7, 6)),
    "ravel_order": lambda: np.ravel_multi_index((3, 1), (7, 6), order="A"),
    "unravel": lambda: np.unravel_index([22, 41, 37], (7, 6)),
    "unravel_F": lambda: np.unravel_index([22, 41, 37], (7, 6), order="F"),
    "unravel_scalar": lambda: np.unravel_index(22, (7, 6)),
    "unravel_scalar_F": lambda: np.unravel_index(22, (7, 6), "F"),
    "unravel_2d": lambda: np.unravel_index(np.arange(24).reshape(4, 6).T[::2], (2, 3, 4)),
    "unravel_bc": lambda: np.unravel_index(np.broadcast_to([5, 7], (2, 2)), (3, 4)),
    "unravel_int": lambda: np.unravel_index(5, 6),
    "unravel_oob": lambda: np.unravel_index(42, (7, 6)),
    "unravel_neg": lambda: np.unravel_index(-1, (7, 6)),
    "unravel_float": lambda: np.unravel_index(1.0, (7, 6)),
    "unravel_order": lambda: np.unravel_index(1, (7, 6), order="K"),
    "unravel_empty_list": lambda: np.unravel_index([], (2, 3)),
    "unravel_empty_array": lambda: np.unravel_index(np.array([], int), (2, 3)),
    "ravel_empty_list": lambda: np.ravel_multi_index([[], []], (2, 3)),
    "fill_empty": lambda: after(lambda a: np.fill_diagonal(a, 1), np.zeros((0, 0))),
}

if __name__ == "__main__":
    dump("np_index_tricks/cases", {"versions": versions(), "cases": {k: run(f) for k, f in CASES.items()}})
