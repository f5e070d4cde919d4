"""Differential fuzz cases for np: random calls with NumPy's answers (run with /usr/bin/python3).

Writes test/golden/np_fuzz/<kind>.json.gz, each a JSON list of cases, replayed by
test/np/fuzz.test.ts through the library's public API. Seeded: the same NumPy gives the same
files byte for byte.

Encoding (compact keys):
  array   {"d": dtype, "s": base shape, "v": base values in C order, "L": layout}
          layout absent: the base itself; ["T"]: base.T; ["ix", [slice strings]]: a basic
          index of the base (strided, negative step); ["b", shape]: np.broadcast_to(base, shape)
  number  {"py": value} a Python int, float or bool (floats are never integral: a JavaScript
          number 2.0 is the integer 2)
  value   numbers, "nan", "inf", "-inf"; bools as 0/1
  index   an int, a slice string ("1:5:-1"), "..." (Ellipsis), null (np.newaxis), an array,
          {"list": [...]} (a Python list of ints or bools)
  answer  "r": {"d", "s", "v", "view": shares memory with an input, "sc": a NumPy scalar}
          or "e": [exception class, message]; "w": [[warning class, message], ...]
int64/uint64 values that float64 cannot hold exactly are kept out (the library stores them
in Float64Array), except in the "big" cases that document the difference.
Kinds: bin, un (ufuncs), red (reductions), cast (astype), get/set (indexing), iop (in-place
operators), shape (reshape, transpose, ravel, squeeze, expand_dims, stack, concatenate),
create (arange, zeros, ones, empty, full, array), sel (where, clip). Cases run under NumPy's
default error state (underflow ignored); new kinds are appended after the existing ones so
earlier cases keep their values.
"""
import gzip
import json
import math
import os
import sys
import warnings

import numpy as np

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "test", "golden", "np_fuzz"))
DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float32", "float64"]
INTS = [d for d in DTYPES if d[0] in "iu"]
rs = np.random.RandomState(20240607)


class Skip(Exception):
    """The case needs int64 values past 2**53."""


# ---- values ------------------------------------------------------------------------------

def enc_value(v, dt):
    if dt.kind == "b":
        return 1 if v else 0
    if dt.kind in "iu":
        v = int(v)
        if int(float(v)) != v:
            raise Skip()
        return v
    f = float(v)
    if math.isnan(f):
        return "nan"
    if math.isinf(f):
        return "inf" if f > 0 else "-inf"
    return f


def rand_values(dtype, n, special):
    dt = np.dtype(dtype)
    if dt.kind == "b":
        return rs.randint(0, 2, n).astype(bool)
    if dt.kind in "iu":
        info = np.iinfo(dt)
        lo = 0 if dt.kind == "u" else -6
        v = rs.randint(lo, 10, n).astype(np.int64)
        if special:
            top = min(int(info.max), 2**31 - 1)
            bottom = max(int(info.min), -(2**31))
            picks = [top, bottom, top - 1, bottom + 1, 0]
            for k in range(n):
                if rs.rand() < 0.3:
                    v[k] = picks[rs.randint(len(picks))]
        return v.astype(dt)
    v = np.round(rs.randn(n) * 4, rs.randint(0, 3))
    if special:
        specials = [np.nan, np.inf, -np.inf, 0.0, -0.0, 1e300, -1e300, 3e38, 0.5, -2.5]
        for k in range(n):
            if rs.rand() < 0.3:
                v[k] = specials[rs.randint(len(specials))]
    return v.astype(dt)


def base_array(dtype, shape, special=False):
    n = int(np.prod(shape)) if len(shape) else 1
    return rand_values(dtype, n, special).reshape(shape)


def enc_array(arr, layout=None):
    out = {"d": str(arr.dtype), "s": list(arr.shape), "v": [enc_value(x, arr.dtype) for x in arr.ravel().tolist()]}
    if layout is not None:
        out["L"] = layout
    return out


