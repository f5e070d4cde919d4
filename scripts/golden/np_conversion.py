"""Golden fixtures for asarray_chkfinite, asfarray, asfortranarray, require, copyto, place,
putmask, isfortran, may_share_memory, shares_memory and byte_bounds:
test/golden/np_conversion/cases.json. In-place functions are written as the array after the
call; layouts as [values, isfortran, is-the-input]. Run with /usr/bin/python3."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from np_more_common import A, BC, M, MT, NEG, V, run, after, after_T  # noqa: E402


def layout(r, a):
    return [r, np.array(np.isfortran(r)), np.array(r is a)]


def extent(a):
    lo, hi = np.byte_bounds(a)
    return hi - lo


CASES = {
    "chkfinite": lambda: np.asarray_chkfinite([1, 2.5]),
    "chkfinite_nan": lambda: np.asarray_chkfinite([1, np.nan]),
    "chkfinite_inf_T": lambda: np.asarray_chkfinite(np.array([[1.0, np.inf], [0, 1]]).T),
    "chkfinite_dtype": lambda: np.asarray_chkfinite([1, 2], np.float32),
    "chkfinite_order": lambda: layout(np.asarray_chkfinite(M, order="F"), M),
    "chkfinite_kw": lambda: np.asarray_chkfinite([1, 2], dtype=float),
    "asfarray": lambda: np.asfarray([1, 2]),
    "asfarray_int_dtype": lambda: np.asfarray([1, 2], np.int32),
    "asfarray_f32": lambda: np.asfarray([1, 2], dtype=np.float32),
    "asfarray_T": lambda: np.asfarray(A.T[0]),
    "asfortran": lambda: layout(np.asfortranarray(M), M),
    "asfortran_T": lambda: layout(np.asfortranarray(MT), MT),
    "asfortran_dtype": lambda: layout(np.asfortranarray(MT, np.float32), MT),
    "asfortran_kw": lambda: layout(np.asfortranarray(NEG, dtype=int), NEG),
    "asfortran_bc": lambda: layout(np.asfortranarray(BC), BC),
    "asfortran_like": lambda: layout(np.asfortranarray(MT, like=M), MT),
    "asfortran_like_bad": lambda: np.asfortranarray(MT, like=[1]),
    "require_like": lambda: layout(np.require(MT, None, "C", like=V), MT),
    "require_none": lambda: layout(np.require(M), M),
    "require_F": lambda: layout(np.require(M, requirements="F"), M),
    "require_C_of_T": lambda: layout(np.require(MT, None, ["C"]), MT),
    "require_long": lambda: layout(np.require(MT, requirements=["F_CONTIGUOUS", "aligned"]), MT),
    "require_dtype": lambda: layout(np.require(M, np.int32, "C"), M),
    "require_W_bc": lambda: layout(np.require(BC, requirements="W"), BC),
    "require_E": lambda: layout(np.require(M, requirements="EA"), M),
    "require_O": lambda: layout(np.require(M[1:], requirements="O"), None),
    "require_both": lambda: np.require([1, 2], np.float32, ["C", "F"]),
    "require_bad": lambda: np.require([1, 2], requirements="X"),
    "copyto": lambda: after(lambda a: np.copyto(a, [7, 8, 9, 10]), np.zeros((2, 4))),
    "copyto_scalar": lambda: after(lambda a: np.copyto(a, 5), np.zeros(3, int)),
    "copyto_bigint": lambda: after(lambda a: np.copyto(a, 300), np.zeros(3, np.int8)),
    "copyto_float_into_int": lambda: after(lambda a: np.copyto(a, [1.5, 2, 3]), np.zeros(3, int)),
    "copyto_unsafe": lambda: after(lambda a: np.copyto(a, [1.5, 2, 3], casting="unsafe"), np.zeros(3, int)),
    "copyto_safe": lambda: after(lambda a: np.copyto(a, np.zeros(3), "safe"), np.zeros(3, np.float32)),
    "copyto_no": lambda: after(lambda a: np.copyto(a, np.ones(3, np.float32), "no"), np.zeros(3)),
    "copyto_bad_casting": lambda: after(lambda a: np.copyto(a, 5, casting="x"), np.zeros(3)),
    "copyto_shape": lambda: after(lambda a: np.copyto(a, [1, 2]), np.zeros(3)),
    "copyto_where": lambda: after(lambda a: np.copyto(a, [7, 8], where=[[1, 0], [0, 1]]), np.zeros((2, 2))),
    "copyto_where_pos": lambda: after(lambda a: np.copyto(a, MT, "same_kind", MT > 5), np.zeros((4, 3))),
    "copyto_where_bad": lambda: after(lambda a: np.copyto(a, [7, 8], where=[1, 0, 1]), np.zeros((2, 2))),
    "copyto_T": lambda: after_T(lambda t: np.copyto(t, np.arange(3) * -1.0, where=np.array([[True], [False], [True], [False]]))),
    "copyto_list": lambda: np.copyto([1, 2], 5),
    "place": lambda: after(lambda a: np.place(a, [1, 0, 1, 0, 1, 0], [10, 20]), np.arange(6)),
    "place_cycle": lambda: after(lambda a: np.place(a, [1, 0, 1, 1], [7, 8]), np.arange(4)),
    "place_cast": lambda: after(lambda a: np.place(a, [1, 0, 1], [1.5]), np.arange(3)),
    "place_T": lambda: after_T(lambda t: np.place(t, t > 4, [-1.0, -2.0, -3.0])),
    "place_empty": lambda: after(lambda a: np.place(a, [0, 0, 0], []), np.arange(3)),
    "place_empty_bad": lambda: np.place(np.arange(3), [1, 0, 1], []),
    "place_size": lambda: np.place(np.arange(3), [1, 0], [1]),
    "place_list": lambda: np.place([1, 2], [1, 0], [10]),
    "putmask": lambda: after(lambda a: np.putmask(a, [1, 0, 1, 1], [7, 8]), np.arange(4)),
    "putmask_T": lambda: after_T(lambda t: np.putmask(t, t > 4, [-1.0, -2.0, -3.0])),
    "putmask_2d": lambda: after(lambda a: np.putmask(a, [[1, 0], [1, 1]], [7, 8, 9]), np.arange(4).reshape(2, 2)),
    "putmask_cast": lambda: after(lambda a: np.putmask(a, [1, 0, 1], 1.5), np.arange(3)),
    "putmask_empty": lambda: after(lambda a: np.putmask(a, [1, 0, 1], []), np.arange(3)),
    "putmask_size": lambda: np.putmask(np.arange(3), [1, 0], [1]),
    "putmask_list": lambda: np.putmask([1, 2], [1, 0], [1]),
    "isfortran": lambda: [np.isfortran(M), np.isfortran(MT), np.isfortran(V), np.isfortran(NEG), np.isfortran(np.asfortranarray(M))],
    "may_share": lambda: [np.may_share_memory(M, MT), np.may_share_memory(M, M.copy()), np.may_share_memory(M[:, ::2], M[:, 1::2]), np.may_share_memory(V[:2], V[2:])],
    "may_share_exact": lambda: [np.may_share_memory(M[:, ::2], M[:, 1::2], max_work=-1), np.may_share_memory(M, NEG, -1)],
    "shares": lambda: [np.shares_memory(M, MT), np.shares_memory(M, M.copy()), np.shares_memory(M[:, ::2], M[:, 1::2]), np.shares_memory(NEG, M[1])],
    "shares_bounds": lambda: [np.shares_memory(M[:, ::2], M[:, 1::2], max_work=0), np.shares_memory(V[:2], V[2:], 0)],
    "byte_bounds": lambda: [extent(M), extent(MT), extent(NEG), extent(M[::2, 1:3]), extent(V[::-2]), extent(np.zeros((2, 3), np.float32)[:, 1])],
}

if __name__ == "__main__":
    dump("np_conversion/cases", {"versions": versions(), "cases": {k: run(f) for k, f in CASES.items()}})
