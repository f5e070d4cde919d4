/**
 * One-input float64 ufuncs that are single IEEE operations on WebAssembly SIMD (sqrt,
 * absolute, negative, floor, ceil, trunc, rint), over arrays in the shared heap: each element
 * is the same operation as the JavaScript loop's Math function, so the values are identical.
 */
import { I, T, WasmFunction, uleb } from "./assemble";

const simd = (op: number) => [0xfd, ...uleb(op)];

export type UnaryOp = "sqrt" | "abs" | "neg" | "floor" | "ceil" | "trunc" | "nearest";

const VECTOR: Record<UnaryOp, number[]> = {
  sqrt: simd(0xef), abs: simd(0xec), neg: simd(0xed), floor: simd(0x75), ceil: simd(0x74), trunc: simd(0x7a), nearest: simd(0x94),
};
const SCALAR: Record<UnaryOp, number[]> = {
  sqrt: [0x9f], abs: [0x99], neg: [0x9a], floor: [0x9c], ceil: [0x9b], trunc: [0x9d], nearest: [0x9e],
};

/** `f64_{op}(o, a, n)`: o[i] = op(a[i]) for n doubles at byte addresses o and a. */
function unaryKernel(op: UnaryOp): WasmFunction {
  const [o, a, n] = [0, 1, 2];
  const [i, end, last] = [3, 4, 5];
  const vector = (off: number) => [I.get(o), I.get(i), I.add, I.get(a), I.get(i), I.add, I.v128load(off), VECTOR[op], I.v128store(off)];
  const body: number[][] = [];
  body.push(I.get(n), I.i32(-4), I.and, I.i32(8), I.mul, I.set(end));
  body.push(I.get(n), I.i32(8), I.mul, I.set(last));
  body.push(I.block, I.loop, I.get(i), I.get(end), I.ltU, I.eqz, I.brIf(1));
  body.push(...vector(0), ...vector(16));
  body.push(I.get(i), I.i32(32), I.add, I.set(i), I.br(0), I.end, I.end);
  body.push(I.block, I.loop, I.get(i), I.get(last), I.ltU, I.eqz, I.brIf(1));
  body.push(I.get(o), I.get(i), I.add, I.get(a), I.get(i), I.add, I.f64load(0), SCALAR[op], I.f64store(0));
  body.push(I.get(i), I.i32(8), I.add, I.set(i), I.br(0), I.end, I.end);
  return { name: `f64_${op}`, params: [T.i32, T.i32, T.i32], locals: [[T.i32, 3]], body };
}

/** Every one-input kernel. */
export function unaryFunctions(): WasmFunction[] {
  return (Object.keys(VECTOR) as UnaryOp[]).map(unaryKernel);
}
