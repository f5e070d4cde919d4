/** `skimage.transform.hough_line` and `hough_line_peaks` (0.19): the straight-line Hough transform. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { bool, float64, uint64 } from "../../np/dtype";
import { linspace } from "../../np/create-ranges";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";
import { IMAGE } from "../_internal/bind";
import { uninitFloat64 } from "../_internal/scratch";
import { prominentPeaks } from "./_prominent_peaks";
import { VOTE_LANES, voteBlock } from "./_hough_votes";
import { heapScratch } from "../../np/heap/heap";

const HOUGH_LINE = signature("skimage.transform.hough_line(image, theta=None)", {
  types: { image: IMAGE, theta: [IMAGE, "None"] },
});

/** Keyword arguments of hough_line. */
export interface HoughLineOptions {
  theta?: NDArrayLike | null;
}

/**
 * `skimage.transform.hough_line(image, theta=None)`: `[hspace, angles, distances]`. Every
 * non-zero pixel (x, y) votes, for each angle t, at distance round(x cos t + y sin t) (half
 * away from zero); hspace is uint64 of shape (2 offset + 1, len(theta)) with offset =
 * ceil(hypot(rows, cols)); distances run from -offset to offset. `theta` defaults to 180
 * angles over [-pi/2, pi/2).
 */
export function hough_line(image: NDArrayLike, ...rest: PyArgs<[theta: NDArrayLike | null, options: HoughLineOptions], HoughLineOptions>): [NDArray, NDArray, NDArray];
export function hough_line(...args: unknown[]): [NDArray, NDArray, NDArray] {
  const b = HOUGH_LINE.bind(args);
  const img = asNDArray(b.image as NDArrayLike);
  if (img.ndim !== 2) throw new ValueError("The input image `image` must be 2D.");
  const theta = b.theta === null ? linspace(-Math.PI / 2, Math.PI / 2, 180, false) : asNDArray(b.theta as NDArrayLike, "theta").astype(float64);
  const angles = readFloat64(theta);
  const [rows, cols] = img.shape;
  const offset = Math.ceil(Math.sqrt(rows * rows + cols * cols));
  const nd = 2 * offset + 1;
  const nt = angles.length;
  const src = contiguousStorage(img);
  const xy = voters(src, rows, cols, img.dtype === bool);
  const count = xy.length >> 1;
  const accum = uninitFloat64(nd * nt);
  if (voteSimd(xy, count, angles, offset, nd, accum)) return [NDArray.fromStorage(accum, [nd, nt], uint64), theta.copy(), linspace(-offset, offset, nd)];
  // without SIMD: four angles at a time, their votes interleaved (distance-major): a run of voters
  // on one line votes into one bin, and four independent bins keep those increments from queueing
  const block = new Int32Array(4 * nd);
  let j = 0;
  for (; j + 4 <= nt; j += 4) {
    const c0 = Math.cos(angles[j]), s0 = Math.sin(angles[j]);
    const c1 = Math.cos(angles[j + 1]), s1 = Math.sin(angles[j + 1]);
    const c2 = Math.cos(angles[j + 2]), s2 = Math.sin(angles[j + 2]);
    const c3 = Math.cos(angles[j + 3]), s3 = Math.sin(angles[j + 3]);
    block.fill(0);
    for (let k = 0; k < 2 * count; k += 2) {
      const x = xy[k];
      const y = xy[k + 1];
      const v0 = c0 * x + s0 * y;
      const v1 = c1 * x + s1 * y;
      const v2 = c2 * x + s2 * y;
      const v3 = c3 * x + s3 * y;
      block[4 * (roundHalfAway(v0) + offset)]++;
      block[4 * (roundHalfAway(v1) + offset) + 1]++;
      block[4 * (roundHalfAway(v2) + offset) + 2]++;
      block[4 * (roundHalfAway(v3) + offset) + 3]++;
    }
    for (let d = 0, at = j; d < nd; d++, at += nt) {
      accum[at] = block[4 * d];
      accum[at + 1] = block[4 * d + 1];
      accum[at + 2] = block[4 * d + 2];
      accum[at + 3] = block[4 * d + 3];
    }
  }
  for (; j < nt; j++) {
    const c = Math.cos(angles[j]);
    const s = Math.sin(angles[j]);
    block.fill(0, 0, nd);
    for (let k = 0; k < 2 * count; k += 2) block[roundHalfAway(c * xy[k] + s * xy[k + 1]) + offset]++;
    for (let d = 0; d < nd; d++) accum[d * nt + j] = block[d];
  }
  return [NDArray.fromStorage(accum, [nd, nt], uint64), theta.copy(), linspace(-offset, offset, nd)];
}
pyfunction(HOUGH_LINE, hough_line);

/**
 * The non-zero pixels' (x, y) side by side, in C order, in the heap where the SIMD voting
 * reads them.
 */
function voters(src: NDArray["data"], rows: number, cols: number, isBool: boolean): Float64Array {
  if (isBool && src instanceof Uint8Array && src.byteOffset % 4 === 0 && cols % 4 === 0) return boolVoters(src, rows, cols);
  let count = 0;
  for (let i = 0; i < src.length; i++) if (src[i]) count++;
  const xy = heapScratch(1, 2 * count) ?? uninitFloat64(2 * count);
  for (let y = 0, i = 0, k = 0; y < rows; y++) {
    for (let x = 0; x < cols; x++, i++) {
      if (!src[i]) continue;
      xy[k++] = x;
      xy[k++] = y;
    }
  }
  return xy;
}

