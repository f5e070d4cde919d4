import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { Case, runCases } from "../_cases";
import { signatureOf } from "../../../src/signature";

const OPS: Record<string, (...args: any[]) => unknown> = {
  diff: np.diff, ediff1d: np.ediff1d, gradient: np.gradient, convolve: np.convolve, correlate: np.correlate, interp: np.interp,
  trapz: np.trapz, cross: np.cross, kron: np.kron, tensordot: np.tensordot,
  gradient_h: (f: np.NDArray, h: unknown, kw?: object) => np.gradient(f, h as number, kw ?? {}),
  gradient_hh: (f: np.NDArray, h1: unknown, h2: unknown) => np.gradient(f, h1 as number, h2 as number),
  trapz_x: (y: np.NDArray, x: np.NDArray, kw?: object) => np.trapz(y, x, kw ?? {}),
};

const golden = loadGolden<{ cases: Case[] }>("np_more_math/numerical");
test(`diff, gradient, convolve, interp, trapz, cross, kron and tensordot match NumPy (${golden.cases.length} cases)`, () => {
  const failures = runCases(golden.cases, OPS, new Set(["trapz"]), 1e-6);
  assert.equal(failures.slice(0, 12), [], `${failures.length} failures`);
});

test("the numerical functions carry NumPy's signatures", () => {
  const names = ["diff", "ediff1d", "gradient", "convolve", "correlate", "interp", "trapz", "cross", "kron", "tensordot"];
  assert.equal(names.filter((n) => signatureOf((np as any)[n])?.qualname !== `numpy.${n}`), []);
});

test("trapz of a vector is a number (NumPy: np.trapz([1, 2, 3]) == 4.0)", () => {
  assert.is(np.trapz([1, 2, 3]), 4);
  assert.is(np.trapz([1, 2, 3], { x: [0, 1, 3] }), 6.5);
});

test.run();
