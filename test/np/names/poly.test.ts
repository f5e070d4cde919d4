/**
 * NumPy's legacy polynomial functions and np.poly1d (values, str and repr) against Debian's
 * NumPy (test/golden/np_poly/cases.json, scripts/golden/np_poly.py).
 */
import { test } from "uvu";
import { inspect } from "node:util";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { checkCases } from "../_sig_cases";
import { BC, M, MT, NEG } from "../more/_inputs";

const G = loadGolden("np_poly/cases");

const X = np.arange(6.0);
const Y = X.mul(X).sub(X.mul(3)).add(1).add([0.1, -0.2, 0.05, 0, 0.3, -0.1]);
const Y2 = np.stack([Y, X.mul(2).sub(1).add([0.0, 0.1, -0.1, 0.2, 0.0, -0.2])], { axis: 1 });
const W = np.array([1.0, 2.0, 1.0, 0.5, 1.0, 3.0]);
const P = new np.poly1d([1, -2, 3]);
const Q = new np.poly1d([2.5, 0, -1.0, 4]);

const text = (p: np.poly1d) => [String(p), inspect(p)];
const coeffsOf = (v: unknown) => (v as np.poly1d).coeffs;
const pair = (v: unknown) => (v as np.poly1d[]).map((p) => (p instanceof np.poly1d ? p.coeffs : p));
const quiet = <T>(fn: () => T): T => {
  const emit = process.emitWarning;
  process.emitWarning = () => undefined;
  try {
    return fn();
  } finally {
    process.emitWarning = emit;
  }
};

