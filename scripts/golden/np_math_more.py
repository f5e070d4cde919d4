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
