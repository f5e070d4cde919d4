"""Golden fixtures for complex arrays: test/golden/np_complex/cases.json.
Run with /usr/bin/python3.

Each case names an operation (the test maps the name to the library call), its inputs and
NumPy's result. Complex arrays are written as {"re": array, "im": array, "dtype": name}; every
input also names a layout applied on both sides: "C" (as is), "T" (transposed view), "rev"
(reversed last axis, a negative step), "bcast:<rows>" (broadcast to that many rows, stride 0).
"""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from complex_io import enc, layout  # noqa: E402

warnings.simplefilter("ignore")


def arg(x, how="C"):
    return {"value": enc(x), "layout": how}


Z = np.array([[0.5 + 0.25j, -3 + 4j, 1e-3 - 2j], [2.5 + 0j, -0.75 - 1.5j, 7 + 0.125j]])
W = np.array([[1 - 1j, 0.5 + 2j, -2 + 0.5j], [3 + 0j, -1j, 1.25 - 0.75j]])
Z1 = np.array([0.3 + 0.4j, -1.2 + 0.1j, 2 - 3j, 0j])
SPECIAL = np.array([np.nan + 1j, 1 + np.nan * 1j, np.inf + 0j, -np.inf * 1j + 1, 0j, -0.0 + 0j])

UNARY = ["exp", "log", "sqrt", "sin", "cos", "tan", "sinh", "cosh", "tanh", "square", "reciprocal", "sign",
         "negative", "positive", "conjugate", "absolute", "isnan", "isinf", "isfinite", "log10", "log2",
         "expm1", "log1p", "exp2", "rint", "real", "imag", "iscomplex", "isreal", "angle",
         "arcsin", "arccos", "arctan", "arcsinh", "arccosh", "arctanh"]
BINARY = ["add", "subtract", "multiply", "divide", "power", "equal", "not_equal", "greater", "greater_equal",
          "less", "less_equal", "maximum", "minimum"]

cases = []


def case(op, args, result, **extra):
    out = {"op": op, "args": args, "result": enc(result), "repr": repr(result) if isinstance(result, np.ndarray) else None}
    out.update(extra)
    cases.append(out)


for name in UNARY:
    fn = getattr(np, name)
    for how in ["C", "T", "rev"]:
        case(name, [arg(Z, how)], np.asarray(fn(layout(Z, how))))
    case(name, [arg(Z1.astype(np.complex64))], np.asarray(fn(Z1.astype(np.complex64))))
    case(name, [arg(Z1, "bcast:2")], np.asarray(fn(layout(Z1, "bcast:2"))))

case("angle_deg", [arg(Z, "T")], np.angle(Z.T, deg=True))

for name in BINARY:
    fn = getattr(np, name)
    case(name, [arg(Z), arg(W)], fn(Z, W))
    case(name, [arg(Z, "rev"), arg(np.ascontiguousarray(W.T), "T")], fn(layout(Z, "rev"), W))
    case(name, [arg(Z), arg(Z1[:3], "C")], fn(Z, Z1[:3]))
    case(name, [arg(Z1, "bcast:2"), arg(Z1.astype(np.complex64))], fn(layout(Z1, "bcast:2"), Z1.astype(np.complex64)))

# promotion with every real dtype, arrays and scalars
REALS = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float32", "float64"]
for rd in REALS:
    r = np.array([1, 0, 1], dtype=rd)
    for cd in ["complex64", "complex128"]:
        c = np.array([1 + 2j, 0.5 - 1j, -3 + 0.25j], dtype=cd)
        case("add", [arg(r), arg(c)], r + c)
        case("multiply", [arg(c), arg(r)], c * r)
    case("multiply_scalar", [arg(r)], r * (0.5 + 2j), scalar=[0.5, 2])
    case("add_scalar_c64", [arg(r)], r + np.complex64(1 + 1j), scalar=[1, 1])
    case("astype_from", [arg(r)], r.astype(np.complex128))

for to in ["float64", "float32", "int32", "int64", "uint8", "bool", "complex64"]:
    case("astype", [arg(Z, "T")], Z.T.astype(to), to=to)

# reductions
for how in ["C", "T"]:
    X = layout(Z, how)
    case("sum", [arg(Z, how)], np.asarray(np.sum(X)))
    case("sum_axis0", [arg(Z, how)], np.sum(X, axis=0))
    case("sum_axis1_keepdims", [arg(Z, how)], np.sum(X, axis=1, keepdims=True))
    case("mean", [arg(Z, how)], np.asarray(np.mean(X)))
    case("mean_axis1", [arg(Z, how)], np.mean(X, axis=1))
    case("prod", [arg(Z, how)], np.asarray(np.prod(X)))
    case("prod_axis0", [arg(Z, how)], np.prod(X, axis=0))
    case("prod_axis1", [arg(Z, how)], np.prod(X, axis=1))
    case("cumsum", [arg(Z, how)], np.cumsum(X))
    case("cumsum_axis1", [arg(Z, how)], np.cumsum(X, axis=1))
    case("cumprod_axis0", [arg(Z, how)], np.cumprod(X, axis=0))
    case("var", [arg(Z, how)], np.asarray(np.var(X)))
    case("std_axis0", [arg(Z, how)], np.std(X, axis=0))
    case("dot", [arg(Z, how), arg(W.T if how == "C" else W, "C")], np.dot(X, W.T if how == "C" else W))
    case("matmul", [arg(Z, how), arg(W.T if how == "C" else W, "C")], np.matmul(X, W.T if how == "C" else W))
