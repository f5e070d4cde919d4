"""Special values through NumPy's casts (and float64 comparisons, maximum and minimum): the SIMD casts' fixtures.

The tests tile these values into arrays around the heap threshold and compare element by element.
"""
import warnings

import numpy as np

from golden_io import dump

F64 = np.array([np.nan, np.inf, -np.inf, 0.0, -0.0, 5e-324, 1e-310, 1e-45, 7e-46, 1.401298464324817e-45,
                1.1754942106924411e-38, 3.4028234663852886e38, 3.4028235677973366e38, 3.402823567797337e38,
                3.5e38, -3.5e38, 1e300, -1e300, 0.1, 1 / 3, -2.5, 16777217.0, 1.0000000596046448])
F32 = np.array([np.nan, np.inf, -np.inf, 0.0, -0.0, 1e-45, 1e-40, 1.1754942e-38, 3.4028235e38, -3.4028235e38,
                0.1, 1 / 3, -2.5, 16777216.0], dtype=np.float32)
U8 = np.arange(256, dtype=np.uint8)


def overflow_warns(x):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        np.array([x]).astype(np.float32)
    return [str(m.message) for m in w]


dump("np/simd_casts", {
    "f64": F64,
    "f64_to_f32": F64.astype(np.float32),
    "f64_warns": [len(overflow_warns(x)) > 0 for x in F64],
    "f32": F32,
    "f32_to_f64": F32.astype(np.float64),
    "u8": U8,
    "u8_to_f64": U8.astype(np.float64),
    "u8_to_f32": U8.astype(np.float32),
    "bool_to_f64": np.array([False, True]).astype(np.float64),
})

# every pair of special values through the six comparisons: [op][i * len + j] = F64[i] op F64[j]
X, Y = np.meshgrid(F64, F64, indexing="ij")
dump("np/simd_compare", {
    "values": F64,
    **{op: getattr(np, op)(X, Y).ravel() for op in ["greater", "greater_equal", "less", "less_equal", "equal", "not_equal"]},
    # maximum / minimum of every pair, and the sign bit of the result (for -0.0 against 0.0)
    **{op: getattr(np, op)(X, Y).ravel() for op in ["maximum", "minimum"]},
    **{op + "_signbit": np.signbit(getattr(np, op)(X, Y)).ravel() for op in ["maximum", "minimum"]},
})

# one-input ufuncs on special values and rounding halves (signs of zeros kept apart)
U = np.concatenate([F64, [0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994,
                          4503599627370495.5, -4503599627370497.0, 2.0 ** 52 + 1, 1e-300, -1e-300, 4.0, -4.0]])
with np.errstate(invalid="ignore"):
    dump("np/simd_unary", {
        "values": U,
        **{op: getattr(np, op)(U) for op in ["sqrt", "absolute", "negative", "floor", "ceil", "trunc", "rint"]},
        **{op + "_signbit": np.signbit(getattr(np, op)(U)) for op in ["sqrt", "absolute", "negative", "floor", "ceil", "trunc", "rint"]},
    })
