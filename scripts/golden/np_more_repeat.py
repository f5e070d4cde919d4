"""Golden fixtures for repeat, tile, resize, append, insert and delete:
test/golden/np_more/repeat.json."""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from np_more_common import A, BC, M, MT, NEG, V, run, shares  # noqa: E402

warnings.simplefilter("ignore", FutureWarning)
I = np.arange(12).reshape(3, 4)

CASES = {
    "repeat_flat": lambda: np.repeat(M, 2),
    "repeat_axis": lambda: np.repeat(I, 2, 0),
    "repeat_counts": lambda: np.repeat(I, [1, 0, 3], axis=0),
    "repeat_counts_kw": lambda: np.repeat(A, repeats=[2, 1, 0, 1], axis=-1),
    "repeat_T": lambda: np.repeat(MT, [1, 2, 0, 1], 0),
    "repeat_neg": lambda: np.repeat(NEG, 2, 1),
    "repeat_bc": lambda: np.repeat(BC, 2, 0),
    "repeat_scalar": lambda: np.repeat(7, 3),
    "repeat_negative": lambda: np.repeat(V, -1),
    "repeat_mismatch": lambda: np.repeat(V, [1, 2]),
    "repeat_copy": lambda: shares(np.repeat(M, 1, 0), M),
    "tile_int": lambda: np.tile(V, 2),
    "tile_2d": lambda: np.tile(V, (2, 2)),
    "tile_3d": lambda: np.tile(I, (2, 1, 2)),
    "tile_short": lambda: np.tile(A, 2).shape,
    "tile_T": lambda: np.tile(MT, (1, 2)),
    "tile_neg": lambda: np.tile(NEG, (2, 1)),
    "tile_bc": lambda: np.tile(BC, 2),
    "tile_zero": lambda: np.tile(I, (0, 2)),
    "tile_ones_copy": lambda: shares(np.tile(M, 1), M),
    "tile_scalar": lambda: np.tile(2.5, 3),
    "resize_grow": lambda: np.resize(V, (3, 4)),
    "resize_shrink": lambda: np.resize(MT, 5),
    "resize_neg": lambda: np.resize(NEG, (2, 7)),
    "resize_empty": lambda: np.resize(np.array([], dtype=np.int32), 4),
    "resize_zero": lambda: np.resize(V, (2, 0)),
    "resize_negative": lambda: np.resize(V, (-1, 2)),
    "append_flat": lambda: np.append(I, [[9, 9, 9]]),
    "append_axis": lambda: np.append(M, [[1, 2, 3, 4]], axis=0),
    "append_axis_bad": lambda: np.append(M, [1, 2, 3, 4], axis=0),
    "append_T": lambda: np.append(MT, MT, 1),
    "append_promote": lambda: np.append(V, 0.5),
    "delete_int": lambda: np.delete(V, 2),
    "delete_neg_int": lambda: np.delete(I, -1, 1),
    "delete_list": lambda: np.delete(I, [0, 2], axis=0),
    "delete_repeated": lambda: np.delete(V, [1, 1, -1]),
    "delete_slice": lambda: np.delete(A, np.s_[1:3], 2),
    "delete_slice_step": lambda: np.delete(np.arange(10), np.s_[::3]),
    "delete_slice_negstep": lambda: np.delete(np.arange(10), np.s_[8:1:-2]),
    "delete_slice_empty": lambda: np.delete(V, np.s_[3:1]),
    "delete_bool": lambda: np.delete(V, np.array([True, False, True, False, False])),
    "delete_bool_bad": lambda: np.delete(V, [True, False]),
    "delete_bool_scalar": lambda: np.delete(V, True),
    "delete_flat": lambda: np.delete(I, [0, 5, 11]),
    "delete_T": lambda: np.delete(MT, 1, 0),
    "delete_bc": lambda: np.delete(BC, [0], 1),
    "delete_oob": lambda: np.delete(V, 5),
    "delete_oob_list": lambda: np.delete(V, [0, 7]),
    "delete_float": lambda: np.delete(V, [1.0]),
    "delete_empty_list": lambda: np.delete(V, []),
    "insert_int": lambda: np.insert(V, 1, 9),
    "insert_int_seq": lambda: np.insert(V, 1, [7, 8, 9]),
    "insert_end": lambda: np.insert(V, 5, 0),
    "insert_neg": lambda: np.insert(V, -1, 0),
    "insert_axis": lambda: np.insert(I, 1, 5, axis=1),
    "insert_axis_seq": lambda: np.insert(I, 1, [10, 20, 30], axis=1),
    "insert_axis0_seq": lambda: np.insert(I, 0, [[1, 2, 3, 4], [5, 6, 7, 8]], axis=0),
    "insert_list_one": lambda: np.insert(I, [1], [[10], [20], [30]], axis=1),
    "insert_multi": lambda: np.insert(V, [1, 3], [10, 20]),
    "insert_multi_same": lambda: np.insert(V, [2, 2], [10, 20]),
    "insert_multi_unsorted": lambda: np.insert(V, [4, 0, 2], [10, 20, 30]),
    "insert_multi_axis": lambda: np.insert(I, [1, 3], 0, axis=1),
    "insert_slice": lambda: np.insert(V, np.s_[1:4], [7, 8, 9]),
    "insert_flat": lambda: np.insert(I, 2, -1),
    "insert_float_values": lambda: np.insert(V, 0, 2.9),
    "insert_T": lambda: np.insert(MT, 1, 0.5, 0),
    "insert_bool": lambda: np.insert(V, [True, False], 0),
    "insert_oob": lambda: np.insert(V, 6, 0),
    "insert_2d_obj": lambda: np.insert(V, [[1]], 0),
}

if __name__ == "__main__":
    dump("np_more/repeat", {"versions": versions(), "cases": {k: run(f) for k, f in CASES.items()}})