case("dot", [arg(Z1), arg(Z1.real.copy())], np.asarray(np.dot(Z1, Z1.real)))
case("matmul", [arg(np.arange(6.0).reshape(3, 2)), arg(W)], np.arange(6.0).reshape(3, 2) @ W)
case("sum", [arg(Z1.astype(np.complex64))], np.asarray(np.sum(Z1.astype(np.complex64))))

S = np.array([2 + 1j, 1 + 5j, np.nan + 0j, 1 - 2j, 1 + np.nan * 1j, -3 + 0j, 2 + 1j, np.nan + np.nan * 1j, 1 + 5j])
case("sort", [arg(S)], np.sort(S))
case("sort", [arg(Z, "T")], np.sort(Z.T))
case("sort_axis0", [arg(Z)], np.sort(Z, axis=0))
case("argsort", [arg(S)], np.argsort(S, kind="stable"))
case("argsort", [arg(Z, "T")], np.argsort(Z.T, kind="stable"))
Zs = np.array([[0j, 1 + 0j, -2j], [0j, 0j, 3 + 1j]])
case("any", [arg(Zs)], np.asarray(np.any(Zs)))
case("all_axis1", [arg(Zs)], np.all(Zs, axis=1))
case("count_nonzero", [arg(Zs, "T")], np.asarray(np.count_nonzero(Zs.T)))
case("nonzero0", [arg(Zs, "T")], np.nonzero(Zs.T)[0])
case("nonzero1", [arg(Zs, "T")], np.nonzero(Zs.T)[1])
for rd in ["int8", "uint16", "int32", "float32", "float64", "bool"]:
    case("sort_complex", [arg(np.array([3, 1, 2], dtype=rd))], np.sort_complex(np.array([3, 1, 2], dtype=rd)))
case("sort_complex", [arg(S)], np.sort_complex(S))
case("real_if_close", [arg(np.array([1 + 1e-15j, 2 - 1e-16j]))], np.real_if_close(np.array([1 + 1e-15j, 2 - 1e-16j])))
case("real_if_close", [arg(np.array([1 + 1e-10j, 2 - 1e-16j]))], np.real_if_close(np.array([1 + 1e-10j, 2 - 1e-16j])))
case("real_if_close_tol", [arg(np.array([1 + 1e-10j, 2 - 1e-16j]))], np.real_if_close(np.array([1 + 1e-10j, 2 - 1e-16j]), tol=1e-9))
case("where", [arg(np.array([True, False, True])), arg(Z1[:3]), arg(np.array([5.0, 6.0, 7.0]))], np.where([True, False, True], Z1[:3], [5.0, 6.0, 7.0]))
for name in ["exp", "log", "sqrt", "sign", "absolute", "isnan", "isinf", "isfinite", "reciprocal"]:
    case(name, [arg(SPECIAL)], np.asarray(getattr(np, name)(SPECIAL)))

# printing
PRINT = {
    "basic": np.array([1 + 2j, 3.5 - 1j, 0]),
    "c64": np.array([1 + 2j, 3.5 - 1j, 0], dtype=np.complex64),
    "exp": np.array([1e-10 + 2j, 1e10]),
    "zero_d": np.array(1 + 2j),
    "special": SPECIAL,
    "matrix": Z,
    "tiny": np.array([1e-20 + 1e-20j, 1 + 1j]),
    "ints": np.array([1 + 0j, 2 + 3j, -4 - 5j]),
    "wide": np.exp(1j * np.linspace(0, 3, 12)),
    "wide_c64": np.exp(1j * np.linspace(0, 3, 12)).astype(np.complex64),
    "long": np.exp(1j * np.arange(2000.0) / 300) * np.arange(2000.0),
    "cube": (np.arange(24.0) - 1j * np.arange(24.0)[::-1]).reshape(2, 3, 4),
    "empty": np.zeros((0, 2), dtype=complex),
    "empty1": np.zeros(0, dtype=np.complex64),
    "neg_zero": np.array([-0.0 - 0.0j, 0.0 - 0.0j]),
    "big": np.array([1e20 + 1j, 1 - 1e-20j]),
}
printing = {}
for key, x in PRINT.items():
    entry = {"value": enc(x), "repr": repr(x), "str": str(x), "tolist": None}
    with np.printoptions(precision=3):
        entry["repr_p3"] = repr(x)
    with np.printoptions(suppress=True):
        entry["repr_suppress"] = repr(x)
    entry["a2s"] = np.array2string(x, separator=", ", max_line_width=40)
    printing[key] = entry

