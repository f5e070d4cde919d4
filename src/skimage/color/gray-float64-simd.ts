/**
 * rgb2gray of float64 pixels on WebAssembly SIMD, two pixels per step, with the fused
 * multiply-adds of NumPy's BLAS kernels emulated exactly (no FMA instruction in WebAssembly):
 * Dekker's product, Knuth's two-sum and rounding to odd, as np/random/fma.ts does one value at a
 * time (Boldo and Melquiond's algorithm: correct for operands away from overflow and from the
 * subnormal range). Pixels whose result is NaN (inf or nan inputs) take the plain sums, which
 * give what the fused ones would.
 */
import { heapAddress, heapMemory, heapScratch } from "../../np/heap/heap";
import { I, T, WasmFunction, instantiateOnHeap } from "../../np/wasm/assemble";
import { CHAIN, FUSED, GRAY_WEIGHTS, SPLIT } from "./gray-rounding";

const [WR, WG, WB] = GRAY_WEIGHTS;
const SPLITTER = 134217729; // 2^27 + 1, Veltkamp's splitter

/** Veltkamp's split of a constant: hi + lo = w, each half with at most 26 significant bits. */
function split(w: number): [number, number] {
  const t = SPLITTER * w;
  const hi = t - (t - w);
  return [hi, w - hi];
}

const splat = (x: number) => I.v128f64(x, x);

/** A function body being written: v128 locals handed out in order after the i32 ones. */
class Body {
  readonly code: number[][] = [];
  /** Instructions that run once before the loop: the constants' locals. */
  readonly prologue: number[][] = [];
  private readonly constants = new Map<string, number>();
  private next: number;
  constructor(private readonly first: number) {
    this.next = first;
  }
  /** get of a local holding the v128 constant `ins`, set once before the loop. */
  constant(ins: number[]): number[] {
    const key = ins.join(",");
    let at = this.constants.get(key);
    if (at === undefined) {
      at = this.local();
      this.constants.set(key, at);
      this.prologue.push(ins, I.set(at));
    }
    return I.get(at);
  }
  get v128Count(): number {
    return this.next - this.first;
  }
  local(): number {
    return this.next++;
  }
  push(...ins: number[][]): void {
    this.code.push(...ins);
  }
}

/**
 * out = fma(x, w, c), rounded once, in both lanes. With sh + sl = c + ph and ph + pl = x * w
 * exactly, sh + fl(sl + pl) is already the correctly rounded sum unless it falls exactly
 * halfway between two doubles (or sl + pl cancels c + ph, when fl(sl + pl) is exact): that
 * needs fl(sl + pl) to be a small multiple of a power of two, so only such lanes take the
 * rounding to odd of Boldo and Melquiond's algorithm.
 */
function fmaInto(b: Body, x: number, w: number, c: number, out: number): void {
  const [wh, wl] = split(w).map((h) => b.constant(splat(h)));
  const ZERO = b.constant(splat(0));
  const ONE_BIT = b.constant(I.v128i64(0, 1));
  const LOW_BITS = b.constant(I.v128i64(0x0003ffff, 0xffffffff));
  const W = b.constant(splat(w));
  const S = b.constant(splat(SPLITTER));
  const [ph, t, xh, xl, pl, sh, z, sl, v, w2, ve, apply] = Array.from({ length: 12 }, () => b.local());
  b.push(
    // x * w = ph + pl exactly
    I.get(x), W, I.f64x2mul, I.set(ph),
    I.get(x), S, I.f64x2mul, I.set(t),
    I.get(t), I.get(t), I.get(x), I.f64x2sub, I.f64x2sub, I.set(xh),
    I.get(x), I.get(xh), I.f64x2sub, I.set(xl),
    I.get(xh), wh, I.f64x2mul, I.get(ph), I.f64x2sub, I.get(xh), wl, I.f64x2mul, I.f64x2add,
    I.get(xl), wh, I.f64x2mul, I.f64x2add, I.get(xl), wl, I.f64x2mul, I.f64x2add, I.set(pl),
    // c + ph = sh + sl exactly
    I.get(c), I.get(ph), I.f64x2add, I.set(sh),
    I.get(sh), I.get(c), I.f64x2sub, I.set(z),
    I.get(c), I.get(sh), I.get(z), I.f64x2sub, I.f64x2sub, I.get(ph), I.get(z), I.f64x2sub, I.f64x2add, I.set(sl),
    I.get(sl), I.get(pl), I.f64x2add, I.set(v),
    // a nonzero v with no significant bits past its first three: round sl + pl to odd instead
    I.get(v), LOW_BITS, I.v128and, ZERO, I.i64x2eq, I.get(v), ZERO, I.f64x2eq, I.v128andnot, I.anyTrue, I.if,
    I.get(v), I.get(sl), I.f64x2sub, I.set(w2),
    I.get(sl), I.get(v), I.get(w2), I.f64x2sub, I.f64x2sub, I.get(pl), I.get(w2), I.f64x2sub, I.f64x2add, I.set(ve),
    I.get(ve), ZERO, I.f64x2ne, I.get(v), ONE_BIT, I.v128and, ZERO, I.i64x2eq, I.v128and, I.set(apply),
    // +1 on the bits moves away from zero, -1 (all ones) toward it
    I.get(v), I.get(ve), I.v128xor, ZERO, I.i64x2ltS, ONE_BIT, I.v128or, I.get(apply), I.v128and,
    I.get(v), I.i64x2add, I.set(v),
    I.end,
    I.get(sh), I.get(v), I.f64x2add, I.set(out),
  );
}

