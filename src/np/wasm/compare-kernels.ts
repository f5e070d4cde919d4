/**
 * float64 comparisons into bool on WebAssembly SIMD, over arrays in the shared heap: each lane
 * is the IEEE comparison (false with a NaN, but true for not-equal), as the JavaScript loop's,
 * and 16 lanes' all-ones / zero masks are narrowed to 16 bytes of 1 / 0.
 */
import { I, T, WasmFunction, uleb } from "./assemble";

const simd = (op: number, ...rest: number[]) => [0xfd, ...uleb(op), ...rest];

export type CompareOp = "eq" | "ne" | "lt" | "gt" | "le" | "ge";

const VECTOR: Record<CompareOp, number[]> = {
  eq: simd(0x47), ne: simd(0x48), lt: simd(0x49), gt: simd(0x4a), le: simd(0x4b), ge: simd(0x4c),
};
const SCALAR: Record<CompareOp, number[]> = { eq: [0x61], ne: [0x62], lt: [0x63], gt: [0x64], le: [0x65], ge: [0x66] };
/** x op y == y op' x: the operation for a number on the left. */
export const SWAPPED: Record<CompareOp, CompareOp> = { eq: "eq", ne: "ne", lt: "gt", gt: "lt", le: "ge", ge: "le" };

const i16x8NarrowI32 = simd(0x85);
const i8x16NarrowI16 = simd(0x65);
const i32store8 = (offset: number) => [0x3a, 0, ...uleb(offset)];
/** The low 32 bits of each 64-bit lane of two vectors: one i32x4 of four masks. */
const LOW_WORDS = [0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27];
const STEP = 16;

/** Operand shapes: array-array, array-number (the number at address b). */
export type CompareForm = "vv" | "vs";

/** `cmp_{op}_{form}(o, a, b, n)`: o[i] = a[i] op b[i] (or op *b) as 0 / 1 bytes; o, a, b byte addresses. */
function compareKernel(op: CompareOp, form: CompareForm): WasmFunction {
  const [o, a, b, n] = [0, 1, 2, 3];
  const [end, last, s] = [4, 5, 6];
  const vv = form === "vv";
  const mask = (k: number) => [I.get(a), I.v128load(16 * k), ...(vv ? [I.get(b), I.v128load(16 * k)] : [I.get(s)]), VECTOR[op]];
  const quad = (k: number) => [...mask(k), ...mask(k + 1), I.shuffle(LOW_WORDS), ...mask(k + 2), ...mask(k + 3), I.shuffle(LOW_WORDS), i16x8NarrowI32];
  const advance = (k: number) => [
    I.get(a), I.i32(8 * k), I.add, I.set(a),
    ...(vv ? [I.get(b), I.i32(8 * k), I.add, I.set(b)] : []),
    I.get(o), I.i32(k), I.add, I.set(o),
  ];
  const body: number[][] = [];
  if (!vv) body.push(I.get(b), I.splat64(0), I.set(s));
  body.push(I.get(a), I.get(n), I.i32(-STEP), I.and, I.i32(8), I.mul, I.add, I.set(end));
  body.push(I.get(a), I.get(n), I.i32(8), I.mul, I.add, I.set(last));
  body.push(I.block, I.loop, I.get(a), I.get(end), I.ltU, I.eqz, I.brIf(1));
  body.push(I.get(o), ...quad(0), ...quad(4), i8x16NarrowI16, I.v128i64(0x01010101, 0x01010101), I.v128and, I.v128store(0));
  body.push(...advance(STEP), I.br(0), I.end, I.end);
  body.push(I.block, I.loop, I.get(a), I.get(last), I.ltU, I.eqz, I.brIf(1));
  body.push(I.get(o), I.get(a), I.f64load(0), I.get(b), I.f64load(0), SCALAR[op], i32store8(0));
  body.push(...advance(1), I.br(0), I.end, I.end);
  return { name: `cmp_${op}_${form}`, params: [T.i32, T.i32, T.i32, T.i32], locals: [[T.i32, 2], [T.v128, 1]], body };
}

/** Every comparison kernel. */
export function compareFunctions(): WasmFunction[] {
  const fns: WasmFunction[] = [];
  for (const op of Object.keys(VECTOR) as CompareOp[]) for (const form of ["vv", "vs"] as const) fns.push(compareKernel(op, form));
  return fns;
}
