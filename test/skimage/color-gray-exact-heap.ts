/**
 * Run by color-gray-exact.test.ts in a process of its own (see test/helpers/own-process.ts):
 * the gray kernels give the same bits on arrays in the shared heap and outside it.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { heapArray } from "../../src/np/heap/heap";
import { CHAIN, FUSED, SPLIT } from "../../src/skimage/color/gray-rounding";
import { grayFloat64Pairs } from "../../src/skimage/color/gray-float64-simd";
import { grayFromUint8 } from "../../src/skimage/color/gray-uint8";

test("arrays outside the heap give the same bits, a scratch slice at a time", () => {
  const n = 30001; // several slices, an odd last pixel, and heap-sized arrays
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const bytes = Uint8Array.from({ length: 3 * n }, () => Math.floor(next() * 256));
  const inHeapBytes = heapArray(Uint8Array, 3 * n)!;
  inHeapBytes.set(bytes);
  const want = heapArray(Float64Array, n)!;
  grayFromUint8(inHeapBytes, want);
  const got = new Float64Array(n);
  grayFromUint8(bytes, got);
  assert.ok(got.every((v, i) => Object.is(v, want[i])), "uint8");

  const planes = Float64Array.from({ length: 3 * n }, () => next() * 2 - 0.5);
  const heapPlanes = heapArray(Float64Array, 3 * n)!;
  heapPlanes.set(planes);
  for (const rounding of [FUSED, CHAIN, SPLIT] as const) {
    for (const channelStep of [1, n]) {
      const a = heapArray(Float64Array, n)!;
      const b = new Float64Array(n);
      assert.is(grayFloat64Pairs(heapPlanes, 0, channelStep, a, 0, n, rounding), n - 1);
      assert.is(grayFloat64Pairs(planes, 0, channelStep, b, 0, n, rounding), n - 1);
      // the odd last pixel is left to the caller: compare the pairs only
      assert.ok(b.subarray(0, n - 1).every((v, i) => Object.is(v, a[i])), `float64 rounding ${rounding}, channel step ${channelStep}`);
    }
  }
});

test.run();
