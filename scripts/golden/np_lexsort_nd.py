"""Golden fixtures for np.lexsort with keys of several dimensions (along each axis), keys given
as an array's first-axis slices or as a sequence, complex and NaN keys, and transposed,
reversed and broadcast keys. Run with /usr/bin/python3."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

rng = np.random.default_rng(3)
k3 = rng.integers(0, 3, (2, 3, 4)).astype(float)  # two keys of shape (3, 4), many ties
k3[0, 1, 2] = np.nan
k4 = rng.integers(0, 2, (3, 2, 3, 4))
z = np.array([[1 + 1j, 1, 1 - 1j, complex(np.nan, 0)], [2j, 2j, 0, complex(0, np.nan)]])
zk = np.array([[0, 0, 0, 0], [1, 1, 1, 1]])
out = {"versions": versions(), "k3": k3, "k4": k4, "z_re": z.real.copy(), "z_im": z.imag.copy(), "zk": zk}
out["k3_axes"] = {str(ax): np.lexsort(k3, axis=ax) for ax in (-1, 0, 1, -2)}
out["k4_axes"] = {str(ax): np.lexsort(k4, axis=ax) for ax in (-1, 0, 1, 2)}
out["k3_seq"] = np.lexsort([k3[0], k3[1]], axis=0)
out["k3_T"] = np.lexsort([k3[0].T, k3[1].T])
out["k3_rev"] = np.lexsort([k3[0][:, ::-1], k3[1][::-1]], axis=1)
out["k3_bcast"] = np.lexsort([np.broadcast_to(k3[0, 0], (3, 4)), k3[1]], axis=0)
out["complex"] = np.lexsort([zk, z])
out["complex_axis0"] = np.lexsort([z, zk], axis=0)
dump("np_more/lexsort_nd", out)