const CALLS: Record<string, () => unknown> = {
  poly: () => np.poly([1, 2, 3]),
  poly_empty: () => np.poly([]),
  poly_f32: () => np.poly(np.array([1, 2], "f4")),
  poly_matrix: () => np.poly([[1, 2], [3, 4]]),
  poly_bad: () => np.poly([[1, 2, 3]]),
  poly_neg: () => np.poly(np.arange(5.0).get("::-2")),
  polyadd: () => np.polyadd([1, 2], [1.5, 2, 3]),
  polyadd_same: () => np.polyadd([1, 2, 3], [3, 2, 1]),
  polyadd_longer_first: () => np.polyadd(np.array([1, 2, 3], "i4"), [5]),
  polysub: () => np.polysub([1, 2], [1.5, 2, 3]),
  polysub_longer_first: () => np.polysub([4, 5, 6, 7], [1, 1]),
  polymul: () => np.polymul([0, 1, 2], [3, 4]),
  polymul_float: () => np.polymul([1.5, -2], M.get(1, "::-1")),
  polydiv: () => np.polydiv([1, 2, 3, 4], [2, 1]),
  polydiv_short: () => np.polydiv([1, 2], [2, 1, 5]),
  polydiv_exact: () => np.polydiv([1, -3, 2], [1, -1]),
  polyder: () => np.polyder([1, 2, 3, 4]),
  polyder_2: () => np.polyder([1, 2, 3, 4], 2),
  polyder_kw: () => np.polyder(np.array([1.5, 2, 3, 4], "f4"), { m: 3 }),
  polyder_high: () => np.polyder([1, 2, 3, 4], 5),
  polyder_0: () => np.polyder([1, 2, 3], 0),
  polyder_neg: () => np.polyder([1, 2, 3, 4], -1),
  polyint: () => np.polyint([1, 2, 3]),
  polyint_k: () => np.polyint([1, 2, 3], 2, [1, 2]),
  polyint_k_scalar: () => np.polyint([3, 2, 1], { m: 2, k: 5 }),
  polyint_kw: () => np.polyint([1, 2, 3], { k: 7 }),
  polyint_k_short: () => np.polyint([1, 2, 3], 3, [1, 2]),
  polyint_neg: () => np.polyint([1, 2, 3], -1),
  polyval: () => np.polyval([1, 2, 3], 5),
  polyval_list: () => np.polyval([1, 2, 3], [5, 6]),
  polyval_float_scalar: () => np.polyval([0.5, -1.25, 3], 1.5),
  polyval_f32: () => np.polyval(np.array([1.0, 2]), np.array([1, 2], "f4")),
  polyval_T: () => np.polyval([1, -1, 0.5], MT),
  polyval_neg: () => np.polyval(np.array([3.0, 2.0, 1.0]).get("::-1"), NEG),
  polyval_bc: () => np.polyval([2, 1], BC),
  polyval_empty: () => np.polyval([], [1, 2]),
  polyval_poly1d: () => coeffsOf(np.polyval([1, 0, 1], new np.poly1d([1, 1]))),
  polyfit: () => np.polyfit(X, Y, 2),
  polyfit_1: () => np.polyfit(X, Y, 1),
  polyfit_2d: () => np.polyfit(X, Y2, 1),
  polyfit_full: () => np.polyfit(X, Y, 2, { full: true }),
  polyfit_cov: () => np.polyfit(X, Y, 2, { cov: true }),
  polyfit_cov_unscaled: () => np.polyfit(X, Y, 2, { cov: "unscaled" }),
  polyfit_cov_2d: () => np.polyfit(X, Y2, 1, { cov: true }),
  polyfit_w: () => np.polyfit(X, Y, 2, { w: W }),
  polyfit_w_2d: () => np.polyfit(X, Y2, 2, null, false, W),
  polyfit_rcond: () => np.polyfit(X, Y, 3, { rcond: 1e-2, full: true }),
  polyfit_strided: () => np.polyfit(X.get("::-1"), Y.get("::-1"), 2),
  polyfit_int: () => np.polyfit([0, 1, 2, 3], [1, 3, 5, 8], 1),
  polyfit_underdetermined: () => quiet(() => np.polyfit(X, Y, 7)),
  polyfit_cov_too_few: () => np.polyfit(X, Y, 5, { cov: true }),
  polyfit_len: () => np.polyfit([1, 2], [1, 2, 3], 1),
  polyfit_deg: () => np.polyfit([1, 2, 3], [1, 2, 3], -1),
  polyfit_x2d: () => np.polyfit([[1]], [1], 0),
  polyfit_w_len: () => np.polyfit(X, Y, 1, { w: [1, 2] }),
  p_coeffs: () => P.coeffs,
  p_trim: () => new np.poly1d([0, 0, 1.5, 2]).c,
  p_zero: () => new np.poly1d([0, 0]).coef,
  p_roots_in: () => new np.poly1d([1, 2, 3], true).coefficients,
  p_roots_kw: () => new np.poly1d([2.0, -1.0], { r: true }).coeffs,
  p_order: () => [P.order, Q.o, new np.poly1d([5]).order],
  p_call: () => P(0.5),
  p_call_array: () => P(np.array([[1, 2], [3, 4]]).T),
  p_add: () => P.add(Q).coeffs,
  p_add_list: () => P.add([1, 1]).coeffs,
  p_sub: () => P.sub(Q).coeffs,
  p_mul: () => P.mul(Q).coeffs,
  p_mul_scalar: () => P.mul(2.5).coeffs,
  p_div_scalar: () => Q.div(2).coeffs,
  p_div: () => pair(Q.div(P)),
  p_pow: () => P.pow(3).coeffs,
  p_pow_bad: () => P.pow(-1),
  p_neg: () => Q.neg().coeffs,
  p_eq: () => [P.eq(new np.poly1d([1, -2, 3])), P.eq(Q), P.ne(Q)],
  p_getitem: () => [P.get(0), P.get(2), P.get(5), Q.get(1)],
  p_setitem: () => {
    const p = new np.poly1d([1, 2, 3]);
    p.set(4, 9);
    return p.coeffs;
  },
  p_setitem_low: () => {
    const p = new np.poly1d([1, 2, 3]);
    p.set(1, -7);
    return p.coeffs;
  },
  p_integ: () => P.integ().coeffs,
  p_integ_k: () => P.integ(2, 3).coeffs,
  p_integ_kw: () => Q.integ({ m: 1, k: 1.5 }).coeffs,
  p_deriv: () => Q.deriv().coeffs,
  p_deriv_2: () => Q.deriv({ m: 2 }).coeffs,
  p_polyadd: () => coeffsOf(np.polyadd(P, [1])),
  p_polymul: () => coeffsOf(np.polymul([1, 1], P)),
  p_polyder: () => coeffsOf(np.polyder(Q)),
  p_polyint: () => coeffsOf(np.polyint(P)),
  p_polydiv: () => pair(np.polydiv(Q, P)),
  p_2d: () => new np.poly1d([[1, 2]]),
  text_int: () => text(P),
  text_float: () => text(new np.poly1d([1.5, -2.25, 0, 1e-5, 7])),
  text_zero: () => text(new np.poly1d([0, 0])),
  text_const: () => text(new np.poly1d([-3.5])),
  text_linear: () => text(new np.poly1d([1, 0])),
  text_variable: () => text(new np.poly1d([1, -2, 0, 4], { variable: "z" })),
  text_long: () => text(new np.poly1d(np.arange(1.0, 25.0).mul(1.37))),
  text_f32: () => text(new np.poly1d(np.array([1, 2], "f4"))),
  text_big: () => text(new np.poly1d([123456.0, -0.000123, 1e20])),
  text_many: () => text(new np.poly1d(np.arange(16).sub(8))),
};

test(`polynomial functions and poly1d against NumPy (${Object.keys(CALLS).length} cases)`, () => {
  checkCases(G.cases, CALLS, 1e-10);
});

test.run();
