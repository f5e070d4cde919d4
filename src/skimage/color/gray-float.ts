/**
 * rgb2gray of float pixels with NumPy's rounding, output by output (gray-rounding.ts tells
 * which sum each output gets). Fused multiply-adds are emulated exactly; pixels whose result
 * is NaN (inf or nan inputs) take the plain sums, whose inf/nan are the fused ones' too.
 */
import { fma } from "../../np/random/fma";
import { CHAIN, FUSED, GRAY_WEIGHTS, PLAIN_DOUBLE_SUM, SPLIT } from "./gray-rounding";
import { grayFloat64Pairs, hasSimdKernel, inHeap } from "./gray-float64-simd";

const [WR, WG, WB] = GRAY_WEIGHTS;

/** The gray value of one float64 pixel, summed as `rounding` says. */
function gray64(r: number, g: number, b: number, rounding: number): number {
  let v: number;
  switch (rounding) {
    case FUSED:
      v = 0 + fma(b, WB, fma(r, WR, g * WG));
      break;
    case CHAIN:
      v = 0 + fma(b, WB, fma(g, WG, 0 + r * WR));
      break;
    case SPLIT:
      v = 0 + fma(r, WR, g * WG) + b * WB;
      break;
    default:
      v = 0 + r * WR + g * WG + b * WB;
  }
  return Number.isNaN(v) ? 0 + r * WR + g * WG + b * WB : v;
}

/** Runs of equal rounding in a row: [start, end, rounding]. */
function runsOf(rounding: Uint8Array): [number, number, number][] {
  const runs: [number, number, number][] = [];
  for (let i = 0; i < rounding.length; ) {
    let j = i + 1;
    while (j < rounding.length && rounding[j] === rounding[i]) j++;
    runs.push([i, j, rounding[i]]);
    i = j;
  }
  return runs;
}

/**
 * float64: out[i] from the channel-last pixels src[3i..3i+2]; rounding[i % rowLength] picks the
 * sum. Runs of two pixels or more go to the SIMD kernels where they can.
 */
export function grayFromFloat64(src: Float64Array, out: Float64Array, rounding: Uint8Array): void {
  const n = out.length;
  const rowLength = rounding.length;
  const runs = runsOf(rounding);
  // One rounding for every pixel: the whole image is one run.
  const rows = runs.length === 1 ? 1 : n / rowLength;
  const span = runs.length === 1 ? n : rowLength;
  if (runs.length === 1) runs[0][1] = n;
  const simdSrc = runs.some(([a, b, k]) => b - a > 1 && hasSimdKernel(k)) ? inHeap(src) : null;
  for (let row = 0; row < rows; row++) {
    const base = row * span;
    for (const [start, end, kind] of runs) {
      let i = base + start;
      if (simdSrc !== null && hasSimdKernel(kind) && end - start > 1) i = grayFloat64Pairs(simdSrc, out, i, base + end, kind);
      for (; i < base + end; i++) out[i] = gray64(src[3 * i], src[3 * i + 1], src[3 * i + 2], kind);
    }
  }
}

const f = Math.fround;
const [SR, SG, SB] = GRAY_WEIGHTS.map(f);

/** a * b + c rounded once to float32, for float32 a, b, c. */
export function fma32(a: number, b: number, c: number): number {
  const p = a * b; // exact: 48 significant bits
  const s = p + c;
  const z = s - p;
  const e = p - (s - z) + (c - z);
  const r = f(s);
  if (e === 0) return r;
  // s was rounded: it misleads only when it lies exactly halfway between two floats
  const other = 2 * s - r;
  if (other !== r && f(other) === other && e > 0 === other > r) return other;
  return r;
}

/** float32: as grayFromFloat64, in float32 arithmetic with float32 weights. */
export function grayFromFloat32(src: Float32Array, out: Float32Array, rounding: Uint8Array): void {
  const rowLength = rounding.length;
  for (let o = 0, p = 0, j = 0; o < out.length; o++, p += 3) {
    const r = src[p], g = src[p + 1], b = src[p + 2];
    let v: number;
    switch (rounding[j]) {
      case FUSED:
        v = f(0 + fma32(b, SB, fma32(r, SR, f(g * SG))));
        break;
      case CHAIN:
        v = f(0 + fma32(b, SB, fma32(g, SG, f(0 + f(r * SR)))));
        break;
      case SPLIT:
        v = f(f(0 + fma32(r, SR, f(g * SG))) + f(b * SB));
        break;
      case PLAIN_DOUBLE_SUM:
        v = f(0 + f(r * SR) + f(g * SG) + f(b * SB));
        break;
      default:
        v = f(f(f(0 + f(r * SR)) + f(g * SG)) + f(b * SB));
    }
    if (!Number.isFinite(v)) v = f(f(f(0 + f(r * SR)) + f(g * SG)) + f(b * SB));
    out[o] = v;
    if (++j === rowLength) j = 0;
  }
}
