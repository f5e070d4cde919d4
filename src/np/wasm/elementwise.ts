/**
 * float64 add, subtract, multiply, divide, maximum and minimum on WebAssembly SIMD, over arrays in the shared
 * heap (heap/heap.ts), read and written in place. Two lanes per instruction, four elements
 * per iteration; each result is the same IEEE operation as the JavaScript loop's, so the
 * values are identical.
 */
import { I, T, WasmFunction } from "./assemble";

export type SimdOp = "add" | "sub" | "mul" | "div" | "max" | "min";
const OPS: readonly SimdOp[] = ["add", "sub", "mul", "div", "max", "min"];

// scratch locals of maximum / minimum: x and y as vectors, then as doubles
const [VX, VY, SX, SY] = [8, 9, 10, 11];
/**
 * NumPy's maximum / minimum of the x and y below: x where x > y (x < y) or x is NaN, else y,
 * so a NaN on either side propagates and of two equal values (-0.0 and 0.0) the second wins.
 * WebAssembly's f64x2.max / pmax answer otherwise for signed zeros or NaN.
 */
const vectorPick = (cmp: number[]) => [
  ...I.set(VY), ...I.set(VX), ...I.get(VX), ...I.get(VY), ...I.get(VX), ...I.get(VY), ...cmp,
  ...I.get(VX), ...I.get(VX), ...I.f64x2ne, ...I.v128or, ...I.bitselect,
];
const scalarPick = (cmp: number[]) => [
  ...I.set(SY), ...I.set(SX), ...I.get(SX), ...I.get(SY), ...I.get(SX), ...I.get(SY), ...cmp,
  ...I.get(SX), ...I.get(SX), ...I.f64ne, ...I.or, ...I.select,
];
const F64X2_GT = [0xfd, 0x4a];
const F64_LT = [0x63];

const VECTOR: Record<SimdOp, number[]> = {
  add: I.f64x2add, sub: I.f64x2sub, mul: I.f64x2mul, div: I.f64x2div,
  max: vectorPick(F64X2_GT), min: vectorPick(I.f64x2lt),
};
const SCALAR: Record<SimdOp, number[]> = {
  add: I.f64add, sub: I.f64sub, mul: I.f64mul, div: I.f64div,
  max: scalarPick(I.f64gt), min: scalarPick(F64_LT),
};

/** The operand shapes: array-array, array-scalar and scalar-array. */
export type Form = "vv" | "vs" | "sv";

/**
 * `{op}_{form}`: o[i] = a[i] op b[i] (vv: o, a, b, n), a[i] op s (vs: o, a, n, s) or s op a[i]
 * (sv: o, a, n, s); o, a, b are byte addresses, n an element count.
 */
function kernel(op: SimdOp, form: Form): WasmFunction {
  const vv = form === "vv";
  const [o, a, b] = [0, 1, 2];
  const n = vv ? 3 : 2;
  const s = 3; // the scalar (f64) in vs / sv
  const [i, end, last, sv] = [4, 5, 6, 7];
  const x = (off: number) => [I.get(a), I.get(i), I.add, I.v128load(off)];
  const y = (off: number) => (vv ? [I.get(b), I.get(i), I.add, I.v128load(off)] : [I.get(sv)]);
  const pair = (off: number) => [
    [I.get(o), I.get(i), I.add],
    ...(form === "sv" ? [y(off), x(off)] : [x(off), y(off)]),
    [VECTOR[op], I.v128store(off)],
  ];
  const xs = [I.get(a), I.get(i), I.add, I.f64load(0)];
  const ys = vv ? [I.get(b), I.get(i), I.add, I.f64load(0)] : [I.get(s)];
  const body: number[][] = [];
  if (!vv) body.push(I.get(s), I.f64x2splat, I.set(sv));
  body.push(I.get(n), I.i32(-4), I.and, I.i32(8), I.mul, I.set(end));
  body.push(I.get(n), I.i32(8), I.mul, I.set(last));
  body.push(I.block, I.loop, I.get(i), I.get(end), I.ltU, I.eqz, I.brIf(1));
  body.push(...pair(0).flat(), ...pair(16).flat());
  body.push(I.get(i), I.i32(32), I.add, I.set(i), I.br(0), I.end, I.end);
  body.push(I.block, I.loop, I.get(i), I.get(last), I.ltU, I.eqz, I.brIf(1));
  body.push(I.get(o), I.get(i), I.add, ...(form === "sv" ? [...ys, ...xs] : [...xs, ...ys]), SCALAR[op], I.f64store(0));
  body.push(I.get(i), I.i32(8), I.add, I.set(i), I.br(0), I.end, I.end);
  const params = vv ? [T.i32, T.i32, T.i32, T.i32] : [T.i32, T.i32, T.i32, T.f64];
  return { name: `${op}_${form}`, params, locals: [[T.i32, 3], [T.v128, 3], [T.f64, 2]], body };
}

/**
 * `{op}_rows_{form}`: the `{op}_{form}` kernel over `rows` rows of n elements, one call for a
 * whole broadcast: output rows are contiguous (8n bytes apart), the operands' rows xs and ys
 * bytes apart (0 for a row repeated down the rows). vv: (o, x, xs, y, ys, rows, n); vs and sv
 * take their scalar per row from the f64 at y + r*ys: (o, x, xs, y, ys, rows, n) too.
 */
function rowsKernel(op: SimdOp, form: Form, inner: number): WasmFunction {
  const [o, x, xs, y, ys, rows, n] = [0, 1, 2, 3, 4, 5, 6];
  const [r, ob] = [7, 8];
  const body: number[][] = [];
  body.push(I.get(n), I.i32(8), I.mul, I.set(ob));
  body.push(I.block, I.loop, I.get(r), I.get(rows), I.ltU, I.eqz, I.brIf(1));
  body.push(I.get(o), I.get(x));
  if (form === "vv") body.push(I.get(y), I.get(n));
  else body.push(I.get(n), I.get(y), I.f64load(0));
  body.push(I.call(inner));
  body.push(I.get(o), I.get(ob), I.add, I.set(o), I.get(x), I.get(xs), I.add, I.set(x), I.get(y), I.get(ys), I.add, I.set(y));
  body.push(I.get(r), I.i32(1), I.add, I.set(r), I.br(0), I.end, I.end);
  return { name: `${op}_rows_${form}`, params: Array<number>(7).fill(T.i32), locals: [[T.i32, 2]], body };
}

type VV = (o: number, a: number, b: number, n: number) => void;
type VS = (o: number, a: number, n: number, s: number) => void;
type Rows = (o: number, x: number, xs: number, y: number, ys: number, rows: number, n: number) => void;
export type ElementwiseKernels = Record<`${SimdOp}_vv`, VV> & Record<`${SimdOp}_vs` | `${SimdOp}_sv`, VS> &
  Record<`${SimdOp}_rows_${Form}`, Rows>;

/** Every kernel of this file, in the order of their function indices. */
export function elementwiseFunctions(): WasmFunction[] {
  const fns: WasmFunction[] = [];
  const forms = ["vv", "vs", "sv"] as const;
  for (const op of OPS) for (const form of forms) fns.push(kernel(op, form));
  for (const op of OPS) {
    for (const form of forms) fns.push(rowsKernel(op, form, fns.findIndex((f) => f.name === `${op}_${form}`)));
  }
  return fns;
}
