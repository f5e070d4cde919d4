/**
 * Run by matvec.test.ts in a process of its own (see test/helpers/own-process.ts), where the
 * shared heap has room for its arrays.
 *
 * The SIMD matrix-vector kernels of the Householder sweeps: with small integers every sum is
 * exact, so the results equal the plain loops' exactly, over odd row counts and lengths,
 * row offsets and strided vectors.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { matVecKernels } from "../../src/np/wasm/matvec";
import { heapAddress, heapArray } from "../../src/np/heap/heap";

const ROWS = 11;
const LD = 13;

function setUp(): { f: Float64Array; base: number } | null {
  const f = heapArray(Float64Array, 8192);
  if (f === null) return null;
  for (let i = 0; i < f.length; i++) f[i] = ((i * 7) % 11) - 5;
  return { f, base: heapAddress(f) };
}

test("rowdots: A v for every row count and length, from an inner offset", () => {
  const k = matVecKernels();
  const s = setUp();
  assert.ok(k !== null && s !== null, "WebAssembly SIMD and the heap are there");
  if (k === null || s === null) return;
  const { f, base } = s;
  const vAt = 2000;
  const outAt = 3000;
  for (let rows = 0; rows <= ROWS; rows++) {
    for (let len = 0; len <= LD - 2; len++) {
      k.rowdots(base + 8 * 3, 8 * LD, rows, base + 8 * vAt, len, base + 8 * outAt);
      for (let r = 0; r < rows; r++) {
        let want = 0;
        for (let j = 0; j < len; j++) want += f[3 + r * LD + j] * f[vAt + j];
        assert.is(f[outAt + r], want, `rows ${rows} len ${len} row ${r}`);
      }
    }
  }
});

test("coldots: out += A^T u with a strided u, adding to what out holds", () => {
  const k = matVecKernels();
  const s = setUp();
  assert.ok(k !== null && s !== null, "WebAssembly SIMD and the heap are there");
  if (k === null || s === null) return;
  const { f, base } = s;
  const uAt = 2001;
  const outAt = 4001;
  for (let rows = 0; rows <= ROWS; rows++) {
    for (let len = 0; len <= LD - 1; len++) {
      for (let j = 0; j < len; j++) f[outAt + j] = j - 3;
      f[outAt + len] = 99;
      k.coldots(base + 8 * 1, 8 * LD, rows, base + 8 * uAt, 8 * 3, len, base + 8 * outAt);
      for (let j = 0; j < len; j++) {
        let want = j - 3;
        for (let r = 0; r < rows; r++) want += f[uAt + 3 * r] * f[1 + r * LD + j];
        assert.is(f[outAt + j], want, `rows ${rows} len ${len} column ${j}`);
      }
      assert.is(f[outAt + len], 99, "nothing written past len");
    }
  }
});

test.run();
