/**
 * rgb2gray of float pixels with NumPy's rounding, output by output (gray-rounding.ts tells
 * which sum each output gets). Fused multiply-adds are emulated exactly; pixels whose result
 * is NaN (inf or nan inputs) take the plain sums, whose inf/nan are the fused ones' too.
 */
import { fma } from "../../np/random/fma";
import { CHAIN, FUSED, GRAY_WEIGHTS, PLAIN_DOUBLE_SUM, SPLIT } from "./gray-rounding";
import { grayFloat64Pairs, hasSimdKernel } from "./gray-float64-simd";

const [WR, WG, WB] = GRAY_WEIGHTS;

/**
 * C-ordered pixel data split by the channel axis into (outer, 3, inner): inner 1 is channel
 * last (r g b r g b ...), more is one plane of `inner` pixels per channel in each outer block.
 */
export interface ColorData<T> {
  data: T;
  inner: number;
}

/** A stretch of outputs whose pixels are evenly spaced in the data. */
interface Stretch {
  outStart: number;
  /** Index of the first pixel's red value. */
  at: number;
  pixelStep: number;
  channelStep: number;
  length: number;
}

/**
 * The stretches covering `n` outputs: whole rows of `rowLength` outputs, or longer stretches
 * when every output of a row is summed alike (`wholeRows`), never across a plane.
 */
function stretches(inner: number, n: number, rowLength: number, wholeRows: boolean): Stretch[] {
  const list: Stretch[] = [];
  if (inner === 1) {
    const span = wholeRows ? n : rowLength;
    for (let start = 0; start < n; start += span) {
      list.push({ outStart: start, at: 3 * start, pixelStep: 3, channelStep: 1, length: Math.min(span, n - start) });
    }
    return list;
  }
  const span = wholeRows ? inner : rowLength;
  for (let block = 0; block * inner < n; block++) {
    for (let j = 0; j < inner; j += span) {
      list.push({ outStart: block * inner + j, at: block * 3 * inner + j, pixelStep: 1, channelStep: inner, length: span });
    }
  }
  return list;
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

/**
 * float64: out[i] is the gray value of pixel i; rounding[i % rounding.length] picks its sum.
 * Runs of two pixels or more go to the SIMD kernels where they can.
 */
export function grayFromFloat64(src: ColorData<Float64Array>, out: Float64Array, rounding: Uint8Array): void {
  const runs = runsOf(rounding);
  const wholeRows = runs.length === 1;
  const data = src.data;
  for (const { outStart, at, pixelStep, channelStep, length } of stretches(src.inner, out.length, rounding.length, wholeRows)) {
    for (const [start, runEnd, kind] of runs) {
      const end = wholeRows ? length : runEnd;
      let i = start;
      if (hasSimdKernel(kind) && end - start > 1) {
        i += grayFloat64Pairs(data, at + start * pixelStep, channelStep, out, outStart + start, end - start, kind);
      }
      for (let p = at + i * pixelStep; i < end; i++, p += pixelStep) {
        out[outStart + i] = gray64(data[p], data[p + channelStep], data[p + 2 * channelStep], kind);
      }
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

/**
 * float32 outputs out[outStart + i] for i in [start, end), pixel i's red at
 * data[at + i * pixelStep]: one loop per sum, so that fma32 inlines and nothing is boxed.
 */
function grayRun32(
  data: Float32Array, out: Float32Array, outStart: number, at: number, pixelStep: number, channelStep: number,
  start: number, end: number, rounding: number,
): void {
  const g0 = channelStep, b0 = 2 * channelStep;
  let p = at + start * pixelStep;
  switch (rounding) {
    case FUSED:
      for (let i = start; i < end; i++, p += pixelStep) out[outStart + i] = f(0 + fma32(data[p + b0], SB, fma32(data[p], SR, f(data[p + g0] * SG))));
      break;
    case CHAIN:
      for (let i = start; i < end; i++, p += pixelStep) out[outStart + i] = f(0 + fma32(data[p + b0], SB, fma32(data[p + g0], SG, f(0 + f(data[p] * SR)))));
      break;
    case SPLIT:
      for (let i = start; i < end; i++, p += pixelStep) out[outStart + i] = f(f(0 + fma32(data[p], SR, f(data[p + g0] * SG))) + f(data[p + b0] * SB));
      break;
    case PLAIN_DOUBLE_SUM:
      for (let i = start; i < end; i++, p += pixelStep) out[outStart + i] = f(0 + f(data[p] * SR) + f(data[p + g0] * SG) + f(data[p + b0] * SB));
      break;
    default:
      for (let i = start; i < end; i++, p += pixelStep) out[outStart + i] = plain32(data[p], data[p + g0], data[p + b0]);
  }
  // inf or nan inputs: the plain sums, whose inf/nan the fused ones share
  for (let i = start, q = at + start * pixelStep; i < end; i++, q += pixelStep) {
    if (out[outStart + i] !== out[outStart + i]) out[outStart + i] = plain32(data[q], data[q + g0], data[q + b0]);
  }
}

function plain32(r: number, g: number, b: number): number {
  return f(f(f(0 + f(r * SR)) + f(g * SG)) + f(b * SB));
}

/** float32: as grayFromFloat64, in plain JavaScript. */
export function grayFromFloat32(src: ColorData<Float32Array>, out: Float32Array, rounding: Uint8Array): void {
  const runs = runsOf(rounding);
  const wholeRows = runs.length === 1;
  for (const { outStart, at, pixelStep, channelStep, length } of stretches(src.inner, out.length, rounding.length, wholeRows)) {
    for (const [start, runEnd, kind] of runs) {
      grayRun32(src.data, out, outStart, at, pixelStep, channelStep, start, wholeRows ? length : runEnd, kind);
    }
  }
}