scalars = []
for z in [1 + 2j, 1e20 + 1j, 1e16 + 0j, 1e-5j, complex(-0.0, 0), 0j, 0.1 + 0.2j, complex(1, np.nan), complex(np.inf, -np.inf), 123456789.125 + 1j, -2.5 - 0.5j]:
    scalars.append({"re": z.real, "im": z.imag, "c128": repr(np.complex128(z)), "c64": repr(np.complex64(z))})

tolist = {"value": enc(Z[:, :2]), "tolist": [[[v.real, v.imag] for v in row] for row in Z[:, :2].tolist()]}

dump("np_complex/cases", {"versions": versions(), "cases": cases, "printing": printing, "scalars": scalars, "tolist": tolist})

# eig / eigvals with complex eigenvalues, np.roots
rng = np.random.RandomState(3)
MATS = {
    "rotation": np.array([[0.0, 1.0], [-1.0, 0.0]]),
    "pair3": np.array([[0.0, -1.0, 2.0], [1.0, 0.0, 3.0], [0.5, 0.25, 1.0]]) @ np.array([[1, 2, 0], [0, 1, 0], [0, 0, 1.0]]) - np.array([[0, 0, 0], [0, 0, 4.0], [0, -4.0, 0]]),
    "two_pairs": np.array([[1, 2, 0, 1], [-3, 1, 4, 0], [0, 1, 2, -2], [1, 0, 3, 1.0]]),
    "random5": rng.standard_normal((5, 5)),
    "random8": rng.standard_normal((8, 8)),
    "stack": np.stack([np.array([[2.0, 1.0], [1.0, 2.0]]), np.array([[1.0, -2.0], [3.0, 1.0]])]),
    "float32": np.array([[1, 2, 0, 1], [-3, 1, 4, 0], [0, 1, 2, -2], [1, 0, 3, 1.0]], dtype=np.float32),
}
eig = {}
for key, m in MATS.items():
    w, v = np.linalg.eig(m)
    entry = {"input": m, "w": enc(w), "v": enc(v), "eigvals": enc(np.linalg.eigvals(m)), "repr_w": repr(w)}
    if key == "random8":
        entry["input_T"] = np.ascontiguousarray(m.T)
    eig[key] = entry
POLYS = [[1, 0, 1, 0, 0], [0, 1, -3, 2], [2], [1, 2, 3, 4, 5], [1, -6, 11, -6], [0, 0, 1, 0, 4], [3.5, 0, -1, 2.25, 0, 1], [0, 0]]
roots = [{"p": p, "result": enc(np.roots(p)), "repr": repr(np.roots(p))} for p in POLYS]

# indexing and creation of complex arrays
V = np.array([1 + 2j, 3 + 0j, -1j, 2.5 - 0.5j, 4 + 4j])
idx = {"value": enc(V)}
idx["mask"] = enc(V[V.real > 1])
idx["fancy"] = enc(V[[4, 0, 0, 2]])
t = V.copy(); t[[1, 3]] = 7 - 1j; idx["set_fancy"] = enc(t)
t = V.copy(); t[V.imag < 0] = 0; idx["set_mask"] = enc(t)
t = V.copy(); t[0] = 5; t[1:3] = [1j, 2.5]; idx["set_basic"] = enc(t)
idx["ones"] = enc(np.ones(3, dtype=np.complex64))
idx["full"] = enc(np.full((2, 2), 3.5, dtype=complex))
idx["arange"] = enc(np.arange(4, dtype=complex))
idx["concatenate"] = enc(np.concatenate([V, V[::-2].real]))

# inv, solve, det of complex matrices (stacks, strided, float32 right-hand sides)
A = rng.standard_normal((3, 4, 4)) + 1j * rng.standard_normal((3, 4, 4))
Bv = rng.standard_normal((3, 4)) + 1j * rng.standard_normal((3, 4))
Bm = rng.standard_normal((1, 4, 2))
lin = {
    "A": enc(A), "Bv": enc(Bv), "Bm": enc(Bm),
    "inv": enc(np.linalg.inv(A)),
    "inv_T": enc(np.linalg.inv(np.swapaxes(A, -1, -2))),
    "det": enc(np.linalg.det(A)),
    "det0": enc(np.asarray(np.linalg.det(A[0]))),
    "solve_v": enc(np.linalg.solve(A, Bv)),
    "solve_m": enc(np.linalg.solve(A, Bm)),
    "solve_real_a": enc(np.linalg.solve(A[0].real, Bv[0])),
    "inv_c64": enc(np.linalg.inv(A[0].astype(np.complex64))),
}
dump("np_complex/linalg", {"versions": versions(), "eig": eig, "roots": roots, "indexing": idx, "lin": lin})