/**
 * voters() for booleans (bytes 0 or 1) with rows of whole 4-byte words: blank words are
 * skipped four pixels at once, and the others written without a branch per pixel (every
 * pixel is written; the write position moves on only past a voter).
 */
function boolVoters(src: Uint8Array, rows: number, cols: number): Float64Array {
  const words = new Int32Array(src.buffer, src.byteOffset, src.length >> 2);
  let count = 0;
  // the four bytes' sum lands in the top byte
  for (let i = 0; i < words.length; i++) count += Math.imul(words[i], 0x01010101) >>> 24;
  const xy = heapScratch(1, 2 * count + 8) ?? uninitFloat64(2 * count + 8);
  const perRow = cols >> 2;
  for (let y = 0, w = 0, k = 0; y < rows; y++) {
    for (let q = 0; q < perRow; q++, w++) {
      if (words[w] === 0) continue;
      const i = 4 * w;
      const x = 4 * q;
      for (let b = 0; b < 4; b++) {
        xy[k] = x + b;
        xy[k + 1] = y;
        k += 2 * src[i + b];
      }
    }
  }
  return xy.subarray(0, 2 * count);
}

/** The votes of every angle into accum (nd, nt) on SIMD, VOTE_LANES angles a pass; false without SIMD. */
function voteSimd(xy: Float64Array, count: number, angles: Float64Array, offset: number, nd: number, accum: Float64Array): boolean {
  const votes = voteBlock(nd);
  if (votes === null) return false;
  const nt = angles.length;
  const c = new Float64Array(VOTE_LANES);
  const s = new Float64Array(VOTE_LANES);
  for (let j = 0; j < nt; j += VOTE_LANES) {
    const lanes = Math.min(VOTE_LANES, nt - j);
    // lanes past the last angle vote at distance 0, and are not read
    c.fill(0);
    s.fill(0);
    for (let q = 0; q < lanes; q++) {
      c[q] = Math.cos(angles[j + q]);
      s[q] = Math.sin(angles[j + q]);
    }
    // both fail on the first pass if at all: xy and accum stay where they are
    if (!votes.vote(xy, count, offset, c, s) || !votes.spill(accum, j, nt, lanes)) return false;
  }
  return true;
}

/**
 * scikit-image's round(): half away from zero (|v| stays far below 2^31); the half is chosen by
 * a select rather than a branch, which the signs of v would defeat.
 */
function roundHalfAway(v: number): number {
  return (v + (v > 0 ? 0.5 : -0.5)) | 0;
}

const HOUGH_LINE_PEAKS = signature("skimage.transform.hough_line_peaks(hspace, angles, dists, min_distance=9, min_angle=10, threshold=None, num_peaks=inf)", {
  types: { hspace: IMAGE, angles: IMAGE, dists: IMAGE, min_distance: "int", min_angle: "int", threshold: "float|None", num_peaks: "float" },
  defaults: { num_peaks: Infinity },
});

/** Keyword arguments of hough_line_peaks. */
export interface HoughLinePeaksOptions {
  min_distance?: number;
  min_angle?: number;
  threshold?: number | null;
  num_peaks?: number;
}

/**
 * `skimage.transform.hough_line_peaks(hspace, angles, dists, min_distance=9, min_angle=10,
 * threshold=None, num_peaks=inf)`: `[accum, angles, dists]` of the strongest separated peaks
 * of a hough_line accumulator (threshold defaults to half its maximum; neighbourhoods wrap
 * around in angle). accum keeps the accumulator's dtype; empty results are float64.
 */
export function hough_line_peaks(
  hspace: NDArrayLike, angles: NDArrayLike, dists: NDArrayLike,
  ...rest: PyArgs<[min_distance: number, min_angle: number, threshold: number | null, num_peaks: number, options: HoughLinePeaksOptions], HoughLinePeaksOptions>
): [NDArray, NDArray, NDArray];
export function hough_line_peaks(...args: unknown[]): [NDArray, NDArray, NDArray] {
  const b = HOUGH_LINE_PEAKS.bind(args);
  const h = asNDArray(b.hspace as NDArrayLike, "hspace");
  const a = asNDArray(b.angles as NDArrayLike, "angles");
  const d = asNDArray(b.dists as NDArrayLike, "dists");
  const minAngle = Math.min(b.min_angle, h.shape[1]);
  const peaks = prominentPeaks(h, minAngle, b.min_distance, b.threshold, b.num_peaks);
  const empty = (): NDArray => NDArray.fromStorage(new Float64Array(0), [0], float64);
  const accum = peaks.values.length > 0 ? valuesAs(peaks.values, h) : empty();
  if (peaks.xs.length === 0) return [accum, empty(), empty()];
  return [accum, take(a, peaks.xs), take(d, peaks.ys)];
}
pyfunction(HOUGH_LINE_PEAKS, hough_line_peaks);

/** np.array of accumulator values, in the accumulator's dtype. */
export function valuesAs(values: readonly number[], like: NDArray): NDArray {
  const data = new like.dtype.storage(values.length);
  data.set(values);
  return NDArray.fromStorage(data, [values.length], like.dtype);
}

/** a[idx] for a 1-D array. */
function take(a: NDArray, idx: readonly number[]): NDArray {
  const src = contiguousStorage(a);
  const data = new a.dtype.storage(idx.length);
  for (let k = 0; k < idx.length; k++) data[k] = src[idx[k] < 0 ? idx[k] + src.length : idx[k]];
  return NDArray.fromStorage(data, [idx.length], a.dtype);
}
