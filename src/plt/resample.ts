/**
 * imshow's resampling to the output pixel grid, as matplotlib's Agg backend does it
 * (`matplotlib.image._resample`): every output pixel centre is mapped into the image and the
 * source pixels around it are weighted by the interpolation kernel (nearest, bilinear, Agg's
 * bicubic B-spline, Hanning); when the image is larger than its output the kernel is widened
 * by the reduction factor (Agg's resample), so downsampling averages. "antialiased" is nearest
 * when matplotlib 3.6 picks it (upsampled more than 3x, or exactly 1x or 2x) and Hanning
 * otherwise. Kernels are separable: one pass per axis.
 */

/** The kernels plt resamples with. */
export type Kernel = "nearest" | "bilinear" | "bicubic" | "hanning";

interface KernelDef {
  radius: number;
  weight: (x: number) => number;
}

const pow3 = (x: number): number => (x <= 0 ? 0 : x * x * x);

/** Agg's image filters (agg_image_filters.h): radius and weight of a distance in pixels. */
const KERNELS: Record<Exclude<Kernel, "nearest">, KernelDef> = {
  bilinear: { radius: 1, weight: (x) => 1 - x },
  hanning: { radius: 1, weight: (x) => 0.5 + 0.5 * Math.cos(Math.PI * x) },
  bicubic: { radius: 2, weight: (x) => (pow3(x + 2) - 4 * pow3(x + 1) + 6 * pow3(x) - 4 * pow3(x - 1)) / 6 },
};

/**
 * The kernel matplotlib uses for an interpolation name when `src` pixels are drawn onto `out`
 * pixels along each axis ("none" falls back to nearest in Agg).
 */
export function chooseKernel(interpolation: string, srcW: number, srcH: number, outW: number, outH: number): Kernel {
  if (interpolation === "nearest" || interpolation === "none") return "nearest";
  if (interpolation === "antialiased") {
    const plain = (disp: number, n: number): boolean => disp > 3 * n || disp === n || disp === 2 * n;
    return plain(outW, srcW) && plain(outH, srcH) ? "nearest" : "hanning";
  }
  return interpolation as Kernel;
}

/** Per output index along one axis: the source indices (edges repeated) and weights (summing to 1) it reads. */
interface AxisTaps {
  index: Int32Array;
  count: Int32Array;
  weights: Float64Array;
  /** Taps per output index (the stride into index and weights). */
  width: number;
}

function axisTaps(src: number, out: number, kernel: Kernel): AxisTaps {
  const scale = src / out;
  if (kernel === "nearest") {
    const index = new Int32Array(out);
    for (let o = 0; o < out; o++) index[o] = Math.min(src - 1, Math.floor((o + 0.5) * scale));
    return { index, count: new Int32Array(out).fill(1), weights: new Float64Array(out).fill(1), width: 1 };
  }
  const { radius, weight } = KERNELS[kernel];
  // downsampling widens the kernel by the reduction factor (Agg's span_image_resample)
  const stretch = Math.max(1, scale);
  const diameter = 2 * Math.ceil(radius * stretch);
  const width = diameter + 1;
  const index = new Int32Array(out * width);
  const count = new Int32Array(out);
  const weights = new Float64Array(out * width);
  for (let o = 0; o < out; o++) {
    // the output pixel centre in source pixel units, pixel i centred at i
    const t = (o + 0.5) * scale - 0.5;
    // Agg reads a fixed run of pixels around t, zero-weighted ones included (a NaN there masks)
    const first = Math.floor(t) - diameter / 2 + 1;
    const n = t === Math.floor(t) && stretch > 1 ? diameter + 1 : diameter;
    let total = 0;
    const base = o * width;
    for (let k = 0; k < n; k++) {
      const d = Math.abs(first + k - t) / stretch;
      const w = d < radius ? weight(d) : 0;
      weights[base + k] = w;
      // pixels beyond the edges repeat the edge pixel
      index[base + k] = Math.min(src - 1, Math.max(0, first + k));
      total += w;
    }
    for (let k = 0; k < n; k++) weights[base + k] /= total;
    count[o] = n;
  }
  return { index, count, weights, width };
}

/**
 * Resamples `srcW` x `srcH` pixels of `channels` interleaved values (row-major) to `outW` x
 * `outH` with the kernel. NaN spreads to every output pixel that reads it (matplotlib masks
 * those pixels).
 */
export function resample(src: ArrayLike<number>, channels: number, srcW: number, srcH: number, outW: number, outH: number, kernel: Kernel): Float64Array {
  const tx = axisTaps(srcW, outW, kernel);
  const ty = axisTaps(srcH, outH, kernel);
  const C = channels;
  // horizontal pass: srcH rows of outW pixels
  const mid = new Float64Array(srcH * outW * C);
  for (let y = 0; y < srcH; y++) {
    const row = y * srcW * C;
    const orow = y * outW * C;
    for (let o = 0; o < outW; o++) {
      const n = tx.count[o];
      const base = o * tx.width;
      const out = orow + o * C;
      for (let k = 0; k < n; k++) {
        const w = tx.weights[base + k];
        const s = row + tx.index[base + k] * C;
        for (let c = 0; c < C; c++) mid[out + c] += w * src[s + c];
      }
    }
  }
  // vertical pass: whole rows at a time
  const rowLen = outW * C;
  const dst = new Float64Array(outH * rowLen);
  for (let o = 0; o < outH; o++) {
    const n = ty.count[o];
    const base = o * ty.width;
    const orow = o * rowLen;
    for (let k = 0; k < n; k++) {
      const w = ty.weights[base + k];
      const mrow = ty.index[base + k] * rowLen;
      for (let x = 0; x < rowLen; x++) dst[orow + x] += w * mid[mrow + x];
    }
  }
  return dst;
}
