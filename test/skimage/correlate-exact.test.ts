// The Gaussian passes (SIMD sweeps, boundary rows from an extended copy) against scipy's plain
// loop written out here: the same sums in the same order, so the same bits.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { correlate1d, gaussianKernel } from "../../src/skimage/_internal/correlate";
import { NdMode, axisLayout, extendIndex } from "../../src/skimage/_internal/boundary";
import { heapArray } from "../../src/np/heap/heap";

/** scipy's order: centre tap, then the pairs (x[k - j] +- x[k + j]) w[r - j] from the outermost in. */
function plainLoop(src: Float64Array, shape: number[], axis: number, w: Float64Array, mode: NdMode, cval: number, anti: boolean): Float64Array {
  const { outer, n, inner } = axisLayout(shape, axis);
  const out = new Float64Array(src.length);
  const r = w.length >> 1;
  const at = (o: number, i: number, k: number): number => {
    const s = k < 0 || k >= n ? extendIndex(k, n, mode) : k;
    return s < 0 ? cval : src[(o * n + s) * inner + i];
  };
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      for (let k = 0; k < n; k++) {
        let acc = at(o, i, k) * w[r];
        for (let j = r; j > 0; j--) acc += (anti ? at(o, i, k - j) - at(o, i, k + j) : at(o, i, k - j) + at(o, i, k + j)) * w[r - j];
        out[(o * n + k) * inner + i] = acc;
      }
    }
  }
  return out;
}

function sameBits(a: Float64Array, b: Float64Array, what: string): void {
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) assert.unreachable(`${what}: index ${i}: ${a[i]} != ${b[i]}`);
}

let seed = 7;
const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;

test("Gaussian passes equal the plain loop bit for bit (both axes, every mode, short and long kernels)", () => {
  for (const shape of [[120, 90], [40, 300], [7, 33], [3, 20, 24]]) {
    const size = shape.reduce((p, q) => p * q, 1);
    // in the shared heap (the SIMD paths) and in an ordinary array (the JavaScript loops)
    for (const src of [heapArray(Float64Array, Math.max(size, 8192))!.subarray(0, size), new Float64Array(size)]) {
      for (let i = 0; i < size; i++) src[i] = random() * 10 - 3;
      for (let axis = 0; axis < shape.length; axis++) {
        for (const mode of ["reflect", "mirror", "nearest", "constant", "wrap"] as NdMode[]) {
          for (const sigma of [0.7, 3, 25]) {
            for (const order of [0, 1, 2]) {
              const w = gaussianKernel(sigma, 4, order);
              const what = `shape ${shape} axis ${axis} ${mode} sigma ${sigma} order ${order}`;
              sameBits(correlate1d(src, shape, axis, w, mode, 1.5), plainLoop(src, shape, axis, w, mode, 1.5, order === 1), what);
            }
          }
        }
      }
    }
  }
});

test("Gaussian passes at the needed rows only equal the plain loop there and are 0 elsewhere", () => {
  const shape = [300, 200];
  const src = heapArray(Float64Array, 60000)!;
  for (let i = 0; i < src.length; i++) src[i] = random();
  const rows = Uint8Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 1 : 0));
  for (const sigma of [1, 10, 60]) {
    const w = gaussianKernel(sigma, 4);
    const got = correlate1d(src, shape, 0, w, "reflect", 0, [rows, undefined]);
    const full = plainLoop(src, shape, 0, w, "reflect", 0, false);
    const expected = full.map((v, i) => (rows[Math.floor(i / 200)] ? v : 0));
    sameBits(got, expected, `sigma ${sigma}`);
  }
});

test.run();
