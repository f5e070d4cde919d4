/**
 * The weighted sums of non-local means' fast mode (grey images) for one patch row and one
 * shift, on WebAssembly SIMD: two columns at a time, each with the scalar loop's arithmetic
 * (the same patch distance, cut-off and approximate exponential, bit for bit) and every
 * pixel's sums added to in the scalar loop's order.
 */
import { I, T, WasmFunction, instantiateOnHeap, uleb } from "../../np/wasm/assemble";
import { heapAddress, heapMemory } from "../../np/heap/heap";

/** 2^20 / ln 2 and 1023 * 2^20 - 60801 (scikit-image's _fast_exp). */
const EXP_A = 1512775.3951951856938;
const EXP_BC = 1072632447;
const DISTANCE_CUTOFF = 5.0;

const op = (code: number): number[] => [0xfd, ...uleb(code)];
/** i32x4.trunc_sat_f64x2_s_zero, i32x4.add, i64x2.extend_low_i32x4_s, i32x4.splat */
const TRUNC_SAT_ZERO = op(0xfc);
const I32X4_ADD = op(0xae);
const EXTEND_LOW_S = op(0xc7);
const I32X4_SPLAT = op(0x11);

/**
 * (a, b, c, d, wk, wk2, rk, rk2, pk, pk2, count, h2s2, alpha), byte addresses of the first
 * column's operands: raw = ((a + b) - c) - d from the integral image, distance =
 * max(raw, 0) / h2s2; below the cut-off, weight = alpha fastExp(-distance) goes to wk and wk2
 * (wk2 first: a pixel reached through the shift in the same row gets that sum first, as in
 * the scalar loop), weight * pk2 to rk and weight * pk to rk2. Columns count & ~1.
 */
type Accumulate = (a: number, b: number, c: number, d: number, wk: number, wk2: number, rk: number, rk2: number, pk: number, pk2: number, count: number, h2s2: number, alpha: number) => void;

function accumulateKernel(): WasmFunction {
  const [a, b, c, d, wk, wk2, rk, rk2, pk, pk2, count, h2s2, alpha] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const [e, end] = [13, 14];
  const [dist, mask, weight, hv, av] = [15, 16, 17, 18, 19];
  const at = (p: number): number[][] => [I.get(p), I.get(e), I.add];
  const body: number[][] = [];
  body.push(I.get(count), I.i32(-2), I.and, I.i32(8), I.mul, I.set(end));
  body.push(I.get(h2s2), I.f64x2splat, I.set(hv), I.get(alpha), I.f64x2splat, I.set(av));
  body.push(I.block, I.loop, I.get(e), I.get(end), I.ltU, I.eqz, I.brIf(1));
  body.push(...at(a), I.v128load(0), ...at(b), I.v128load(0), I.f64x2add, ...at(c), I.v128load(0), I.f64x2sub, ...at(d), I.v128load(0), I.f64x2sub);
  body.push(I.v128f64(0, 0), I.f64x2pmax, I.get(hv), I.f64x2div, I.set(dist));
  body.push(I.get(dist), I.v128f64(DISTANCE_CUTOFF, DISTANCE_CUTOFF), I.f64x2le, I.set(mask));
  body.push(I.get(mask), I.anyTrue, I.if);
  // the exponential: high words trunc(EXP_A y) + EXP_BC, low words 0
  body.push(I.get(dist), I.f64x2neg, I.v128f64(EXP_A, EXP_A), I.f64x2mul, TRUNC_SAT_ZERO, I.i32(EXP_BC), I32X4_SPLAT, I32X4_ADD, EXTEND_LOW_S, I.i32(32), I.i64x2shl);
  body.push(I.get(av), I.f64x2mul, I.get(mask), I.v128and, I.set(weight));
  for (const [w, p] of [[wk2, -1], [wk, -1], [rk2, pk], [rk, pk2]]) {
    body.push(...at(w), ...at(w), I.v128load(0), I.get(weight));
    if (p >= 0) body.push(...at(p), I.v128load(0), I.f64x2mul);
    body.push(I.f64x2add, I.v128store(0));
  }
  body.push(I.end);
  body.push(I.get(e), I.i32(16), I.add, I.set(e), I.br(0), I.end, I.end);
  return { name: "accumulate", params: [...new Array<number>(11).fill(T.i32), T.f64, T.f64], locals: [[T.i32, 2], [T.v128, 5]], body };
}

let kernel: Accumulate | null | undefined;

/**
 * Columns [col0, col0 + count) of fastNlMeans2d's weighted sums for one patch row (pixel
 * index base + col, shifted base2 + col; integral rows up and down), on SIMD: the number of
 * columns done (an even count, 0 when the arrays are not in the heap or SIMD is missing).
 */
export function accumulateGreyRowSimd(
  padded: Float64Array, integral: Float64Array, weights: Float64Array, result: Float64Array,
  up: number, down: number, base: number, base2: number, col0: number, count: number, offset: number, alpha: number, h2s2: number,
): number {
  if (kernel === undefined) kernel = (instantiateOnHeap([accumulateKernel()], heapMemory())?.accumulate as Accumulate | undefined) ?? null;
  if (kernel === null || count < 2) return 0;
  const ia = heapAddress(integral);
  const wa = heapAddress(weights);
  const ra = heapAddress(result);
  const pa = heapAddress(padded);
  if (ia < 0 || wa < 0 || ra < 0 || pa < 0) return 0;
  const k = 8 * (base + col0);
  const k2 = 8 * (base2 + col0);
  kernel(
    ia + 8 * (down + col0 + offset), ia + 8 * (up + col0 - offset), ia + 8 * (up + col0 + offset), ia + 8 * (down + col0 - offset),
    wa + k, wa + k2, ra + k, ra + k2, pa + k, pa + k2, count, h2s2, alpha,
  );
  return count & ~1;
}
