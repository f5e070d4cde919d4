import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadGolden, GoldenArray } from "../helpers/golden";
import { default_rng } from "../../src/np/random";

import { NDArray } from "../../src/np/ndarray";
import { contiguousStorage } from "../../src/np/contiguous";
import { float32, float64, int64 } from "../../src/np/dtype";

type Case = [string, unknown[], Record<string, unknown>, number];
interface Result { dtype?: string; shape?: number[]; offset?: number; next: number; int?: number; float?: number; bytes?: number[] }
const G = loadGolden<{ cases: Case[]; results: Result[]; values: GoldenArray; errors: [string, unknown[], Record<string, unknown>, string | null, string | null][] }>("np_random_dists/generator");

/**
 * Floats agree bit for bit (log, exp, pow, log1p and expm1 are glibc's here), except von Mises
 * (cos and acos are the engine's; acos(W) magnifies their last bits where W is near 1) and
 * multivariate_normal (its factor comes from this library's SVD / eigh / Cholesky).
 */
const TOLERANCE: Record<string, number> = { vonmises: 1e-10, multivariate_normal: 1e-10 };

function call(target: object, m: string, a: unknown[], k: Record<string, unknown>): unknown {
  if (m === "shuffle_arange" || m === "shuffle_2d") {
    const n = m === "shuffle_arange" ? (a[0] as number) : (a[0] as number) * (a[1] as number);
    const x = NDArray.fromStorage(Float64Array.from({ length: n }, (_, i) => i), m === "shuffle_arange" ? [n] : [a[0] as number, a[1] as number], m === "shuffle_arange" ? int64 : float64);
    (target as { shuffle(...x: unknown[]): void }).shuffle(x, ...(Object.keys(k).length ? [k] : []));
    return x;
  }
  if (m.startsWith("out:")) {
    // the `out=` forms: a fresh array of the fixture's shape, filled and returned
    const name = m.slice(4);
    const shape = a[0] as number[];
    const dt = name === "permuted" ? int64 : k.dtype === "float32" ? float32 : float64;
    const size = shape.reduce((x, y) => x * y, 1);
    const out = NDArray.fromStorage(dt === float32 ? new Float32Array(size) : new Float64Array(size), shape, dt);
    const g = target as Record<string, (...x: unknown[]) => unknown>;
    const r = name === "permuted" ? g.permuted(a[1], { ...k, out }) : name === "standard_gamma" ? g.standard_gamma(a[1], { ...k, out }) : g[name].call(target, { ...k, out });
    assert.is(r, out);
    return out;
  }
  const fn = (target as Record<string, (...x: unknown[]) => unknown>)[m];
  return Object.keys(k).length ? fn.call(target, ...a, k) : fn.call(target, ...a);
}

/** float32 gamma below shape 1: one float32 ulp (C's powf rounds once, Math.pow then fround twice). */
const REL_F32 = 2 ** -23;

function close(x: number, y: number, rel = 0): boolean {
  return Object.is(x, y) || Math.abs(x - y) <= rel * Math.abs(y);
}

G.cases.forEach(([m, a, k, seed], i) => {
  const r = G.results[i];
  test(`default_rng(${seed}).${m}(${JSON.stringify(a).slice(0, 60)}, ${JSON.stringify(k)})`, () => {
    const rs = default_rng(seed);
    const prev = process.emitWarning;
    const warned: string[] = [];
    process.emitWarning = ((w: string) => void warned.push(w)) as typeof process.emitWarning;
    let out: unknown;
    try {
      out = call(rs, m, a, k);
    } finally {
      process.emitWarning = prev;
    }
        if (r.bytes) assert.equal(Array.from(out as Uint8Array), r.bytes);
    else if (r.shape) {
      const arr = out as NDArray;
      assert.instance(arr, NDArray);
      assert.equal(arr.shape, r.shape, "shape");
      assert.is(arr.dtype.name, r.dtype, "dtype");
      const d = contiguousStorage(arr);
      const exact = r.dtype !== "float64" && r.dtype !== "float32";
      for (let j = 0; j < d.length; j++) {
        const want = G.values.data[r.offset! + j];
        if (exact ? d[j] !== want : !close(d[j], want, r.dtype === "float32" && m === "standard_gamma" ? REL_F32 : TOLERANCE[m] ?? 0)) assert.unreachable(`[${j}] ${d[j]} != ${want}`);
      }
    } else if (r.int !== undefined) assert.is(Number(out), r.int);
    else assert.ok(close(out as number, r.float!, TOLERANCE[m] ?? 0), `${out} != ${r.float}`);
    // the call consumed exactly NumPy's draws
    assert.is(rs.random(), r.next, "next draw");
  });
});

test("Generator: NumPy's errors for bad parameters", () => {
  for (const [m, a, k, type, msg] of G.errors) {
    const prev = process.emitWarning;
    process.emitWarning = (() => undefined) as typeof process.emitWarning;
    let err: Error | null = null;
    try {
      call(default_rng(0), m, a, k);
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

test.run();
