/**
 * The frame of the float64 transcendental kernels on WebAssembly SIMD (exp-kernel.ts,
 * log-kernel.ts): a loop over two independent pairs of lanes per step (so one pair's table
 * lookups overlap the other's arithmetic), constants held in locals set before the loop (V8
 * would rebuild a v128.const each time), and the lanes outside the vector kernel's range left
 * unwritten and counted for the caller's scalar kernel.
 *
 * Each function is `{name}(o, a, n, table, countAt)`: o[i] = f(a[i]) for i < n (n a multiple
 * of VECTOR_STEP; byte addresses; o and a do not overlap); `table` is the kernel's lookup
 * table; the count of lanes left out is stored as an i32 at countAt.
 */
import { I, T, WasmFunction } from "./assemble";

/** Elements per loop step: two pairs. */
export const VECTOR_STEP = 4;

/** What one pair's code can use: its input, its own locals, the constants and the table. */
export interface PairContext {
  /** The local holding the pair's input x. */
  x: number;
  /** The kernel's own v128 locals of this pair (as many as it declared). */
  local: (q: number) => number;
  /** A constant by name. */
  k: (name: string) => number[];
  /** f64 at `table` + 8 * (low i32 of 64-bit lane l of the index vector in `local`). */
  entry: (indexLocal: number, l: number) => number[][];
}

export interface VectorKernel {
  name: string;
  /** Constants splatted to both lanes: f64 values, and i64 values as [high, low] words. */
  floats: Record<string, number>;
  integers: Record<string, [number, number]>;
  /** v128 locals per pair besides x. */
  locals: number;
  /**
   * The pair's code: leaves f(x) and the mask of lanes the vector kernel covers (all ones) on
   * the stack, in that order.
   */
  pair: (c: PairContext) => number[][];
}

const [O, A, N, TABLE, COUNT_AT] = [0, 1, 2, 3, 4];
const [STEP, COUNT, AT] = [5, 6, 7];
const FIRST_V128 = 8;
const PAIRS = VECTOR_STEP / 2;

export function vectorFunction(kernel: VectorKernel): WasmFunction {
  const perPair = 1 + kernel.locals + 2; // x, the kernel's locals, then result and mask
  const names = [...Object.keys(kernel.floats), ...Object.keys(kernel.integers)];
  const firstConstant = FIRST_V128 + PAIRS * perPair;
  const k = (name: string) => {
    const q = names.indexOf(name);
    if (q < 0) throw new Error(`${kernel.name}: no constant ${name}`);
    return I.get(firstConstant + q);
  };
  const body: number[][] = [];
  Object.values(kernel.floats).forEach((v, q) => body.push(I.v128f64(v, v), I.set(firstConstant + q)));
  Object.values(kernel.integers).forEach(([hi, lo], q) => body.push(I.v128i64(hi, lo), I.set(firstConstant + Object.keys(kernel.floats).length + q)));
  body.push(I.block, I.loop, I.get(STEP), I.get(N), I.ltU, I.eqz, I.brIf(1));
  for (let p = 0; p < PAIRS; p++) {
    const base = FIRST_V128 + p * perPair;
    const [x, result, mask] = [base, base + 1 + kernel.locals, base + 2 + kernel.locals];
    const offset = 16 * p;
    const at = (param: number) => [I.get(param), I.get(STEP), I.i32(3), I.shl, I.add];
    const entry = (indexLocal: number, l: number) => [I.get(indexLocal), I.i32x4extractLane(2 * l), I.i32(3), I.shl, I.get(TABLE), I.add, I.f64load(0)];
    body.push(...at(A), I.v128load(offset), I.set(x));
    body.push(...kernel.pair({ x, local: (q) => base + 1 + q, k, entry }), I.set(mask), I.set(result));
    // lanes out of range keep what o holds, and are counted
    body.push(...at(O), I.set(AT));
    body.push(I.get(AT), I.get(result), I.get(AT), I.v128load(offset), I.get(mask), I.bitselect, I.v128store(offset));
    body.push(I.get(mask), I.i64x2allTrue, I.eqz, I.if);
    body.push(I.get(COUNT), I.i32(2), I.add, I.get(mask), I.i32x4extractLane(0), I.add, I.get(mask), I.i32x4extractLane(2), I.add, I.set(COUNT));
    body.push(I.end);
  }
  body.push(I.get(STEP), I.i32(VECTOR_STEP), I.add, I.set(STEP), I.br(0), I.end, I.end);
  body.push(I.get(COUNT_AT), I.get(COUNT), I.i32store(0));
  return {
    name: kernel.name,
    params: Array<number>(5).fill(T.i32),
    locals: [[T.i32, 3], [T.v128, PAIRS * perPair + names.length]],
    body,
  };
}
