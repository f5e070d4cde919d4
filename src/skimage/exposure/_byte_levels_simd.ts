/**
 * The lookup of _byte_levels.ts on WebAssembly SIMD, two pixels a step: a value is a level
 * when it is bit for bit k * (1 / 255) (img_as_float's value of the byte k) for the k nearest
 * to it, and then takes the k-th result; the positions of the others are listed for the
 * caller, which applies the curve itself. No table lookup decides a match, so the only loads
 * besides the pixels are the results'.
 */
import { I, T, WasmFunction, instantiateOnHeap, uleb } from "../../np/wasm/assemble";
import { heapAddress, heapMemory, heapStaticBlock } from "../../np/heap/heap";

const op = (code: number) => [0xfd, ...uleb(code)];
const TRUNC_TO_I32 = op(0xfc); // i32x4.trunc_sat_f64x2_s_zero
const I32_TO_F64 = op(0xfe); // f64x2.convert_low_i32x4_s
const I32_MIN = op(0xb6); // i32x4.min_s
const I32_MAX = op(0xb8); // i32x4.max_s

/** Positions the kernel can list; more misses than this and the caller's own loop runs. */
const MISS_CAPACITY = 8192;

/**
 * lookup(v, o, n, results, misses, capacity) -> count: o[i] = results[k] for the n doubles at v
 * (n even), the indices i whose value is no level written to misses (i32) while count <
 * capacity; stops once count exceeds capacity.
 */
function lookupFunction(): WasmFunction {
  const [v, o, n, results, misses, capacity] = [0, 1, 2, 3, 4, 5];
  const [i, end, count] = [6, 7, 8];
  const [x, k, eq, scale, inverse, half, top, zero] = [9, 10, 11, 12, 13, 14, 15, 16];
  const miss = (lane: number, byte: number) => [
    I.get(eq), I.i32x4extractLane(2 * lane), I.eqz, I.if,
    I.get(count), I.get(capacity), I.ltU, I.if,
    I.get(misses), I.get(count), I.i32(2), I.shl, I.add, I.get(i), I.i32(byte), I.add, I.i32(3), I.shrU, I.i32store(0),
    I.end,
    I.get(count), I.i32(1), I.add, I.set(count),
    I.end,
  ];
  const result = (lane: number) => [I.get(o), I.get(i), I.add, I.get(results), I.get(k), I.i32x4extractLane(lane), I.i32(3), I.shl, I.add, I.f64load(0), I.f64store(8 * lane)];
  const body: number[][] = [
    I.v128f64(255, 255), I.set(scale),
    I.v128f64(1 / 255, 1 / 255), I.set(inverse),
    I.v128f64(0.5, 0.5), I.set(half),
    I.v128i64(255, 255), I.set(top),
    I.v128f64(0, 0), I.set(zero),
    I.get(n), I.i32(3), I.shl, I.set(end),
    I.block, I.loop, I.get(i), I.get(end), I.ltU, I.eqz, I.brIf(1),
    I.get(v), I.get(i), I.add, I.v128load(0), I.set(x),
    // k = trunc(x * 255 + 0.5) held in [0, 255]; a level when k / 255 as img_as_float makes it has x's bits
    I.get(x), I.get(scale), I.f64x2mul, I.get(half), I.f64x2add, TRUNC_TO_I32, I.get(top), I32_MIN, I.get(zero), I32_MAX, I.set(k),
    I.get(k), I32_TO_F64, I.get(inverse), I.f64x2mul, I.get(x), I.i64x2eq, I.set(eq),
    ...result(0), ...result(1),
    I.get(eq), I.i64x2allTrue, I.eqz, I.if, ...miss(0, 0), ...miss(1, 8), I.end,
    I.get(count), I.get(capacity), I.gtU, I.brIf(1),
    I.get(i), I.i32(16), I.add, I.set(i),
    I.br(0), I.end, I.end,
    I.get(count),
  ];
  return { name: "lookup", params: Array<number>(6).fill(T.i32), results: [T.i32], locals: [[T.i32, 3], [T.v128, 8]], body };
}

type Lookup = (v: number, o: number, n: number, results: number, misses: number, capacity: number) => number;

interface Ready {
  lookup: Lookup;
  /** Byte addresses of the 256 results and the list of misses, and views of them. */
  resultsAt: number;
  missesAt: number;
  results: Float64Array;
  misses: Int32Array;
}

let ready: Ready | null | undefined;

function prepare(): Ready | null {
  const memory = heapMemory();
  const exports = instantiateOnHeap([lookupFunction()], memory);
  const at = memory === null ? -1 : heapStaticBlock(8 * 256 + 4 * MISS_CAPACITY);
  if (exports === null || memory === null || at < 0) return null;
  const missesAt = at + 8 * 256;
  return {
    lookup: exports.lookup as Lookup,
    resultsAt: at,
    missesAt,
    results: new Float64Array(memory.buffer, at, 256),
    misses: new Int32Array(memory.buffer, missesAt, MISS_CAPACITY),
  };
}

/**
 * out[i] = f(values[i]) through `results` (f of each level): true when done; false where the
 * arrays are outside the shared heap, the kernel is not built, or the values are too rarely
 * levels for the lookup to pay (then part of `out` is written, and the caller's loop runs).
 */
export function mapOnByteLevelsSimd(values: Float64Array, out: Float64Array, f: (x: number) => number, results: Float64Array): boolean {
  const v = heapAddress(values);
  const o = heapAddress(out);
  if (v < 0 || o < 0) return false;
  if (ready === undefined) ready = prepare();
  if (ready === null) return false;
  const n = values.length;
  const body = n - (n % 2);
  ready.results.set(results);
  const count = ready.lookup(v, o, body, ready.resultsAt, ready.missesAt, MISS_CAPACITY);
  if (count > MISS_CAPACITY) return false;
  const { misses } = ready;
  for (let m = 0; m < count; m++) out[misses[m]] = f(values[misses[m]]);
  for (let i = body; i < n; i++) out[i] = f(values[i]);
  return true;
}
