/**
 * Large arrays live in the shared WebAssembly heap: SIMD arithmetic and sums there give
 * NumPy's values in every layout, blocks come back when arrays are collected, and a view of a
 * block keeps it alive.
 */
import { contiguousStorage } from "../../src/np/contiguous";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { join } from "node:path";
import { runOwnProcess } from "../helpers/own-process";
import { np } from "../../src";
import { FreeList } from "../../src/np/heap/free-list";
import { heapAddress, heapArray, heapBytesInUse, heapLimitBytes, releaseHeapArray } from "../../src/np/heap/heap";
import { GoldenArray, loadGolden } from "../helpers/golden";
import { fromGolden } from "./_cases";

type Cases = Record<string, GoldenArray | GoldenArray[]>;
const golden = loadGolden<{
  a: GoldenArray; b: GoldenArray; cases: Record<string, Cases>; inplace: GoldenArray;
  sum: number; sum_offset: number; mean: number; rows_sum: GoldenArray; cols_sum: GoldenArray;
}>("np/large");

/** A copy of a fixture array made by np, so it lives in the heap. */
function inHeap(g: GoldenArray): np.NDArray {
  const x = fromGolden(g).copy();
  assert.ok(heapAddress(x.data) >= 0, "a large array is allocated in the heap");
  return x;
}

/** Bit-for-bit equality with NumPy's result (NaN equal to NaN). */
function expectExact(actual: np.NDArray, expected: GoldenArray, what: string): void {
  assert.equal(actual.shape, expected.shape, `${what}: shape`);
  const values = contiguousStorage(actual);
  for (let i = 0; i < expected.data.length; i++) {
    const e = expected.data[i];
    if (!Object.is(values[i], e) && !(Number.isNaN(e) && Number.isNaN(values[i] as number))) {
      assert.unreachable(`${what}: element ${i} is ${values[i]}, NumPy gives ${e}`);
    }
  }
}

const a = inHeap(golden.a);
const b = inHeap(golden.b);
const m = a.get(`:${109 * 109}`).reshape([109, 109]);
const row = b.get(":109");
const col = b.get("109:218").reshape([109, 1]);
assert.ok(heapAddress(row.copy().data) < 0, "small arrays stay on V8's heap");
const OPS = { add: np.add, subtract: np.subtract, multiply: np.multiply, divide: np.divide };

test("arithmetic of heap arrays matches NumPy in every layout", () => {
  for (const [name, f] of Object.entries(OPS)) {
    const c = golden.cases[name];
    const layouts: Record<string, () => np.NDArray | np.NDArray[]> = {
      vv: () => f(a, b),
      sv: () => f(2.5, a),
      vs: () => f(a, 2.5),
      offset: () => f(a.get("1:"), b.get(":-1")),
      strided: () => f(a.get(":-1:2"), b.get("1::2")),
      row: () => f(m, row),
      col: () => f(m, col),
      row_first: () => f(row, m),
      col_first: () => f(col, m),
      transposed: () => f(m.T, row),
      tails: () => [8193, 8194, 8195].map((n) => f(a.get(`:${n}`), b.get(`:${n}`))),
    };
    // small operands (on V8's heap) are copied into scratch blocks for the SIMD kernels
    layouts["row small"] = () => f(m, row.copy());
    layouts["col small"] = () => f(m, col.copy());
    layouts["row_first small"] = () => f(row.copy(), m);
    layouts["col_first small"] = () => f(col.copy(), m);
    for (const [layout, run] of Object.entries(layouts)) {
      const expected = c[layout.replace(" small", "")];
      if (expected === undefined) continue;
      const got = run();
      if (Array.isArray(expected)) (got as np.NDArray[]).forEach((g, k) => expectExact(g, expected[k], `${name} ${layout} ${k}`));
      else expectExact(got as np.NDArray, expected, `${name} ${layout}`);
    }
  }
});

test("in-place operators on a heap array match NumPy", () => {
  const ip = a.copy();
  ip.iadd(b);
  ip.imul(0.5);
  ip.isub(a);
  ip.idiv(3.0);
  expectExact(ip, golden.inplace, "a += b; a *= 0.5; a -= a0; a /= 3");
});

