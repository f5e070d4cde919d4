"""Loads with Debian's NumPy the files the TypeScript side wrote (run by hand with
/usr/bin/python3 scripts/golden/np_io_check.py <dir>; the unit test prints the directory it used
when TSLAB_KEEP_IO is set) and compares them with the same arrays built in NumPy."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from np_io_arrays import arrays  # noqa: E402

folder = sys.argv[1]
ref = arrays()
for name, a in ref.items():
    got = np.load(os.path.join(folder, f"{name}.npy"))
    assert got.dtype == a.dtype and got.shape == a.shape and np.array_equal(got, a, equal_nan=True), name
for archive in ("plain.npz", "compressed.npz"):
    with np.load(os.path.join(folder, archive)) as z:
        assert z.files == ["named", "arr_0", "arr_1"], z.files
        assert np.array_equal(z["arr_0"], ref["f64"]) and np.array_equal(z["arr_1"], ref["i32"]) and np.array_equal(z["named"], ref["b"])
with np.load(os.path.join(folder, "complex.npz")) as z:
    assert z.files == ["c8", "arr_0"], z.files
    assert np.array_equal(z["arr_0"], ref["c16"], equal_nan=True) and np.array_equal(z["c8"], ref["c8"]) and z["c8"].dtype == np.complex64
print("NumPy loads every file written by tslab-sci")