type Order = typeof FUSED | typeof CHAIN | typeof SPLIT;

/**
 * gray(src, channelStep, out, pairs): 2 * pairs pixels to doubles at out. Interleaved pixels
 * (r g b r g b ...) start at src; planar ones have r at src, g at src + channelStep and b at
 * src + 2 * channelStep (bytes), one pixel a double.
 */
function kernel(order: Order, planar: boolean): WasmFunction {
  const [src, channelStep, out, pairs] = [0, 1, 2, 3];
  const [p, o, end] = [4, 5, 6];
  const b = new Body(7);
  const [l0, l1, l2, r, g, bl, q, inner, res, plain, bad] = Array.from({ length: 11 }, () => b.local());
  const lanes = (from: number) => [...Array(8).keys()].map((k) => from + k);
  const ZERO = b.constant(splat(0));
  const [wr, wg, wb] = [WR, WG, WB].map((w) => b.constant(splat(w)));
  const step = planar ? 16 : 48;
  b.push(
    I.get(src), I.set(p), I.get(out), I.set(o),
    I.get(src), I.get(pairs), I.i32(step), I.mul, I.add, I.set(end),
    I.block, I.loop, I.get(p), I.get(end), I.ltU, I.eqz, I.brIf(1),
  );
  if (planar) {
    b.push(
      I.get(p), I.v128load(0), I.set(r),
      I.get(p), I.get(channelStep), I.add, I.v128load(0), I.set(g),
      I.get(p), I.get(channelStep), I.get(channelStep), I.add, I.add, I.v128load(0), I.set(bl),
    );
  } else {
    b.push(
      // (r0 g0) (b0 r1) (g1 b1) -> (r0 r1) (g0 g1) (b0 b1)
      I.get(p), I.v128load(0), I.set(l0), I.get(p), I.v128load(16), I.set(l1), I.get(p), I.v128load(32), I.set(l2),
      I.get(l0), I.get(l1), I.shuffle([...lanes(0), ...lanes(24)]), I.set(r),
      I.get(l0), I.get(l2), I.shuffle([...lanes(8), ...lanes(16)]), I.set(g),
      I.get(l1), I.get(l2), I.shuffle([...lanes(0), ...lanes(24)]), I.set(bl),
    );
  }
  if (order === CHAIN) {
    // fma(b, wb, fma(g, wg, r * wr))
    b.push(ZERO, I.get(r), wr, I.f64x2mul, I.f64x2add, I.set(q));
    fmaInto(b, g, WG, q, inner);
  } else {
    // fma(r, wr, g * wg), then fma(b, wb, .) or + b * wb
    b.push(I.get(g), wg, I.f64x2mul, I.set(q));
    fmaInto(b, r, WR, q, inner);
  }
  if (order === SPLIT) {
    b.push(ZERO, I.get(inner), I.f64x2add, I.get(bl), wb, I.f64x2mul, I.f64x2add, I.set(res));
  } else {
    fmaInto(b, bl, WB, inner, res);
    b.push(ZERO, I.get(res), I.f64x2add, I.set(res));
  }
  b.push(
    // inf or nan inputs: the plain sums, as IEEE arithmetic gives them fused or not
    I.get(res), I.get(res), I.f64x2ne, I.set(bad),
    I.get(bad), I.anyTrue, I.if,
    ZERO, I.get(r), wr, I.f64x2mul, I.f64x2add, I.get(g), wg, I.f64x2mul, I.f64x2add,
    I.get(bl), wb, I.f64x2mul, I.f64x2add, I.set(plain),
    I.get(plain), I.get(res), I.get(bad), I.bitselect, I.set(res),
    I.end,
    I.get(o), I.get(res), I.v128store(0),
    I.get(p), I.i32(step), I.add, I.set(p), I.get(o), I.i32(16), I.add, I.set(o),
    I.br(0), I.end, I.end,
  );
  const name = `gray${order}${planar ? "p" : "i"}`;
  return { name, params: [T.i32, T.i32, T.i32, T.i32], locals: [[T.i32, 3], [T.v128, b.v128Count]], body: [...b.prologue, ...b.code] };
}

