/** `skimage.transform.hough_circle` and `hough_circle_peaks` (0.19): the circle Hough transform. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float64, int64 } from "../../np/dtype";
import { argQuicksort } from "../../np/argquicksort";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { IMAGE } from "../_internal/bind";
import { circle_perimeter } from "../draw/lines";
import { prominentPeaks } from "./_prominent_peaks";
import { valuesAs } from "./hough_line";
import { uninitFloat64 } from "../_internal/scratch";

const HOUGH_CIRCLE = signature("skimage.transform.hough_circle(image, radius, normalize=True, full_output=False)", {
  types: { image: IMAGE, radius: IMAGE, normalize: "bool", full_output: "bool" },
});

/** Keyword arguments of hough_circle. */
export interface HoughCircleOptions {
  normalize?: boolean;
  full_output?: boolean;
}

/**
 * `skimage.transform.hough_circle(image, radius, normalize=True, full_output=False)`: a float64
 * accumulator of shape (len(radius), rows, cols): every non-zero pixel votes along a Bresenham
 * circle of each radius (truncated to an integer), 1 / (number of circle pixels) per vote with
 * `normalize`. `full_output` widens the accumulator by the largest radius on every side so
 * centres outside the image are counted too.
 */
export function hough_circle(image: NDArrayLike, radius: NDArrayLike, ...rest: PyArgs<[normalize: boolean, full_output: boolean, options: HoughCircleOptions], HoughCircleOptions>): NDArray;
export function hough_circle(...args: unknown[]): NDArray {
  const b = HOUGH_CIRCLE.bind(args);
  const img = asNDArray(b.image as NDArrayLike);
  const radii = Array.from(contiguousStorage(asNDArray(b.radius as NDArrayLike, "radius")), Math.trunc);
  if (img.ndim !== 2) throw new ValueError("The input image must be 2D.");
  const [rows, cols] = img.shape;
  // votes go into an accumulator widened by the largest radius (no bounds tests); without
  // full_output its centre is what scikit-image keeps
  const pad = radii.length > 0 ? Math.max(0, ...radii) : 0;
  const h = rows + 2 * pad;
  const w = cols + 2 * pad;
  const src = contiguousStorage(img);
  let count = 0;
  for (let i = 0; i < src.length; i++) if (src[i]) count++;
  const at = new Int32Array(count);
  for (let i = 0, k = 0; i < src.length; i++) {
    if (src[i]) at[k++] = (Math.floor(i / cols) + pad) * w + (i % cols) + pad;
  }
  // every vote adds the same increment, so a cell's sum depends only on its number of votes:
  // count them, then read the sum of that many increments (added one by one) from a table
  // (16-bit counts while a cell cannot pass 65535 votes: half the memory traffic)
  const longestPerimeter = radii.length > 0 ? 8 * pad + 8 : 0;
  const votes = longestPerimeter < 65536 ? new Uint16Array(h * w) : new Int32Array(h * w);
  const outRows = b.full_output ? h : rows;
  const outCols = b.full_output ? w : cols;
  const acc = uninitFloat64(radii.length * outRows * outCols);
  for (let k = 0; k < radii.length; k++) {
    const [cr, cc] = circle_perimeter(0, 0, radii[k]);
    const dr = contiguousStorage(cr);
    const dc = contiguousStorage(cc);
    const incr = b.normalize ? 1 / dr.length : 1;
    votes.fill(0);
    let c = 0;
    for (; c + 4 <= dr.length; c += 4) {
      const s0 = dr[c] * w + dc[c];
      const s1 = dr[c + 1] * w + dc[c + 1];
      const s2 = dr[c + 2] * w + dc[c + 2];
      const s3 = dr[c + 3] * w + dc[c + 3];
      for (let p = 0; p < count; p++) {
        const a = at[p];
        votes[a + s0]++;
        votes[a + s1]++;
        votes[a + s2]++;
        votes[a + s3]++;
      }
    }
    for (; c < dr.length; c++) {
      const shift = dr[c] * w + dc[c];
      for (let p = 0; p < count; p++) votes[at[p] + shift]++;
    }
    let most = 0;
    for (let i = 0; i < votes.length; i++) if (votes[i] > most) most = votes[i];
    const sums = new Float64Array(most + 1);
    for (let m = 1; m <= most; m++) sums[m] = sums[m - 1] + incr;
    const skip = b.full_output ? 0 : pad;
    for (let r = 0; r < outRows; r++) {
      const from = (r + skip) * w + skip;
      const to = (k * outRows + r) * outCols;
      for (let c = 0; c < outCols; c++) acc[to + c] = sums[votes[from + c]];
    }
  }
  return NDArray.fromStorage(acc, [radii.length, outRows, outCols], float64);
}
pyfunction(HOUGH_CIRCLE, hough_circle);

