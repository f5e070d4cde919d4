"""Golden fixtures for the reductions of complex arrays with every keyword: prod over several
axes / axis=() / dtype / out / initial / where; max and min with out / initial / where; sum,
mean, var and std with dtype (complex, float, int, bool) and a complex initial for sum; over
contiguous, transposed, reversed and broadcast inputs. Run with /usr/bin/python3."""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from complex_io import enc, layout  # noqa: E402

warnings.simplefilter("ignore")
z = np.array([[1 + 2j, 3 - 1j, 0.5j, -2], [2, -1 + 1j, 4 + 4j, 0.25 - 3j], [1.5, -0.5j, 2 + 2j, 1 - 1j]])
mask = np.array([True, False, True, True])
out = {"versions": versions(), "z": enc(z), "mask": mask}
cases = {}
for how in ["C", "T", "rev", "bcast:2"]:
    a = layout(z, how)
    m = np.broadcast_to(mask, a.shape) if a.shape[-1] == 4 else np.ones(a.shape, bool)
    cases[f"prod_axes_{how}"] = np.prod(a, axis=(0, 1))
    cases[f"prod_axis_last_{how}"] = np.prod(a, axis=-1, keepdims=True)
    cases[f"prod_where_{how}"] = np.prod(a, axis=0, where=m)
    cases[f"prod_initial_{how}"] = np.prod(a, axis=-1, initial=1 - 1j)
    cases[f"max_initial_{how}"] = np.max(a, axis=0, initial=2 + 0j)
    cases[f"min_where_{how}"] = np.min(a, axis=-1, where=m, initial=5j)
    for dt in ["complex64", "float64", "float32", "int64"]:
        cases[f"sum_{dt}_{how}"] = np.sum(a, axis=0, dtype=dt)
        cases[f"mean_{dt}_{how}"] = np.mean(a, axis=-1, dtype=dt)
        cases[f"var_{dt}_{how}"] = np.var(a, axis=0, dtype=dt)
        if dt != "int64":
            cases[f"std_{dt}_{how}"] = np.std(a, axis=-1, dtype=dt, ddof=1)
cases["prod_empty_axes"] = np.prod(z, axis=())
cases["prod_all"] = np.prod(z)
cases["prod_dtype_c64"] = np.prod(z, axis=1, dtype=np.complex64)
cases["prod_dtype_float"] = np.prod(z, axis=1, dtype=float)
cases["prod_initial_real"] = np.prod(z, axis=0, initial=2)
cases["prod_keepdims_all"] = np.prod(z, axis=(0, 1), keepdims=True)
cases["max_where_empty_slice"] = np.max(z, axis=1, where=np.array([[False] * 4, [True] * 4, [False, True, False, False]]), initial=-1j)
cases["max_all_initial"] = np.max(z, initial=10)
cases["min_empty_initial"] = np.min(np.zeros((0, 3), complex), axis=0, initial=1 + 1j)
cases["sum_initial_complex"] = np.sum(z, axis=0, initial=1j)
cases["sum_initial_real"] = np.sum(z, axis=1, initial=5)
cases["sum_bool"] = np.sum(z, axis=0, dtype=bool)
cases["sum_all_c64"] = np.sum(z, dtype=np.complex64)
cases["mean_all_float"] = np.mean(z, dtype=float)
cases["var_all_complex"] = np.var(z, dtype=complex)
cases["var_where_float"] = np.var(z, axis=1, dtype=float, where=mask)
cases["std_keepdims_c64"] = np.std(z, axis=0, dtype=np.complex64, keepdims=True)
cases["var_int32"] = np.var(z, axis=1, dtype=np.int32)
out["cases"] = {k: enc(np.asarray(v)) for k, v in cases.items()}
dump("np_complex/reduce_options", out)
