/**
 * Run by matvec.test.ts in a process of its own (see test/helpers/own-process.ts), where the
 * shared heap has room for its arrays.
 *
 * The SIMD matrix-vector kernels of the Householder sweeps: with small integers every sum is
 * exact, so the results equal the plain loops' exactly, over odd row counts and lengths,
 * row offsets and strided vectors. The rotation kernels do the plain loop's multiplies and
 * adds, so they match it bit for bit with any values.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { matVecKernels } from "../../src/np/wasm/matvec";
import { fusedKernels } from "../../src/np/wasm/fused-updates";
import { rotationKernels } from "../../src/np/wasm/rotations";
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

/** Refills the matrix part (the first ROWS * LD entries) with small integers. */
function refill(f: Float64Array): void {
  for (let i = 0; i < ROWS * LD + LD; i++) f[i] = ((i * 7) % 11) - 5;
}

test("rank1, rank1dot and rank1cols: the update A -= f w^T, with A v and out += u^T A after it", () => {
  const k = matVecKernels();
  const fused = fusedKernels();
  const s = setUp();
  assert.ok(k !== null && fused !== null && s !== null, "WebAssembly SIMD and the heap are there");
  if (k === null || fused === null || s === null) return;
  const { f, base } = s;
  const [fAt, wAt, vAt, outAt] = [2001, 3000, 3500, 4001];
  const plain = new Float64Array(ROWS * LD + LD);
  for (let rows = 0; rows <= ROWS; rows++) {
    for (let len = 0; len <= LD - 1; len++) {
      for (const kind of ["rank1", "rank1dot", "rank1cols"] as const) {
        refill(f);
        for (let j = 0; j < len; j++) f[outAt + j] = j - 3;
        f[outAt + Math.max(len, rows)] = 99;
        plain.set(f.subarray(0, plain.length));
        const want = Float64Array.from({ length: Math.max(len, rows) }, (_, j) => (kind === "rank1cols" ? j - 3 : 0));
        for (let r = 0; r < rows; r++) {
          let dot = 0;
          for (let j = 0; j < len; j++) {
            const at = 1 + r * LD + j;
            plain[at] -= f[fAt + 3 * r] * f[wAt + j];
            dot += plain[at] * f[vAt + j];
            if (kind === "rank1cols") want[j] += f[vAt + 2 * r] * plain[at];
          }
          if (kind === "rank1dot") want[r] = dot;
        }
        const a = base + 8;
        if (kind === "rank1") k.rank1(a, 8 * LD, rows, base + 8 * fAt, 24, base + 8 * wAt, len);
        if (kind === "rank1dot") fused.rank1dot(a, 8 * LD, rows, base + 8 * fAt, 24, base + 8 * wAt, base + 8 * vAt, len, base + 8 * outAt);
        if (kind === "rank1cols") fused.rank1cols(a, 8 * LD, rows, base + 8 * fAt, 24, base + 8 * wAt, base + 8 * vAt, 16, len, base + 8 * outAt);
        for (let i = 0; i < plain.length; i++) assert.is(f[i], plain[i], `${kind} rows ${rows} len ${len}: A[${i}]`);
        const outLen = kind === "rank1dot" ? rows : kind === "rank1cols" ? len : 0;
        for (let j = 0; j < outLen; j++) assert.is(f[outAt + j], want[j], `${kind} rows ${rows} len ${len}: out[${j}]`);
        assert.is(f[outAt + Math.max(len, rows)], 99, "nothing written past the end");
      }
    }
  }
});

test("rotforward and rotbackward: the plain loop's rotation sequence, bit for bit", () => {
  const k = rotationKernels();
  const s = setUp();
  assert.ok(k !== null && s !== null, "WebAssembly SIMD and the heap are there");
  if (k === null || s === null) return;
  const { f, base } = s;
  const [cAt, sAt] = [5000, 5100];
  for (let i = 0; i < 40; i++) {
    const angle = 0.37 * i + 0.1;
    f[cAt + i] = Math.cos(angle);
    f[sAt + i] = Math.sin(angle);
  }
  for (const backward of [false, true]) {
    for (let count = 1; count < ROWS; count++) {
      for (let len = 0; len <= LD; len++) {
        for (let i = 0; i < ROWS * LD + LD; i++) f[i] = Math.sin(i * 1.7) * 3;
        const plain = Float64Array.from(f.subarray(0, ROWS * LD + LD));
        for (let q = 0; q < count; q++) {
          const r = backward ? count - 1 - q : q;
          const [c, sn] = [f[cAt + r], f[sAt + r]];
          for (let t = 0; t < len; t++) {
            const lo = 1 + r * LD + t;
            const temp = plain[lo + LD];
            plain[lo + LD] = c * temp - sn * plain[lo];
            plain[lo] = sn * temp + c * plain[lo];
          }
        }
        (backward ? k.rotbackward : k.rotforward)(base + 8, 8 * LD, count, base + 8 * cAt, base + 8 * sAt, len);
        for (let i = 0; i < plain.length; i++) assert.is(f[i], plain[i], `${backward ? "backward" : "forward"} count ${count} len ${len}: x[${i}]`);
      }
    }
  }
});

test.run();
