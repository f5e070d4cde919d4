/**
 * Runs the recorded option cases of test/golden/skimage_options_more/options.json (from
 * scripts/golden/skimage_options_more.py): each names a function by its Python qualified name,
 * its arguments (source arrays, fresh output arrays, dtypes, callables) and scikit-image's /
 * SciPy's result, warnings, error, and whether the output or input array itself came back.
 */
import * as assert from "uvu/assert";
import { np, scipy, skimage } from "../../../src";
import { NDArray } from "../../../src/np/ndarray";
import { GoldenArray, loadGolden } from "../../helpers/golden";
import { expectSame } from "../../scipy/ndimage/_cases";
import { fromGolden } from "../_helpers";

export interface OptionCase {
  name: string;
  fn: string;
  args: unknown[];
  kwargs: Record<string, unknown>;
  out: unknown;
  warnings: [string, string][];
  error?: [string, string];
  returns_out?: boolean;
  out_value?: GoldenArray;
  returns_input?: boolean;
}

export const fixture = loadGolden<{ srcs: Record<string, GoldenArray>; cases: OptionCase[]; extra: Record<string, any> }>("skimage_options_more/options");

/** The Python callables of the fixture, written again. */
export const CALLABLES: Record<string, Function> = {
  range: (w: Float64Array) => Math.max(...w) - Math.min(...w),
  first: (w: Float64Array) => w[0] * 2 + w[w.length - 1],
  area2: function area2(mask: NDArray) {
    return Number(np.sum(mask)) / 3;
  },
  wmean: function wmean(mask: NDArray, inten: NDArray) {
    return Number(np.mean(inten.get(mask)));
  },
};

/** A fresh copy of a source array of the fixture. */
export function src(name: string): NDArray {
  return fromGolden(fixture.srcs[name]);
}

function resolve(x: unknown, made: NDArray[]): unknown {
  if (Array.isArray(x)) return x.map((v) => resolve(v, made));
  if (typeof x !== "object" || x === null) return x;
  const o = x as Record<string, unknown>;
  if (typeof o.src === "string") return src(o.src);
  if (Array.isArray(o.zeros)) {
    const a = np.zeros(o.zeros as number[], { dtype: o.dtype as np.DTypeName });
    made.push(a);
    return a;
  }
  if (typeof o.dtype === "string" && !("data" in o)) return o.dtype;
  if (typeof o.callable === "string") return CALLABLES[o.callable];
  if ("data" in o && "shape" in o) return fromGolden(o as unknown as GoldenArray);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = resolve(v, made);
  return out;
}

/** Calls fn, returning its result and the warnings it emitted as [category, message]. */
export function withWarnings<T>(fn: () => T): [T, [string, string][]] {
  const seen: [string, string][] = [];
  const emit = process.emitWarning;
  process.emitWarning = ((w: string | Error, o?: string | { type?: string }) => {
    seen.push([typeof o === "string" ? o : (o?.type ?? "Warning"), String(w)]);
  }) as typeof process.emitWarning;
  try {
    return [fn(), seen];
  } finally {
    process.emitWarning = emit;
  }
}

function lookup(qualname: string): (...a: unknown[]) => unknown {
  // footprints.ellipse is exported from skimage.morphology as in Python
  const parts = qualname.replace(".footprints.", ".").split(".");
  let obj: any = { skimage, scipy };
  for (const p of parts) {
    obj = obj?.[p];
    assert.ok(obj !== undefined, `${qualname}: ${p} exists`);
  }
  return obj;
}

/** Runs the cases whose function name starts with `prefix`; returns how many ran. */
export function runOptionCases(prefix: string, rel: number, abs: number, keep: (c: OptionCase) => boolean = () => true): number {
  let n = 0;
  for (const c of fixture.cases) {
    if (!c.fn.startsWith(prefix) || !keep(c)) continue;
    const fn = lookup(c.fn);
    const made: NDArray[] = [];
    const args = resolve(c.args, made) as unknown[];
    const kwargs = resolve(c.kwargs, made) as Record<string, unknown>;
    const call = () => (Object.keys(kwargs).length ? fn(...args, kwargs) : fn(...args));
    if (c.error) {
      const [, warnings] = withWarnings(() =>
        assert.throws(call, (e: Error) => e.name === c.error![0] && e.message === c.error![1], `${c.name}: ${c.error.join(": ")}`),
      );
      assert.equal(warnings, c.warnings, `${c.name}: warnings`);
      n++;
      continue;
    }
    const [result, warnings] = withWarnings(call);
    assert.equal(warnings.filter(([k]) => k === "FutureWarning" || k === "UserWarning"), c.warnings, `${c.name}: warnings`);
    if (c.out_value !== undefined) {
      // the output array received the values; it came back itself when Python's did
      expectSame(made[0], c.out_value, rel, abs, `${c.name}: output array`);
      if (c.returns_out) assert.is(result, made[0], `${c.name}: returns its output array`);
      else assert.is(result ?? null, null, `${c.name}: returns None`);
    }
    if (c.returns_input !== undefined) {
      assert.is(result === args[0], c.returns_input, `${c.name}: returns its input`);
      expectSame(args[0], c.out, rel, abs, `${c.name}: input written in place`);
    }
    expectResult(result, c.out, rel, abs, c.name);
    n++;
  }
  return n;
}

/** expectSame, also for a dict (a table of columns) compared key by key. */
function expectResult(actual: unknown, expected: unknown, rel: number, abs: number, what: string): void {
  const isDict = (x: unknown) => typeof x === "object" && x !== null && !Array.isArray(x) && !("data" in x);
  if (isDict(expected) && !(actual instanceof NDArray)) {
    const a = actual as Record<string, unknown>;
    assert.equal(Object.keys(a), Object.keys(expected as object), `${what}: keys`);
    for (const [k, v] of Object.entries(expected as object)) expectSame(a[k], v, rel, abs, `${what}.${k}`);
    return;
  }
  expectSame(actual, expected, rel, abs, what);
}
