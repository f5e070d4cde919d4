"""Golden fixtures for np's file I/O: files NumPy writes (test/golden/np_io/*), the bytes
np.save writes for the arrays the tests save, and what np.loadtxt reads.
Run with /usr/bin/python3. Afterwards, scripts/golden/np_io_check.py <dir> loads in NumPy the
files the TypeScript side wrote (run by hand: the unit tests need no Python)."""
import base64
import io
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import ROOT, dump, versions  # noqa: E402
from np_io_arrays import arrays  # noqa: E402

OUT = os.path.join(ROOT, "np_io")
os.makedirs(OUT, exist_ok=True)


expected_npy = {}
for name, a in arrays().items():
    np.save(os.path.join(OUT, f"{name}.npy"), a)
    b = io.BytesIO()
    np.save(b, a)
    expected_npy[name] = base64.b64encode(b.getvalue()).decode()
# Fortran order and big-endian files NumPy can write
np.save(os.path.join(OUT, "fortran.npy"), np.asfortranarray(np.arange(6.0).reshape(2, 3)))
np.save(os.path.join(OUT, "bigendian.npy"), np.arange(4, dtype=">i4"))
np.save(os.path.join(OUT, "bigendian_c16.npy"), np.array([1 + 2j, -3.5 - 4j], dtype=">c16"))
np.save(os.path.join(OUT, "fortran_c8.npy"), np.asfortranarray((np.arange(6) + 0.5j).astype(np.complex64).reshape(2, 3)))
a = arrays()
np.savez(os.path.join(OUT, "plain.npz"), a["f64"], a["i32"], named=a["b"])
np.savez_compressed(os.path.join(OUT, "compressed.npz"), first=a["f32"], second=a["u8"])
np.savez(os.path.join(OUT, "complex.npz"), a["c16"], c8=a["c8"])

# text files
data = np.array([[1.5, -2.25, 3.0], [4.0, 5.125, -6.5], [1e-5, 2e10, np.pi]])
texts = {}
for key, kw in {
    "default": {},
    "fmt": {"fmt": "%.3f"},
    "fmt_list": {"fmt": ["%d", "%.2e", "%10.4g"], "delimiter": ","},
    "fmt_row": {"fmt": "%g|%+.1f|%-8.3E"},
    "header": {"header": "a b c\nsecond line", "footer": "end", "comments": "// ", "newline": "\r\n", "delimiter": "\t"},
}.items():
    b = io.BytesIO()
    np.savetxt(b, data, **kw)
    texts[key] = {"kw": kw, "text": b.getvalue().decode()}
b = io.BytesIO()
np.savetxt(b, np.array([1, 2, 3]), fmt="%d")
texts["vector"] = {"kw": {"fmt": "%d"}, "text": b.getvalue().decode(), "vector": True}

SOURCE = "# x y z\n1 2 3\n4 5 6 # comment\n\n7 8 9\n"
CSV = "a,b,c\n1.5,2,nan\n-4,5e3,6\n7,inf,9\n"
with open(os.path.join(OUT, "table.txt"), "w") as f:
    f.write(SOURCE)
with open(os.path.join(OUT, "table.csv"), "w") as f:
    f.write(CSV)
with open(os.path.join(OUT, "table2.txt"), "w") as f:
    f.write("% header\n1 2\n3 4 % c\n5 6\n")
loads = []
for fname, kw in [
    ("table.txt", {}), ("table.txt", {"dtype": "int32"}), ("table.txt", {"usecols": [0, 2]}), ("table.txt", {"usecols": 1}),
    ("table.txt", {"skiprows": 2}), ("table.txt", {"max_rows": 1}), ("table.txt", {"max_rows": 1, "ndmin": 2}),
    ("table.txt", {"usecols": [-1], "ndmin": 1}), ("table.csv", {"delimiter": ",", "skiprows": 1}),
    ("table.csv", {"delimiter": ",", "skiprows": 1, "unpack": True}), ("table2.txt", {"comments": "%", "max_rows": 2}),
    ("table.csv", {"delimiter": ",", "skiprows": 1, "usecols": [0, 2], "ndmin": 2}),
]:
    out = np.loadtxt(os.path.join(OUT, fname), **kw)
    loads.append({"fname": fname, "kw": kw, "out": list(out) if kw.get("unpack") else out})

with open(os.path.join(OUT, "gaps.csv"), "w") as f:
    f.write("h1,h2,h3\n1,2,3\n4,,6\n7,8,\n# c\n9,x,11\nlast,line,here\n")
with open(os.path.join(OUT, "column.txt"), "w") as f:
    f.write("1\n2\n")
gen = []
for fname, kw in [
    ("gaps.csv", {"delimiter": ",", "skip_header": 1, "skip_footer": 1}),
    ("gaps.csv", {"delimiter": ",", "skip_header": 1, "skip_footer": 1, "filling_values": -1.0}),
    ("gaps.csv", {"delimiter": ",", "skip_header": 2, "max_rows": 2, "usecols": [0, 2]}),
    ("gaps.csv", {"delimiter": ",", "skip_header": 1, "skip_footer": 1, "unpack": True}),
    ("table2.txt", {"comments": "%"}),
    ("column.txt", {}), ("column.txt", {"ndmin": 2}), ("table.txt", {"dtype": "float32", "max_rows": 1, "ndmin": 2}),
]:
    out = np.genfromtxt(os.path.join(OUT, fname), **kw)
    gen.append({"fname": fname, "kw": kw, "out": list(out) if kw.get("unpack") else out})

dump("np_io/expected", {"versions": versions(), "npy": expected_npy, "texts": texts, "loads": loads, "genfromtxt": gen, "savetxt_data": data})
