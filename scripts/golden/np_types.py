"""Golden fixtures for the dtype questions (issubdtype, issctype, issubsctype, obj2sctype,
sctype2char, maximum_sctype, mintypecode, common_type, find_common_type, typename), the
older second names (product, cumproduct, alltrue, sometrue, msort), ndim/shape/size,
isscalar, iterable and vdot: test/golden/np_types/cases.json. Types are written by name.
Run with /usr/bin/python3."""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from np_more_common import A, BC, M, MT, NEG, V, run  # noqa: E402


def name(t):
    return None if t is None else np.dtype(t).name


CASES = {
    "issubdtype": lambda: [
        np.issubdtype(np.float32, np.floating), np.issubdtype(np.float64, np.integer), np.issubdtype(np.int8, np.signedinteger),
        np.issubdtype(np.uint16, np.signedinteger), np.issubdtype(np.uint16, np.unsignedinteger), np.issubdtype(np.bool_, np.number),
        np.issubdtype(np.bool_, np.generic), np.issubdtype("f4", "float"), np.issubdtype(np.int32, "i4"), np.issubdtype(np.int64, np.int64),
        np.issubdtype(np.floating, np.inexact), np.issubdtype(np.integer, np.floating), np.issubdtype(M.dtype, np.number),
        np.issubdtype(np.float64, np.inexact), np.issubdtype("uint8", np.integer),
    ],
    "issctype": lambda: [np.issctype(np.float64), np.issctype(np.dtype("f8")), np.issctype("f8"), np.issctype(np.floating), np.issctype(3)],
    "issubsctype": lambda: [np.issubsctype(np.float32, np.floating), np.issubsctype(M, np.integer), np.issubsctype(V, np.integer), np.issubsctype("f4", np.float32)],
    "obj2sctype": lambda: [name(np.obj2sctype(M)), name(np.obj2sctype("f4")), np.obj2sctype("x", "dflt"), np.obj2sctype([1]), name(np.obj2sctype(np.int8)), np.obj2sctype(7, default=None)],
    "sctype2char": lambda: [np.sctype2char(t) for t in (np.float64, np.float32, np.int64, np.int32, np.int16, np.int8, np.uint8, np.uint16, np.uint32, np.uint64, np.bool_, "f8")],
    "sctype2char_array": lambda: [np.sctype2char(V)],
    "sctype2char_bad": lambda: np.sctype2char("x"),
    "maximum_sctype": lambda: [name(np.maximum_sctype(t)) for t in (np.int8, np.uint16, np.bool_, "i4", np.int64)],
    "mintypecode": lambda: [np.mintypecode(["d", "f", "S"]), np.mintypecode("idF"), np.mintypecode("if"), np.mintypecode([M, np.array([1], np.float32)]), np.mintypecode("ih", "ih"), np.mintypecode("x", default="q"), np.mintypecode(["f", "F"])],
    "mintypecode_pos": lambda: [np.mintypecode("bf", "bfd", "q")],
    "common_type": lambda: [name(np.common_type(np.arange(2), np.arange(2, dtype=np.float32))), name(np.common_type(np.arange(2, dtype=np.float32))), name(np.common_type(M, MT)), name(np.common_type(V, np.array([1], np.int8)))],
    "common_type_bool": lambda: np.common_type(np.array([True])),
    "find_common_type": lambda: [
        name(np.find_common_type([np.float32], [np.int64, np.float64])), name(np.find_common_type([np.int8], [np.float64])),
        name(np.find_common_type([np.int8, np.uint8], [])), name(np.find_common_type([], [np.int64, np.float32])),
        name(np.find_common_type([np.uint64, np.int64], [])), name(np.find_common_type([np.int16], [np.uint8])),
        name(np.find_common_type([np.uint8], [np.int8])), name(np.find_common_type([np.int32], [np.float32])), name(np.find_common_type([], [])),
        name(np.find_common_type(["i4", "f4"], ["u1"])),
    ],
    "typename": lambda: [np.typename(c) for c in "?bBhHiIlLqQfdgFDGSUVO"] + [np.typename("S1")],
    "typename_bad": lambda: np.typename("x"),
    "product": lambda: np.product(A, axis=1),
    "product_all": lambda: np.product([1.5, 2, 4]),
    "product_kw": lambda: np.product(M + 1, axis=0, dtype=np.float32, keepdims=True),
    "product_T": lambda: np.product(MT, 1),
    "cumproduct": lambda: np.cumproduct(V),
    "cumproduct_axis": lambda: np.cumproduct(NEG + 1, axis=1),
    "alltrue": lambda: np.alltrue(M > -1),
    "alltrue_axis": lambda: np.alltrue(A % 3, axis=2),
    "sometrue": lambda: np.sometrue([0, 0, 1]),
    "sometrue_axis": lambda: np.sometrue(BC > 2, axis=0, keepdims=True),
    "msort": lambda: np.msort(np.array([[3, 1], [2, 4], [0, 9]])),
    "msort_T": lambda: np.msort(NEG.T),
    "ndim": lambda: [np.ndim(M), np.ndim([[1, 2]]), np.ndim(5), np.ndim(BC)],
    "shape": lambda: [list(np.shape(M)), list(np.shape([[1, 2]])), list(np.shape(5)), list(np.shape(MT))],
    "size": lambda: [np.size(M), np.size(M, 1), np.size([[1, 2, 3]], axis=0), np.size(5), np.size(A, -1)],
    "size_axis": lambda: np.size(M, 2),
    "isscalar": lambda: [np.isscalar(3.1), np.isscalar(True), np.isscalar("s"), np.isscalar(np.array(1)), np.isscalar([1]), np.isscalar(V)],
    "iterable": lambda: [np.iterable([1, 2]), np.iterable(2), np.iterable(np.array(1)), np.iterable(M), np.iterable("ab")],
    "vdot": lambda: np.vdot([1, 2], [3, 4]),
    "vdot_2d": lambda: np.vdot(M, NEG),
    "vdot_T": lambda: np.vdot(MT, BC.T),
    "vdot_len": lambda: np.vdot([1, 2], [1, 2, 3]),
    "vdot_float": lambda: np.vdot(np.array([0.5, 1.5]), [2, 4]),
}

if __name__ == "__main__":
    warnings.simplefilter("ignore")
    dump("np_types/cases", {"versions": versions(), "cases": {k: run(f) for k, f in CASES.items()}})
