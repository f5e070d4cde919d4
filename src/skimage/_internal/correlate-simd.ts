/**
 * The symmetric (and antisymmetric) 1-D correlation sweep of correlate.ts on WebAssembly SIMD,
 * over float64 arrays in the shared heap: two outputs per instruction, eight in flight so the
 * adds do not wait on each other, each accumulated in the JavaScript sweep's order (centre tap
 * first, then the pairs from the outermost in), with the same separate multiply and add, so
 * the results are bit-identical to it.
 */
import { I, T, WasmFunction, instantiateOnHeap } from "../../np/wasm/assemble";
import { heapAddress, heapMemory, heapScratch } from "../../np/heap/heap";

/**
 * (x, o, step, count, w, r): for e < count, o[e] = x[e] w[r] + sum over j = r..1 of
 * (x[e - j step] +- x[e + j step]) w[r - j]; x, o and w are byte addresses, step in bytes.
 */
type Sweep = (x: number, o: number, step: number, count: number, w: number, r: number) => void;

function sweepKernel(name: string, anti: boolean): WasmFunction {
  const [x, o, step, count, w, r] = [0, 1, 2, 3, 4, 5];
  const [e, end, p, lo, hi, wp, j, last, wide] = [6, 7, 8, 9, 10, 11, 12, 13, 14];
  const acc = 15; // v128
  const sacc = 16; // f64
  const accs = [17, 18, 19, 20]; // v128, eight outputs at a time
  const wv = 21; // v128
  const pair = anti ? I.f64x2sub : I.f64x2add;
  const body: number[][] = [];
  body.push(I.get(count), I.i32(-8), I.and, I.i32(8), I.mul, I.set(wide));
  body.push(I.get(count), I.i32(-2), I.and, I.i32(8), I.mul, I.set(end));
  body.push(I.get(count), I.i32(8), I.mul, I.set(last));
  // start of a window: centre address p, outermost pair lo / hi, first weight wp
  const open = [
    I.get(x), I.get(e), I.add, I.set(p),
    I.get(p), I.get(r), I.get(step), I.mul, I.sub, I.set(lo),
    I.get(p), I.get(r), I.get(step), I.mul, I.add, I.set(hi),
    I.get(w), I.set(wp), I.get(r), I.set(j),
  ];
  const advance = [
    I.get(lo), I.get(step), I.add, I.set(lo), I.get(hi), I.get(step), I.sub, I.set(hi),
    I.get(wp), I.i32(8), I.add, I.set(wp), I.get(j), I.i32(1), I.sub, I.set(j),
  ];
  const centreWeight = [I.get(w), I.get(r), I.i32(8), I.mul, I.add];
  // eight outputs at a time: four independent sums keep the adder busy
  body.push(I.block, I.loop, I.get(e), I.get(wide), I.ltU, I.eqz, I.brIf(1));
  body.push(...open, ...centreWeight, I.splat64(0), I.set(wv));
  accs.forEach((a, q) => body.push(I.get(p), I.v128load(16 * q), I.get(wv), I.f64x2mul, I.set(a)));
  body.push(I.block, I.loop, I.get(j), I.eqz, I.brIf(1));
  body.push(I.get(wp), I.splat64(0), I.set(wv));
  accs.forEach((a, q) => body.push(I.get(a), I.get(lo), I.v128load(16 * q), I.get(hi), I.v128load(16 * q), pair, I.get(wv), I.f64x2mul, I.f64x2add, I.set(a)));
  body.push(...advance, I.br(0), I.end, I.end);
  accs.forEach((a, q) => body.push(I.get(o), I.get(e), I.add, I.get(a), I.v128store(16 * q)));
  body.push(I.get(e), I.i32(64), I.add, I.set(e), I.br(0), I.end, I.end);
  // two outputs at a time
  body.push(I.block, I.loop, I.get(e), I.get(end), I.ltU, I.eqz, I.brIf(1));
  body.push(...open);
  body.push(I.get(p), I.v128load(0), ...centreWeight, I.splat64(0), I.f64x2mul, I.set(acc));
  body.push(I.block, I.loop, I.get(j), I.eqz, I.brIf(1));
  body.push(I.get(acc), I.get(lo), I.v128load(0), I.get(hi), I.v128load(0), pair, I.get(wp), I.splat64(0), I.f64x2mul, I.f64x2add, I.set(acc));
  body.push(...advance, I.br(0), I.end, I.end);
  body.push(I.get(o), I.get(e), I.add, I.get(acc), I.v128store(0));
  body.push(I.get(e), I.i32(16), I.add, I.set(e), I.br(0), I.end, I.end);
  // an odd last output
  body.push(I.get(e), I.get(last), I.ltU, I.if);
  body.push(...open);
  body.push(I.get(p), I.f64load(0), ...centreWeight, I.f64load(0), I.f64mul, I.set(sacc));
  body.push(I.block, I.loop, I.get(j), I.eqz, I.brIf(1));
  body.push(I.get(sacc), I.get(lo), I.f64load(0), I.get(hi), I.f64load(0), anti ? I.f64sub : I.f64add, I.get(wp), I.f64load(0), I.f64mul, I.f64add, I.set(sacc));
  body.push(...advance, I.br(0), I.end, I.end);
  body.push(I.get(o), I.get(e), I.add, I.get(sacc), I.f64store(0));
  body.push(I.end);
  return { name, params: [T.i32, T.i32, T.i32, T.i32, T.i32, T.i32], locals: [[T.i32, 9], [T.v128, 1], [T.f64, 1], [T.v128, 5]], body };
}

let kernels: { sym: Sweep; anti: Sweep } | null | undefined;