def parse_slice(text):
    parts = [None if p == "" else int(p) for p in text.split(":")]
    return slice(*parts)


def index_of(el):
    if el is None or isinstance(el, int):
        return el
    if el == "...":
        return Ellipsis
    return parse_slice(el)


def make(dtype, shape, layout="c", special=False):
    """An array of this shape in a layout: (numpy array, base, encoded)."""
    shape = tuple(shape)
    if layout == "t" and len(shape) >= 2:
        base = base_array(dtype, shape[::-1], special)
        return base.T, base, enc_array(base, ["T"])
    if layout == "r" and len(shape) >= 1:
        base = base_array(dtype, shape, special)
        return base[::-1], base, enc_array(base, ["ix", ["::-1"]])
    if layout == "s" and len(shape) >= 1:
        bshape = shape[:-1] + (shape[-1] * 2,)
        base = base_array(dtype, bshape, special)
        ix = ["..."] + (["1::2"] if rs.rand() < 0.5 else ["::-2"])
        arr = base[tuple(index_of(e) for e in ix)]
        return arr, base, enc_array(base, ["ix", ix])
    if layout == "b" and len(shape) >= 1:
        bshape = (1,) + shape[1:] if rs.rand() < 0.5 else shape[1:]
        base = base_array(dtype, bshape, special)
        return np.broadcast_to(base, shape), base, enc_array(base, ["b", list(shape)])
    base = base_array(dtype, shape, special)
    return base, base, enc_array(base)


def enc_result(r, inputs):
    if isinstance(r, np.generic):
        return {"d": str(r.dtype), "s": [], "v": [enc_value(r.item(), r.dtype)], "sc": 1}
    if isinstance(r, (bool, int, float)):
        r = np.asarray(r)
    view = any(isinstance(x, np.ndarray) and np.shares_memory(r, x) for x in inputs)
    out = enc_array(np.array(r, order="C"))
    out["view"] = 1 if view else 0
    return out


def class_name(e):
    for cls in type(e).__mro__:
        if not cls.__name__.startswith("_"):
            return cls.__name__
    return type(e).__name__


