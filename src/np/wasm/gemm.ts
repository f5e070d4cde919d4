/**
 * Matrix product on WebAssembly SIMD (kernel in gemm-kernel.ts): A and B are packed into
 * panels in the shared heap (on the threads when they live there), and the rows of C are split
 * between the threads of a heap team. Where the heap has no room the product runs on one
 * thread in a private instance.
 */
import { assemble, compileModule, newInstance } from "./assemble";
import { MR, gemmFunctions } from "./gemm-kernel";
import { heapAddress, heapArray, releaseHeapArray } from "../heap/heap";
import { HeapTeam, threadShares } from "../threads/team";
import { sharedTeam } from "../threads/shared-team";

const PAGE = 65536;

/**
 * Row parts per thread: every part streams all of B through its cache once per k block, so
 * fewer than the elementwise kernels' (four measured a fifth slower than two at 512 x 512).
 */
const ROW_PARTS_PER_THREAD = 2;

/** Products with fewer multiply-adds than this stay on one thread (handing over costs more). */
const THREAD_MIN_WORK = 1 << 21;

interface WasmMemory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}

type Rows = (ap: number, bp: number, cp: number, k: number, m4: number, ib0: number, ib1: number) => void;

/** The packing workspace kept between products, so they pack into warm pages (as BLAS does). */
let kept: Float64Array | null = null;
/** Workspaces up to this many bytes are kept; larger ones are given back after their product. */
const KEEP_MAX_BYTES = 32 * 1024 * 1024;
let privateModule: object | null | undefined;

/** A module instance with its own memory of at least `bytes`, or null without WebAssembly SIMD. */
function privateInstance(bytes: number): { memory: WasmMemory; rows: Rows } | null {
  if (privateModule === undefined) privateModule = compileModule(assemble(1, gemmFunctions()));
  if (privateModule === null) return null;
  const exports = newInstance(privateModule);
  const memory = exports.memory as WasmMemory;
  const have = memory.buffer.byteLength;
  if (bytes > have) memory.grow(Math.ceil((bytes - have) / PAGE));
  return { memory, rows: exports.rows as Rows };
}

/** Threads a large product can use now (starting the helpers when none have been asked for yet). */
export function gemmThreads(): number {
  return sharedTeam()?.size() ?? 1;
}

/**
 * C[cOff + i*m + j] = sum_k A[aOff + i*as0 + k*as1] * B[bOff + k*bs0 + j*bs1] for an n x m
 * result (strides in elements, any layout). Returns false when WebAssembly is unavailable.
 */
export function gemmSimd(
  A: Float64Array, aOff: number, as0: number, as1: number,
  B: Float64Array, bOff: number, bs0: number, bs1: number,
  C: Float64Array, cOff: number, n: number, k: number, m: number,
): boolean {
  const n4 = Math.ceil(n / MR) * MR;
  const m4 = Math.ceil(m / 4) * 4;
  if ((n4 * k + k * m4 + n4 * m4) * 8 > 2 ** 31) return false;
  // C's tiles go straight into C when it is in the heap with the tiles' own shape. B is
  // always packed: read in place, rows a power of two apart share cache sets (slower)
  const cDirect = heapAddress(C) >= 0 && n4 === n && m4 === m;
  const team = sharedTeam();
  const block = team === null ? null : workspace(n4 * k + k * m4 + (cDirect ? 0 : n4 * m4));
  if (team === null || block === null) return privateProduct(A, aOff, as0, as1, B, bOff, bs0, bs1, C, cOff, n, k, m);
  const threads = n * k * m >= THREAD_MIN_WORK ? team.size() : 1;
  // the memory from address 0 through this block, so heap addresses / 8 index it
  const f = new Float64Array(block.buffer, 0, block.buffer.byteLength / 8);
  const ap = heapAddress(block) / 8;
  const bp = ap + n4 * k;
  pack(team, threads, f, ap, A, aOff, as0, as1, n, k);
  pack(team, threads, f, bp, B, bOff, bs1, bs0, m, k);
  const cp = cDirect ? heapAddress(C) / 8 + cOff : bp + k * m4;
  team.run("rows", threadShares(n4, threads, MR, ROW_PARTS_PER_THREAD).map(([lo, hi]) => [ap * 8, bp * 8, cp * 8, k, m4, lo, hi]));
  if (!cDirect) copyOut(f, cp, C, cOff, n, m, m4);
  if (block !== kept) releaseHeapArray(block);
  return true;
}

/**
 * C[cOff + i*ldc + j] -= sum_k A[aOff + i*as0 + k*as1] * B[bOff + k*bs0 + j*bs1] for the
 * whole MR x 4 tiles of an n x m block of C, in place, C in the shared heap: rows are split
 * between the team's threads. Returns the rows and columns done (multiples of MR and 4; the
 * caller finishes the fringe), or null when C is not in the heap or there is no room.
 */