function load(): { sym: Sweep; anti: Sweep } | null {
  if (kernels !== undefined) return kernels;
  const exports = instantiateOnHeap([sweepKernel("sym", false), sweepKernel("anti", true)], heapMemory());
  kernels = exports === null ? null : { sym: exports.sym as Sweep, anti: exports.anti as Sweep };
  return kernels;
}

/**
 * The sweep over `count` outputs with centres x[c0 + e * 1] (neighbours `step` elements away),
 * results to out[o0 + e]: true when done on SIMD (x and out in the heap, the weights copied
 * to a scratch block), false when the caller must run its own loop.
 */
export function sweepSimd(x: Float64Array, c0: number, out: Float64Array, o0: number, step: number, count: number, w: Float64Array, kind: number): boolean {
  const xa = heapAddress(x);
  const oa = heapAddress(out);
  if (xa < 0 || oa < 0) return false;
  const k = load();
  if (k === null) return false;
  const ws = heapScratch(1, w.length);
  if (ws === null) return false;
  ws.set(w);
  (kind > 0 ? k.sym : k.anti)(xa + 8 * c0, oa + 8 * o0, 8 * step, count, heapAddress(ws), w.length >> 1);
  return true;
}

/** A heap scratch line of n doubles for extended lines (slot 0), or null. */
export function scratchLine(n: number): Float64Array | null {
  return heapScratch(0, n);
}

/**
 * (p, o, count, offs, w, taps): for e < count, o[e] = 0 + sum over t < taps (in order) of
 * p[e + offs[t]] w[t]; p, o, w byte addresses, offs an address of i32 byte offsets.
 */
type Taps = (p: number, o: number, count: number, offs: number, w: number, taps: number) => void;

function tapsKernel(): WasmFunction {
  const [p, o, count, offs, w, taps] = [0, 1, 2, 3, 4, 5];
  const [e, end, last, t, q] = [6, 7, 8, 9, 10];
  const acc = 11; // v128
  const sacc = 12; // f64
  const body: number[][] = [];
  body.push(I.get(count), I.i32(-2), I.and, I.i32(8), I.mul, I.set(end));
  body.push(I.get(count), I.i32(8), I.mul, I.set(last));
  const tapAddress = [I.get(p), I.get(e), I.add, I.get(offs), I.get(t), I.i32(4), I.mul, I.add, I.i32load(0), I.add];
  const weight = [I.get(w), I.get(t), I.i32(8), I.mul, I.add];
  body.push(I.block, I.loop, I.get(e), I.get(end), I.ltU, I.eqz, I.brIf(1));
  body.push(I.v128f64(0, 0), I.set(acc), I.i32(0), I.set(t));
  body.push(I.block, I.loop, I.get(t), I.get(taps), I.ltU, I.eqz, I.brIf(1));
  body.push(...tapAddress, I.set(q));
  body.push(I.get(acc), I.get(q), I.v128load(0), ...weight, I.splat64(0), I.f64x2mul, I.f64x2add, I.set(acc));
  body.push(I.get(t), I.i32(1), I.add, I.set(t), I.br(0), I.end, I.end);
  body.push(I.get(o), I.get(e), I.add, I.get(acc), I.v128store(0));
  body.push(I.get(e), I.i32(16), I.add, I.set(e), I.br(0), I.end, I.end);
  body.push(I.get(e), I.get(last), I.ltU, I.if);
  body.push(I.f64(0), I.set(sacc), I.i32(0), I.set(t));
  body.push(I.block, I.loop, I.get(t), I.get(taps), I.ltU, I.eqz, I.brIf(1));
  body.push(I.get(sacc), ...tapAddress, I.f64load(0), ...weight, I.f64load(0), I.f64mul, I.f64add, I.set(sacc));
  body.push(I.get(t), I.i32(1), I.add, I.set(t), I.br(0), I.end, I.end);
  body.push(I.get(o), I.get(e), I.add, I.get(sacc), I.f64store(0));
  body.push(I.end);
  return { name: "taps", params: [T.i32, T.i32, T.i32, T.i32, T.i32, T.i32], locals: [[T.i32, 5], [T.v128, 1], [T.f64, 1]], body };
}

let tapsFn: Taps | null | undefined;

/**
 * A prepared weighted sum of shifted rows: run(padded, from, out, o0, count) sets out[o0 + e]
 * = sum over taps of padded[from + e + offsets[t]] * weights[t] (from 0, in tap order), on
 * SIMD. Null where WebAssembly SIMD or the heap is missing or the taps do not fit a scratch
 * block; run returns false when padded or out is not in the heap.
 */
export function tapSums(offsets: Int32Array, weights: Float64Array): ((padded: Float64Array, from: number, out: Float64Array, o0: number, count: number) => boolean) | null {
  if (tapsFn === undefined) tapsFn = (instantiateOnHeap([tapsKernel()], heapMemory())?.taps as Taps | undefined) ?? null;
  const fn = tapsFn;
  const ws = heapScratch(1, weights.length);
  const os = heapScratch(0, Math.ceil(offsets.length / 2));
  if (fn === null || ws === null || os === null) return null;
  ws.set(weights);
  const bytesOffsets = new Int32Array(os.buffer, os.byteOffset, offsets.length);
  for (let t = 0; t < offsets.length; t++) bytesOffsets[t] = 8 * offsets[t];
  const wAt = heapAddress(ws);
  const oAt = heapAddress(os);
  return (padded, from, out, o0, count) => {
    const pa = heapAddress(padded);
    const oa = heapAddress(out);
    if (pa < 0 || oa < 0) return false;
    fn(pa + 8 * from, oa + 8 * o0, count, oAt, wAt, offsets.length);
    return true;
  };
}
