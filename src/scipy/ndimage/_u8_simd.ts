/**
 * Byte-wise minimum and maximum of uint8 runs on WebAssembly SIMD (sixteen pixels per
 * instruction), over arrays in the shared heap: the building block of the uint8 extreme
 * filters. o[i] = min(a[i], b[i]) for i < n; o may equal a, or lie before a and b (a sliding
 * pass in place), since each block is loaded before it is stored.
 */
import { I, T, WasmFunction, instantiateOnHeap } from "../../np/wasm/assemble";
import { heapAddress, heapArray, heapMemory } from "../../np/heap/heap";

/** (o, a, b, n): byte addresses and a count. */
export type ByteOp = (o: number, a: number, b: number, n: number) => void;

const simd = (op: number) => [0xfd, op];
const I8X16_MIN_U = simd(0x77);
const I8X16_MAX_U = simd(0x79);
const I32_STORE8 = (offset: number) => [0x3a, 0, offset];

function byteKernel(name: string, max: boolean): WasmFunction {
  const [o, a, b, n] = [0, 1, 2, 3];
  const [i, end, x, y] = [4, 5, 6, 7];
  const at = (p: number) => [I.get(p), I.get(i), I.add];
  const body: number[][] = [];
  body.push(I.get(n), I.i32(-16), I.and, I.set(end));
  body.push(I.block, I.loop, I.get(i), I.get(end), I.ltU, I.eqz, I.brIf(1));
  body.push(...at(o), ...at(a), I.v128load(0), ...at(b), I.v128load(0), max ? I8X16_MAX_U : I8X16_MIN_U, I.v128store(0));
  body.push(I.get(i), I.i32(16), I.add, I.set(i), I.br(0), I.end, I.end);
  // the tail, one byte at a time: select(x, y, x < y) for the minimum
  body.push(I.block, I.loop, I.get(i), I.get(n), I.ltU, I.eqz, I.brIf(1));
  body.push(...at(a), I.load8u(0), I.set(x), ...at(b), I.load8u(0), I.set(y));
  body.push(...at(o), I.get(x), I.get(y), I.get(x), I.get(y), max ? I.gtU : I.ltU, I.select, I32_STORE8(0));
  body.push(I.get(i), I.i32(1), I.add, I.set(i), I.br(0), I.end, I.end);
  return { name, params: [T.i32, T.i32, T.i32, T.i32], locals: [[T.i32, 4]], body };
}

let kernels: { min: ByteOp; max: ByteOp } | null | undefined;

/** The min / max kernels, or null where WebAssembly SIMD or the shared heap is missing. */
export function byteKernels(): { min: ByteOp; max: ByteOp } | null {
  if (kernels !== undefined) return kernels;
  const exports = instantiateOnHeap([byteKernel("minb", false), byteKernel("maxb", true)], heapMemory());
  kernels = exports === null ? null : { min: exports.minb as ByteOp, max: exports.maxb as ByteOp };
  return kernels;
}

/** A uint8 array of n elements in the shared heap (contents unspecified), or null. */
export function heapBytes(n: number): Uint8Array | null {
  return heapArray(Uint8Array, n);
}

/** The byte address of a heap array (-1 when it is not in the heap). */
export function addressOf(a: Uint8Array): number {
  return heapAddress(a);
}
