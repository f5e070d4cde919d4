/**
 * img_as_ubyte / img_as_uint / img_as_int of float64 images on WebAssembly SIMD, two pixels a
 * step: clip(rint(x * mul - sub), min, max) stored as 8- or 16-bit integers (rint as np.rint:
 * adding and subtracting 1.5 * 2**52 rounds half to even), with the input's range gathered for
 * the [-1, 1] check. Images with NaN are left to the caller's loop (NaN casts differently per
 * type), as are arrays outside the shared heap. Also img_as_bool's test x > threshold (by
 * np.greater's kernel).
 */
import { I, T, WasmFunction, instantiateOnHeap, uleb } from "../../np/wasm/assemble";
import { heapAddress, heapMemory, heapStaticBlock } from "../../np/heap/heap";
import { NDArray } from "../../np/ndarray";
import { bool, float64 } from "../../np/dtype";
import { simdCompare } from "../../np/compare-simd";

const ROUNDER = 6755399441055744;
const TRUNC_SAT = [0xfd, ...uleb(0xfc)]; // i32x4.trunc_sat_f64x2_s_zero
const store8 = (offset: number) => [0x3a, 0, ...uleb(offset)];
const store16 = (offset: number) => [0x3b, 1, ...uleb(offset)];

function convertFunction(): WasmFunction {
  const [src, out, n, mul, sub, min, max, wide, res] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const end = 9;
  const [v, lo, hi, nan, vm, vs, vmin, vmax, vr, t] = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
  const splat = (param: number, local: number) => [I.get(param), I.f64x2splat, I.set(local)];
  const lanes = (store: (o: number) => number[], size: number) => [
    I.get(out), I.get(t), I.i32x4extractLane(0), store(0),
    I.get(out), I.get(t), I.i32x4extractLane(1), store(size),
    I.get(out), I.i32(2 * size), I.add, I.set(out),
  ];
  return {
    name: "cv",
    params: [T.i32, T.i32, T.i32, T.f64, T.f64, T.f64, T.f64, T.i32, T.i32],
    locals: [[T.i32, 1], [T.v128, 10]],
    body: [
      ...splat(mul, vm), ...splat(sub, vs), ...splat(min, vmin), ...splat(max, vmax),
      I.v128f64(ROUNDER, ROUNDER), I.set(vr),
      I.v128f64(Infinity, Infinity), I.set(lo), I.v128f64(-Infinity, -Infinity), I.set(hi), I.v128f64(0, 0), I.set(nan),
      I.get(src), I.get(n), I.i32(8), I.mul, I.add, I.set(end),
      I.block, I.loop, I.get(src), I.get(end), I.ltU, I.eqz, I.brIf(1),
      I.get(src), I.v128load(0), I.set(v),
      I.get(nan), I.get(v), I.get(v), I.f64x2ne, I.v128or, I.set(nan),
      I.get(lo), I.get(v), I.f64x2pmin, I.set(lo),
      I.get(hi), I.get(v), I.f64x2pmax, I.set(hi),
      I.get(v), I.get(vm), I.f64x2mul, I.get(vs), I.f64x2sub, I.get(vr), I.f64x2add, I.get(vr), I.f64x2sub, I.set(v),
      I.get(vmin), I.get(v), I.f64x2pmax, I.set(v),
      I.get(vmax), I.get(v), I.f64x2pmin, I.set(v),
      I.get(v), TRUNC_SAT, I.set(t),
      I.get(wide), I.if, ...lanes(store16, 2), I.else, ...lanes(store8, 1), I.end,
      I.get(src), I.i32(16), I.add, I.set(src),
      I.br(0), I.end, I.end,
      I.get(res), I.get(lo), I.v128store(0), I.get(res), I.get(hi), I.v128store(16), I.get(res), I.get(nan), I.v128store(32),
    ],
  };
}

type Convert = (src: number, out: number, n: number, mul: number, sub: number, min: number, max: number, wide: number, res: number) => void;
let kernel: Convert | null | undefined;

/** out[i] = src[i] > thr ? 1 : 0 for every pixel, by np.greater's SIMD kernel; false when not done (no heap, no SIMD). */
export function greaterThanSimd(src: Float64Array, out: Uint8Array, thr: number): boolean {
  const n = src.length;
  return simdCompare("gt", NDArray.fromStorage(out, [n], bool), NDArray.fromStorage(src, [n], float64), thr, n);
}
let results = -1;

/**
 * out[i] = clip(rint(src[i] * mul - sub), min, max) for every pixel (out: Uint8Array,
 * Uint16Array or Int16Array), returning the input's [min, max]; null when it was not done (no
 * heap, no SIMD, an odd length, or a NaN in the image).
 */
export function floatToIntSimd(src: Float64Array, out: Uint8Array | Uint16Array | Int16Array, mul: number, sub: number, min: number, max: number): [number, number] | null {
  const s = heapAddress(src);
  const o = heapAddress(out);
  if (s < 0 || o < 0 || src.length % 2 !== 0) return null;
  if (kernel === undefined) {
    kernel = (instantiateOnHeap([convertFunction()], heapMemory())?.cv as Convert | undefined) ?? null;
    results = kernel === null ? -1 : heapStaticBlock(48);
  }
  if (kernel === null || results < 0) return null;
  kernel(s, o, src.length, mul, sub, min, max, out.BYTES_PER_ELEMENT === 2 ? 1 : 0, results);
  const r = new Float64Array(heapMemory()!.buffer as unknown as ArrayBuffer, results, 6);
  const nanBits = new Uint32Array(heapMemory()!.buffer as unknown as ArrayBuffer, results + 32, 4);
  if (nanBits[0] | nanBits[1] | nanBits[2] | nanBits[3]) return null;
  return [Math.min(r[0], r[1]), Math.max(r[2], r[3])];
}
