import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadGolden, GoldenArray } from "../helpers/golden";
import { RandomState } from "../../src/np/random";
import * as random from "../../src/np/random";
import { NDArray } from "../../src/np/ndarray";
import { contiguousStorage } from "../../src/np/contiguous";

type Case = [string, unknown[], Record<string, unknown>, number];
interface Result { dtype?: string; shape?: number[]; offset?: number; next: number; int?: number; float?: number; bytes?: number[] }
const G = loadGolden<{ cases: Case[]; results: Result[]; values: GoldenArray; errors: [string, unknown[], Record<string, unknown>, string | null, string | null][]; module: Record<string, GoldenArray | number> }>("np_random_dists/legacy");

/**
 * Floats agree bit for bit (log, exp, pow, log1p and expm1 are glibc's here), except von Mises
 * (cos and acos are the engine's; acos(W) magnifies their last bits where W is near 1) and
 * multivariate_normal (its factor comes from this library's SVD / eigh / Cholesky).
 */
const TOLERANCE: Record<string, number> = { vonmises: 1e-10, multivariate_normal: 1e-10 };

function call(target: object, m: string, a: unknown[], k: Record<string, unknown>): unknown {
  const fn = (target as Record<string, (...x: unknown[]) => unknown>)[m];
  return Object.keys(k).length ? fn.call(target, ...a, k) : fn.call(target, ...a);
}


function close(x: number, y: number, rel = 0): boolean {
  return Object.is(x, y) || Math.abs(x - y) <= rel * Math.abs(y);
}

G.cases.forEach(([m, a, k, seed], i) => {
  const r = G.results[i];
  test(`RandomState(${seed}).${m}(${JSON.stringify(a).slice(0, 60)}, ${JSON.stringify(k)})`, () => {
    const rs = new RandomState(seed);
    const prev = process.emitWarning;
    const warned: string[] = [];
    process.emitWarning = ((w: string) => void warned.push(w)) as typeof process.emitWarning;
    let out: unknown;
    try {
      out = call(rs, m, a, k);
    } finally {
      process.emitWarning = prev;
    }
    if (m === "random_integers") assert.ok(warned[0].startsWith("This function is deprecated. Please call randint("));
    if (r.bytes) assert.equal(Array.from(out as Uint8Array), r.bytes);
    else if (r.shape) {
      const arr = out as NDArray;
      assert.instance(arr, NDArray);
      assert.equal(arr.shape, r.shape, "shape");
      assert.is(arr.dtype.name, r.dtype, "dtype");
      const d = contiguousStorage(arr);
      const exact = r.dtype !== "float64";
      for (let j = 0; j < d.length; j++) {
        const want = G.values.data[r.offset! + j];
        if (exact ? d[j] !== want : !close(d[j], want, TOLERANCE[m] ?? 0)) assert.unreachable(`[${j}] ${d[j]} != ${want}`);
      }
    } else if (r.int !== undefined) assert.is(out, r.int);
    else assert.ok(close(out as number, r.float!, TOLERANCE[m] ?? 0), `${out} != ${r.float}`);
    // the call consumed exactly NumPy's draws
    assert.is(rs.random_sample(), r.next, "next draw");
  });
});

test("RandomState: NumPy's errors for bad parameters", () => {
  for (const [m, a, k, type, msg] of G.errors) {
    const prev = process.emitWarning;
    process.emitWarning = (() => undefined) as typeof process.emitWarning;
    let err: Error | null = null;
    try {
      call(new RandomState(0), m, a, k);
    } catch (e) {
      err = e as Error;
    } finally {
      process.emitWarning = prev;
    }
    if (type === null) {
      assert.is(err, null, `${m}(${JSON.stringify(a)}) threw ${err?.message}`);
      continue;
    }
    assert.ok(err !== null, `${m}(${JSON.stringify(a)}) did not throw ${type}: ${msg}`);
    assert.is(err!.name, type, `${m}(${JSON.stringify(a)}): ${err!.message}`);
    assert.is(err!.message, msg, `${m}(${JSON.stringify(a)})`);
  }
});

test("module functions draw from the global RandomState", () => {
  random.seed(7);
  const got: Record<string, unknown> = {
    beta: random.beta(2, 3, 4), poisson: random.poisson(4, 5), gamma: random.gamma(2.0),
    binomial: random.binomial(10, 0.3, 3), standard_t: random.standard_t(3, 2),
  };
  for (const [name, want] of Object.entries(G.module)) {
    const g = got[name];
    if (typeof want === "number") assert.ok(close(g as number, want), name);
    else {
      const d = contiguousStorage(g as NDArray);
      want.data.forEach((v, j) => assert.ok(close(d[j], v), `${name}[${j}]`));
    }
  }
});

test.run();
