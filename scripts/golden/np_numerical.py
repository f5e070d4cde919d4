"""Golden fixtures for np's numerical functions (diff, ediff1d, gradient, convolve, correlate,
interp, trapz, cross, kron, tensordot): test/golden/np_more_math/numerical.json.
Run with /usr/bin/python3. Cases use np_cases.py's format."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from np_cases import LAYOUTS, case, make, scalar  # noqa: E402

rs = np.random.RandomState(31)
DTYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "int64", "float32", "float64"]  # uint64 differences wrap past 2**53


def lit(v, dtype=None):
    a = np.asarray(v, dtype=dtype)
    return a, {"base": a, "layout": "c", "shape": list(a.shape)}


def tuples(k):
    return {key: tuple(v) if isinstance(v, list) else v for key, v in k.items()}


cases = []
for layout in LAYOUTS:
    for dt in DTYPES:
        a = make(dt, (4, 5), layout, rs)
        case(cases, "diff", np.diff, [a])
        case(cases, "diff", np.diff, [a], {"axis": 0})
        if dt != "bool":
            case(cases, "diff", np.diff, [a], {"n": 2, "axis": -1})
            case(cases, "ediff1d", np.ediff1d, [a])
            case(cases, "gradient", np.gradient, [a])
    f = make("float64", (5, 6), layout, rs)
    case(cases, "diff", np.diff, [f], {"n": 3, "prepend": 0.5, "append": [[1.0]] * 5})
    case(cases, "diff", np.diff, [f], {"n": 0})
    case(cases, "gradient", np.gradient, [f], {"edge_order": 2})
    case(cases, "gradient", np.gradient, [f], {"axis": 1})
    case(cases, "gradient", np.gradient, [f], {"axis": [1, 0], "edge_order": 2})
    case(cases, "gradient_h", lambda f, h, **k: np.gradient(f, h, **tuples(k)), [f, scalar(0.5)])
    case(cases, "gradient_h", lambda f, h, **k: np.gradient(f, h, **tuples(k)), [f, scalar(2.0)], {"edge_order": 2})
    xs = lit(np.cumsum(rs.rand(6)) + 0.1)
    case(cases, "gradient_h", lambda f, h, **k: np.gradient(f, h, **tuples(k)), [f, xs], {"axis": 1})
    case(cases, "gradient_h", lambda f, h, **k: np.gradient(f, h, **tuples(k)), [f, xs], {"axis": -1, "edge_order": 2})
    case(cases, "gradient_hh", lambda f, h1, h2, **k: np.gradient(f, h1, h2, **k), [f, scalar(3.0), xs])
    case(cases, "gradient_h", lambda f, h, **k: np.gradient(f, h, **tuples(k)), [f, lit(np.arange(6.0) * 0.25)], {"axis": 1})
    case(cases, "trapz", np.trapz, [f])
    case(cases, "trapz", np.trapz, [f], {"axis": 0, "dx": 0.5})
    case(cases, "trapz_x", lambda y, x, **k: np.trapz(y, x, **k), [f, xs])
    case(cases, "trapz_x", lambda y, x, **k: np.trapz(y, x, **k), [f, make("float64", (5, 6), layout, rs)], {"axis": 0})
    for dt in ("int16", "int64", "float32", "float64", "bool"):
        v = make(dt, (7,), layout if layout != "t" else "c", rs)
        w = make(dt, (3,), "r", rs)
        for mode in ("full", "same", "valid"):
            case(cases, "convolve", np.convolve, [v, w], {"mode": mode})
            case(cases, "correlate", np.correlate, [v, w], {"mode": mode})
            case(cases, "convolve", np.convolve, [w, v], {"mode": mode})
            case(cases, "correlate", np.correlate, [w, v], {"mode": mode})
        case(cases, "convolve", np.convolve, [v, w])
        case(cases, "correlate", np.correlate, [v, w])
    case(cases, "correlate", np.correlate, [make("float64", (4,), "c", rs), make("float64", (4,), "c", rs)], {"mode": "same"})
    case(cases, "correlate", np.correlate, [make("float64", (5,), "c", rs), make("float64", (2,), "c", rs)], {"mode": "same"})
    case(cases, "correlate", np.correlate, [make("float64", (2,), "c", rs), make("float64", (5,), "c", rs)], {"mode": "same"})
    case(cases, "convolve", np.convolve, [make("float64", (2,), "c", rs), make("float64", (6,), "c", rs)], {"mode": "same"})
    # interp
    x = make("float64", (4, 3), layout, rs)
    xp = lit(np.sort(rs.randn(8) * 3))
    fp = lit(rs.randn(8))
    case(cases, "interp", np.interp, [x, xp, fp])
    case(cases, "interp", np.interp, [x, xp, fp], {"left": -10.0, "right": 10.0})
    case(cases, "interp", np.interp, [x, lit(rs.rand(6) * 6), lit(rs.randn(6))], {"period": 6.0})
    case(cases, "interp", np.interp, [x, lit(rs.rand(6) * 6), lit(rs.randn(6))], {"period": -4.5})
    case(cases, "interp", np.interp, [make("int32", (5,), layout, rs), lit([-50, 0, 50]), lit([1, 2, -3])])
    # cross
    for m, n in ((3, 3), (2, 2), (2, 3), (3, 2)):
        case(cases, "cross", np.cross, [make("float64", (4, m), layout, rs), make("float64", (4, n), LAYOUTS[(LAYOUTS.index(layout) + 1) % 4], rs)])
        case(cases, "cross", np.cross, [make("int32", (m, 4), layout, rs), make("int32", (n,), "c", rs)], {"axisa": 0})
    case(cases, "cross", np.cross, [make("float64", (3, 5), layout, rs), make("float64", (3, 5), "c", rs)], {"axis": 0})
    case(cases, "cross", np.cross, [make("float64", (5, 3), layout, rs), make("float64", (3, 5), "c", rs)], {"axisb": 0, "axisc": 0})
    case(cases, "cross", np.cross, [make("float64", (5, 4), layout, rs), make("float64", (5, 3), "c", rs)])
    # kron, tensordot
    case(cases, "kron", np.kron, [make("int32", (2, 3), layout, rs), make("int32", (3, 2), "c", rs)])
    case(cases, "kron", np.kron, [make("float64", (3,), layout if layout != "t" else "c", rs), make("float64", (2, 2), layout, rs)])
    case(cases, "kron", np.kron, [make("uint8", (2, 2), layout, rs), make("float32", (2,), "c", rs)])
    a3 = make("float64", (3, 4, 5), layout, rs)
    case(cases, "tensordot", np.tensordot, [a3, make("float64", (4, 5, 2), "c", rs)])
    case(cases, "tensordot", np.tensordot, [a3, make("float64", (5, 2), "t", rs)], {"axes": 1})
    case(cases, "tensordot", np.tensordot, [a3, make("float64", (2, 3), "c", rs)], {"axes": 0})
    case(cases, "tensordot", lambda a, b, **k: np.tensordot(a, b, axes=([1, 0], [0, 2])), [a3, make("float64", (4, 2, 3), layout, rs)], {"axes": [[1, 0], [0, 2]]})
    case(cases, "tensordot", lambda a, b, **k: np.tensordot(a, b, axes=(2, 0)), [a3, make("int32", (5, 2), layout, rs)], {"axes": [2, 0]})
    case(cases, "tensordot", np.tensordot, [a3, make("float64", (4, 4), "c", rs)])

# errors
case(cases, "diff", np.diff, [lit([1, 2])], {"n": -1})
case(cases, "cross", np.cross, [lit([1, 2, 3, 4]), lit([1, 2, 3])])
case(cases, "interp", np.interp, [lit([1.0]), lit([1.0, 2.0]), lit([1.0])])
case(cases, "convolve", np.convolve, [lit(np.zeros(0)), lit([1.0])])
case(cases, "gradient", np.gradient, [lit([1.0])])
case(cases, "tensordot", lambda a, b, **k: np.tensordot(a, b, axes=1), [lit(np.ones((2, 3))), lit(np.ones((2, 3)))], {"axes": 1})
case(cases, "ediff1d", lambda a, **k: np.ediff1d(a, to_begin=-1, to_end=[7, 8]), [lit([1, 4, 9])], {"to_begin": -1, "to_end": [7, 8]})
case(cases, "ediff1d", lambda a, **k: np.ediff1d(a, to_begin=0.5), [lit([1, 4, 9])], {"to_begin": 0.5})
case(cases, "interp", np.interp, [lit([0.0, 1.0, 1.5, 2.0, 2.5]), lit([1.0, 2.0, 2.0, 3.0]), lit([1.0, np.inf, 3.0, 4.0])])

dump("np_more_math/numerical", {"versions": versions(), "cases": cases})

# einsum: op "einsum:<subscripts>" -------------------------------------------------------------
ein = []


def einsum_case(spec, shapes, dtype="float64", layouts=LAYOUTS, **kw):
    for layout in layouts:
        args = [make(dtype, s, layout if len(s) > 1 or layout != "t" else "c", rs) for s in shapes]
        case(ein, f"einsum:{spec}", lambda *a, **k: np.einsum(spec, *a, **k), args, kw)


einsum_case("ij->ji", [(3, 4)])
einsum_case("ii", [(4, 4)])
einsum_case("ii->i", [(4, 4)])
einsum_case("ij->", [(3, 4)])
einsum_case("ij->i", [(3, 4)])
einsum_case("ij->j", [(3, 4)], dtype="int32")
einsum_case("ij,j->i", [(3, 4), (4,)])
einsum_case("ij,jk->ik", [(3, 4), (4, 2)])
einsum_case("ij,jk", [(3, 4), (4, 2)], dtype="int64")
einsum_case("bij,bjk->bik", [(2, 3, 4), (2, 4, 5)])
einsum_case("i,j->ij", [(3,), (4,)])
einsum_case("i,j", [(3,), (4,)], dtype="float32")
einsum_case("i,i", [(5,), (5,)])
einsum_case("i,i->", [(5,), (5,)], dtype="int16")
einsum_case("ij,ij->ij", [(3, 4), (3, 4)])
einsum_case("ijk->kji", [(2, 3, 4)])
einsum_case("ijk,ikl->jl", [(2, 3, 4), (2, 4, 3)])
einsum_case("ba", [(3, 4)])
einsum_case("ij,jk->ik", [(3, 4), (4, 2)], optimize=True)
einsum_case("ij,jk,kl->il", [(2, 3), (3, 4), (4, 2)])
einsum_case("iij->ij", [(3, 3, 2)], layouts=("c",))
einsum_case("ij,kj->ik", [(3, 4), (1, 4)], layouts=("c",))
einsum_case("...ij,...jk->...ik", [(2, 3, 4), (4, 5)])
einsum_case("...ij,...jk", [(2, 3, 4), (2, 4, 5)])
einsum_case("...ii->...i", [(2, 3, 3)])
einsum_case("i...->...", [(3, 2, 4)])
einsum_case("...i,...i", [(3, 4), (4,)])
einsum_case("ij...,j->i...", [(3, 4, 2), (4,)])
case(ein, "einsum:ij->k", lambda *a, **k: np.einsum("ij->k", *a, **k), [make("float64", (3, 4), "c", rs)])
case(ein, "einsum:ijk->ij", lambda *a, **k: np.einsum("ijk->ij", *a, **k), [make("float64", (3, 4), "c", rs)])
dump("np_more_math/einsum", {"versions": versions(), "cases": ein})