export function gemmSubtractSimd(
  A: Float64Array, aOff: number, as0: number, as1: number,
  B: Float64Array, bOff: number, bs0: number, bs1: number,
  C: Float64Array, cOff: number, ldc: number, n: number, k: number, m: number,
): [rows: number, cols: number] | null {
  const n4 = n - (n % MR);
  const m4 = m - (m % 4);
  const cAt = heapAddress(C);
  if (cAt < 0 || n4 === 0 || m4 === 0) return null;
  const team = sharedTeam();
  const block = team === null ? null : workspace(n4 * k + k * m4);
  if (team === null || block === null) return null;
  const threads = n4 * k * m4 >= THREAD_MIN_WORK ? team.size() : 1;
  const f = new Float64Array(block.buffer, 0, block.buffer.byteLength / 8);
  const ap = heapAddress(block) / 8;
  const bp = ap + n4 * k;
  pack(team, threads, f, ap, A, aOff, as0, as1, n4, k);
  pack(team, threads, f, bp, B, bOff, bs1, bs0, m4, k);
  const cp = cAt + cOff * 8;
  team.run("rowsSub", threadShares(n4, threads, MR, ROW_PARTS_PER_THREAD).map(([lo, hi]) => [ap * 8, bp * 8, cp, k, m4, lo, hi, ldc]));
  if (block !== kept) releaseHeapArray(block);
  return [n4, m4];
}

/**
 * The panels of an operand (members `count`, member stride os, k stride ks, in elements) into
 * f[dst]: on the team's threads when the operand is in the heap, else here.
 */
function pack(
  t: HeapTeam, threads: number, f: Float64Array, dst: number,
  X: Float64Array, off: number, os: number, ks: number, count: number, k: number,
): void {
  const count4 = Math.ceil(count / 4) * 4;
  const at = heapAddress(X);
  if (at < 0) {
    packPanels(f, dst, X, off, os, ks, count, count4, k);
    return;
  }
  t.run("pack", threadShares(count4, threads, 4).map(([lo, hi]) => [dst * 8, at + off * 8, os * 8, ks * 8, k, lo, hi, count]));
}

/** The product on one thread in a private instance, for when the shared heap has no room. */
function privateProduct(...args: Parameters<typeof gemmSimd>): boolean {
  const [A, aOff, as0, as1, B, bOff, bs0, bs1, C, cOff, n, k, m] = args;
  const n4 = Math.ceil(n / MR) * MR;
  const m4 = Math.ceil(m / 4) * 4;
  const [bp, cp] = [n4 * k, n4 * k + k * m4];
  const own = privateInstance((cp + n4 * m4) * 8);
  if (own === null) return false;
  const f = new Float64Array(own.memory.buffer);
  packPanels(f, 0, A, aOff, as0, as1, n, n4, k);
  packPanels(f, bp, B, bOff, bs1, bs0, m, m4, k);
  own.rows(0, bp * 8, cp * 8, k, m4, 0, n4);
  copyOut(f, cp, C, cOff, n, m, m4);
  return true;
}

/** The n x m corner of the n4 x m4 tiles at f[cp] into C. */
function copyOut(f: Float64Array, cp: number, C: Float64Array, cOff: number, n: number, m: number, m4: number): void {
  for (let i = 0; i < n; i++) C.set(f.subarray(cp + i * m4, cp + i * m4 + m), cOff + i * m);
}

/**
 * Panels of 4 members into f[dst], as the kernel's `pack` lays them out: panel p holds, for
 * each k, members p..p+3 side by side (zeros past `count`); member i's element kk is
 * X[off + i*os + kk*ks]. For operands outside the heap.
 */
function packPanels(f: Float64Array, dst: number, X: Float64Array, off: number, os: number, ks: number, count: number, count4: number, k: number): void {
  for (let p = 0; p < count4; p += 4) {
    for (let r = 0, d0 = dst + p * k; r < 4; r++, d0++) {
      const i = p + r;
      if (i >= count) {
        for (let kk = 0, d = d0; kk < k; kk++, d += 4) f[d] = 0;
        continue;
      }
      for (let kk = 0, d = d0, s = off + i * os; kk < k; kk++, d += 4, s += ks) f[d] = X[s];
    }
  }
}

/** A heap block of at least `elements` float64s: the kept one when it is large enough. */
function workspace(elements: number): Float64Array | null {
  if (kept !== null && kept.length >= elements) return kept;
  if (8 * elements > KEEP_MAX_BYTES) return heapArray(Float64Array, elements);
  if (kept !== null) releaseHeapArray(kept);
  kept = heapArray(Float64Array, elements);
  return kept;
}