const HOUGH_CIRCLE_PEAKS = signature(
  "skimage.transform.hough_circle_peaks(hspaces, radii, min_xdistance=1, min_ydistance=1, threshold=None, num_peaks=inf, total_num_peaks=inf, normalize=False)",
  {
    types: {
      hspaces: IMAGE, radii: IMAGE, min_xdistance: "int", min_ydistance: "int", threshold: "float|None", num_peaks: "float",
      total_num_peaks: "float", normalize: "bool",
    },
  },
);

/** Keyword arguments of hough_circle_peaks. */
export interface HoughCirclePeaksOptions {
  min_xdistance?: number;
  min_ydistance?: number;
  threshold?: number | null;
  num_peaks?: number;
  total_num_peaks?: number;
  normalize?: boolean;
}

/**
 * `skimage.transform.hough_circle_peaks(hspaces, radii, min_xdistance=1, min_ydistance=1,
 * threshold=None, num_peaks=inf, total_num_peaks=inf, normalize=False)`: `[accums, cx, cy,
 * radii]`, the peaks of each radius' accumulator (up to num_peaks each), strongest first
 * (accum / radius with `normalize`), at most total_num_peaks, and with min_x/ydistance > 1
 * only the strongest of centres closer than that in both directions.
 */
export function hough_circle_peaks(
  hspaces: NDArrayLike, radii: NDArrayLike,
  ...rest: PyArgs<[min_xdistance: number, min_ydistance: number, threshold: number | null, num_peaks: number, total_num_peaks: number, normalize: boolean, options: HoughCirclePeaksOptions], HoughCirclePeaksOptions>
): [NDArray, NDArray, NDArray, NDArray];
export function hough_circle_peaks(...args: unknown[]): [NDArray, NDArray, NDArray, NDArray] {
  const b = HOUGH_CIRCLE_PEAKS.bind(args);
  const hs = asNDArray(b.hspaces as NDArrayLike, "hspaces");
  const radiiArr = asNDArray(b.radii as NDArrayLike, "radii");
  const radiiValues = contiguousStorage(radiiArr);
  const r: number[] = [];
  const cx: number[] = [];
  const cy: number[] = [];
  const accum: number[] = [];
  const count = Math.min(hs.shape[0], radiiValues.length);
  for (let k = 0; k < count; k++) {
    const p = prominentPeaks(hs.get(k) as NDArray, b.min_xdistance, b.min_ydistance, b.threshold, b.num_peaks);
    for (let i = 0; i < p.values.length; i++) {
      r.push(radiiValues[k]);
      cx.push(p.xs[i]);
      cy.push(p.ys[i]);
      accum.push(p.values[i]);
    }
  }
  const key = b.normalize ? accum.map((v, i) => v / r[i]) : accum;
  const idx = Array.from(key.keys());
  argQuicksort(key, idx);
  idx.reverse();
  const total = b.total_num_peaks === Infinity ? idx.length : Math.min(b.total_num_peaks, idx.length);
  let keep: number[];
  if ((b.min_xdistance === 1 && b.min_ydistance === 1) || idx.length === 0) {
    keep = idx.slice(0, total);
  } else {
    keep = distantPoints(idx.map((i) => cx[i]), idx.map((i) => cy[i]), b.min_xdistance, b.min_ydistance, b.total_num_peaks)
      .map((k) => idx[k]);
  }
  if (accum.length === 0) {
    const empty = (): NDArray => NDArray.fromStorage(new Float64Array(0), [0], float64);
    return [empty(), empty(), empty(), empty()];
  }
  const ints = (v: number[]): NDArray => NDArray.fromStorage(Float64Array.from(keep, (i) => v[i]), [keep.length], int64);
  return [valuesAs(keep.map((i) => accum[i]), hs), ints(cx), ints(cy), valuesAs(keep.map((i) => r[i]), radiiArr)];
}
pyfunction(HOUGH_CIRCLE_PEAKS, hough_circle_peaks);

/** scikit-image's label_distant_points: the indices kept, in order (a later close point is dropped). */
function distantPoints(xs: number[], ys: number[], minX: number, minY: number, maxPoints: number): number[] {
  const n = xs.length;
  const dropped = new Uint8Array(n);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    if (kept >= maxPoints) {
      dropped[i] = 1;
    } else if (!dropped[i]) {
      for (let j = i + 1; j < n; j++) {
        if (Math.abs(xs[j] - xs[i]) <= minX && Math.abs(ys[j] - ys[i]) <= minY) dropped[j] = 1;
      }
      kept++;
    }
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (!dropped[i]) out.push(i);
  return out;
}
