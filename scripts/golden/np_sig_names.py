"""The qualified Python name behind each public function and method of `np`, as NumPy 1.24
names it (`np.max` is `numpy.amax`, `np.round` is `numpy.round_`, `a.add` is
`ndarray.__add__`): test/golden/np_sig/names.json. Run with /usr/bin/python3.
The test walks the TypeScript namespace and checks each declared signature against this."""
import builtins
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

TOP = """all amax amin any arange argmax argmin argsort array asarray ascontiguousarray broadcast_to can_cast
clip column_stack concatenate copy count_nonzero cumprod cumsum dot empty empty_like expand_dims eye
flatnonzero full full_like get_printoptions hstack identity inner linspace matmul max mean median meshgrid
min min_scalar_type nonzero ones ones_like outer percentile printoptions prod promote_types quantile ravel
reshape result_type set_printoptions slice sort squeeze stack std sum swapaxes transpose unique var
vectorize vstack where zeros zeros_like dtype add divide equal floor_divide greater greater_equal less
less_equal logical_and logical_or logical_xor maximum minimum mod multiply not_equal power remainder
subtract true_divide abs absolute arccos arcsin arctan around ceil cos cosh exp expm1 floor isfinite
isinf isnan log log10 log1p log2 logical_not negative rint round sign sin sinh sqrt square tan tanh
trunc""".split()
RANDOM = """Generator PCG64 RandomState SeedSequence choice default_rng get_state normal permutation rand randint
randn random random_sample ranf sample seed set_state shuffle standard_normal uniform""".split()
RANDOM_STATE = "seed get_state set_state rand randn random_sample random standard_normal normal uniform randint choice shuffle permutation".split()
GENERATOR = "random standard_normal normal poisson".split()
# NDArray methods named after the Python operator they stand for
OPERATORS = {
    "add": "__add__", "sub": "__sub__", "subtract": "__sub__", "mul": "__mul__", "multiply": "__mul__",
    "div": "__truediv__", "divide": "__truediv__", "floor_divide": "__floordiv__", "mod": "__mod__",
    "pow": "__pow__", "power": "__pow__", "neg": "__neg__", "negative": "__neg__", "abs": "__abs__",
    "iadd": "__iadd__", "isub": "__isub__", "imul": "__imul__", "idiv": "__itruediv__", "gt": "__gt__",
    "ge": "__ge__", "lt": "__lt__", "le": "__le__", "eq": "__eq__", "ne": "__ne__", "matmul": "__matmul__",
    "get": "__getitem__", "set": "__setitem__", "toString": "__str__",
}
METHODS = """astype copy tolist item fill reshape ravel flatten transpose swapaxes squeeze clip dot sum prod mean
var std min max any all argmax argmin cumsum argsort sort round nonzero""".split()


def top_name(name):
    if hasattr(np, name):
        return "numpy." + getattr(np, name).__name__
    return "builtins." + getattr(builtins, name).__name__


def random_name(name):
    obj = getattr(np.random, name)
    if name in ("sample", "ranf"):  # aliases of random_sample with their own names
        return "numpy.random." + name
    return "numpy.random." + obj.__name__


methods = {}
for m in METHODS:
    assert hasattr(np.ndarray, m), m
    methods[m] = "numpy.ndarray." + m
for m, dunder in OPERATORS.items():
    assert hasattr(np.ndarray, dunder), dunder
    methods[m] = "numpy.ndarray." + dunder

dump("np_sig/names", {
    "versions": versions(),
    "top": {n: top_name(n) for n in TOP},
    "random": {n: random_name(n) for n in RANDOM},
    "RandomState": {m: "numpy.random." + getattr(np.random.RandomState, m).__qualname__ for m in RANDOM_STATE},
    "Generator": {**{m: "numpy.random." + getattr(np.random.Generator, m).__qualname__ for m in GENERATOR}, "toString": "numpy.random.Generator.__str__"},
    "ndarray": methods,
})