type PairKernel = (src: number, channelStep: number, out: number, pairs: number) => void;
let kernels: Record<string, PairKernel> | null | undefined;

function simdKernels(): Record<string, PairKernel> | null {
  if (kernels !== undefined) return kernels;
  const fns = ([FUSED, CHAIN, SPLIT] as Order[]).flatMap((order) => [kernel(order, false), kernel(order, true)]);
  kernels = instantiateOnHeap(fns, heapMemory()) as Record<string, PairKernel> | null;
  return kernels;
}

/** Whether `rounding` has a SIMD kernel. */
export function hasSimdKernel(rounding: number): rounding is Order {
  return rounding === FUSED || rounding === CHAIN || rounding === SPLIT;
}

/** Pixels per step through the scratch blocks: three doubles each must fit one block. */
const SCRATCH_PIXELS = 2730;

/**
 * Runs the `rounding` kernel over `count` pixels into out[outFrom...], two at a time: red of
 * the first at src[at], green and blue `channelStep` elements further (1: interleaved pixels,
 * 3 elements apart; more: planes, pixels 1 apart). Arrays outside the heap pass through its
 * scratch blocks a slice at a time. Returns how many pixels it did (even; 0 without SIMD).
 */
export function grayFloat64Pairs(
  src: Float64Array, at: number, channelStep: number, out: Float64Array, outFrom: number, count: number, rounding: Order,
): number {
  const run = simdKernels();
  if (run === null) return 0;
  const planar = channelStep !== 1;
  const kernel = run[`gray${rounding}${planar ? "p" : "i"}`];
  const done = count & ~1;
  const srcAt = heapAddress(src);
  const outAt = heapAddress(out);
  if (srcAt >= 0 && outAt >= 0) {
    kernel(srcAt + 8 * at, 8 * channelStep, outAt + 8 * outFrom, done >> 1);
    return done;
  }
  const pixelStep = planar ? 1 : 3;
  for (let k = 0; k < done; k += SCRATCH_PIXELS) {
    const c = Math.min(SCRATCH_PIXELS, done - k);
    const first = at + k * pixelStep;
    let from = srcAt + 8 * first;
    let step = channelStep;
    if (srcAt < 0) {
      const pixels = heapScratch(0, 3 * c);
      if (pixels === null) return k;
      if (planar) for (let ch = 0; ch < 3; ch++) pixels.set(src.subarray(first + ch * channelStep, first + ch * channelStep + c), ch * c);
      else pixels.set(src.subarray(first, first + 3 * c));
      from = heapAddress(pixels);
      step = planar ? c : 1;
    }
    const gray = outAt < 0 ? heapScratch(1, c) : null;
    if (outAt < 0 && gray === null) return k;
    kernel(from, 8 * step, gray === null ? outAt + 8 * (outFrom + k) : heapAddress(gray), c >> 1);
    if (gray !== null) out.set(gray, outFrom + k);
  }
  return done;
}
