/**
 * Sequences of plane rotations on consecutive rows (LAPACK's dlasr with a variable pivot, as
 * the bidiagonal QR sweeps apply them to the singular vectors) on WebAssembly SIMD over the
 * shared heap. Rotation k mixes rows k and k+1; the row shared by two neighbouring rotations
 * stays in a register, so each element is loaded and stored once per sequence instead of
 * twice per rotation. The same multiplies and adds as the plain loop, so the same results.
 */
import { I, T, WasmFunction, instantiateOnHeap } from "./assemble";
import { heapMemory } from "../heap/heap";
import { loopWhile } from "./matvec";

/**
 * rotforward / rotbackward(x, ld, count, c, s, len): rows 0..count of x (byte address of row
 * 0, rows `ld` bytes apart, `len` doubles each); rotation k = (c[k], s[k]) sends
 * (lo, hi) = (row k, row k+1) to (s hi + c lo, c hi - s lo), k ascending or descending.
 */
function chainFunction(backward: boolean): WasmFunction {
  const [x, ld, count, c, s, len] = [0, 1, 2, 3, 4, 5];
  const [jb, k, p, end8, end2, lenb] = [6, 7, 8, 9, 10, 11];
  const carry = [12, 13, 14, 15];
  const other = [16, 17, 18, 19];
  const [cv, sv] = [20, 21];
  const [carryF, otherF, cF, sF] = [22, 23, 24, 25];
  /**
   * One column chunk from byte offset jb: `lanes` vectors of two doubles side by side (their
   * chains independent, so they overlap in the pipeline), or one double when lanes is 0.
   */
  const chain = (lanes: number): number[][] => {
    const vector = lanes > 0;
    const at = (t: number) => (vector ? 16 * t : 0);
    const load = (t: number) => (vector ? I.v128load(at(t)) : I.f64load(0));
    const store = (t: number) => (vector ? I.v128store(at(t)) : I.f64store(0));
    const mul = vector ? I.f64x2mul : I.f64mul;
    const add = vector ? I.f64x2add : I.f64add;
    const sub = vector ? I.f64x2sub : I.f64sub;
    const count_ = Math.max(lanes, 1);
    const cr = (t: number) => (vector ? carry[t] : carryF);
    const ot = (t: number) => (vector ? other[t] : otherF);
    const [cc, ss] = vector ? [cv, sv] : [cF, sF];
    const coef = (base: number, dst: number) => [
      I.get(base), I.get(k), I.i32(3), I.shl, I.add, vector ? I.splat64(0) : I.f64load(0), I.set(dst),
    ];
    const each = (f: (t: number) => number[][]) => Array.from({ length: count_ }, (_, t) => f(t)).flat();
    // forward: carry is row k (lo), other row k+1 (hi); backward: carry is row k+1, other row k
    const step = backward
      ? [
        I.get(k), I.i32(1), I.sub, I.set(k),
        ...coef(c, cc), ...coef(s, ss),
        ...each((t) => [I.get(p), I.get(ld), I.sub, load(t), I.set(ot(t))]),
        ...each((t) => [I.get(p), I.get(cc), I.get(cr(t)), mul, I.get(ss), I.get(ot(t)), mul, sub, store(t)]),
        ...each((t) => [I.get(ss), I.get(cr(t)), mul, I.get(cc), I.get(ot(t)), mul, add, I.set(cr(t))]),
        I.get(p), I.get(ld), I.sub, I.set(p),
      ]
      : [
        ...coef(c, cc), ...coef(s, ss),
        ...each((t) => [I.get(p), I.get(ld), I.add, load(t), I.set(ot(t))]),
        ...each((t) => [I.get(p), I.get(ss), I.get(ot(t)), mul, I.get(cc), I.get(cr(t)), mul, add, store(t)]),
        ...each((t) => [I.get(cc), I.get(ot(t)), mul, I.get(ss), I.get(cr(t)), mul, sub, I.set(cr(t))]),
        I.get(p), I.get(ld), I.add, I.set(p),
        I.get(k), I.i32(1), I.add, I.set(k),
      ];
    return [
      I.get(x), I.get(jb), I.add, ...(backward ? [I.get(count), I.get(ld), I.mul, I.add] : []), I.set(p),
      ...each((t) => [I.get(p), load(t), I.set(cr(t))]),
      ...(backward ? [I.get(count), I.set(k)] : [I.i32(0), I.set(k)]),
      ...loopWhile(backward ? [I.i32(0), I.get(k), I.ltU] : [I.get(k), I.get(count), I.ltU], step),
      ...each((t) => [I.get(p), I.get(cr(t)), store(t)]),
    ];
  };
  const body: number[][] = [
    I.get(len), I.i32(3), I.shl, I.set(lenb),
    I.get(len), I.i32(-8), I.and, I.i32(3), I.shl, I.set(end8),
    I.get(len), I.i32(-2), I.and, I.i32(3), I.shl, I.set(end2),
    ...loopWhile([I.get(jb), I.get(end8), I.ltU], [...chain(4), I.get(jb), I.i32(64), I.add, I.set(jb)]),
    ...loopWhile([I.get(jb), I.get(end2), I.ltU], [...chain(1), I.get(jb), I.i32(16), I.add, I.set(jb)]),
    I.get(jb), I.get(lenb), I.ltU, I.if, ...chain(0), I.end,
  ];
  return {
    name: backward ? "rotbackward" : "rotforward",
    params: Array(6).fill(T.i32),
    locals: [[T.i32, 6], [T.v128, 10], [T.f64, 4]],
    body,
  };
}

type Chain = (x: number, ld: number, count: number, c: number, s: number, len: number) => void;

/** The kernels, or null where WebAssembly SIMD or the shared heap is missing. */
export interface RotationKernels {
  rotforward: Chain;
  rotbackward: Chain;
}

let kernels: RotationKernels | null | undefined;

export function rotationKernels(): RotationKernels | null {
  if (kernels !== undefined) return kernels;
  const exports = instantiateOnHeap([chainFunction(false), chainFunction(true)], heapMemory());
  kernels = exports === null ? null : { rotforward: exports.rotforward as Chain, rotbackward: exports.rotbackward as Chain };
  return kernels;
}
