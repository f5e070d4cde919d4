/**
 * Matrix product on WebAssembly SIMD (kernel in gemm-kernel.ts): A, and B unless it can be
 * read in place, are packed into panels in the shared heap, and the rows of C are split
 * between the threads of a heap team. Where the heap has no room the product runs on one
 * thread in a private instance.
 */
import { assemble } from "./assemble";
import { MR, gemmFunctions } from "./gemm-kernel";
import { heapAddress, heapArray, releaseHeapArray } from "../heap/heap";
import { HeapTeam, heapTeam } from "../threads/team";

const PAGE = 65536;

/** Products with fewer multiply-adds than this stay on one thread (handing over costs more). */
const THREAD_MIN_WORK = 1 << 21;

/** The part of the WebAssembly API used here (typed locally: the project's lib has no DOM types). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

interface WasmMemory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}

type Rows = (ap: number, bp: number, cp: number, k: number, m4: number, ib0: number, ib1: number, bstep: number, pstride: number) => void;

let team: HeapTeam | null | undefined;
let privateModule: object | null | undefined;

/** A module instance with its own memory of at least `bytes`, or null without WebAssembly SIMD. */
function privateInstance(bytes: number): { memory: WasmMemory; rows: Rows } | null {
  if (privateModule === undefined) {
    const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
    try {
      privateModule = wasm ? new wasm.Module(assemble(1, gemmFunctions())) : null;
    } catch {
      privateModule = null;
    }
  }
  if (privateModule === null) return null;
  const inst = new (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly.Instance(privateModule, {});
  const memory = inst.exports.memory as WasmMemory;
  const have = memory.buffer.byteLength;
  if (bytes > have) memory.grow(Math.ceil((bytes - have) / PAGE));
  return { memory, rows: inst.exports.rows as Rows };
}

/** Threads a large product can use now (starting the helpers when none have been asked for yet). */
export function gemmThreads(): number {
  team ??= heapTeam(gemmFunctions());
  return team?.size() ?? 1;
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
  // B's rows are read in place when they hold whole 4-column panels; C's tiles go straight
  // into C when it has the tiles' own shape
  const bDirect = heapAddress(B) >= 0 && bs1 === 1 && m4 === m;
  const cDirect = heapAddress(C) >= 0 && n4 === n && m4 === m;
  team ??= heapTeam(gemmFunctions());
  const block = team === null ? null : heapArray(Float64Array, n4 * k + (bDirect ? 0 : k * m4) + (cDirect ? 0 : n4 * m4));
  if (team === null || block === null) return privateProduct(A, aOff, as0, as1, B, bOff, bs0, bs1, C, cOff, n, k, m);
  // the whole memory as of this block: it also covers B and C, which were allocated earlier
  const f = new Float64Array(block.buffer, 0, block.buffer.byteLength / 8);
  const ap = heapAddress(block) / 8;
  packA(f, ap, A, aOff, as0, as1, n, n4, k);
  let next = ap + n4 * k;
  let bp = heapAddress(B) + bOff * 8;
  let bstep = bs0 * 8;
  let pstride = 32;
  if (!bDirect) {
    packB(f, next, B, bOff, bs0, bs1, m, m4, k);
    [bp, bstep, pstride] = [next * 8, 32, k * 32];
    next += k * m4;
  }
  const cp = cDirect ? heapAddress(C) / 8 + cOff : next;
  f.fill(0, cp, cp + n4 * m4);
  const threads = n * k * m >= THREAD_MIN_WORK ? Math.min(team.size(), n4 / MR) : 1;
  const parts: number[][] = [];
  for (let t = 0; t < threads; t++) {
    const lo = Math.floor((n4 / MR) * t / threads) * MR;
    const hi = Math.floor((n4 / MR) * (t + 1) / threads) * MR;
    parts.push([ap * 8, bp, cp * 8, k, m4, lo, hi, bstep, pstride]);
  }
  team.run("rows", parts);
  if (!cDirect) copyOut(f, cp, C, cOff, n, m, m4);
  releaseHeapArray(block);
  return true;
}

/** The product on one thread in a private instance, for when the shared heap has no room. */
function privateProduct(
  A: Float64Array, aOff: number, as0: number, as1: number,
  B: Float64Array, bOff: number, bs0: number, bs1: number,
  C: Float64Array, cOff: number, n: number, k: number, m: number,
): boolean {
  const n4 = Math.ceil(n / MR) * MR;
  const m4 = Math.ceil(m / 4) * 4;
  const [bp, cp] = [n4 * k, n4 * k + k * m4];
  const own = privateInstance((cp + n4 * m4) * 8);
  if (own === null) return false;
  const f = new Float64Array(own.memory.buffer);
  packA(f, 0, A, aOff, as0, as1, n, n4, k);
  packB(f, bp, B, bOff, bs0, bs1, m, m4, k);
  f.fill(0, cp, cp + n4 * m4);
  own.rows(0, bp * 8, cp * 8, k, m4, 0, n4, 32, k * 32);
  copyOut(f, cp, C, cOff, n, m, m4);
  return true;
}

/** The n x m corner of the n4 x m4 tiles at f[cp] into C. */
function copyOut(f: Float64Array, cp: number, C: Float64Array, cOff: number, n: number, m: number, m4: number): void {
  for (let i = 0; i < n; i++) C.set(f.subarray(cp + i * m4, cp + i * m4 + m), cOff + i * m);
}

/** A in MR-row panels at f[ap]: the panel at row ib holds, for each k, rows ib..ib+MR-1 (zeros past n). */
function packA(f: Float64Array, ap: number, A: Float64Array, aOff: number, as0: number, as1: number, n: number, n4: number, k: number): void {
  for (let ib = 0; ib < n4; ib += MR) {
    let dst = ap + ib * k;
    for (let r = 0; r < MR; r++, dst++) {
      const i = ib + r;
      if (i >= n) {
        for (let kk = 0, d = dst; kk < k; kk++, d += MR) f[d] = 0;
        continue;
      }
      for (let kk = 0, d = dst, s = aOff + i * as0; kk < k; kk++, d += MR, s += as1) f[d] = A[s];
    }
  }
}

/**
 * B in 4-column panels at f[bp]: panel jb holds, for each k, columns jb..jb+3 (zeros past m).
 * Walks B by rows, so a C-ordered B is read in order rather than a column at a time.
 */
function packB(f: Float64Array, bp: number, B: Float64Array, bOff: number, bs0: number, bs1: number, m: number, m4: number, k: number): void {
  const full = m & ~3;
  for (let kk = 0; kk < k; kk++) {
    const src = bOff + kk * bs0;
    let dst = bp + kk * 4;
    let j = 0;
    for (let s = src; j < full; j += 4, dst += 4 * k, s += 4 * bs1) {
      f[dst] = B[s];
      f[dst + 1] = B[s + bs1];
      f[dst + 2] = B[s + 2 * bs1];
      f[dst + 3] = B[s + 3 * bs1];
    }
    if (j < m4) for (let c = 0; c < 4; c++) f[dst + c] = j + c < m ? B[src + (j + c) * bs1] : 0;
  }
}
