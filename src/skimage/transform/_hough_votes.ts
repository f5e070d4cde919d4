/**
 * hough_line's voting on WebAssembly SIMD: eight angles per pass over the voters, the
 * distances x cos t + y sin t computed two at a time with the scalar loop's arithmetic and
 * rounded half away from zero (trunc(v + copysign(0.5, v)), the same integer as the scalar
 * select), the counts kept in a block laid out (distance, angle of the pass).
 */
import { I, T, WasmFunction, instantiateOnHeap, uleb } from "../../np/wasm/assemble";
import { heapAddress, heapArray, heapMemory, heapScratch } from "../../np/heap/heap";

/** Angles per pass: the block's row width. */
export const VOTE_LANES = 8;

const op = (code: number): number[] => [0xfd, ...uleb(code)];
/** i32x4.trunc_sat_f64x2_s_zero, i32x4.shl, i32x4.add, f64x2.splat of a loaded double */
const TRUNC_SAT_ZERO = op(0xfc);
const I32X4_SHL = op(0xab);
const I32X4_ADD = op(0xae);
const I32X4_SPLAT = op(0x11);
/** v128.const of four i32 lanes. */
const i32x4 = (...lanes: number[]): number[] => [...op(0x0c), ...new Uint8Array(Int32Array.from(lanes).buffer)];

/**
 * (xy, count, base, c0..c7, s0..s7): for each voter (x, y) (doubles at xy) and angle q, the
 * i32 count at base + 32 round(c_q x + s_q y) + 4 q goes up by one.
 */
type Votes = (xy: number, count: number, base: number, ...cs: number[]) => void;

function votesKernel(): WasmFunction {
  const [xy, count, base] = [0, 1, 2];
  const cParam = (q: number): number => 3 + q;
  const sParam = (q: number): number => 3 + VOTE_LANES + q;
  const [k, end, addr] = [19, 20, 21];
  const cv = [22, 23, 24, 25];
  const sv = [26, 27, 28, 29];
  const rv = [30, 31, 32, 33];
  const [x, y, v, b0, b1, idx] = [34, 35, 36, 37, 38, 39];
  const body: number[][] = [];
  for (let q = 0; q < 4; q++) {
    body.push(I.get(cParam(2 * q)), I.f64x2splat, I.get(cParam(2 * q + 1)), I.f64x2replaceLane(1), I.set(cv[q]));
    body.push(I.get(sParam(2 * q)), I.f64x2splat, I.get(sParam(2 * q + 1)), I.f64x2replaceLane(1), I.set(sv[q]));
  }
  // the lanes' byte offsets in a block row, from where distance 0 starts
  body.push(i32x4(0, 4, 8, 12), I.get(base), I32X4_SPLAT, I32X4_ADD, I.set(b0));
  body.push(i32x4(16, 20, 24, 28), I.get(base), I32X4_SPLAT, I32X4_ADD, I.set(b1));
  body.push(I.get(count), I.i32(16), I.mul, I.set(end));
  body.push(I.block, I.loop, I.get(k), I.get(end), I.ltU, I.eqz, I.brIf(1));
  body.push(I.get(xy), I.get(k), I.add, I.splat64(0), I.set(x), I.get(xy), I.get(k), I.add, I.splat64(8), I.set(y));
  for (let q = 0; q < 4; q++) {
    body.push(I.get(cv[q]), I.get(x), I.f64x2mul, I.get(sv[q]), I.get(y), I.f64x2mul, I.f64x2add, I.set(v));
    body.push(I.get(v), I.get(v), I.v128i64(0x80000000, 0), I.v128and, I.v128f64(0.5, 0.5), I.v128or, I.f64x2add, TRUNC_SAT_ZERO, I.set(rv[q]));
  }
  for (const [lo, hi, base] of [[rv[0], rv[1], b0], [rv[2], rv[3], b1]]) {
    body.push(I.get(lo), I.get(hi), I.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23]), I.i32(5), I32X4_SHL, I.get(base), I32X4_ADD, I.set(idx));
    for (let l = 0; l < 4; l++) {
      body.push(I.get(idx), I.i32x4extractLane(l), I.tee(addr), I.get(addr), I.i32load(0), I.i32(1), I.add, I.i32store(0));
    }
  }
  body.push(I.get(k), I.i32(16), I.add, I.set(k), I.br(0), I.end, I.end);
  return {
    name: "votes", params: [T.i32, T.i32, T.i32, ...new Array<number>(2 * VOTE_LANES).fill(T.f64)],
    locals: [[T.i32, 3], [T.v128, 18]], body,
  };
}