test("sums of heap arrays are NumPy's pairwise sums, bit for bit", () => {
  const finite = np.where(np.isfinite(a), a, 1.0);
  assert.ok(heapAddress(finite.data) >= 0);
  assert.is(Number(finite.sum()), golden.sum);
  assert.is(Number(finite.get("3:").sum()), golden.sum_offset);
  assert.is(Number(finite.mean()), golden.mean);
  const sq = finite.get(`:${109 * 109}`).reshape([109, 109]);
  expectExact(sq.sum({ axis: 1 }), golden.rows_sum, "sum(axis=1)");
  expectExact(sq.sum({ axis: 0 }), golden.cols_sum, "sum(axis=0)");
});

test("the free list merges neighbours and hands freed addresses back", () => {
  const list = new FreeList(1 << 20);
  const x = list.allocate(100); // rounded to 128
  const y = list.allocate(64);
  const z = list.allocate(1000);
  assert.equal([x, y, z], [0, 128, 192]);
  list.release(y, 64);
  assert.is(list.allocate(10), 128, "a freed range is reused first");
  list.release(128, 10);
  list.release(x, 100);
  assert.is(list.allocate(192), 0, "neighbouring free ranges merge");
  list.release(0, 192);
  list.release(z, 1000);
  assert.is(list.top, 0, "freeing the top range lowers the top");
  assert.is(list.used, 0);
  assert.is(new FreeList(256).allocate(512), -1, "over the limit: no range");
});

setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 20));

test("a collected array's block is reused; a view keeps its block alive", async () => {
  await nextTask();
  collect();
  await nextTask();
  const before = heapBytesInUse();
  let dropped: np.NDArray | null = np.ones([300, 300]);
  const address = heapAddress(dropped.data);
  assert.ok(address >= 0);
  // a flat view of all but the first row outlives its array
  let kept: ArrayLike<number> | null = contiguousStorage(np.multiply(dropped, 3).get("1:"));
  dropped = null;
  collect();
  await nextTask();
  assert.ok(heapBytesInUse() >= before + 300 * 300 * 8, "the block under the kept view is still in use");
  const fresh = np.full([300, 300], 7);
  assert.is(kept.length, 299 * 300);
  assert.ok(Array.prototype.every.call(kept, (v: number) => v === 3), "the view's values are intact");
  assert.ok(fresh.data.every((v) => v === 7));
  kept = null;
  collect();
  await nextTask();
  collect();
  await nextTask();
  assert.ok(heapBytesInUse() <= before + 300 * 300 * 8 + 64, "blocks come back once nothing refers to them");
});

test("a synchronous loop that overfills the heap reuses the blocks of its dead arrays", () => {
  const { spilled, intact, operandsIntact } = runOwnProcess<{ spilled: number; intact: boolean; operandsIntact: boolean }>(join(__dirname, "heap-reuse-child.ts"));
  assert.is(spilled, 0, "every result found room in the heap");
  assert.ok(intact, "the last result is intact");
  assert.ok(operandsIntact, "live operands are untouched");
});

test("a released scratch array's block is reused at once; other arrays are ignored", () => {
  const scratch = heapArray(Float64Array, 100000);
  assert.ok(scratch !== null);
  const address = heapAddress(scratch);
  const used = heapBytesInUse();
  releaseHeapArray(scratch.subarray(1)); // not the registered array: ignored
  releaseHeapArray(new Float64Array(100000)); // not in the heap: ignored
  assert.is(heapBytesInUse(), used);
  releaseHeapArray(scratch);
  assert.is(heapBytesInUse(), used - 800000);
  releaseHeapArray(scratch); // a second release changes nothing
  assert.is(heapBytesInUse(), used - 800000);
  const next = heapArray(Float64Array, 100000);
  // first fit: the freed block (or a lower one) serves the next array, not fresh memory
  assert.ok(heapAddress(next!) >= 0 && heapAddress(next!) <= address, "the next array reuses freed memory");
});

test.run();