def run(case, fn, inputs, big=None):
    """Calls fn(); stores the answer, the error or the warnings in case. False to skip."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            r = fn()
            case["r"] = enc_result(r, inputs)
        except Skip:
            raise
        except Exception as e:  # noqa: BLE001 - NumPy's error is the answer
            case["e"] = [class_name(e), str(e)]
    if caught:
        case["w"] = [[w.category.__name__, str(w.message)] for w in caught]


# ---- case collection ----------------------------------------------------------------------

CASES = {}
BIG_QUOTA = [40]


def add(kind, case, fn, inputs):
    try:
        run(case, fn, inputs)
    except Skip:
        return False
    lst = CASES.setdefault(kind, [])
    case["id"] = f"{kind}:{len(lst)}"
    lst.append(case)
    return True


def add_big(kind, case, fn, inputs):
    """A case past 2**53, kept only to document the difference (encoded with exact ints)."""
    global enc_value
    if BIG_QUOTA[0] <= 0:
        return
    plain = enc_value

    def loose(v, dt):
        return int(v) if dt.kind in "iu" else plain(v, dt)

    enc_value = loose
    try:
        if add(kind, case, fn, inputs):
            case["big"] = 1
            BIG_QUOTA[0] -= 1
    finally:
        enc_value = plain


def shape_pick(max_ndim=3):
    ndim = rs.randint(0, max_ndim + 1)
    return tuple(int(rs.randint(1, 4)) for _ in range(ndim))


def broadcast_partner(shape):
    """A shape broadcasting with `shape`: fewer dims, ones, or an incompatible one sometimes."""
    r = rs.rand()
    if r < 0.1 and len(shape) > 0:
        bad = list(shape)
        bad[-1] = bad[-1] + 1
        return tuple(bad)
    out = list(shape[rs.randint(0, len(shape) + 1):]) if shape else []
    out = [1 if rs.rand() < 0.3 else d for d in out]
    if rs.rand() < 0.2:
        out = [int(rs.randint(1, 3))] + out
    return tuple(out)


# ---- ufuncs -------------------------------------------------------------------------------

BINARY = ["add", "subtract", "multiply", "divide", "floor_divide", "remainder", "power", "maximum", "minimum",
          "greater", "greater_equal", "less", "less_equal", "equal", "not_equal",
          "logical_and", "logical_or", "logical_xor"]
UNARY = ["negative", "absolute", "square", "sign", "sqrt", "exp", "log", "log2", "log10", "expm1", "log1p",
         "sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "floor", "ceil", "trunc",
         "rint", "logical_not", "isnan", "isinf", "isfinite"]
INT_SCALARS = [0, 1, 2, 3, -1, -2, 5, 100, 127, 128, -128, -129, 255, 256, 257, 300, -300, 1000, 32767, 32768,
               40000, 65535, 65536, 70000, -40000, 2**31 - 1, 2**31, -(2**31) - 1, 2**32, 2**40, -(2**40), 2**53 - 1]
FLOAT_SCALARS = [0.5, -1.5, 2.25, 1e-3, -7.75, 1e300, float("nan"), float("inf"), float("-inf"), 3.5e38]


def py_scalar():
    r = rs.rand()
    if r < 0.5:
        return INT_SCALARS[rs.randint(len(INT_SCALARS))]
    if r < 0.85:
        return FLOAT_SCALARS[rs.randint(len(FLOAT_SCALARS))]
    return bool(rs.randint(2))


def operand(dtype, shape, layout, special):
    arr, base, enc = make(dtype, shape, layout, special)
    return arr, enc


def binary_case(f, x, xe, y, ye):
    case = {"f": f, "a": xe, "b": ye}
    fn = getattr(np, f)
    if not add("bin", case, lambda: fn(x, y), [x, y]):
        add_big("bin", dict(case), lambda: fn(x, y), [x, y])


def gen_binary():
    layouts = ["c", "c", "t", "r", "s", "b"]
    for f in BINARY:
        for da in DTYPES:
            for db in DTYPES:
                for _ in range(2):
                    shape = shape_pick()
                    la = layouts[rs.randint(len(layouts))]
                    x, xe = operand(da, shape, la, rs.rand() < 0.5)
                    if rs.rand() < 0.5:
                        y, ye = operand(db, shape, "c", rs.rand() < 0.5)
                    else:
                        y, ye = operand(db, broadcast_partner(shape), layouts[rs.randint(len(layouts))], rs.rand() < 0.5)
                    if rs.rand() < 0.5:
                        binary_case(f, x, xe, y, ye)
                    else:
                        binary_case(f, y, ye, x, xe)
            for _ in range(8):
                v = py_scalar()
                x, xe = operand(da, shape_pick(), layouts[rs.randint(len(layouts))], rs.rand() < 0.5)
                if rs.rand() < 0.5:
                    binary_case(f, x, xe, v, {"py": enc_py(v)})
                else:
                    binary_case(f, v, {"py": enc_py(v)}, x, xe)
        for _ in range(10):
            v, w = py_scalar(), py_scalar()
            binary_case(f, v, {"py": enc_py(v)}, w, {"py": enc_py(w)})


def enc_py(v):
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        return v
    return enc_value(v, np.dtype("float64"))


def gen_unary():
    layouts = ["c", "t", "r", "s", "b"]
    for f in UNARY:
        fn = getattr(np, f)
        for d in DTYPES:
            for k in range(4):
                x, xe = operand(d, shape_pick(), layouts[rs.randint(len(layouts))] if k else "c", True)
                add("un", {"f": f, "a": xe}, lambda: fn(x), [x])


# ---- reductions ---------------------------------------------------------------------------

REDUCTIONS = ["sum", "prod", "mean", "max", "min", "any", "all", "argmax", "argmin", "var", "std"]


def gen_reductions():
    layouts = ["c", "t", "r", "s", "b"]
    for f in REDUCTIONS:
        fn = getattr(np, f)
        for d in DTYPES:
            for k in range(22):
                shape = shape_pick()
                if rs.rand() < 0.1 and shape:
                    shape = shape[:-1] + (0,)
                x, xe = operand(d, shape, layouts[rs.randint(len(layouts))], rs.rand() < 0.3)
                opts = {}
                nd = len(shape)
                r = rs.rand()
                if r < 0.3:
                    pass
                elif r < 0.75 and nd > 0:
                    opts["axis"] = int(rs.randint(-nd, nd))
                elif r < 0.85 and nd > 1 and f not in ("argmax", "argmin"):
                    opts["axis"] = [0, nd - 1]
                elif r < 0.9:
                    opts["axis"] = nd + 1  # out of range
                if rs.rand() < 0.3:
                    opts["keepdims"] = True
                if f in ("sum", "prod", "mean", "var", "std") and rs.rand() < 0.3:
                    opts["dtype"] = DTYPES[rs.randint(len(DTYPES))]
                if f in ("var", "std") and rs.rand() < 0.3:
                    opts["ddof"] = int(rs.randint(0, 3))
                py = {k2: (tuple(v) if isinstance(v, list) else v) for k2, v in opts.items()}
                case = {"f": f, "a": xe, "o": opts}
                add("red", case, lambda: fn(x, **py), [x])


# ---- casts --------------------------------------------------------------------------------

def gen_casts():
    layouts = ["c", "t", "r", "b"]
    for src in DTYPES:
        for dst in DTYPES:
            for k in range(6):
                x, xe = operand(src, shape_pick(2), layouts[rs.randint(len(layouts))], k % 2 == 1)
                case = {"a": xe, "d": dst}
                if not add("cast", case, lambda: x.astype(dst), [x]):
                    add_big("cast", dict(case), lambda: x.astype(dst), [x])


# ---- indexing -----------------------------------------------------------------------------

def rand_slice(n):
    start = [None, 0, 1, -1, -2, n, n + 2][rs.randint(7)]
    stop = [None, 0, 1, 2, -1, n, n + 3][rs.randint(7)]
    step = [None, None, 1, 2, -1, -2, 3][rs.randint(7)]
    text = ":".join("" if p is None else str(p) for p in (start, stop)) + ("" if step is None else f":{step}")
    return text


def index_array(shape_axis, bool_mask_shape=None, out_of_range=False):
    if bool_mask_shape is not None:
        m = rs.randint(0, 2, bool_mask_shape).astype(bool)
        return m, enc_array(m)
    n = shape_axis
    ishape = [(), (2,), (3,), (2, 1), (1, 2), (2, 2)][rs.randint(6)]
    hi = n + (2 if out_of_range else 0)
    v = rs.randint(-n if n else 0, max(hi, 1), ishape if ishape else None) if n or out_of_range else np.zeros(ishape, int)
    v = np.asarray(v, dtype=np.int64)
    return v, enc_array(v)


def rand_index(shape):
    """A random index tuple for an array of `shape`: (python elements, encoded elements)."""
    els, enc = [], []
    axis = 0
    nd = len(shape)
    used_ellipsis = False
    count = rs.randint(1, nd + 2)
    for _ in range(count):
        r = rs.rand()
        n = shape[axis] if axis < nd else 1
        if r < 0.22:
            i = int(rs.randint(-n - 1, n + 1)) if rs.rand() < 0.1 else int(rs.randint(-n, n)) if n else 0
            els.append(i)
            enc.append(i)
            axis += 1
        elif r < 0.45:
            s = rand_slice(n)
            els.append(parse_slice(s))
            enc.append(s)
            axis += 1
        elif r < 0.52:
            els.append(None)
            enc.append(None)
        elif r < 0.6 and not used_ellipsis:
            used_ellipsis = True
            els.append(Ellipsis)
            enc.append("...")
            axis = max(axis, nd - (count - len(els)))
        elif r < 0.72 and axis < nd:
            k = int(rs.randint(1, nd - axis + 1))
            mshape = tuple(shape[axis:axis + k])
            if rs.rand() < 0.1:
                mshape = mshape[:-1] + (mshape[-1] + 1,)
            m, me = index_array(0, mshape)
            if rs.rand() < 0.3:
                els.append(m.tolist())
                enc.append({"list": m.tolist()})
            else:
                els.append(m)
                enc.append(me)
            axis += k
        elif r < 0.77:
            m = np.array(bool(rs.randint(2)))
            els.append(m)
            enc.append(enc_array(m))
        else:
            v, ve = index_array(n, out_of_range=rs.rand() < 0.1)
            if rs.rand() < 0.3 and v.ndim > 0:
                els.append(v.tolist())
                enc.append({"list": v.tolist()})
            else:
                els.append(v)
                enc.append(ve)
            axis += 1
    return tuple(els), enc


def gen_indexing():
    layouts = ["c", "c", "t", "r", "s", "b"]
    for d in ["int64", "float64", "uint8", "bool", "int32", "float32"]:
        for k in range(900):
            shape = shape_pick(4) if rs.rand() < 0.3 else tuple(int(rs.randint(1, 5)) for _ in range(rs.randint(1, 4)))
            x, base, xe = make(d, shape, layouts[rs.randint(len(layouts))])
            idx, ienc = rand_index(shape)
            add("get", {"a": xe, "i": ienc}, lambda: x[idx], [x, base])
    for d in ["int64", "float64", "uint8", "bool", "int32", "int8", "uint64", "float32"]:
        for k in range(500):
            shape = tuple(int(rs.randint(1, 5)) for _ in range(rs.randint(1, 4)))
            layout = layouts[rs.randint(len(layouts))]
            idx, ienc = rand_index(shape)
            # the value: a Python number, or an array shaped like the selection (or broadcastable)
            probe = np.zeros(shape)
            try:
                sel_shape = probe[idx].shape
            except Exception:  # noqa: BLE001 - the index itself fails: any value
                sel_shape = ()
            r = rs.rand()
            if r < 0.35:
                v = py_scalar()
                val, venc = v, {"py": enc_py(v)}
            else:
                vshape = list(sel_shape)
                if r < 0.5:
                    vshape = vshape[rs.randint(0, len(vshape) + 1):]
                elif r < 0.6:
                    vshape = [1] + vshape
                elif r < 0.65 and vshape:
                    vshape[-1] += 1
                vd = DTYPES[rs.randint(len(DTYPES))]
                val = base_array(vd, tuple(vshape), rs.rand() < 0.3)
                venc = enc_array(val)
            x, base, xe = make(d, shape, layout)
            case = {"a": xe, "i": ienc, "v": venc}

            def assign(x=x, base=base, idx=idx, val=val):
                x[idx] = val
                return base

            add("set", case, assign, [])


def gen_inplace():
    layouts = ["c", "t", "r", "b"]
    ops = {"iadd": np.add, "isub": np.subtract, "imul": np.multiply, "idiv": np.divide}
    for f, ufunc in ops.items():
        for da in DTYPES:
            for db in DTYPES:
                shape = shape_pick()
                x, base, xe = make(da, shape, layouts[rs.randint(len(layouts))])
                if rs.rand() < 0.3:
                    y = py_scalar()
                    ye = {"py": enc_py(y)}
                else:
                    y, ye = operand(db, broadcast_partner(shape), "c", False)
                case = {"f": f, "a": xe, "b": ye}

                def apply(x=x, base=base, y=y, ufunc=ufunc):
                    ufunc(x, y, out=x)
                    return base

                add("iop", case, apply, [])


# ---- shape manipulation and creation --------------------------------------------------------

def gen_shapes():
    layouts = ["c", "c", "t", "r", "s", "b"]
    for k in range(1500):
        d = DTYPES[rs.randint(len(DTYPES))]
        shape = tuple(int(rs.randint(1, 4)) for _ in range(rs.randint(0, 4)))
        x, base, xe = make(d, shape, layouts[rs.randint(len(layouts))])
        r = rs.rand()
        n = x.size
        if r < 0.4:
            choices = [[n], [-1], [1, n], [n, 1], [-1, 1], [1, -1, 1], [n + 1], [-1, -1], []]
            if n % 2 == 0:
                choices += [[2, -1], [-1, 2], [2, n // 2]]
            if n % 3 == 0:
                choices += [[3, -1], [n // 3, 3]]
            newshape = choices[rs.randint(len(choices))]
            add("shape", {"f": "reshape", "a": xe, "args": [newshape]}, lambda: np.reshape(x, newshape), [x, base])
        elif r < 0.55:
            nd = x.ndim
            axes = None if rs.rand() < 0.3 else [int(a) for a in rs.permutation(nd)]
            if axes and rs.rand() < 0.2:
                axes[0] = axes[0] - nd
            add("shape", {"f": "transpose", "a": xe, "args": [axes]}, lambda: np.transpose(x, axes), [x, base])
        elif r < 0.65:
            add("shape", {"f": "ravel", "a": xe, "args": []}, lambda: np.ravel(x), [x, base])
        elif r < 0.72 and x.ndim > 0:
            add("shape", {"f": "squeeze", "a": xe, "args": []}, lambda: np.squeeze(x), [x, base])
        elif r < 0.78:
            ax = int(rs.randint(-x.ndim - 1, x.ndim + 1))
            add("shape", {"f": "expand_dims", "a": xe, "args": [ax]}, lambda: np.expand_dims(x, ax), [x, base])
        else:
            count = int(rs.randint(1, 4))
            arrs, encs = [x], [xe]
            for _ in range(count - 1):
                dd = d if rs.rand() < 0.6 else DTYPES[rs.randint(len(DTYPES))]
                s2 = list(shape)
                if rs.rand() < 0.3 and s2:
                    s2[0] += 1
                if rs.rand() < 0.05:
                    s2 = s2[1:]
                y, _, ye = make(dd, tuple(s2), layouts[rs.randint(len(layouts))])
                arrs.append(y)
                encs.append(ye)
            f = "stack" if rs.rand() < 0.5 else "concatenate"
            nd = x.ndim + (1 if f == "stack" else 0)
            axis = int(rs.randint(-nd - 1, nd + 1)) if nd else 0
            if f == "concatenate" and rs.rand() < 0.1:
                axis = None
            add("shape", {"f": f, "arrs": encs, "o": {"axis": axis}},
                lambda: getattr(np, f)(arrs, axis=axis), arrs)


def gen_creation():
    cases = [
        ("arange", [float("nan")]), ("arange", [float("inf")]), ("arange", [0, float("nan")]), ("arange", [1.5, float("inf"), 0.5]),
        ("arange", [5]), ("arange", [2, 9, 3]), ("arange", [0.5, 3.25, 0.25]), ("arange", [3, -2, -1]), ("arange", [0, 1, 0]),
        ("zeros", [[10**6, 10**6]]), ("ones", [[10**7, 10**7]]), ("zeros", [[2**40, 2**20]]), ("empty", [[10**8, 10**8, 10]]),
        ("zeros", [[3, -1]]), ("full", [[2, 2], 7]), ("full", [[2], 0.5]),
    ]
    for f, args in cases:
        py = [tuple(a) if isinstance(a, list) else a for a in args]
        enc = [[enc_py(v) for v in a] if isinstance(a, list) else enc_py(a) for a in args]
        add("create", {"f": f, "args": enc}, lambda: getattr(np, f)(*py), [])


def gen_big():
    """A few int64 cases past 2**53: the documented difference."""
    x = np.array([2**53 + 1, 2**62, -(2**63)], dtype=np.int64)
    for f in ["add", "multiply", "subtract"]:
        add_big("bin", {"f": f, "a": {"d": "int64", "s": [3], "v": [int(v) for v in x]}, "b": {"py": 1}},
                lambda: getattr(np, f)(x, 1), [x])


def gen_select():
    """np.where and np.clip over dtypes, layouts, Python numbers and broadcasting."""
    layouts = ["c", "t", "r", "b"]
    for k in range(400):
        shape = shape_pick()
        c, ce = operand("bool", shape, layouts[rs.randint(len(layouts))], False)
        ops = []
        for _ in range(2):
            if rs.rand() < 0.3:
                v = py_scalar()
                ops.append((v, {"py": enc_py(v)}))
            else:
                ops.append(operand(DTYPES[rs.randint(len(DTYPES))], broadcast_partner(shape), "c", rs.rand() < 0.3))
        (x, xe), (y, ye) = ops
        add("sel", {"f": "where", "a": ce, "b": xe, "c": ye}, lambda: np.where(c, x, y), [])
    for k in range(400):
        shape = shape_pick()
        a, ae = operand(DTYPES[rs.randint(len(DTYPES))], shape, layouts[rs.randint(len(layouts))], rs.rand() < 0.3)
        bounds = []
        for _ in range(2):
            r = rs.rand()
            if r < 0.15:
                bounds.append((None, None))
            elif r < 0.7:
                v = py_scalar()
                bounds.append((v, {"py": enc_py(v)}))
            else:
                bounds.append(operand(DTYPES[rs.randint(len(DTYPES))], broadcast_partner(shape), "c", rs.rand() < 0.3))
        (lo, loe), (hi, hie) = bounds
        add("sel", {"f": "clip", "a": ae, "b": loe, "c": hie}, lambda: np.clip(a, lo, hi), [])


def gen_array_creation():
    """np.array(list, dtype) and np.full(shape, value, dtype) with every kind of Python number."""
    for k in range(300):
        d = DTYPES[rs.randint(len(DTYPES))]
        n = int(rs.randint(1, 4))
        vals = [py_scalar() for _ in range(n)]
        enc = [enc_py(v) for v in vals]
        add("create", {"f": "array", "args": [enc], "o": {"dtype": d}}, lambda: np.array(vals, dtype=d), [])
    for k in range(200):
        d = DTYPES[rs.randint(len(DTYPES))]
        v = py_scalar()
        add("create", {"f": "full", "args": [[2], enc_py(v)], "o": {"dtype": d}}, lambda: np.full((2,), v, dtype=d), [])


def write():
    os.makedirs(ROOT, exist_ok=True)
    total = 0
    for kind, cases in CASES.items():
        path = os.path.join(ROOT, f"{kind}.json.gz")
        text = json.dumps(cases, separators=(",", ":"), allow_nan=False)
        with open(path, "wb") as raw:
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
                f.write(text.encode())
        total += len(cases)
        print(f"{kind}: {len(cases)} cases -> {os.path.relpath(path)}", file=sys.stderr)
    print(f"total {total} cases (numpy {np.__version__})", file=sys.stderr)


if __name__ == "__main__":
    warnings.simplefilter("ignore")  # building inputs; each case records its own warnings
    gen_binary()
    gen_unary()
    gen_reductions()
    gen_casts()
    gen_indexing()
    gen_inplace()
    gen_shapes()
    gen_creation()
    gen_big()
    gen_select()
    gen_array_creation()
    write()
