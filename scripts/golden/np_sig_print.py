"""Golden reprs under np.set_printoptions(formatter=...): test/golden/np_sig/print.json.
Run with /usr/bin/python3."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

f = np.array([1.5, 22.75, -3.0])
f2 = np.array([[1.5, 22.75], [-3.0, 4.0]])
i = np.array([1, 22, 300])
u = np.array([1, 22], "u1")
b = np.array([True, False])
FORMATTERS = {
    "float": {"float": lambda x: f"{x:.1f}"},
    "float_kind": {"float_kind": lambda x: f"<{x}>"},
    "int": {"int": lambda x: hex(x)},
    "int_kind": {"int_kind": lambda x: f"#{x}"},
    "all": {"all": lambda x: f"X{x}"},
    "int_over_all": {"all": lambda x: f"X{x}", "int": lambda x: f"I{x}"},
    "bool": {"bool": lambda x: "yes" if x else "no"},
}
out = {}
for name, fmt in FORMATTERS.items():
    np.set_printoptions(formatter=fmt)
    out[name] = {"f": repr(f), "f2": repr(f2), "f2_str": str(f2), "i": repr(i), "u": repr(u), "b": repr(b)}
SIGNED = {
    "mixed": [1.5, -2.25, 0.0], "positive": [1.5, 2.25], "nan_inf": [1.0, np.nan, np.inf], "neg_inf": [1.0, -np.inf],
    "exp": [1e-5, 3e10], "exp_negative": [-1e-5, 3e10], "zeros": [0.0, 0.0], "negative_zero": [-0.0, 1.0], "f32": [0.1, 2.5],
}
signs = {}
for sign in ["+", " ", "-"]:
    np.set_printoptions(sign=sign)
    signs[sign] = {k: repr(np.array(v, dtype="f4" if k == "f32" else "f8")) for k, v in SIGNED.items()}
    signs[sign]["matrix"] = str(np.array([[1.5, -2.0], [3.0, 4.0]]))
out["sign"] = signs
np.set_printoptions(sign="-")
try:
    np.set_printoptions(sign="x")
except ValueError as e:
    out["sign_error"] = str(e)
np.set_printoptions(formatter={"float": lambda x: f"{x:.1f}"})
np.set_printoptions(precision=3)
out["reset_by_next_call"] = repr(f)
np.set_printoptions()
dump("np_sig/print", {"versions": versions(), "reprs": out})
