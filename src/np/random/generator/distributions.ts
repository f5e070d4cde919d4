/**
 * The ziggurat samplers of NumPy's Generator over a PCG64 stream, step for step: the 256-layer
 * standard normal and standard exponential, in float64 (64-bit draws) and float32 (32-bit
 * draws, single-precision arithmetic), and the Source the shared distributions draw from.
 */
import { FI, KI, WI, ZIGGURAT_NOR_INV_R, ZIGGURAT_NOR_R } from "./ziggurat-tables";
import { FE, KE, WE, ZIGGURAT_EXP_R } from "./ziggurat-exp-tables";
import { FE_F, FI_F, KE_F, KI_F, WE_F, WI_F, ZIGGURAT_EXP_R_F, ZIGGURAT_NOR_INV_R_F, ZIGGURAT_NOR_R_F } from "./ziggurat-float-tables";
import type { Source } from "../dists/source";
import { exp } from "../exp";
import { log1p } from "../log1p";
import type { PCG64 } from "./pcg64";
import { PcgKernel, kernelFill } from "./pcg64-kernel";

const TWO_POW_21 = 2097152;
const TWO_POW_23 = 8388608;
const f32 = Math.fround;

/** A stream of uniform doubles: a PCG64, or the WebAssembly kernel holding its state. */
interface Doubles {
  nextDouble(): number;
}

/** One standard normal draw (NumPy's `random_standard_normal`). */
export function standardNormal(bg: PCG64): number {
  const W = bg.word;
  for (;;) {
    bg.next64();
    const lo = W[0];
    const idx = lo & 0xff;
    // rabs: bits 9..60 of the 64-bit draw (52 bits); bit 8 is the sign.
    const rabs = (W[1] & 0x1fffffff) * TWO_POW_23 + (lo >>> 9);
    let x = rabs * WI[idx];
    if ((lo >>> 8) & 1) x = -x;
    if (rabs < KI[idx]) return x;
    x = normalBeyondFastPath(bg, lo, idx, x);
    if (x === x) return x;
  }
}

/**
 * The ziggurat normal's rare steps for a draw (low word `lo`) that failed the fast test: the
 * tail beyond r for the base strip, else the wedge test; NaN when the draw is rejected.
 */
function normalBeyondFastPath(src: Doubles, lo: number, idx: number, x: number): number {
  if (idx === 0) {
    // The tail beyond r, by Marsaglia's exponential rejection (1 - U avoids log(0)).
    for (;;) {
      const xx = -ZIGGURAT_NOR_INV_R * log1p(-src.nextDouble());
      const yy = -log1p(-src.nextDouble());
      if (yy + yy > xx * xx) return (lo >>> 17) & 1 ? -(ZIGGURAT_NOR_R + xx) : ZIGGURAT_NOR_R + xx;
    }
  }
  return (FI[idx - 1] - FI[idx]) * src.nextDouble() + FI[idx] < exp(-0.5 * x * x) ? x : NaN;
}

/** Fills `out` with standard normal draws. */
export function fillStandardNormal(bg: PCG64, out: Float64Array): void {
  fillZiggurat(bg, out, standardNormal, (k) => k.normals, (k) => normalBeyondFastPath(k, k.rejectedLow(), k.rejectedLow() & 0xff, k.rejectedX()));
}

/**
 * Fills `out` from the WebAssembly kernel's fast path (`fast`, which stops at a rejected draw)
 * and JavaScript's rare steps for that draw (`beyond`: a value or NaN), or one by one by `one`
 * where the kernel is unavailable or the fill short.
 */
function fillZiggurat(
  bg: PCG64, out: Float64Array, one: (bg: PCG64) => number, fast: (k: PcgKernel) => (n: number, at: number) => number, beyond: (k: PcgKernel) => number,
): void {
  const kernel = bg.enterKernel(out.length);
  if (kernel === null) {
    for (let i = 0; i < out.length; i++) out[i] = one(bg);
    return;
  }
  kernelFill(out, fast(kernel), () => beyond(kernel));
  bg.leaveKernel(kernel);
}

