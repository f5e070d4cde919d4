"""Golden fixtures for the further np ufuncs and float functions:
test/golden/np_more_math/ufuncs.json. Run with /usr/bin/python3. Cases use np_cases.py's format
(contiguous, transposed, negative-step and broadcast layouts)."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from np_cases import LAYOUTS, case, make, scalar  # noqa: E402

rs = np.random.RandomState(124)
DTYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float32", "float64"]
FLOAT_UNARY = {
    "arcsinh": np.arcsinh, "arccosh": np.arccosh, "arctanh": np.arctanh, "deg2rad": np.deg2rad, "rad2deg": np.rad2deg,
    "degrees": np.degrees, "radians": np.radians, "exp2": np.exp2, "cbrt": np.cbrt, "fabs": np.fabs, "spacing": np.spacing,
    "signbit": np.signbit, "sinc": np.sinc, "isposinf": np.isposinf, "isneginf": np.isneginf, "isreal": np.isreal,
    "nan_to_num": np.nan_to_num, "modf": np.modf, "frexp": np.frexp,
}
ANY_UNARY = {"reciprocal": np.reciprocal, "positive": np.positive, "invert": np.invert, "bitwise_not": np.bitwise_not}
FLOAT_BINARY = {
    "arctan2": np.arctan2, "hypot": np.hypot, "logaddexp": np.logaddexp, "logaddexp2": np.logaddexp2, "copysign": np.copysign,
    "nextafter": np.nextafter, "heaviside": np.heaviside, "float_power": np.float_power,
}
ANY_BINARY = {
    "fmod": np.fmod, "fmax": np.fmax, "fmin": np.fmin, "gcd": np.gcd, "lcm": np.lcm, "bitwise_and": np.bitwise_and,
    "bitwise_or": np.bitwise_or, "bitwise_xor": np.bitwise_xor, "left_shift": np.left_shift, "right_shift": np.right_shift,
    "divmod": np.divmod, "isclose": np.isclose,
}
FLOAT16 = ("bool", "int8", "uint8")  # NumPy's float16 loop: float16 is not supported here


def other(layout):
    return LAYOUTS[(LAYOUTS.index(layout) + 1) % 4]


def bounds(name, dt):
    if name in ("arccosh",):
        return {"low": 1}
    if name in ("left_shift", "right_shift"):
        return {"low": 0, "high": 9}
    if name == "reciprocal":
        return {"low": 1}
    if name == "float_power":
        return {"low": 0, "high": 5}
    return {}


cases = []
for name, fn in {**FLOAT_UNARY, **ANY_UNARY}.items():
    for dt in DTYPES:
        if name in FLOAT_UNARY and dt in FLOAT16 and name not in ("sinc", "isposinf", "isneginf", "isreal", "nan_to_num", "signbit"):
            continue
        for layout in LAYOUTS:
            a = make(dt, (3, 4), layout, rs, **bounds(name, dt))
            if name == "arccosh" and dt.startswith("float"):
                a = (np.abs(a[0]) + 1, {**a[1], "base": np.abs(a[1]["base"]) + np.asarray(1, a[1]["base"].dtype)})
            if name == "arctanh" and dt.startswith("float"):
                a = (a[0] / 10, {**a[1], "base": a[1]["base"] / np.asarray(10, a[1]["base"].dtype)})
            case(cases, name, fn, [a])

for name, fn in {**FLOAT_BINARY, **ANY_BINARY}.items():
    for dt in DTYPES:
        if name in FLOAT_BINARY and dt in FLOAT16 and name != "float_power":
            continue
        kw = bounds(name, dt)
        for layout in LAYOUTS:
            a = make(dt, (3, 4), layout, rs, **kw)
            b = make(dt, (3, 4), other(layout), rs, **kw)
            case(cases, name, fn, [a, b])
        case(cases, name, fn, [make(dt, (3, 4), "c", rs, **kw), make(dt, (4,), "r", rs, **kw)])
        case(cases, name, fn, [make(dt, (3, 1), "c", rs, **kw), make(dt, (1, 4), "c", rs, **kw)])
    if name not in ("gcd", "lcm"):  # NumPy's message there names a float64 output loop
        case(cases, name, fn, [make("float64", (5,), "c", rs, **bounds(name, "float64")), scalar(2)])
    case(cases, name, fn, [make("int32", (5,), "c", rs, **bounds(name, "int32")), scalar(3)])

# mixed dtypes, ldexp's integer exponents
for x in ("int16", "int32", "float32", "float64"):
    for y in ("int8", "int32", "int64", "uint8"):
        case(cases, "ldexp", np.ldexp, [make(x, (3, 4), "t", rs), make(y, (4,), "c", rs, low=-20, high=20)])
case(cases, "ldexp", np.ldexp, [make("float64", (3,), "c", rs), make("float64", (3,), "c", rs)])
case(cases, "arctan2", np.arctan2, [make("float32", (3, 4), "c", rs), make("int16", (4,), "c", rs)])
case(cases, "hypot", np.hypot, [make("int32", (3, 4), "c", rs), make("float32", (4,), "c", rs)])
case(cases, "gcd", np.gcd, [make("float64", (3,), "c", rs), make("float64", (3,), "c", rs)])
case(cases, "bitwise_and", np.bitwise_and, [make("float64", (3,), "c", rs), make("float64", (3,), "c", rs)])
case(cases, "left_shift", np.left_shift, [make("float32", (3,), "c", rs), make("float32", (3,), "c", rs)])
case(cases, "positive", np.positive, [make("bool", (3,), "c", rs)])
case(cases, "gcd", np.gcd, [make("bool", (3,), "c", rs), make("bool", (3,), "c", rs)])

# special values
SPECIAL = np.array([0.0, -0.0, 1.0, -1.0, 0.5, -2.5, np.inf, -np.inf, np.nan, 1e-310, -1e308, 3e300, 7.0, -7.5, 1e-20, 2.0 ** 60])


def special(dt="float64"):
    v = SPECIAL.astype(dt)
    return v, {"base": v, "layout": "c", "shape": list(v.shape)}


def special_rev(dt="float64"):
    v = SPECIAL[::-1].copy().astype(dt)
    return v, {"base": v, "layout": "c", "shape": list(v.shape)}


for dt in ("float32", "float64"):
    for name in ("arcsinh", "arccosh", "arctanh", "exp2", "cbrt", "fabs", "spacing", "signbit", "sinc", "isposinf", "isneginf",
                 "nan_to_num", "modf", "frexp", "reciprocal", "deg2rad"):
        case(cases, name, FLOAT_UNARY.get(name) or ANY_UNARY.get(name) or getattr(np, name), [special(dt)])
    for name in ("arctan2", "hypot", "logaddexp", "logaddexp2", "copysign", "nextafter", "heaviside", "fmod", "fmax", "fmin",
                 "float_power", "divmod", "isclose"):
        case(cases, name, getattr(np, name), [special(dt), special_rev(dt)])
case(cases, "nan_to_num", np.nan_to_num, [special()], {"nan": -1.5, "posinf": 9.0, "neginf": -9.0})
case(cases, "nan_to_num", np.nan_to_num, [special("float32")], {"nan": 2.0})
case(cases, "nan_to_num", np.nan_to_num, [special()], {"copy": False})
case(cases, "isclose", np.isclose, [special(), special_rev()], {"equal_nan": True})
case(cases, "isclose", np.isclose, [special(), special_rev()], {"rtol": 0.5, "atol": 1.0})
case(cases, "ldexp", np.ldexp, [special(), scalar(-1070)])
case(cases, "ldexp", np.ldexp, [special(), scalar(1000)])
case(cases, "ldexp", np.ldexp, [special("float32"), scalar(-140)])
big = np.array([2 ** 40 + 3, -(2 ** 45) - 7, 2 ** 52, -1, 0, 123456789012], dtype=np.int64)
big_enc = (big, {"base": big, "layout": "c", "shape": [6]})
shifts = np.array([1, 3, 0, 63, 64, 5], dtype=np.int64)
for name in ("bitwise_and", "bitwise_or", "bitwise_xor", "left_shift", "right_shift", "gcd", "lcm"):
    case(cases, name, getattr(np, name), [big_enc, (shifts, {"base": shifts, "layout": "c", "shape": [6]})])
case(cases, "invert", np.invert, [big_enc])
case(cases, "right_shift", np.right_shift, [make("int8", (4,), "c", rs, low=-100, high=-1), (np.array([1, 7, 8, 40], np.int8), {"base": np.array([1, 7, 8, 40], np.int8), "layout": "c", "shape": [4]})])
case(cases, "left_shift", np.left_shift, [make("uint32", (4,), "c", rs, low=1, high=100), (np.array([1, 31, 32, 40], np.uint32), {"base": np.array([1, 31, 32, 40], np.uint32), "layout": "c", "shape": [4]})])

dump("np_more_math/ufuncs", {"versions": versions(), "cases": cases})

# ufunc methods: reduce, accumulate, outer, at ---------------------------------------------------
methods = []
RED = ["add", "multiply", "maximum", "minimum", "subtract", "logical_and", "logical_or", "fmax", "bitwise_or", "gcd"]
for name in RED:
    uf = getattr(np, name)
    for dt in DTYPES:
        if name == "subtract" and dt in ("bool", "uint64"):  # uint64 wraps past 2**53 (not exact here)
            continue
        if name in ("bitwise_or", "gcd") and dt.startswith("float") or name == "gcd" and dt == "bool":
            continue
        for layout in LAYOUTS:
            a = make(dt, (3, 4), layout, rs, low=-3 if dt[0] != "u" else 0, high=4)
            case(methods, f"{name}.reduce", lambda x, **k: uf.reduce(x, **k), [a])
            case(methods, f"{name}.reduce", lambda x, **k: uf.reduce(x, **k), [a], {"axis": 1})
            case(methods, f"{name}.accumulate", lambda x, **k: uf.accumulate(x, **k), [a])
            case(methods, f"{name}.accumulate", lambda x, **k: uf.accumulate(x, **k), [a], {"axis": -1})
        b = make(dt, (2, 3, 4), "t", rs, low=0, high=4)
        if name != "subtract":
            case(methods, f"{name}.reduce", lambda x, **k: uf.reduce(x, **{**k, "axis": None if k.get("axis") == "None" else tuple(k["axis"]) if isinstance(k.get("axis"), list) else k.get("axis", 0)}), [b], {"axis": [0, 2]})
        case(methods, f"{name}.reduce", lambda x, **k: uf.reduce(x, **k), [b], {"axis": 2, "keepdims": True})
        case(methods, f"{name}.outer", lambda x, y: uf.outer(x, y), [make(dt, (3,), "r", rs, low=0, high=5), make(dt, (2, 2), "t", rs, low=0, high=5)])
for dt in ("int8", "float32", "float64", "int32"):
    a = make(dt, (4, 3), "t", rs)
    case(methods, "add.reduce", lambda x, **k: np.add.reduce(x, **k), [a], {"dtype": "float64"})
    case(methods, "add.reduce", lambda x, **k: np.add.reduce(x, **k), [a], {"initial": 5})
    case(methods, "multiply.accumulate", lambda x, **k: np.multiply.accumulate(x, **k), [a], {"dtype": "float64", "axis": 1})
    case(methods, "maximum.reduce", lambda x, **k: np.maximum.reduce(x, **k), [a], {"initial": 2, "axis": 1})
    case(methods, "add.reduce", lambda x, **k: np.add.reduce(x, **k), [a], {"axis": None})
case(methods, "maximum.reduce", lambda x, **k: np.maximum.reduce(x, **k), [make("float64", (0, 3), "c", rs)])
case(methods, "add.reduce", lambda x, **k: np.add.reduce(x, **k), [make("float64", (0, 3), "c", rs)])
case(methods, "subtract.reduce", lambda x, **k: np.subtract.reduce(x, axis=tuple(k["axis"])), [make("float64", (2, 3), "c", rs)], {"axis": [0, 1]})


def at_case(name, dt, idx, values):
    def run(a, i, v):
        out = a.copy()
        getattr(np, name).at(out, i if i.ndim == 1 else tuple(i), v)
        return out
    return run


for name in ("add", "multiply", "maximum", "subtract"):
    for dt in ("int32", "float64", "uint8"):
        base = make(dt, (5, 3), "c", rs, low=0, high=9)
        idx = np.array([0, 1, 1, 4, -1, 0])
        vals = make(dt, (6, 3), "c", rs, low=0, high=9)
        case(methods, f"{name}.at", at_case(name, dt, idx, vals), [base, (idx, {"base": idx, "layout": "c", "shape": [6]}), vals])
        idx2 = np.array([[0, 4, 0], [2, 1, 2]])
        case(methods, f"{name}.at2", at_case(name, dt, idx2, vals), [base, (idx2, {"base": idx2, "layout": "c", "shape": [2, 3]}), scalar(3)])

dump("np_more_math/methods", {"versions": versions(), "cases": methods})
