/**
 * lab2lch's pass on WebAssembly SIMD, two pixels a step: L copied, chroma sqrt(a^2 + b^2) and
 * hue atan2(b, a) in [0, 2 pi) by the same operations as _polar.ts's atan2Fast and hypotFast,
 * so the same bits, with every choice made by lane masks (no branch to mispredict on mixed
 * signs); zeros get Math.atan2's angles from their signs. Pixels with infinities, NaN or
 * extreme magnitudes are listed for the caller's Math. False results tell the caller to use
 * its loop.
 */
import { I, T, WasmFunction, instantiateOnHeap, uleb } from "../../np/wasm/assemble";
import { heapAddress, heapMemory, heapStaticBlock } from "../../np/heap/heap";
import { ATAN_SERIES, HALF_PI_HI, HALF_PI_LO, PI_HI, PI_LO, QUARTER_PI_HI, QUARTER_PI_LO, SQUARES_MIN } from "./_polar";

const op = (code: number, ...rest: number[]) => [0xfd, ...uleb(code), ...rest];
const SQRT = op(0xef);
const GE = op(0x4c); // f64x2.ge
const SIGN_BIT = op(0xd8); // i64x2.lt_s against 0: the sign bit set
const STORE_LANE = (offset: number, lane: number) => op(0x5b, 3, ...uleb(offset), lane); // v128.store64_lane

/** Pixels the kernel can list for Math; past this the caller's loop runs. */
const FIX_CAPACITY = 4096;

/**
 * lch(src, out, count, stride, fixes, capacity) -> listed: count pixels (even) `stride` bytes
 * apart in src and out, channels L, a, b first; pixels for Math listed in fixes (i32) while
 * fewer than capacity, counted all the same; stops once the count exceeds capacity.
 */
function lchFunction(): WasmFunction {
  const [src, out, count, stride, fixes, capacity] = [0, 1, 2, 3, 4, 5];
  const [k, listed, s0, s1] = [6, 7, 8, 9];
  const [a, b, ax, ay, t, u, z, w, r, big, ok, v, zeros] = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22];
  const constants = ["A0", "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10"];
  const named: Record<string, number> = {};
  const values: Record<string, number> = {
    ...Object.fromEntries(constants.map((c, q) => [c, ATAN_SERIES[q]])),
    one: 1, split: 0.4375, qhi: QUARTER_PI_HI, qlo: QUARTER_PI_LO, hhi: HALF_PI_HI, hlo: HALF_PI_LO,
    phi: PI_HI, plo: PI_LO, zero: 0, inf: Infinity, squaresMin: SQUARES_MIN, twoPi: 2 * Math.PI,
  };
  Object.keys(values).forEach((name, q) => (named[name] = 23 + q));
  const c = (name: string) => I.get(named[name]);
  const mul = I.f64x2mul;
  const add = I.f64x2add;
  const sub = I.f64x2sub;
  /** c0 + w * (c1 + w * (... + w * cn)), as JavaScript evaluates the nested expression. */
  const nested = (names: string[]): number[][] => {
    if (names.length === 1) return [c(names[0])];
    return [c(names[0]), I.get(w), ...nested(names.slice(1)), mul, add];
  };
  const fix = (lane: number) => [
    I.get(ok), I.i32x4extractLane(2 * lane), I.eqz, I.if,
    I.get(listed), I.get(capacity), I.ltU, I.if,
    I.get(fixes), I.get(listed), I.i32(2), I.shl, I.add, I.get(k), I.i32(lane), I.add, I.i32store(0),
    I.end,
    I.get(listed), I.i32(1), I.add, I.set(listed),
    I.end,
  ];
  const body: number[][] = [];
  for (const [name, value] of Object.entries(values)) body.push(I.v128f64(value, value), I.set(named[name]));
  body.push(
    I.block, I.loop, I.get(k), I.get(count), I.ltU, I.eqz, I.brIf(1),
    // the two pixels' addresses
    I.get(src), I.get(k), I.get(stride), I.mul, I.add, I.set(s0),
    I.get(s0), I.get(stride), I.add, I.set(s1),
    I.get(s1), I.get(s0), I.load64zero(8), I.load64lane(8, 1), I.set(a),
    I.get(s1), I.get(s0), I.load64zero(16), I.load64lane(16, 1), I.set(b),
    I.get(a), I.f64x2abs, I.set(ax),
    I.get(b), I.f64x2abs, I.set(ay),
    // lanes for Math: a or b infinite or NaN, or a sum of squares out of the safe range other
    // than 0 for a = b = 0 (zeros take Math.atan2's values here: the quadrant from their signs)
    I.get(a), I.get(a), mul, I.get(b), I.get(b), mul, add, I.set(v),
    I.get(ax), c("zero"), I.f64x2eq, I.get(ay), c("zero"), I.f64x2eq, I.v128and, I.set(zeros),
    I.get(ax), c("inf"), I.f64x2lt, I.get(ay), c("inf"), I.f64x2lt, I.v128and,
    I.get(v), c("squaresMin"), GE, I.get(v), c("inf"), I.f64x2lt, I.v128and, I.get(zeros), I.v128or, I.v128and, I.set(ok),
    // t = smaller / larger (0 for two zeros); u = t, or (t - 1) / (t + 1) from 0.4375 on
    c("zero"), I.get(ax), I.get(ay), I.f64x2pmin, I.get(ax), I.get(ay), I.f64x2pmax, I.f64x2div, I.get(zeros), I.bitselect, I.set(t),
    I.get(t), c("split"), GE, I.set(big),
    I.get(t), c("one"), sub, I.get(t), I.get(big), I.bitselect,
    I.get(t), c("one"), add, c("one"), I.get(big), I.bitselect,
    I.f64x2div, I.set(u),
    // the series term u (z odd + w even), z = u^2, w = z^2
    I.get(u), I.get(u), mul, I.set(z),
    I.get(z), I.get(z), mul, I.set(w),
    I.get(z), ...nested(["A0", "A2", "A4", "A6", "A8", "A10"]), mul,
    I.get(w), ...nested(["A1", "A3", "A5", "A7", "A9"]), mul, add,
    I.get(u), I.f64x2mul, I.set(r),
    // atan(t): u - term, or pi/4 - ((term - lo) - u)
    c("qhi"), I.get(r), c("qlo"), sub, I.get(u), sub, sub,
    I.get(u), I.get(r), sub, I.get(big), I.bitselect, I.set(r),
    // from the nearer axis to the quadrant
    c("hhi"), I.get(r), c("hlo"), sub, sub, I.get(r), I.get(ax), I.get(ay), I.f64x2lt, I.bitselect, I.set(r),
    // a < 0, or a = -0 beside b = 0 (Math.atan2(0, -0) is pi); then b's sign, -0 included
    c("phi"), I.get(r), c("plo"), sub, sub, I.get(r),
    I.get(a), c("zero"), I.f64x2lt, I.get(a), c("zero"), SIGN_BIT, I.get(zeros), I.v128and, I.v128or, I.bitselect, I.set(r),
    I.get(r), I.f64x2neg, I.get(r), I.get(b), c("zero"), SIGN_BIT, I.bitselect, I.set(r),
    I.get(r), c("twoPi"), add, I.get(r), I.get(r), c("zero"), I.f64x2lt, I.bitselect, I.set(r),
    I.get(v), SQRT, I.set(v),
    // the two pixels out: L, chroma, hue
    I.get(s0), I.get(src), I.sub, I.get(out), I.add, I.set(s0),
    I.get(s1), I.get(src), I.sub, I.get(out), I.add, I.set(s1),
    I.get(s0), I.get(src), I.get(k), I.get(stride), I.mul, I.add, I.f64load(0), I.f64store(0),
    I.get(s1), I.get(src), I.get(k), I.get(stride), I.mul, I.add, I.get(stride), I.add, I.f64load(0), I.f64store(0),
    I.get(s0), I.get(v), STORE_LANE(8, 0), I.get(s1), I.get(v), STORE_LANE(8, 1),
    I.get(s0), I.get(r), STORE_LANE(16, 0), I.get(s1), I.get(r), STORE_LANE(16, 1),
    I.get(ok), I.i64x2allTrue, I.eqz, I.if, ...fix(0), ...fix(1), I.end,
    I.get(listed), I.get(capacity), I.gtU, I.brIf(1),
    I.get(k), I.i32(2), I.add, I.set(k),
    I.br(0), I.end, I.end,
    I.get(listed),
  );
  return {
    name: "lch",
    params: Array<number>(6).fill(T.i32),
    results: [T.i32],
    locals: [[T.i32, 4], [T.v128, 13 + Object.keys(values).length]],
    body,
  };
}