/** One standard exponential draw (NumPy's `random_standard_exponential`, ziggurat). */
export function standardExponential(bg: PCG64): number {
  const W = bg.word;
  for (;;) {
    bg.next64();
    // ri = draw >> 3: idx its low 8 bits, then the remaining 53 bits
    const idx = (W[0] >>> 3) & 0xff;
    const ri = W[1] * TWO_POW_21 + (W[0] >>> 11);
    let x = ri * WE[idx];
    if (ri < KE[idx]) return x;
    x = exponentialBeyondFastPath(bg, idx, x);
    if (x === x) return x;
  }
}

/** The ziggurat exponential's rare steps: the tail for the base strip, else the wedge test; NaN to draw again. */
function exponentialBeyondFastPath(src: Doubles, idx: number, x: number): number {
  if (idx === 0) return ZIGGURAT_EXP_R - log1p(-src.nextDouble());
  return (FE[idx - 1] - FE[idx]) * src.nextDouble() + FE[idx] < exp(-x) ? x : NaN;
}

/** Fills `out` with standard exponential draws. */
export function fillStandardExponential(bg: PCG64, out: Float64Array): void {
  fillZiggurat(bg, out, standardExponential, (k) => k.exponentials, (k) => exponentialBeyondFastPath(k, (k.rejectedLow() >>> 3) & 0xff, k.rejectedX()));
}

/** One float32 standard normal draw (NumPy's `random_standard_normal_f`). */
export function standardNormalF(bg: PCG64): number {
  for (;;) {
    const r = bg.next32() >>> 0;
    const idx = r & 0xff;
    const rabs = (r >>> 9) & 0x7fffff;
    let x = f32(rabs * WI_F[idx]);
    if ((r >>> 8) & 1) x = -x;
    if (rabs < KI_F[idx]) return x;
    x = normalFBeyondFastPath(bg, r, idx, x);
    if (x === x) return x;
  }
}

/** standardNormalF's rare steps for a 32-bit draw r that failed the fast test: the tail or the wedge; NaN to draw again. */
function normalFBeyondFastPath(src: { nextFloat(): number }, r: number, idx: number, x: number): number {
  if (idx === 0) {
    for (;;) {
      const xx = f32(-ZIGGURAT_NOR_INV_R_F * f32(log1p(-src.nextFloat())));
      const yy = f32(-f32(log1p(-src.nextFloat())));
      if (f32(yy + yy) > f32(xx * xx)) return (r >>> 17) & 1 ? -f32(ZIGGURAT_NOR_R_F + xx) : f32(ZIGGURAT_NOR_R_F + xx);
    }
  }
  return f32(f32(f32(FI_F[idx - 1] - FI_F[idx]) * src.nextFloat()) + FI_F[idx]) < exp(-0.5 * x * x) ? x : NaN;
}

/** Fills `out` with float32 standard normal draws. */
export function fillStandardNormalF(bg: PCG64, out: Float32Array): void {
  const kernel = bg.enterKernel(out.length);
  if (kernel === null) {
    for (let i = 0; i < out.length; i++) out[i] = standardNormalF(bg);
    return;
  }
  kernelFill(out, kernel.normalsF, () => {
    const r = kernel.rejectedLow() >>> 0;
    return normalFBeyondFastPath(kernel, r, r & 0xff, kernel.rejectedX());
  });
  bg.leaveKernel(kernel);
}

/** One float32 standard exponential draw (NumPy's `random_standard_exponential_f`). */
export function standardExponentialF(bg: PCG64): number {
  for (;;) {
    const ri0 = (bg.next32() >>> 0) >>> 1;
    const idx = ri0 & 0xff;
    const ri = ri0 >>> 8;
    const x = f32(ri * WE_F[idx]);
    if (ri < KE_F[idx]) return x;
    if (idx === 0) return f32(ZIGGURAT_EXP_R_F - f32(log1p(-bg.nextFloat())));
    if (f32(f32(f32(FE_F[idx - 1] - FE_F[idx]) * bg.nextFloat()) + FE_F[idx]) < f32(Math.exp(-x))) return x;
  }
}

/** The Generator's primitives (ziggurat normals and exponentials) over a PCG64 stream. */
export class PcgSource implements Source {
  readonly legacy = false;
  constructor(private readonly bg: PCG64) {}
  double(): number {
    return this.bg.nextDouble();
  }
  normal(): number {
    return standardNormal(this.bg);
  }
  exponential(): number {
    return standardExponential(this.bg);
  }
}
