/**
 * uint8 images on WebAssembly SIMD, 16 pixels a step, for arrays in the shared heap: the
 * inversion 255 - x (a bitwise not) and the scalings x * s to float64 and to float32 (each
 * product rounded once, as the JavaScript loop gives it). Callers do the tail (fewer than 16 pixels) and fall
 * back to their loops where there is no heap or no SIMD (the functions return false).
 */
import { I, T, WasmFunction, instantiateOnHeap, uleb } from "../../np/wasm/assemble";
import { heapAddress, heapArray, heapMemory, releaseHeapArray } from "../../np/heap/heap";

const op = (code: number) => [0xfd, ...uleb(code)];
const NOT = op(0x4d);
const U8_LOW = op(0x89); // i16x8.extend_low_i8x16_u
const U8_HIGH = op(0x8a);
const U16_LOW = op(0xa9); // i32x4.extend_low_i16x8_u
const U16_HIGH = op(0xaa);
const TO_F64 = op(0xff); // f64x2.convert_low_i32x4_u
const TO_F32 = op(0xfb); // f32x4.convert_i32x4_u
const F32_SPLAT = op(0x13);
const F32_MUL = op(0xe6);
const F64_TO_F32 = [0xb6]; // f32.demote_f64
const HIGH_HALF = [8, 9, 10, 11, 12, 13, 14, 15, 8, 9, 10, 11, 12, 13, 14, 15];

/** inv(p, o, n): o[i] = ~p[i] for n bytes (n a multiple of 16). */
function invertFunction(): WasmFunction {
  const [p, o, n, end] = [0, 1, 2, 3];
  return {
    name: "inv",
    params: [T.i32, T.i32, T.i32],
    locals: [[T.i32, 1]],
    body: [
      I.get(p), I.get(n), I.add, I.set(end),
      I.block, I.loop, I.get(p), I.get(end), I.ltU, I.eqz, I.brIf(1),
      I.get(o), I.get(p), I.v128load(0), NOT, I.v128store(0),
      I.get(p), I.i32(16), I.add, I.set(p), I.get(o), I.i32(16), I.add, I.set(o),
      I.br(0), I.end, I.end,
    ],
  };
}

/**
 * The loop both scalings share: params (p, o, n, s), `splat` turning s into the v128 local
 * SC, then for every 16 bytes at p their vector in local V, `step` storing the results at o,
 * and o advanced by `outStep` bytes. Locals V, HALF and QUARTER are the step's to use.
 */
const [SC, V, HALF, QUARTER] = [5, 6, 7, 8];
function scalingFunction(name: string, splat: number[][], step: number[][], outStep: number): WasmFunction {
  const [p, o, n] = [0, 1, 2];
  const end = 4;
  return {
    name,
    params: [T.i32, T.i32, T.i32, T.f64],
    locals: [[T.i32, 1], [T.v128, 4]],
    body: [
      ...splat, I.set(SC),
      I.get(p), I.get(n), I.add, I.set(end),
      I.block, I.loop, I.get(p), I.get(end), I.ltU, I.eqz, I.brIf(1),
      I.get(p), I.v128load(0), I.set(V),
      ...step,
      I.get(p), I.i32(16), I.add, I.set(p), I.get(o), I.i32(outStep), I.add, I.set(o), I.br(0), I.end, I.end,
    ],
  };
}

/** scale(p, o, n, s): the doubles o[i] = p[i] * s for n bytes (n a multiple of 16). */
function scaleFunction(): WasmFunction {
  const o = 1;
  const step: number[][] = [];
  let offset = 0;
  for (const widen8 of [U8_LOW, U8_HIGH]) {
    step.push(I.get(V), widen8, I.set(HALF));
    for (const widen16 of [U16_LOW, U16_HIGH]) {
      step.push(I.get(HALF), widen16, I.set(QUARTER));
      step.push(I.get(o), I.get(QUARTER), TO_F64, I.get(SC), I.f64x2mul, I.v128store(offset));
      step.push(I.get(o), I.get(QUARTER), I.get(QUARTER), I.shuffle(HIGH_HALF), TO_F64, I.get(SC), I.f64x2mul, I.v128store(offset + 16));
      offset += 32;
    }
  }
  return scalingFunction("scale", [I.get(3), I.f64x2splat], step, 128);
}

/**
 * scale32(p, o, n, s): the floats o[i] = p[i] * s for n bytes (n a multiple of 16), s a
 * float32 value passed as a double. A byte and s are exact in float32, so the float32 product
 * is the double product rounded once, as a Float32Array store of the JavaScript loop's.
 */
function scale32Function(): WasmFunction {
  const o = 1;
  const step: number[][] = [];
  let offset = 0;
  for (const widen8 of [U8_LOW, U8_HIGH]) {
    step.push(I.get(V), widen8, I.set(HALF));
    for (const widen16 of [U16_LOW, U16_HIGH]) {
      step.push(I.get(o), I.get(HALF), widen16, TO_F32, I.get(SC), F32_MUL, I.v128store(offset));
      offset += 16;
    }
  }
  return scalingFunction("scale32", [I.get(3), F64_TO_F32, F32_SPLAT], step, 64);
}

interface Kernels {
  inv: (p: number, o: number, n: number) => void;
  scale: (p: number, o: number, n: number, s: number) => void;
  scale32: (p: number, o: number, n: number, s: number) => void;
}

let kernels: Kernels | null | undefined;

function load(): Kernels | null {
  if (kernels === undefined) kernels = (instantiateOnHeap([invertFunction(), scaleFunction(), scale32Function()], heapMemory()) as Kernels | null) ?? null;
  return kernels;
}

/**
 * Runs `kernel` on the heap address of `src` (copied into the heap for the call when it lives
 * elsewhere: a byte copy costs little beside the work) and of `out`; false when impossible.
 */
function withBytes(src: Uint8Array, out: { buffer: ArrayBufferLike; byteOffset: number }, kernel: (k: Kernels, p: number, o: number) => void): boolean {
  const o = heapAddress(out);
  const k = o < 0 ? null : load();
  if (k === null) return false;
  let p = heapAddress(src);
  if (p >= 0) {
    kernel(k, p, o);
    return true;
  }
  const copy = heapArray(Uint8Array, src.length);
  if (copy === null) return false;
  copy.set(src);
  kernel(k, heapAddress(copy), o);
  releaseHeapArray(copy);
  return true;
}

/** out = 255 - src for the first (length - length % 16) bytes; false (nothing done) without the heap. */
export function invertBytesSimd(src: Uint8Array, out: Uint8Array): boolean {
  return withBytes(src, out, (k, p, o) => k.inv(p, o, src.length - (src.length % 16)));
}

/** out[i] = src[i] * s for the first (length - length % 16) pixels; false (nothing done) without the heap. */
export function scaleBytesSimd(src: Uint8Array, out: Float64Array, s: number): boolean {
  return withBytes(src, out, (k, p, o) => k.scale(p, o, src.length - (src.length % 16), s));
}

/** out[i] = src[i] * s in float32 (s a float32 value) for the first (length - length % 16) pixels; false without the heap. */
export function scaleBytesToFloat32Simd(src: Uint8Array, out: Float32Array, s: number): boolean {
  return withBytes(src, out, (k, p, o) => k.scale32(p, o, src.length - (src.length % 16), s));
}
