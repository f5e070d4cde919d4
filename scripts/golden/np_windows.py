"""Golden fixtures for the window functions, i0, fix, unwrap, trim_zeros and round_:
test/golden/np_windows/cases.json. Run with /usr/bin/python3."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from np_more_common import BC, M, MT, NEG, run  # noqa: E402

PHASE = np.array([[0.0, 3.0, 6.2, 9.6, 12.0], [-1.0, -4.5, -8.0, -11.1, 2.0], [0.5, 3.64, 0.5, -2.64, 0.5]])
CASES = {
    "bartlett": lambda: np.bartlett(5),
    "bartlett_even": lambda: np.bartlett(12),
    "bartlett_float": lambda: np.bartlett(5.5),
    "bartlett_one": lambda: np.bartlett(1),
    "bartlett_zero": lambda: np.bartlett(0),
    # the end points are 0 up to rounding (NumPy's SIMD cos differs in the last bit): compared as 1 + w
    "blackman_plus_1": lambda: np.blackman(12) + 1,
    "blackman_neg": lambda: np.blackman(-3),
    "hamming": lambda: np.hamming(7),
    "hamming_one": lambda: np.hamming(1),
    "hanning": lambda: np.hanning(10),
    "hanning_51": lambda: np.hanning(51),
    "kaiser": lambda: np.kaiser(12, 14),
    "kaiser_beta0": lambda: np.kaiser(5, 0),
    "kaiser_one": lambda: np.kaiser(1, 5.0),
    "kaiser_zero": lambda: np.kaiser(0, 3),
    "kaiser_large_beta": lambda: np.kaiser(9, 30.5),
    "i0": lambda: np.i0([0.0, 1.0, 2.5, 7.99, 8.0, 8.01, 20.0, -3.0, 700.0]),
    "i0_scalar": lambda: np.i0(5),
    "i0_int": lambda: np.i0(np.array([[1, 2], [3, 4]])),
    "i0_T": lambda: np.i0(MT),
    "i0_neg": lambda: np.i0(NEG),
    "i0_bc": lambda: np.i0(BC),
    "i0_nan": lambda: np.i0([np.nan, np.inf]),
    "i0_f32": lambda: np.i0(np.array([0.5, 3.0, 9.0], np.float32)),
    "fix": lambda: np.fix([2.1, 2.9, -2.1, -2.9, -0.5, 0.0]),
    "fix_scalar": lambda: np.fix(3.7),
    "fix_int": lambda: np.fix(np.array([1, -2], np.int32)),
    "fix_T": lambda: np.fix(MT / 3 - 1.5),
    "fix_out": lambda: (lambda o: (np.fix([1.5, -1.5], out=o), o)[1])(np.zeros(2)),
    "fix_out_pos": lambda: (lambda o: (np.fix([[2.5], [-3.5]], o), o)[1])(np.zeros((2, 1))),
    "round_": lambda: np.round_([2.5, 3.5, -0.5, 1.2345]),
    "round_decimals": lambda: np.round_(np.array([1.2345, 10.555, -7.125]), 2),
    "round_kw": lambda: np.round_(MT / 7, decimals=3),
    "round_neg_dec": lambda: np.round_(np.array([1234, 5678, -1550]), -2),
    "unwrap": lambda: np.unwrap([0.0, 0.78, 5.49, 6.28]),
    "unwrap_2d": lambda: np.unwrap(PHASE),
    "unwrap_axis0": lambda: np.unwrap(PHASE, axis=0),
    "unwrap_discont": lambda: np.unwrap(PHASE, 4.0),
    "unwrap_small_discont": lambda: np.unwrap(PHASE, discont=1.0),
    "unwrap_T": lambda: np.unwrap(PHASE.T, None, 0),
    "unwrap_neg": lambda: np.unwrap(PHASE[:, ::-1]),
    "unwrap_bc": lambda: np.unwrap(np.broadcast_to([0.0, 4.0, 8.0], (2, 3))),
    "unwrap_period": lambda: np.unwrap([1, 2, 3, 4, 5, 6, 1, 2, 3], period=6),
    "unwrap_period_odd": lambda: np.unwrap([2, 3, 4, 5, 2, 3, 4, 5], period=4),
    "unwrap_period_5": lambda: np.unwrap(np.array([0, 3, 1, 4, 2, 0]), period=5),
    "unwrap_period_float": lambda: np.unwrap(np.linspace(0, 720, 19) % 360, period=360.0),
    "unwrap_boundary": lambda: np.unwrap([0.0, np.pi, 0.0, -np.pi, 0.0]),
    "unwrap_0d": lambda: np.unwrap(np.array(1.0)),
    "unwrap_axis_oob": lambda: np.unwrap(PHASE, axis=2),
    "trim": lambda: np.trim_zeros(np.array([0, 0, 0, 1, 2, 3, 0, 2, 1, 0])),
    "trim_f": lambda: np.trim_zeros(np.array([0, 0, 0, 1, 2, 3, 0, 2, 1, 0]), "f"),
    "trim_b": lambda: np.trim_zeros(np.array([0.0, 1.5, 0.0, 0.0]), trim="b"),
    "trim_lower": lambda: np.trim_zeros(np.array([0, 1, 0]), "bF"),
    "trim_list": lambda: np.array(np.trim_zeros([0, 0, 1, 2, 0], "f")),
    "trim_all_zero": lambda: np.trim_zeros(np.array([0, 0, 0])),
    "trim_neg": lambda: np.trim_zeros(np.array([0, 1, 0, 0, 2, 0])[::-2]),
    "trim_none": lambda: np.trim_zeros(np.array([0, 1, 0]), ""),
    "trim_2d": lambda: np.trim_zeros(np.array([[0, 0], [1, 0]])),
    "trim_2d_col": lambda: np.trim_zeros(np.array([[0], [1], [0]])),
}

if __name__ == "__main__":
    dump("np_windows/cases", {"versions": versions(), "cases": {k: run(f) for k, f in CASES.items()}})
