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
np.set_printoptions(formatter={"float": lambda x: f"{x:.1f}"})
np.set_printoptions(precision=3)
out["reset_by_next_call"] = repr(f)
np.set_printoptions()
dump("np_sig/print", {"versions": versions(), "reprs": out})
