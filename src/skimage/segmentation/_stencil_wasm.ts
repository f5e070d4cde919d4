/**
 * random_walker's matrix-vector product over 2-D stencil rows in WebAssembly: the same
 * multiplies and adds in the same order as the JavaScript loop (each row's five entries from
 * 0, then the running dot product with v), so the conjugate gradient's numbers are identical.
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

let kernel: PlaneMatvec | null | undefined;

/** The WebAssembly product, or null where WebAssembly or the shared heap is missing. */
export function planeMatvec(): PlaneMatvec | null {
  if (kernel === undefined) kernel = (instantiateOnHeap([planeKernel()], heapMemory())?.plane as PlaneMatvec | undefined) ?? null;
  return kernel;
}
