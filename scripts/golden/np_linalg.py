"""Golden fixtures for np.linalg: test/golden/np_linalg/linalg.json. Run with /usr/bin/python3.

Every matrix argument is stored as {"base", "layout", "shape"} (np_cases.py's format) so the test
rebuilds it contiguous (c), transposed (t), with a negative step (r) or broadcast (b); here the
base is chosen so that c, t and r give the same values and b repeats the first matrix.
Eigen and singular vectors are compared as NumPy gives them: tslab-sci follows LAPACK's steps,
signs included. Beyond 25 x 25, where NumPy's LAPACK divides and conquers, the "_signfree" cases
normalise the signs on both sides (largest entry of each eigenvector and of each column of u
positive; vh's row follows).
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

L = np.linalg
rs = np.random.RandomState(1234)


def enc(stack, layout):
    """(numpy argument in that layout, encoded argument) with the values of `stack`."""
    stack = np.asarray(stack)
    shape = list(stack.shape)
    if layout == "c":
        base = np.ascontiguousarray(stack)
        arr = base
    elif layout == "t":
        base = np.ascontiguousarray(stack.T)
        arr = base.T
    elif layout == "r":
        base = np.ascontiguousarray(stack[::-1])
        arr = base[::-1]
    elif layout == "b":
        base = np.ascontiguousarray(stack[:1])
        arr = np.broadcast_to(base, stack.shape)
    else:
        raise ValueError(layout)
    return arr, {"base": base, "layout": layout, "shape": shape}


def largest_positive(v):
    best, best_abs = -1, 0.0
    for i, x in enumerate(np.abs(v)):
        if x > best_abs * (1 + 1e-8):
            best, best_abs = i, x
    return -1.0 if best >= 0 and v[best] < 0 else 1.0


def norm_cols(v):
    """Each column (last axis of a stack's matrices) signed with its largest entry positive."""
    v = np.array(v, dtype=v.dtype)
    flat = v.reshape(-1, v.shape[-2], v.shape[-1])
    for m in flat:
        for j in range(m.shape[1]):
            m[:, j] *= largest_positive(m[:, j])
    return flat.reshape(v.shape)


def norm_svd(u, s, vh):
    u = np.array(u)
    vh = np.array(vh)
    fu = u.reshape(-1, u.shape[-2], u.shape[-1])
    fv = vh.reshape(-1, vh.shape[-2], vh.shape[-1])
    k = s.shape[-1]
    for m, w in zip(fu, fv):
        for j in range(k):
            sg = largest_positive(m[:, j])
            m[:, j] *= sg
            w[j, :] *= sg
    return fu.reshape(u.shape), s, fv.reshape(vh.shape)


cases = []


def case(op, fn, args, kw=None, post=None):
    kw = kw or {}
    entry = {"op": op, "args": [e for _, e in args], "kw": kw}
    pykw = {k: tuple(v) if k == "axis" and isinstance(v, list) else v for k, v in kw.items()}
    try:
        out = fn(*[a for a, _ in args], **pykw)
        if post:
            out = post(out)
        if isinstance(out, tuple):
            out = [o if isinstance(o, np.ndarray) else o.item() if isinstance(o, np.generic) else o for o in out]
        elif isinstance(out, (np.generic, int, float)):
            entry["out_dtype"] = str(np.asarray(out).dtype)
        entry["out"] = out
    except Exception as e:  # noqa: BLE001 - the error is the expected result
        entry["error"] = {"type": type(e).__name__, "message": str(e)}
    cases.append(entry)


def general(shape):
    return rs.randn(*shape) * 2


def spd(n, batch=()):
    a = rs.randn(*batch, n, n)
    return a @ np.swapaxes(a, -1, -2) + n * np.eye(n)


def real_eig(n, batch=()):
    """Matrices S diag(d) S^-1 with well separated real eigenvalues."""
    out = np.empty(batch + (n, n))
    for idx in np.ndindex(*batch):
        d = rs.permutation(np.arange(1, n + 1) * 1.5 - n / 2) + rs.rand(n) * 0.3
        s = rs.randn(n, n) + 2 * np.eye(n)
        out[idx] = s @ np.diag(d) @ np.linalg.inv(s)
    return out


LAYOUTS = ("c", "t", "r", "b")

# LU family
for layout in LAYOUTS:
    for shape in ((4, 4), (3, 4, 4), (2, 1, 3, 3)):
        if layout == "b" and len(shape) == 2:
            continue
        m = general(shape)
        for op, fn in (("inv", L.inv), ("det", L.det), ("slogdet", L.slogdet)):
            case(op, fn, [enc(m, layout)])
        case("solve", L.solve, [enc(m, layout), enc(general(shape[:-1]), layout)])
        case("solve", L.solve, [enc(m, layout), enc(general(shape[:-1] + (2,)), layout)])
singular = np.array([[1.0, 2, 3], [2, 4, 6], [1, 0, 1]])
for op, fn in (("inv", L.inv), ("det", L.det), ("slogdet", L.slogdet)):
    case(op, fn, [enc(singular, "c")])
    case(op, fn, [enc(np.array([[1, 2], [3, 4]]), "c")])  # int64 input
    case(op, fn, [enc(general((3, 3)).astype(np.float32), "c")])
    case(op, fn, [enc(np.ones((2, 3)), "c")])
    case(op, fn, [enc(np.zeros((0, 0)), "c")])
case("inv", L.inv, [enc(np.ones((2, 3, 3)), "b")])
case("solve", L.solve, [enc(general((4, 4)), "c"), enc(general((3, 4, 2)), "c")])
case("solve", L.solve, [enc(general((3, 4, 4)), "c"), enc(general((4, 2)), "c")])
case("solve", L.solve, [enc(general((3, 3)), "c"), enc(general((4,)), "c")])
case("solve", L.solve, [enc(singular, "c"), enc(general((3,)), "c")])
case("solve", L.solve, [enc(np.array([[3, 1], [1, 2]]), "c"), enc(np.array([9, 8]), "c")])

# Cholesky
for layout in LAYOUTS:
    case("cholesky", L.cholesky, [enc(spd(4, (3,)), layout)])
    if layout != "b":
        case("cholesky", L.cholesky, [enc(spd(5), layout)])
case("cholesky", L.cholesky, [enc(-np.eye(3), "c")])
case("cholesky", L.cholesky, [enc(np.array([[1.0, 2], [2, 1]]), "c")])
case("cholesky", L.cholesky, [enc(spd(3).astype(np.float32), "c")])

# QR
for layout in ("c", "t", "r"):
    for shape in ((5, 3), (3, 5), (4, 4), (2, 5, 3)):
        m = general(shape)
        for mode in ("reduced", "complete", "r", "raw"):
            case("qr", L.qr, [enc(m, layout)], {"mode": mode})
case("qr", L.qr, [enc(general((2, 4, 3)), "b")])
case("qr", L.qr, [enc(np.array([[1.0, 2], [0, 3], [0, 0]]), "c")])  # already triangular: tau = 0
case("qr", L.qr, [enc(np.array([[0.0, 0], [0, 0]]), "c")])
case("qr", L.qr, [enc(np.array([[1, 2], [3, 4]]), "c")], {"mode": "x"})

# symmetric eigenproblems (only one triangle is read, so any matrix works)
for layout in LAYOUTS:
    for shape in ((5, 5), (3, 4, 4)):
        if layout == "b" and len(shape) == 2:
            continue
        m = general(shape)
        for uplo in ("L", "U"):
            case("eigh", L.eigh, [enc(m, layout)], {"UPLO": uplo})
            case("eigvalsh", L.eigvalsh, [enc(m, layout)], {"UPLO": uplo})
case("eigh", L.eigh, [enc(np.diag([3.0, 1.0, 2.0]), "c")])
case("eigh", L.eigh, [enc(general((20, 20)), "c")])
big_sym = general((30, 30))
case("eigh_signfree", L.eigh, [enc(big_sym + big_sym.T, "c")], post=lambda o: (o[0], norm_cols(o[1])))
case("eigh", L.eigh, [enc(np.ones((2, 2)), "c")], {"UPLO": "X"})
case("eigvalsh", L.eigvalsh, [enc(spd(6).astype(np.float32), "c")])

# general eigenproblems with real eigenvalues
for layout in LAYOUTS:
    for shape in ((5,), (3, 4)):
        if layout == "b" and len(shape) == 1:
            continue
        n = shape[-1]
        m = real_eig(n, shape[:-1])
        case("eig", L.eig, [enc(m, layout)])
        case("eigvals", L.eigvals, [enc(m, layout)])
for m in (np.triu(np.arange(1.0, 17).reshape(4, 4)), np.tril(np.arange(1.0, 17).reshape(4, 4)),
          np.array([[2.0, 0, 0], [1, 3, 0], [4, 5, 1]]), np.array([[1.0, 2, 0], [0, 3, 0], [2, -4, 2]]),
          np.array([[4.0, 1], [2, 3]]), np.array([[0.0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1], [0.1, 0, 0, 0]]) * 0 + np.diag([1.0, 2, 3, 4], 0) + np.diag([1.0, 1, 1], 1)):
    case("eig", L.eig, [enc(m, "c")])
    case("eigvals", L.eigvals, [enc(m, "c")])
for n in (6, 9, 12):
    m = real_eig(n)
    case("eig", L.eig, [enc(m, "c")])
sym = general((6, 6))
sym = sym + sym.T
case("eigvals", L.eigvals, [enc(sym, "c")])

# SVD
for layout in ("c", "t", "r", "b"):
    for shape in ((5, 3), (3, 5), (4, 4), (2, 5, 3), (2, 3, 4)):
        if layout == "b" and len(shape) == 2:
            continue
        m = general(shape)
        case("svd", L.svd, [enc(m, layout)], {"full_matrices": False})
        case("svd", L.svd, [enc(m, layout)], {})
        case("svd", L.svd, [enc(m, layout)], {"compute_uv": False})
# singular vectors of zero singular values are rounding noise: values only for singular matrices
for m in (np.array([[1.0, 2], [2, 4], [3, 6]]), np.arange(12.0).reshape(3, 4)):
    case("svd", L.svd, [enc(m, "c")], {"compute_uv": False})
for m in (np.eye(3), np.array([[3.0]]), np.array([[-3.0]]), np.array([[2.0, 0], [0, -1]]), rs.randn(8, 3), rs.randn(3, 8),
          rs.randn(12, 7), rs.randn(7, 12), rs.randn(1, 4), rs.randn(4, 1)):
    case("svd", L.svd, [enc(m, "c")], {"compute_uv": False})
    case("svd", L.svd, [enc(m, "c")], {})
    case("svd", L.svd, [enc(m, "c")], {"full_matrices": False})
case("svd", L.svd, [enc(sym, "c")], {"hermitian": True, "compute_uv": False})
case("svd", L.svd, [enc(sym, "c")], {"hermitian": True})
case("svd", L.svd, [enc(general((4, 3)).astype(np.float32), "c")], {"compute_uv": False})
big = general((40, 30))
# beyond 25 x 25 NumPy's LAPACK divides and conquers: compared with signs normalised on both sides
case("svd_signfree", L.svd, [enc(big, "c")], {"full_matrices": False}, post=lambda o: norm_svd(*o))

# norms
for layout in ("c", "t", "r", "b"):
    x = general((3, 4, 5))
    arr = enc(x, layout)
    for ord_ in (None, np.inf, -np.inf, 0, 1, -1, 2, -2, 3, 0.5):
        for axis in (0, 1, -1, 2):
            case("norm", L.norm, [arr], {"ord": ord_, "axis": axis})
        case("norm", L.norm, [arr], {"ord": ord_, "axis": 2, "keepdims": True})
    for ord_ in (None, "fro", "nuc", np.inf, -np.inf, 1, -1, 2, -2):
        for axis in ((0, 1), (1, 2), (2, 0), (-1, -2)):
            case("norm", L.norm, [arr], {"ord": ord_, "axis": list(axis)})
        case("norm", L.norm, [arr], {"ord": ord_, "axis": [1, 2], "keepdims": True})
    case("norm", L.norm, [arr])
    case("norm", L.norm, [arr], {"keepdims": True})
vec = general((7,))
mat = general((4, 3))
for ord_ in (None, np.inf, -np.inf, 0, 1, -1, 2, -2, 3):
    case("norm", L.norm, [enc(vec, "c")], {"ord": ord_})
for ord_ in (None, "fro", "nuc", np.inf, -np.inf, 1, -1, 2, -2):
    case("norm", L.norm, [enc(mat, "c")], {"ord": ord_})
    case("norm", L.norm, [enc(mat, "t")], {"ord": ord_, "keepdims": True})
case("norm", L.norm, [enc(np.array([[1, 2], [3, 4]]), "c")])
case("norm", L.norm, [enc(vec, "c")], {"ord": "fro"})
case("norm", L.norm, [enc(mat, "c")], {"ord": 3})
case("norm", L.norm, [enc(general((2, 3, 4)), "c")], {"ord": 2})
case("norm", L.norm, [enc(general((2, 3, 4)), "c")], {"axis": [0, 0]})
case("norm", L.norm, [enc(vec.astype(np.float32), "c")])

# least squares and friends
a63 = general((6, 3))
for layout in ("c", "t", "r"):
    case("lstsq", L.lstsq, [enc(a63, layout), enc(general((6,)), layout)], {"rcond": None})
    case("lstsq", L.lstsq, [enc(a63, layout), enc(general((6, 2)), layout)], {"rcond": None})
case("lstsq", lambda a, b: L.lstsq(a, b, rcond=-1), [enc(a63, "c"), enc(general((6,)), "c")])
case("lstsq", L.lstsq, [enc(general((3, 5)), "c"), enc(general((3,)), "c")], {"rcond": None})
case("lstsq", L.lstsq, [enc(np.array([[1.0, 2], [2, 4], [3, 6]]), "c"), enc(np.array([1.0, 2, 4]), "c")], {"rcond": None})
case("lstsq", L.lstsq, [enc(a63, "c"), enc(general((5,)), "c")], {"rcond": None})
case("lstsq", L.lstsq, [enc(np.array([[0.0, 1], [1, 1], [2, 1], [3, 1]]), "c"), enc(np.array([-1.0, 0.2, 0.9, 2.1]), "c")], {"rcond": None})
for layout in LAYOUTS:
    for shape in ((5, 3), (3, 5), (2, 4, 3)):
        if layout == "b" and len(shape) == 2:
            continue
        case("pinv", L.pinv, [enc(general(shape), layout)])
case("pinv", L.pinv, [enc(np.array([[1.0, 2], [2, 4], [3, 6]]), "c")])
case("pinv", L.pinv, [enc(sym, "c")], {"hermitian": True})
case("pinv", L.pinv, [enc(general((4, 3)), "c")], {"rcond": 0.5})
for m, kw in ((general((4, 5)), {}), (np.array([[1.0, 2], [2, 4], [3, 6]]), {}), (np.eye(4), {}), (np.zeros((3, 3)), {}),
              (general((3, 4, 4)), {}), (np.array([1.0, 0, 2]), {}), (np.zeros(4), {}), (np.diag([1.0, 1e-3, 1e-9]), {"tol": 1e-5}),
              (sym, {"hermitian": True}), (np.diag([1.0, 1e-9]).astype(np.float32), {})):
    case("matrix_rank", L.matrix_rank, [enc(m, "c")], kw)
for layout in LAYOUTS:
    m = general((2, 3, 3))
    for n in (0, 1, 2, 3, 5, 6, -1, -3):
        case("matrix_power", L.matrix_power, [enc(m, layout)], {"n": n})
case("matrix_power", L.matrix_power, [enc(np.array([[1, 1], [1, 0]]), "c")], {"n": 10})
case("matrix_power", L.matrix_power, [enc(np.array([[2, 0], [0, 2]]), "c")], {"n": 0})
case("matrix_power", L.matrix_power, [enc(general((2, 3)), "c")], {"n": 2})
case("matrix_power", L.matrix_power, [enc(general((3, 3)), "c")], {"n": 1.5})
for layout in ("c", "t", "r"):
    for shapes in (((3, 4), (4, 5), (5, 2)), ((10, 2), (2, 8), (8, 3)), ((4,), (4, 6), (6, 3), (3, 7)), ((2, 5), (5, 4), (4, 6), (6,)),
                   ((3,), (3, 3), (3,)), ((4, 2), (2, 9), (9, 3), (3, 5), (5, 1))):
        case("multi_dot", lambda *a: L.multi_dot(list(a)), [enc(general(s), layout) for s in shapes])
case("multi_dot", lambda *a: L.multi_dot(list(a)), [enc(general((3, 3)), "c")])
for layout in LAYOUTS:
    m = general((2, 4, 4))
    for p in (None, 2, -2, 1, -1, np.inf, -np.inf, "fro", "nuc"):
        case("cond", L.cond, [enc(m, layout)], {"p": p})
for p in (None, 1, "fro"):
    case("cond", L.cond, [enc(general((4, 4)), "c")], {"p": p})
    if p is not None:  # by singular values, a singular matrix's condition number is rounding noise
        case("cond", L.cond, [enc(singular, "c")], {"p": p})
case("cond", L.cond, [enc(general((3, 5)), "c")])
case("cond", L.cond, [enc(np.zeros((0, 0)), "c")])

dump("np_linalg/linalg", {"versions": versions(), "cases": cases})
