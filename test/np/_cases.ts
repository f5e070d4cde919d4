/**
 * Runs golden cases written by scripts/golden/np_cases.py: rebuilds each argument in its
 * layout (contiguous, transposed, negative step, broadcast) and compares results exactly for
 * ints/bools, to 1e-12 relative for float64 and 1e-6 for float32.
 */
import { contiguousStorage } from "../../src/np/contiguous";
import { np } from "../../src";
import { GoldenArray, assertAllClose } from "../helpers/golden";

export interface EncodedArray {
  base: GoldenArray;
  layout: "c" | "t" | "r" | "b";
  shape: number[];
}
export interface EncodedScalar {
  scalar: number | boolean;
  kind: "int" | "float" | "bool";
}
export type Encoded = EncodedArray | EncodedScalar;

export interface Case {
  op: string;
  args: Encoded[];
  kw: Record<string, unknown>;
  out?: GoldenArray | GoldenArray[] | number | boolean;
  out_dtype?: string;
  error?: { type: string; message: string };
}

/** An NDArray with the golden array's dtype, shape and values (C order). */
export function fromGolden(g: GoldenArray): np.NDArray {
  const dt = np.dtype(g.dtype as np.DTypeName);
  const data = new dt.storage(g.data.length);
  for (let i = 0; i < g.data.length; i++) data[i] = g.data[i];
  return np.NDArray.fromStorage(data, g.shape, dt);
}

/** Rebuilds an argument in its layout. */
export function build(e: Encoded): np.NDArray | number | boolean {
  if ("scalar" in e) return e.scalar;
  const base = fromGolden(e.base);
  switch (e.layout) {
    case "c":
      // golden_io writes 0-d arrays with shape (1,): restore the recorded shape
      return e.shape.length === 0 ? base.reshape([]) : base;
    case "t":
      return base.T;
    case "r":
      return base.get("::-1");
    case "b":
      return np.broadcast_to(base, e.shape);
  }
}

function describe(c: Case): string {
  const args = c.args.map((a) => ("scalar" in a ? `${a.kind} ${a.scalar}` : `${a.base.dtype}${JSON.stringify(a.shape)}/${a.layout}`));
  return `${c.op}(${args.join(", ")}${Object.keys(c.kw).length ? ", " + JSON.stringify(c.kw) : ""})`;
}

/** Compares an NDArray against a golden array: dtype, shape and values. */
export function expectArray(actual: np.NDArray, expected: GoldenArray, what: string, f32Abs = 0): void {
  if (actual.dtype.name !== expected.dtype) throw new Error(`${what}: dtype ${actual.dtype.name}, expected ${expected.dtype}`);
  if (JSON.stringify(actual.shape) !== JSON.stringify(expected.shape)) {
    throw new Error(`${what}: shape ${JSON.stringify(actual.shape)}, expected ${JSON.stringify(expected.shape)}`);
  }
  const values = Array.from(contiguousStorage(actual));
  const rel = expected.dtype === "float32" ? 1e-6 : expected.dtype === "float64" ? 1e-12 : 0;
  assertAllClose(values, expected.data, rel, expected.dtype === "float32" ? f32Abs : 0, what);
}

/**
 * Runs every case through `ops[c.op]`: a case that expects an error must throw NumPy's class and
 * message, the others go to `check`. Returns the failures' descriptions.
 */
export function runEach(cases: Case[], ops: Record<string, (...args: any[]) => unknown>, check: (out: unknown, c: Case, what: string) => void): string[] {
  const failures: string[] = [];
  for (const c of cases) {
    const what = describe(c);
    const fn = ops[c.op];
    if (!fn) {
      failures.push(`${what}: no such op in the test table`);
      continue;
    }
    const args = c.args.map(build);
    try {
      let out: unknown;
      try {
        out = fn(...args, ...(Object.keys(c.kw).length ? [c.kw] : []));
      } catch (e) {
        if (!c.error) throw e;
        const err = e as Error;
        if (err.name !== c.error.type || err.message !== c.error.message) {
          throw new Error(`threw ${err.name}: ${err.message}; expected ${c.error.type}: ${c.error.message}`);
        }
        continue;
      }
      if (c.error) throw new Error(`returned, expected ${c.error.type}: ${c.error.message}`);
      check(out, c, what);
    } catch (e) {
      failures.push(`${what}: ${(e as Error).message}`);
    }
  }
  return failures;
}

/** Runs every case through `ops[c.op]`; returns the failures' descriptions. */
export function runCases(
  cases: Case[],
  ops: Record<string, (...args: any[]) => unknown>,
  zeroDimOk = new Set<string>(),
  f32Abs = 0,
): string[] {
  return runEach(cases, ops, (result, c, what) => {
    let out = result;
    if (c.out_dtype !== undefined && out instanceof np.NDArray) {
      // dot/matmul/inner of vectors give a 0-d array where NumPy gives a scalar
      if (!zeroDimOk.has(c.op) || out.ndim !== 0) throw new Error("returned an array, expected a number");
      if (out.dtype.name !== c.out_dtype) throw new Error(`dtype ${out.dtype.name}, expected ${c.out_dtype}`);
      out = out.item();
    }
    compare(out, c.out, what, c.out_dtype, f32Abs);
  });
}

function compare(out: unknown, expected: Case["out"], what: string, scalarDType?: string, f32Abs = 0): void {
  if (Array.isArray(expected)) {
    if (!Array.isArray(out) || out.length !== expected.length) throw new Error(`expected ${expected.length} arrays`);
    expected.forEach((g, i) => expectArray(out[i] as np.NDArray, g, `${what}[${i}]`, f32Abs));
    return;
  }
  if (typeof expected === "object" && expected !== null) {
    if (!(out instanceof np.NDArray)) throw new Error(`returned ${String(out)}, expected an array`);
    expectArray(out, expected, what, f32Abs);
    return;
  }
  // a NumPy scalar: a plain number (or boolean) compared by value
  if (out instanceof np.NDArray) throw new Error("returned an array, expected a number");
  assertAllClose([Number(out)], [Number(expected)], scalarDType === "float32" ? 1e-6 : 1e-12, scalarDType === "float32" ? f32Abs : 0, what);
}
