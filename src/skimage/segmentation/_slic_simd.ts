/**
 * slic's assignment step for one centre over one plane of its window, on WebAssembly SIMD:
 * two pixels per instruction, each distance computed with the same separate multiplies and
 * adds in the same order as the JavaScript loop (spatial term, then the three colour squares
 * summed in channel order), and the same strict comparison, so the labels are identical.
 */
import { I, T, WasmFunction, instantiateOnHeap } from "../../np/wasm/assemble";
import { heapAddress, heapMemory } from "../../np/heap/heap";

/**
 * (vals, dist, near, rows, count, rowBytes, x0, cy, y0, sy, dz2, cx, sx, sw, c0, c1, c2,
 * label) -> whether any pixel changed: for `rows` rows from y0 and `count` pixels from x0,
 * dist = (dz2 + (sy (cy - y))^2 + (sx (cx - x))^2) sw + colour distance; where it is below
 * the stored distance, the distance and label are stored. vals, dist and near are the byte
 * addresses of the first pixel's (3 channel) values, distance and label; rowBytes the
 * distance row's length in bytes.
 */
type AssignWindow = (vals: number, dist: number, near: number, rows: number, count: number, rowBytes: number,
  x0: number, cy: number, y0: number, sy: number, dz2: number, cx: number, sx: number, sw: number, c0: number, c1: number, c2: number, label: number) => number;

function assignKernel(): WasmFunction {
  const [vals, dist, near, rows, count, step] = [0, 1, 2, 3, 4, 5];
  const [x0, cy, y0, sy, dz2, cx, sx, sw, c0, c1, c2, label] = [6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17];
  const [r, e, pv, pd, pn] = [18, 19, 20, 21, 22];
  const [y, dzy, t, xsc] = [23, 24, 25, 26];
  const [xs, spat, d, old, mask, acc, va, vb, vc] = [27, 28, 29, 30, 31, 32, 33, 34, 35];
  const splat = (i: number) => [I.get(i), I.f64x2splat];
  const lanes = (a: number, b: number) => [...Array.from({ length: 8 }, (_, k) => a + k), ...Array.from({ length: 8 }, (_, k) => b + k)];
  const square = [I.tee(d), I.get(d), I.f64x2mul];
  const body: number[][] = [];
  body.push(I.v128f64(0, 0), I.set(acc), I.get(y0), I.set(y), I.i32(0), I.set(r));
  body.push(I.block, I.loop, I.get(r), I.get(rows), I.ltU, I.eqz, I.brIf(1));
  // dzy = dz2 + dy^2, dy = sy (cy - y)
  body.push(I.get(dz2), I.get(sy), I.get(cy), I.get(y), I.f64sub, I.f64mul, I.tee(t), I.get(t), I.f64mul, I.f64add, I.set(dzy));
  body.push(I.get(vals), I.get(r), I.get(step), I.mul, I.i32(3), I.mul, I.add, I.set(pv));
  body.push(I.get(dist), I.get(r), I.get(step), I.mul, I.add, I.set(pd));
  body.push(I.get(near), I.get(r), I.get(step), I.mul, I.add, I.set(pn));
  body.push(...splat(x0), I.v128f64(0, 1), I.f64x2add, I.set(xs), I.i32(0), I.set(e));
  // pixel pairs
  body.push(I.block, I.loop, I.get(e), I.i32(2), I.add, I.get(count), I.gtU, I.brIf(1));
  body.push(...splat(sx), ...splat(cx), I.get(xs), I.f64x2sub, I.f64x2mul, ...square, ...splat(dzy), I.f64x2add, ...splat(sw), I.f64x2mul, I.set(spat));
  body.push(I.get(pv), I.v128load(0), I.set(va), I.get(pv), I.v128load(16), I.set(vb), I.get(pv), I.v128load(32), I.set(vc));
  body.push(I.get(va), I.get(vb), I.shuffle(lanes(0, 24)), ...splat(c0), I.f64x2sub, ...square);
  body.push(I.get(va), I.get(vc), I.shuffle(lanes(8, 16)), ...splat(c1), I.f64x2sub, ...square, I.f64x2add);
  body.push(I.get(vb), I.get(vc), I.shuffle(lanes(0, 24)), ...splat(c2), I.f64x2sub, ...square, I.f64x2add);
  body.push(I.get(spat), I.f64x2add, I.set(d));
  body.push(I.get(pd), I.v128load(0), I.set(old), I.get(d), I.get(old), I.f64x2lt, I.set(mask));
  body.push(I.get(pd), I.get(d), I.get(old), I.get(mask), I.bitselect, I.v128store(0));
  body.push(I.get(pn), ...splat(label), I.get(pn), I.v128load(0), I.get(mask), I.bitselect, I.v128store(0));
  body.push(I.get(acc), I.get(mask), I.v128or, I.set(acc));
  body.push(I.get(pv), I.i32(48), I.add, I.set(pv), I.get(pd), I.i32(16), I.add, I.set(pd), I.get(pn), I.i32(16), I.add, I.set(pn));
  body.push(I.get(e), I.i32(2), I.add, I.set(e), I.get(xs), I.v128f64(2, 2), I.f64x2add, I.set(xs));
  body.push(I.br(0), I.end, I.end);
  // an odd last pixel
  body.push(I.get(e), I.get(count), I.ltU, I.if);
  body.push(I.get(xs), I.lane(0), I.set(xsc));
  body.push(I.get(sx), I.get(cx), I.get(xsc), I.f64sub, I.f64mul, I.tee(t), I.get(t), I.f64mul, I.get(dzy), I.f64add, I.get(sw), I.f64mul, I.set(xsc));
  body.push(I.get(pv), I.f64load(0), I.get(c0), I.f64sub, I.tee(t), I.get(t), I.f64mul);
  body.push(I.get(pv), I.f64load(8), I.get(c1), I.f64sub, I.tee(t), I.get(t), I.f64mul, I.f64add);
  body.push(I.get(pv), I.f64load(16), I.get(c2), I.f64sub, I.tee(t), I.get(t), I.f64mul, I.f64add);
  body.push(I.get(xsc), I.f64add, I.set(t));
  body.push(I.get(pd), I.f64load(0), I.get(t), I.f64gt, I.if);
  body.push(I.get(pd), I.get(t), I.f64store(0), I.get(pn), I.get(label), I.f64store(0));
  body.push(I.v128f64(1, 1), I.get(acc), I.v128or, I.set(acc));
  body.push(I.end, I.end);
  body.push(I.get(r), I.i32(1), I.add, I.set(r), I.get(y), I.f64(1), I.f64add, I.set(y));
  body.push(I.br(0), I.end, I.end);
  body.push(I.get(acc), I.anyTrue);
  return {
    name: "assign",
    params: [T.i32, T.i32, T.i32, T.i32, T.i32, T.i32, ...Array.from({ length: 12 }, () => T.f64)],
    results: [T.i32],
    locals: [[T.i32, 5], [T.f64, 4], [T.v128, 9]],
    body,
  };
}

let kernel: AssignWindow | null | undefined;

/** The SIMD assignment, or null where WebAssembly SIMD or the shared heap is missing. */
export function assignWindowSimd(): AssignWindow | null {
  if (kernel === undefined) kernel = (instantiateOnHeap([assignKernel()], heapMemory())?.assign as AssignWindow | undefined) ?? null;
  return kernel;
}

/** Byte addresses of the arrays in the shared heap, or null when one is outside it. */
export function heapAddresses(...arrays: Float64Array[]): number[] | null {
  const out = arrays.map((a) => heapAddress(a));
  return out.some((a) => a < 0) ? null : out;
}