/**
 * (block, out, nd, rowBytes, lanes): for each distance d, the first `lanes` counts of block
 * row d as doubles to out + d rowBytes, and the row zeroed for the next pass.
 */
type Spill = (block: number, out: number, nd: number, rowBytes: number, lanes: number) => void;

function spillKernel(): WasmFunction {
  const [block, out, nd, rowBytes, lanes] = [0, 1, 2, 3, 4];
  const [d, q, src, dst] = [5, 6, 7, 8];
  const CONVERT_LOW_S = op(0xfe);
  const body: number[][] = [];
  body.push(I.block, I.loop, I.get(d), I.get(nd), I.ltU, I.eqz, I.brIf(1));
  body.push(I.get(block), I.get(d), I.i32(4 * VOTE_LANES), I.mul, I.add, I.set(src));
  body.push(I.get(out), I.get(d), I.get(rowBytes), I.mul, I.add, I.set(dst));
  // two counts at a time, then an odd last one
  body.push(I.i32(0), I.set(q));
  body.push(I.block, I.loop, I.get(q), I.i32(1), I.add, I.get(lanes), I.ltU, I.eqz, I.brIf(1));
  body.push(I.get(dst), I.get(q), I.i32(8), I.mul, I.add, I.get(src), I.get(q), I.i32(4), I.mul, I.add, I.load64zero(0), CONVERT_LOW_S, I.v128store(0));
  body.push(I.get(q), I.i32(2), I.add, I.set(q), I.br(0), I.end, I.end);
  body.push(I.get(q), I.get(lanes), I.ltU, I.if);
  body.push(I.get(dst), I.get(q), I.i32(8), I.mul, I.add, I.get(src), I.get(q), I.i32(4), I.mul, I.add, I.i32load(0), [0xb7], I.f64store(0));
  body.push(I.end);
  for (let z = 0; z < VOTE_LANES / 4; z++) body.push(I.get(src), I.v128f64(0, 0), I.v128store(16 * z));
  body.push(I.get(d), I.i32(1), I.add, I.set(d), I.br(0), I.end, I.end);
  return { name: "spill", params: [T.i32, T.i32, T.i32, T.i32, T.i32], locals: [[T.i32, 4]], body };
}

let kernels: { votes: Votes; spill: Spill } | null | undefined;

function load(): { votes: Votes; spill: Spill } | null {
  if (kernels !== undefined) return kernels;
  const exports = instantiateOnHeap([votesKernel(), spillKernel()], heapMemory());
  kernels = exports === null ? null : { votes: exports.votes as Votes, spill: exports.spill as Spill };
  return kernels;
}

/**
 * Voting on SIMD over a zeroed heap block of VOTE_LANES * nd counts: vote() adds up to
 * VOTE_LANES angles' votes (false, nothing done, when xy is not in the heap), spill() moves
 * the first `lanes` of them to out[d * nt + j + q] and zeroes the block. Null without SIMD or heap.
 */
export function voteBlock(nd: number): {
  vote: (xy: Float64Array, count: number, offset: number, c: Float64Array, s: Float64Array) => boolean;
  spill: (out: Float64Array, j: number, nt: number, lanes: number) => boolean;
} | null {
  const k = load();
  if (k === null) return null;
  const n = VOTE_LANES * nd;
  const scratch = heapScratch(0, Math.ceil(n / 2));
  const block = scratch !== null ? new Int32Array(scratch.buffer, scratch.byteOffset, n) : heapArray(Int32Array, n);
  if (block === null) return null;
  block.fill(0);
  const at = heapAddress(block);
  return {
    vote(xy, count, offset, c, s) {
      const xa = heapAddress(xy);
      if (xa < 0) return false;
      k.votes(xa, count, at + 4 * VOTE_LANES * offset, ...c, ...s);
      return true;
    },
    spill(out, j, nt, lanes) {
      const oa = heapAddress(out);
      if (oa < 0) return false;
      k.spill(at, oa + 8 * j, nd, 8 * nt, lanes);
      return true;
    },
  };
}
