"""Golden fixtures for split, array_split, hsplit, vsplit, dsplit, dstack, row_stack and block:
test/golden/np_more/split.json."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from np_more_common import A, BC, M, MT, NEG, V, run, shares  # noqa: E402

X = np.arange(9.0)

CASES = {
    "split_int": lambda: np.split(X, 3),
    "split_indices": lambda: np.split(X, [3, 5, 6, 10]),
    "split_negative": lambda: np.split(X, [-2, 4]),
    "split_unsorted": lambda: np.split(X, [5, 3]),
    "split_axis": lambda: np.split(M, 2, 1),
    "split_axis_kw": lambda: np.split(A, [1], axis=-1),
    "split_uneven": lambda: np.split(X, 4),
    "split_T": lambda: np.split(MT, 2),
    "split_neg": lambda: np.split(NEG, [1, 3], 1),
    "split_bc": lambda: np.split(BC, 3),
    "split_array_indices": lambda: np.split(X, np.array([2, 4])),
    "split_zero": lambda: np.split(X, 0),
    "split_bad_axis": lambda: np.split(M, 2, 2),
    "split_shares": lambda: shares(np.split(M, 3), M),
    "array_split": lambda: np.array_split(X, 4),
    "array_split_more": lambda: np.array_split(np.arange(3), 5),
    "array_split_axis": lambda: np.array_split(M, 3, axis=1),
    "array_split_indices": lambda: np.array_split(A, [1, 2], 1),
    "hsplit": lambda: np.hsplit(M, 2),
    "hsplit_1d": lambda: np.hsplit(X, [2, 7]),
    "hsplit_0d": lambda: np.hsplit(np.array(3), 1),
    "vsplit": lambda: np.vsplit(A, 2),
    "vsplit_1d": lambda: np.vsplit(X, 3),
    "dsplit": lambda: np.dsplit(A, [1, 3]),
    "dsplit_2d": lambda: np.dsplit(M, 2),
    "dstack": lambda: np.dstack([np.arange(3), np.arange(3, 6)]),
    "dstack_2d": lambda: np.dstack([M, MT.T, NEG]),
    "dstack_0d": lambda: np.dstack([1, 2.5]),
    "row_stack": lambda: np.row_stack([np.arange(4), M, BC]),
    "block_2x2": lambda: np.block([[np.eye(2), np.zeros((2, 3))], [np.ones((1, 2)), np.full((1, 3), 7.0)]]),
    "block_1d": lambda: np.block([np.arange(3), 10, [20, 30][0:1][0], np.arange(2)]),
    "block_scalars": lambda: np.block([[1, 2], [3, 4]]),
    "block_depth3": lambda: np.block([[[np.ones((2, 2))], [np.zeros((1, 2))]]]),
    "block_promote": lambda: np.block([np.arange(2), np.array([0.5])]),
    "block_ndim_up": lambda: np.block([[np.arange(2)], [np.arange(2, 4)]]),
    "block_leaf_deeper": lambda: np.block([A, A]),
    "block_T": lambda: np.block([[MT, MT]]),
    "block_array": lambda: np.block(M),
    "block_scalar": lambda: np.block(5),
    "block_mismatch": lambda: np.block([[1, 2], 3]),
    "block_mismatch2": lambda: np.block([1, [2, 3]]),
    "block_empty": lambda: np.block([]),
    "block_empty_inner": lambda: np.block([[1], []]),
    "block_bad_shapes": lambda: np.block([[np.ones((2, 2)), np.ones((3, 1))]]),
    "block_copy": lambda: shares(np.block(M), M),
}

if __name__ == "__main__":
    dump("np_more/split", {"versions": versions(), "cases": {k: run(f) for k, f in CASES.items()}})
