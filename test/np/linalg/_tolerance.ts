/**
 * Golden-case runner for np.linalg: like test/np/_cases.ts but with linalg's tolerance, 1e-10
 * relative to each result array's largest magnitude (LAPACK and these routines round
 * differently; entries near zero are compared on the array's scale).
 */
import { contiguousStorage } from "../../../src/np/contiguous";
import { np } from "../../../src";
import { GoldenArray } from "../../helpers/golden";
import { Case, runEach } from "../_cases";

export const LINALG_TOL = 1e-10;

function scaleOf(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) s = Math.max(s, Math.abs(values[i]));
  return s;
}

function close(a: number, b: number, rel: number, abs: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= Math.max(abs, rel * Math.max(Math.abs(a), Math.abs(b)));
}

/** Compares an array with a golden one: dtype, shape, values on the array's scale. */
export function expectClose(actual: unknown, expected: GoldenArray, what: string, tol = LINALG_TOL): void {
  if (!(actual instanceof np.NDArray)) throw new Error(`${what}: returned ${String(actual)}, expected an array`);
  if (actual.dtype.name !== expected.dtype) throw new Error(`${what}: dtype ${actual.dtype.name}, expected ${expected.dtype}`);
  if (JSON.stringify(actual.shape) !== JSON.stringify(expected.shape)) {
    throw new Error(`${what}: shape ${JSON.stringify(actual.shape)}, expected ${JSON.stringify(expected.shape)}`);
  }
  const values = Array.from(contiguousStorage(actual));
  const f32 = expected.dtype === "float32";
  const integer = !f32 && expected.dtype !== "float64";
  const rel = integer ? 0 : f32 ? 2e-5 : tol;
  // an array that is all rounding noise (singular values of a singular matrix) is compared absolutely
  const scale = scaleOf(expected.data);
  const abs = Math.max(rel * scale, scale < 1e-12 ? 1e-12 : 0);
  for (let i = 0; i < values.length; i++) {
    if (!close(values[i], expected.data[i], rel, abs)) {
      throw new Error(`${what}: element ${i} is ${values[i]}, expected ${expected.data[i]}`);
    }
  }
}


function compare(out: unknown, expected: Case["out"], what: string, dtype?: string): void {
  if (Array.isArray(expected)) {
    if (!Array.isArray(out) || out.length !== expected.length) throw new Error(`${what}: expected ${expected.length} results`);
    expected.forEach((e, i) => compare(out[i], e as Case["out"], `${what}[${i}]`));
    return;
  }
  if (typeof expected === "object" && expected !== null) {
    expectClose(out, expected, what);
    return;
  }
  if (typeof out !== "number") throw new Error(`${what}: returned ${String(out)}, expected the number ${expected}`);
  const rel = dtype === "float32" ? 2e-5 : dtype === undefined || dtype === "float64" ? LINALG_TOL : 0;
  if (!close(out, Number(expected), rel, rel * 1e-300)) throw new Error(`${what}: ${out}, expected ${expected}`);
}

/** Runs each case through ops[c.op] with linalg's tolerance; returns the failures' descriptions. */
export function runLinalgCases(cases: Case[], ops: Record<string, (...args: any[]) => unknown>): string[] {
  return runEach(cases, ops, (out, c, what) => compare(out, c.out, what, c.out_dtype));
}
