/**
 * `skimage.filters.correlate_sparse` (0.19) and the integral-image window statistics
 * threshold_niblack / threshold_sauvola use: correlations with kernels of few non-zero taps,
 * as a sum of shifted views of a padded image.
 */
import { NDArray } from "../../np/ndarray";
import { releaseScratch, uninitFloat64 } from "../_internal/scratch";
import { contiguousStorage } from "../../np/contiguous";
import { DType, float32, float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { NdMode, axisLayout, extendIndex } from "../_internal/boundary";
import { roundingFor, keepFloat64 } from "../_internal/rounding";

/** C-order strides (in elements) of a shape. */
export function stridesOf(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let step = 1;
  for (let k = shape.length - 1; k >= 0; k--) {
    s[k] = step;
    step *= shape[k];
  }
  return s;
}

/** np.pad(values, [(before, after), ...], mode) with numpy's mode named as scipy names it. */
export function padArray(src: ArrayLike<number>, shape: readonly number[], before: readonly number[], after: readonly number[], mode: NdMode): { data: Float64Array; shape: number[] } {
  const outShape = shape.map((n, k) => n + before[k] + after[k]);
  const ndim = shape.length;
  const maps = outShape.map((n, k) => Int32Array.from({ length: n }, (_, i) => extendIndex(i - before[k], shape[k], mode)));
  const inStrides = stridesOf(shape);
  const data = uninitFloat64(outShape.reduce((a, b) => a * b, 1));
  if (data.length === 0) return { data, shape: outShape };
  // row by row along the last axis: the source offset of the row once, then its columns
  const last = ndim - 1;
  const width = outShape[last];
  const colMap = maps[last];
  const lead = before[last];
  const inner = shape[last];
  const idx = new Array<number>(Math.max(ndim - 1, 0)).fill(0);
  for (let n = 0; n < data.length; n += width) {
    let off = 0;
    let outside = false;
    for (let k = 0; k < last; k++) {
      const j = maps[k][idx[k]];
      if (j < 0) outside = true;
      off += j * inStrides[k];
    }
    if (outside) data.fill(0, n, n + width);
    else {
      for (let c = 0; c < lead; c++) {
        const j = colMap[c];
        data[n + c] = j < 0 ? 0 : src[off + j];
      }
      // the columns inside the image map to themselves
      if (src instanceof Float64Array) data.set(src.subarray(off, off + inner), n + lead);
      else for (let c = 0; c < inner; c++) data[n + lead + c] = src[off + c];
      for (let c = lead + inner; c < width; c++) {
        const j = colMap[c];
        data[n + c] = j < 0 ? 0 : src[off + j];
      }
    }
    for (let k = last - 1; k >= 0; k--) {
      if (++idx[k] < outShape[k]) break;
      idx[k] = 0;
    }
  }
  return { data, shape: outShape };
}

/**
 * `_correlate_sparse`: sum over taps of value * (padded shifted by the tap), over the valid
 * region (padded shape minus kernel shape plus one), the first tap copied, the rest added.
 */
export function correlateSparseValid(
  padded: Float64Array, pshape: readonly number[], kshape: readonly number[], taps: readonly number[][], values: readonly number[],
  round: (x: number) => number,
): { data: Float64Array; shape: number[] } {
  const ndim = pshape.length;
  const oshape = pshape.map((n, k) => n - kshape[k] + 1);
  const size = oshape.reduce((a, b) => a * b, 1);
  const out = uninitFloat64(size);
  if (size === 0) return { data: out, shape: oshape };
  const pStrides = stridesOf(pshape);
  // the sums over one flat run of the padded layout, from the first output element to the
  // last (the columns between output rows computed and dropped): each tap is then a single
  // shifted pass, and each element sees the taps in their order
  const span = oshape.reduce((s, n, k) => s + (n - 1) * pStrides[k], 0) + 1;
  const sums = ndim === 1 ? out : uninitFloat64(span);
  const shifts = taps.map((tap) => tap.reduce((s, v, k) => s + v * pStrides[k], 0));
  if (round === keepFloat64) addTapsFloat64(sums, padded, shifts, values, span);
  else for (let t = 0; t < taps.length; t++) addTap(sums, padded, shifts[t], span, values[t], t === 0, round);
  if (sums === out) return { data: out, shape: oshape };
  // gather the output rows of the last axis out of the flat run
  const last = ndim - 1;
  const width = oshape[last];
  const idx = new Array<number>(last).fill(0);
  for (let n = 0; n < size; n += width) {
    let off = 0;
    for (let k = 0; k < last; k++) off += idx[k] * pStrides[k];
    out.set(sums.subarray(off, off + width), n);
    for (let k = last - 1; k >= 0; k--) {
      if (++idx[k] < oshape[k]) break;
      idx[k] = 0;
    }
  }
  releaseScratch(sums);
  return { data: out, shape: oshape };
}

/**
 * sums[c] = the sum over taps t, in order, of values[t] * src[c + shifts[t]] for c < n; three
 * taps per pass over the sums (each element still adds them one by one, in order).
 */
function addTapsFloat64(sums: Float64Array, src: Float64Array, shifts: readonly number[], values: readonly number[], n: number): void {
  const taps = shifts.length;
  let t = 0;
  for (; t + 3 <= taps; t += 3) {
    const s0 = shifts[t], s1 = shifts[t + 1], s2 = shifts[t + 2];
    const v0 = values[t], v1 = values[t + 1], v2 = values[t + 2];
    if (t === 0) {
      for (let c = 0; c < n; c++) {
        let a = v0 * src[c + s0];
        a += v1 * src[c + s1];
        sums[c] = a + v2 * src[c + s2];
      }
    } else {
      for (let c = 0; c < n; c++) {
        let a = sums[c] + v0 * src[c + s0];
        a += v1 * src[c + s1];
        sums[c] = a + v2 * src[c + s2];
      }
    }
  }
  for (; t < taps; t++) addTap(sums, src, shifts[t], n, values[t], t === 0, keepFloat64);
}

/** sums[c] (+)= v * src[c] for c < n, the first tap copying. */
function addTap(sums: Float64Array, src: Float64Array, shift: number, n: number, v: number, first: boolean, round: (x: number) => number): void {
  if (round === keepFloat64) {
    if (first) for (let c = 0; c < n; c++) sums[c] = v * src[c + shift];
    else for (let c = 0; c < n; c++) sums[c] += v * src[c + shift];
  } else if (first) {
    for (let c = 0; c < n; c++) sums[c] = v === 1 ? src[c + shift] : round(v * src[c + shift]);
  } else {
    for (let c = 0; c < n; c++) sums[c] = round(sums[c] + (v === 1 ? src[c + shift] : round(v * src[c + shift])));
  }
}

/** scikit-image's `_to_np_mode`: scipy.ndimage mode names to the np.pad modes meaning the same. */
const SPARSE_MODES: readonly string[] = ["reflect", "mirror", "nearest", "constant", "wrap", "valid"];

/** Raises for an even window size, with scikit-image's text. */
export function validateWindowSize(sizes: readonly number[]): void {
  if (sizes.some((s) => s % 2 === 0)) {
    throw new ValueError(`Window size for \`threshold_sauvola\` or \`threshold_niblack\` must not be even on any dimension. Got (${sizes.join(", ")}${sizes.length === 1 ? "," : ""})`);
  }
}

const CORRELATE_SPARSE = signature("skimage.filters.correlate_sparse(image, kernel, mode='reflect')", {
  types: { image: "array_like", kernel: "array_like", mode: "str" },
  choices: { mode: SPARSE_MODES },
});

/**
 * `skimage.filters.correlate_sparse(image, kernel, mode='reflect')`: the cross-correlation of
 * the image with a kernel of mostly zeros, as scipy.ndimage.correlate would give it (odd kernel
 * sides); `mode: 'valid'` takes the image as already padded and returns the smaller valid part.
 * Float64 out (float32 for float32 images).
 */
export function correlate_sparse(image: NDArrayLike, kernel: NDArrayLike, ...rest: PyArgs<[mode: NdMode | "valid", options: { mode?: NdMode | "valid" }], { mode?: NdMode | "valid" }>): NDArray;
export function correlate_sparse(...args: unknown[]): NDArray {
  const { image, kernel, mode } = CORRELATE_SPARSE.bind(args);
  const img = asNDArray(image as NDArrayLike);
  const ker = asNDArray(kernel as NDArrayLike, "kernel");
  const dt: DType = img.dtype === float32 ? float32 : float64;
  const round = roundingFor(dt === float32);
  if (ker.ndim !== img.ndim) throw new ValueError("kernel must have the same number of dimensions as image");
  let padded: { data: Float64Array; shape: number[] };
  const src = contiguousStorage(img);
  if (mode === "valid") padded = { data: src instanceof Float64Array ? src : new Float64Array(src), shape: img.shape.slice() };
  else {
    validateWindowSize(ker.shape);
    const half = ker.shape.map((w) => w >> 1);
    padded = padArray(src, img.shape, half, half, mode as NdMode);
  }
  const kv = contiguousStorage(ker);
  const taps: number[][] = [];
  const values: number[] = [];
  const kStrides = stridesOf(ker.shape);
  for (let n = 0; n < kv.length; n++) {
    if (kv[n] === 0) continue;
    taps.push(ker.shape.map((_, k) => Math.floor(n / kStrides[k]) % ker.shape[k]));
    values.push(round(kv[n]));
  }
  if (!(taps.length > 0 && taps[0].every((v) => v === 0))) {
    taps.unshift(new Array(ker.ndim).fill(0));
    values.unshift(0);
  }
  const out = correlateSparseValid(padded.data, padded.shape, ker.shape, taps, values, round);
  if (padded.data !== src) releaseScratch(padded.data);
  return NDArray.fromStorage(dt === float32 ? new Float32Array(out.data) : out.data, out.shape, dt);
}
pyfunction(CORRELATE_SPARSE, correlate_sparse);

/**
 * `_mean_std`: local mean and standard deviation over odd windows `w`, from integral images of
 * the reflect-padded image and of its square.
 */
export function meanStd(img: NDArray, w: readonly number[]): { m: Float64Array; s: Float64Array; round: (x: number) => number } {
  validateWindowSize(w);
  const single = img.dtype === float32;
  const round = roundingFor(single);
  const src = contiguousStorage(img);
  const before = w.map((k) => (k >> 1) + 1);
  const after = w.map((k) => k >> 1);
  const padded = padArray(src, img.shape, before, after, "mirror");
  // integral_image: cumulative sums along every axis in turn
  const integral = (out: Float64Array) => {
    for (let axis = 0; axis < padded.shape.length; axis++) {
      const { outer, n, inner } = axisLayout(padded.shape, axis);
      for (let o = 0; o < outer; o++) {
        const base = o * n * inner;
        if (inner === 1) {
          for (let k = base + 1; k < base + n; k++) out[k] += out[k - 1];
          continue;
        }
        for (let k = 1; k < n; k++) {
          const row = base + k * inner;
          for (let i = 0; i < inner; i++) out[row + i] += out[row - inner + i];
        }
      }
    }
    return out;
  };
  const kshape = w.map((k) => k + 1);
  const taps: number[][] = [];
  const values: number[] = [];
  const ndim = w.length;
  for (let c = 0; c < 1 << ndim; c++) {
    const tap = w.map((k, d) => ((c >> (ndim - 1 - d)) & 1 ? k : 0));
    taps.push(tap);
    const sum = tap.reduce((a, b) => a + b, 0);
    values.push((ndim % 2) !== (sum % 2) ? -1 : 1);
  }
  const total = w.reduce((a, b) => a * b, 1);
  const sq = uninitFloat64(padded.data.length);
  for (let i = 0; i < sq.length; i++) sq[i] = round(padded.data[i] * padded.data[i]);
  const sums = correlateSparseValid(integral(padded.data), padded.shape, kshape, taps, values, keepFloat64).data;
  const sqSums = correlateSparseValid(integral(sq), padded.shape, kshape, taps, values, keepFloat64).data;
  releaseScratch(padded.data, sq);
  const m = uninitFloat64(sums.length);
  const s = uninitFloat64(sums.length);
  for (let i = 0; i < m.length; i++) {
    const mi = round(round(sums[i]) / total);
    const g2 = round(round(sqSums[i]) / total);
    const d = round(g2 - round(mi * mi));
    m[i] = mi;
    s[i] = round(Math.sqrt(d < 0 ? 0 : d));
  }
  releaseScratch(sums, sqSums);
  return { m, s, round };
}
