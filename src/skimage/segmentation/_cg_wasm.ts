/**
 * random_walker's conjugate gradient steps in WebAssembly: the matrix-vector product over 2-D
 * stencil rows, the search direction and the solution / residual update, each with the same
 * multiplies and adds in the same order as the JavaScript loops (sums run element by element
 * from 0), so the numbers are identical.
 */
import { I, T, WasmFunction, instantiateOnHeap } from "../../np/wasm/assemble";
import { heapMemory } from "../../np/heap/heap";

/**
 * (w, c, v, out, m) -> v . out: for r < m, out[r] = sum over the row's five weights (w, 5 per
 * row) of weight x v at column + 1 (far columns from c, 2 per row; r - 1, r and r + 1
 * implied). Byte addresses; v is stored from index 1.
 */
type PlaneMatvec = (w: number, c: number, v: number, out: number, m: number) => number;

function planeKernel(): WasmFunction {
  const [w, c, v, out, m] = [0, 1, 2, 3, 4];
  const [r, pw, pc, pv] = [5, 6, 7, 8];
  const [s, dot] = [9, 10];
  // v[column + 1] for the i32 column on the stack
  const atColumn = [I.i32(8), I.mul, I.get(v), I.add, I.f64load(8)];
  const body: number[][] = [];
  body.push(I.f64(0), I.set(dot), I.i32(0), I.set(r), I.get(w), I.set(pw), I.get(c), I.set(pc), I.get(v), I.set(pv));
  body.push(I.block, I.loop, I.get(r), I.get(m), I.ltU, I.eqz, I.brIf(1));
  body.push(I.f64(0));
  body.push(I.get(pw), I.f64load(0), I.get(pc), I.i32load(0), ...atColumn, I.f64mul, I.f64add);
  body.push(I.get(pw), I.f64load(8), I.get(pv), I.f64load(0), I.f64mul, I.f64add);
  body.push(I.get(pw), I.f64load(16), I.get(pv), I.f64load(8), I.f64mul, I.f64add);
  body.push(I.get(pw), I.f64load(24), I.get(pv), I.f64load(16), I.f64mul, I.f64add);
  body.push(I.get(pw), I.f64load(32), I.get(pc), I.i32load(4), ...atColumn, I.f64mul, I.f64add);
  body.push(I.set(s), I.get(out), I.get(r), I.i32(8), I.mul, I.add, I.get(s), I.f64store(0));
  body.push(I.get(dot), I.get(pv), I.f64load(8), I.get(s), I.f64mul, I.f64add, I.set(dot));
  body.push(I.get(r), I.i32(1), I.add, I.set(r), I.get(pw), I.i32(40), I.add, I.set(pw));
  body.push(I.get(pc), I.i32(8), I.add, I.set(pc), I.get(pv), I.i32(8), I.add, I.set(pv));
  body.push(I.br(0), I.end, I.end);
  body.push(I.get(dot));
  return { name: "plane", params: [T.i32, T.i32, T.i32, T.i32, T.i32], results: [T.f64], locals: [[T.i32, 4], [T.f64, 2]], body };
}

/** (p, inv, r, n, beta): p[i + 1] = inv[i] r[i] + beta p[i + 1] for i < n. */
type Direction = (p: number, inv: number, r: number, n: number, beta: number) => void;

function directionKernel(): WasmFunction {
  const [p, inv, r, n, beta] = [0, 1, 2, 3, 4];
  const [i, end] = [5, 6];
  const body: number[][] = [];
  body.push(I.get(n), I.i32(8), I.mul, I.set(end), I.i32(0), I.set(i));
  body.push(I.block, I.loop, I.get(i), I.get(end), I.ltU, I.eqz, I.brIf(1));
  body.push(I.get(p), I.get(i), I.add);
  body.push(I.get(inv), I.get(i), I.add, I.f64load(0), I.get(r), I.get(i), I.add, I.f64load(0), I.f64mul);
  body.push(I.get(beta), I.get(p), I.get(i), I.add, I.f64load(8), I.f64mul, I.f64add, I.f64store(8));
  body.push(I.get(i), I.i32(8), I.add, I.set(i), I.br(0), I.end, I.end);
  return { name: "direction", params: [T.i32, T.i32, T.i32, T.i32, T.f64], locals: [[T.i32, 2]], body };
}

/**
 * (x, p, q, r, inv, n, alpha) -> [r . r, r . (inv r)] after x[i + 1] += alpha p[i + 1] and
 * r[i] -= alpha q[i] for i < n (x and p stored from index 1).
 */
type Update = (x: number, p: number, q: number, r: number, inv: number, n: number, alpha: number) => [number, number];

function updateKernel(): WasmFunction {
  const [x, p, q, r, inv, n, alpha] = [0, 1, 2, 3, 4, 5, 6];
  const [i, end] = [7, 8];
  const [rr, rho, ri] = [9, 10, 11];
  const body: number[][] = [];
  body.push(I.get(n), I.i32(8), I.mul, I.set(end), I.i32(0), I.set(i), I.f64(0), I.set(rr), I.f64(0), I.set(rho));
  body.push(I.block, I.loop, I.get(i), I.get(end), I.ltU, I.eqz, I.brIf(1));
  body.push(I.get(x), I.get(i), I.add, I.get(x), I.get(i), I.add, I.f64load(8), I.get(alpha), I.get(p), I.get(i), I.add, I.f64load(8), I.f64mul, I.f64add, I.f64store(8));
  body.push(I.get(r), I.get(i), I.add, I.f64load(0), I.get(alpha), I.get(q), I.get(i), I.add, I.f64load(0), I.f64mul, I.f64sub, I.set(ri));
  body.push(I.get(r), I.get(i), I.add, I.get(ri), I.f64store(0));
  body.push(I.get(rr), I.get(ri), I.get(ri), I.f64mul, I.f64add, I.set(rr));
  body.push(I.get(rho), I.get(ri), I.get(inv), I.get(i), I.add, I.f64load(0), I.get(ri), I.f64mul, I.f64mul, I.f64add, I.set(rho));
  body.push(I.get(i), I.i32(8), I.add, I.set(i), I.br(0), I.end, I.end);
  body.push(I.get(rr), I.get(rho));
  return { name: "update", params: [T.i32, T.i32, T.i32, T.i32, T.i32, T.i32, T.f64], results: [T.f64, T.f64], locals: [[T.i32, 2], [T.f64, 3]], body };
}

/** The WebAssembly steps. */
export interface CgKernels {
  plane: PlaneMatvec;
  direction: Direction;
  update: Update;
}

let kernels: CgKernels | null | undefined;

/** The WebAssembly steps, or null where WebAssembly or the shared heap is missing. */
export function cgKernels(): CgKernels | null {
  if (kernels === undefined) {
    const e = instantiateOnHeap([planeKernel(), directionKernel(), updateKernel()], heapMemory());
    kernels = e === null ? null : { plane: e.plane as PlaneMatvec, direction: e.direction as Direction, update: e.update as Update };
  }
  return kernels;
}