type Lch = (src: number, out: number, count: number, stride: number, fixes: number, capacity: number) => number;

interface Ready {
  lch: Lch;
  /** Byte address of the list of pixels for Math, and a view of it. */
  fixesAt: number;
  fixes: Int32Array;
}

let ready: Ready | null | undefined;

function prepare(): Ready | null {
  const memory = heapMemory();
  const exports = instantiateOnHeap([lchFunction()], memory);
  const at = memory === null ? -1 : heapStaticBlock(4 * FIX_CAPACITY);
  if (exports === null || memory === null || at < 0) return null;
  return { lch: exports.lch as Lch, fixesAt: at, fixes: new Int32Array(memory.buffer, at, FIX_CAPACITY) };
}

/**
 * Writes L, chroma and hue of every pixel of `src` (n channels a pixel, C order) into `out`;
 * `fix(p)` redoes pixel p (its first element's index) where Math must. Channels past the
 * third are left to the caller. False, with nothing reliable written, where the arrays are
 * outside the shared heap, the kernel is not built, or too many pixels need Math.
 */
export function labToLchSimd(src: Float64Array, out: Float64Array, n: number, fix: (p: number) => void): boolean {
  const s = heapAddress(src);
  const o = heapAddress(out);
  if (s < 0 || o < 0) return false;
  if (ready === undefined) ready = prepare();
  if (ready === null) return false;
  const { lch, fixesAt, fixes } = ready;
  const pixels = src.length / n;
  const even = pixels - (pixels % 2);
  const listed = lch(s, o, even, 8 * n, fixesAt, FIX_CAPACITY);
  if (listed > FIX_CAPACITY) return false;
  for (let m = 0; m < listed; m++) fix(fixes[m] * n);
  if (even < pixels) fix(even * n);
  return true;
}
