"""Golden fixtures for NumPy's legacy polynomial functions and np.poly1d (values, str and repr):
test/golden/np_poly/cases.json. Run with /usr/bin/python3."""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from np_more_common import M, MT, NEG, BC, run  # noqa: E402

X = np.arange(6.0)
Y = X**2 - 3 * X + 1 + np.array([0.1, -0.2, 0.05, 0, 0.3, -0.1])
Y2 = np.stack([Y, 2 * X - 1 + np.array([0.0, 0.1, -0.1, 0.2, 0.0, -0.2])], axis=1)
W = np.array([1.0, 2.0, 1.0, 0.5, 1.0, 3.0])
P = np.poly1d([1, -2, 3])
Q = np.poly1d([2.5, 0, -1.0, 4])


def text(v):
    return [str(v), repr(v)]


def pair(v):
    return [v[0].coeffs, v[1].coeffs] if isinstance(v[0], np.poly1d) else list(v)


CASES = {
    "poly": lambda: np.poly([1, 2, 3]),
    "poly_empty": lambda: np.poly([]),
    "poly_f32": lambda: np.poly(np.array([1, 2], np.float32)),
    "poly_matrix": lambda: np.poly([[1, 2], [3, 4]]),
    "poly_bad": lambda: np.poly([[1, 2, 3]]),
    "poly_neg": lambda: np.poly(np.arange(5.0)[::-2]),
    "polyadd": lambda: np.polyadd([1, 2], [1.5, 2, 3]),
    "polyadd_same": lambda: np.polyadd([1, 2, 3], [3, 2, 1]),
    "polyadd_longer_first": lambda: np.polyadd(np.array([1, 2, 3], np.int32), [5]),
    "polysub": lambda: np.polysub([1, 2], [1.5, 2, 3]),
    "polysub_longer_first": lambda: np.polysub([4, 5, 6, 7], [1, 1]),
    "polymul": lambda: np.polymul([0, 1, 2], [3, 4]),
    "polymul_float": lambda: np.polymul([1.5, -2], M[1, ::-1]),
    "polydiv": lambda: list(np.polydiv([1, 2, 3, 4], [2, 1])),
    "polydiv_short": lambda: list(np.polydiv([1, 2], [2, 1, 5])),
    "polydiv_exact": lambda: list(np.polydiv([1, -3, 2], [1, -1])),
    "polyder": lambda: np.polyder([1, 2, 3, 4]),
    "polyder_2": lambda: np.polyder([1, 2, 3, 4], 2),
    "polyder_kw": lambda: np.polyder(np.array([1.5, 2, 3, 4], np.float32), m=3),
    "polyder_high": lambda: np.polyder([1, 2, 3, 4], 5),
    "polyder_0": lambda: np.polyder([1, 2, 3], 0),
    "polyder_neg": lambda: np.polyder([1, 2, 3, 4], -1),
    "polyint": lambda: np.polyint([1, 2, 3]),
    "polyint_k": lambda: np.polyint([1, 2, 3], 2, [1, 2]),
    "polyint_k_scalar": lambda: np.polyint([3, 2, 1], m=2, k=5),
    "polyint_kw": lambda: np.polyint([1, 2, 3], k=7),
    "polyint_k_short": lambda: np.polyint([1, 2, 3], 3, [1, 2]),
    "polyint_neg": lambda: np.polyint([1, 2, 3], -1),
    "polyval": lambda: np.polyval([1, 2, 3], 5),
    "polyval_list": lambda: np.polyval([1, 2, 3], [5, 6]),
    "polyval_float_scalar": lambda: np.polyval([0.5, -1.25, 3], 1.5),
    "polyval_f32": lambda: np.polyval(np.array([1.0, 2]), np.array([1, 2], np.float32)),
    "polyval_T": lambda: np.polyval([1, -1, 0.5], MT),
    "polyval_neg": lambda: np.polyval(np.array([3.0, 2.0, 1.0])[::-1], NEG),
    "polyval_bc": lambda: np.polyval([2, 1], BC),
    "polyval_empty": lambda: np.polyval([], [1, 2]),
    "polyval_poly1d": lambda: np.polyval([1, 0, 1], np.poly1d([1, 1])).coeffs,
    "polyfit": lambda: np.polyfit(X, Y, 2),
    "polyfit_1": lambda: np.polyfit(X, Y, 1),
    "polyfit_2d": lambda: np.polyfit(X, Y2, 1),
    "polyfit_full": lambda: [np.asarray(v) for v in np.polyfit(X, Y, 2, full=True)],
    "polyfit_cov": lambda: list(np.polyfit(X, Y, 2, cov=True)),
    "polyfit_cov_unscaled": lambda: list(np.polyfit(X, Y, 2, cov="unscaled")),
    "polyfit_cov_2d": lambda: list(np.polyfit(X, Y2, 1, cov=True)),
    "polyfit_w": lambda: np.polyfit(X, Y, 2, w=W),
    "polyfit_w_2d": lambda: np.polyfit(X, Y2, 2, None, False, W),
    "polyfit_rcond": lambda: [np.asarray(v) for v in np.polyfit(X, Y, 3, rcond=1e-2, full=True)],
    "polyfit_strided": lambda: np.polyfit(X[::-1], Y[::-1], 2),
    "polyfit_int": lambda: np.polyfit([0, 1, 2, 3], [1, 3, 5, 8], 1),
    "polyfit_underdetermined": lambda: np.polyfit(X, Y, 7),
    "polyfit_cov_too_few": lambda: np.polyfit(X, Y, 5, cov=True),
    "polyfit_len": lambda: np.polyfit([1, 2], [1, 2, 3], 1),
    "polyfit_deg": lambda: np.polyfit([1, 2, 3], [1, 2, 3], -1),
    "polyfit_x2d": lambda: np.polyfit([[1]], [1], 0),
    "polyfit_w_len": lambda: np.polyfit(X, Y, 1, w=[1, 2]),
    "p_coeffs": lambda: P.coeffs,
    "p_trim": lambda: np.poly1d([0, 0, 1.5, 2]).c,
    "p_zero": lambda: np.poly1d([0, 0]).coef,
    "p_roots_in": lambda: np.poly1d([1, 2, 3], True).coefficients,
    "p_roots_kw": lambda: np.poly1d([2.0, -1.0], r=True).coeffs,
    "p_order": lambda: [P.order, Q.o, np.poly1d([5]).order],
    "p_call": lambda: P(0.5),
    "p_call_array": lambda: P(np.array([[1, 2], [3, 4]]).T),
    "p_add": lambda: (P + Q).coeffs,
    "p_add_list": lambda: (P + [1, 1]).coeffs,
    "p_sub": lambda: (P - Q).coeffs,
    "p_mul": lambda: (P * Q).coeffs,
    "p_mul_scalar": lambda: (P * 2.5).coeffs,
    "p_div_scalar": lambda: (Q / 2).coeffs,
    "p_div": lambda: pair(Q / P),
    "p_pow": lambda: (P**3).coeffs,
    "p_pow_bad": lambda: P**-1,
    "p_neg": lambda: (-Q).coeffs,
    "p_eq": lambda: [P == np.poly1d([1, -2, 3]), P == Q, P != Q],
    "p_getitem": lambda: [P[0], P[2], P[5], Q[1]],
    "p_setitem": lambda: (lambda p: (p.__setitem__(4, 9), p.coeffs)[1])(np.poly1d([1, 2, 3])),
    "p_setitem_low": lambda: (lambda p: (p.__setitem__(1, -7), p.coeffs)[1])(np.poly1d([1, 2, 3])),
    "p_integ": lambda: P.integ().coeffs,
    "p_integ_k": lambda: P.integ(2, 3).coeffs,
    "p_integ_kw": lambda: Q.integ(m=1, k=1.5).coeffs,
    "p_deriv": lambda: Q.deriv().coeffs,
    "p_deriv_2": lambda: Q.deriv(m=2).coeffs,
    "p_polyadd": lambda: np.polyadd(P, [1]).coeffs,
    "p_polymul": lambda: np.polymul([1, 1], P).coeffs,
    "p_polyder": lambda: np.polyder(Q).coeffs,
    "p_polyint": lambda: np.polyint(P).coeffs,
    "p_polydiv": lambda: pair(np.polydiv(Q, P)),
    "p_2d": lambda: np.poly1d([[1, 2]]),
    "text_int": lambda: text(P),
    "text_float": lambda: text(np.poly1d([1.5, -2.25, 0, 1e-5, 7])),
    "text_zero": lambda: text(np.poly1d([0, 0])),
    "text_const": lambda: text(np.poly1d([-3.5])),
    "text_linear": lambda: text(np.poly1d([1, 0])),
    "text_variable": lambda: text(np.poly1d([1, -2, 0, 4], variable="z")),
    "text_long": lambda: text(np.poly1d(np.arange(1.0, 25.0) * 1.37)),
    "text_f32": lambda: text(np.poly1d(np.array([1, 2], np.float32))),
    "text_big": lambda: text(np.poly1d([123456.0, -0.000123, 1e20])),
    "text_many": lambda: text(np.poly1d(np.arange(16) - 8)),
}

if __name__ == "__main__":
    warnings.simplefilter("ignore")
    dump("np_poly/cases", {"versions": versions(), "cases": {k: run(f) for k, f in CASES.items()}})
