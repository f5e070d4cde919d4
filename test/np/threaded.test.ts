/**
 * Arithmetic over more than 2**18 elements is split between the heap threads: every layout
 * still gives NumPy's values bit for bit (digests of whole results, NaNs as one pattern).
 */
import { contiguousStorage } from "../../src/np/contiguous";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../src";
import { heapAddress } from "../../src/np/heap/heap";
import { gemmThreads } from "../../src/np/wasm/gemm";
import { threadsWanted } from "../../src/np/threads/team";
import { float64Digest, loadGolden } from "../helpers/golden";

interface Entry {
  shape: number[];
  sha256: string;
  samples: number[];
}
const golden = loadGolden<{
  n: number; side: number; special: Record<string, number>; sample_at: number[];
  inputs: { a: string; b: string }; cases: Record<string, Record<string, Entry>>; inplace: Entry;
}>("np/threaded");

/** The fixture's digest of an array's values in C order. */
const digest = (x: np.NDArray): string => float64Digest(contiguousStorage(x) as Float64Array);

function expectEntry(actual: np.NDArray, expected: Entry, what: string): void {
  assert.equal(actual.shape, expected.shape, `${what}: shape`);
  const flat = contiguousStorage(actual);
  golden.sample_at.forEach((at, j) => {
    const [v, e] = [flat[at] as number, expected.samples[j]];
    assert.ok(Object.is(v, e) || (Number.isNaN(v) && Number.isNaN(e)), `${what}: element ${at} is ${v}, NumPy gives ${e}`);
  });
  assert.is(digest(actual), expected.sha256, `${what}: digest of all ${flat.length} elements`);
}

/** The fixture's inputs, by the formula of scripts/golden/np_threaded.py, copied into the heap. */
function inputs(): [np.NDArray, np.NDArray] {
  const n = golden.n;
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    a[i] = (i % 1013) * 0.37 - 150.25;
    b[i] = ((i * 7) % 997) * 0.5 - 200.0;
  }
  for (const [at, v] of Object.entries(golden.special)) a[Number(at)] = v;
  return [np.array(a), np.array(b)];
}

const [a, b] = inputs();
const side = golden.side;
const m = a.get(`:${side * side}`).reshape([side, side]);
const row = b.get(`:${side}`);
const col = b.get(`${side}:${2 * side}`).reshape([side, 1]);
const OPS = { add: np.add, subtract: np.subtract, multiply: np.multiply, divide: np.divide };

test("the inputs are the fixture's, in the heap, with the helper threads ready", async () => {
  assert.is(digest(a), golden.inputs.a);
  assert.is(digest(b), golden.inputs.b);
  assert.ok(heapAddress(a.data) >= 0 && heapAddress(b.data) >= 0);
  for (let tries = 0; gemmThreads() < threadsWanted() && tries < 250; tries++) await new Promise((r) => setTimeout(r, 20));
  assert.is(gemmThreads(), threadsWanted());
});

for (const [name, f] of Object.entries(OPS)) {
  test(`np.${name} split between threads matches NumPy in every layout`, () => {
    const want = golden.cases[name];
    expectEntry(f(a, b), want.vv, `${name} vv`);
    expectEntry(f(a, 2.5), want.vs, `${name} array, number`);
    expectEntry(f(2.5, a), want.sv, `${name} number, array`);
    expectEntry(f(a.get("1:"), b.get(":-1")), want.offset, `${name} offset views`);
    expectEntry(f(m, row), want.row, `${name} matrix, row`);
    expectEntry(f(m, col), want.col, `${name} matrix, column`);
    expectEntry(f(row, m), want.row_first, `${name} row, matrix`);
    expectEntry(f(col, m), want.col_first, `${name} column, matrix`);
  });
}

test("back-to-back split calls never mix their parts", () => {
  // each call's parts are claimed by whichever thread is free; a part of one call must never
  // run with the arguments of the next
  const out = np.empty_like(a);
  const n = golden.n;
  const probes = [0, 4, 37503, 37504, 150000, 262143, 262144, n - 2];
  for (let k = 0; k < 100; k++) {
    np.add(b, k, { out });
    const got = contiguousStorage(out);
    const src = contiguousStorage(b);
    for (const at of probes) {
      if (got[at] !== src[at] + k) assert.unreachable(`call ${k}: element ${at} is ${got[at]}, expected ${src[at] + k}`);
    }
  }
});

test("in-place operators split between threads match NumPy", () => {
  const ip = a.copy();
  ip.iadd(b);
  ip.imul(0.5);
  ip.isub(a);
  ip.idiv(3.0);
  expectEntry(ip, golden.inplace, "in place");
});

test.run();
