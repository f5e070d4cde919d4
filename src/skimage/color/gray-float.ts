/**
 * rgb2gray of float pixels with NumPy's rounding, output by output (gray-rounding.ts tells
 * which sum each output gets). Fused multiply-adds are emulated exactly; non-finite pixels
 * take the plain sums, whose inf/nan are the fused ones' too.
 */
import { fma } from "../../np/random/fma";
import { CHAIN, FUSED, GRAY_WEIGHTS, PLAIN_DOUBLE_SUM, SPLIT } from "./gray-rounding";

const [WR, WG, WB] = GRAY_WEIGHTS;

/**
 * float64: out[i] from the channel-last pixels src[3i..3i+2]; rounding[i % rowLength] picks the sum.
 * Exact for pixel values away from the subnormal range (the fma emulation's limit).
 */
export function grayFromFloat64(src: Float64Array, out: Float64Array, rounding: Uint8Array): void {
  const rowLength = rounding.length;
  for (let o = 0, p = 0, j = 0; o < out.length; o++, p += 3) {
    const r = src[p], g = src[p + 1], b = src[p + 2];
    let v: number;
    switch (rounding[j]) {
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
    if (!Number.isFinite(v)) v = 0 + r * WR + g * WG + b * WB;
    out[o] = v;
    if (++j === rowLength) j = 0;
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
