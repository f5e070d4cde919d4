/** `skimage.transform.hough_ellipse` (0.19): Xie and Ji's ellipse Hough transform. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float64, int64 } from "../../np/dtype";
import { IndexError, ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { IMAGE } from "../_internal/bind";

const HOUGH_ELLIPSE = signature("skimage.transform.hough_ellipse(image, threshold=4, accuracy=1, min_size=4, max_size=None)", {
  types: { image: IMAGE, threshold: "int", accuracy: "float", min_size: "int", max_size: "float|None" },
});

/** Keyword arguments of hough_ellipse. */
export interface HoughEllipseOptions {
  threshold?: number;
  accuracy?: number;
  min_size?: number;
  max_size?: number | null;
}

/** The fields of one candidate, in the order of scikit-image's structured dtype. */
export type EllipseField = "accumulator" | "yc" | "xc" | "a" | "b" | "orientation";
const FIELDS: readonly EllipseField[] = ["accumulator", "yc", "xc", "a", "b", "orientation"];

/** One candidate as `list(result[i])` gives it: [accumulator, yc, xc, a, b, orientation]. */
export type EllipseRecord = [accumulator: number, yc: number, xc: number, a: number, b: number, orientation: number];

/**
 * What hough_ellipse returns: the structured array of scikit-image (fields accumulator (int64),
 * yc, xc, a, b, orientation (float64)) as records, with the operations tutorials use on it:
 * `result.get("a")` for `result['a']`, `result.sort({ order: "accumulator" })`, `result.at(-1)`
 * for `list(result[-1])`, `result.tolist()`.
 */
export interface EllipseCandidates {
  readonly shape: [number];
  readonly length: number;
  /** The field's values of every candidate (`result['xc']`): int64 for accumulator, float64 otherwise. */
  get(field: EllipseField): NDArray;
  /** Candidate i (negative counts from the end), as a list of its fields. */
  at(i: number): EllipseRecord;
  /** In place, ascending by `order` (a field or fields), ties broken by the other fields in dtype order, as ndarray.sort(order=...). */
  sort(options?: { order?: EllipseField | readonly EllipseField[] }): void;
  /** Every candidate as a list of its fields (`result.tolist()`). */
  tolist(): EllipseRecord[];
}

class Candidates implements EllipseCandidates {
  constructor(private records: EllipseRecord[]) {}
  get shape(): [number] {
    return [this.records.length];
  }
  get length(): number {
    return this.records.length;
  }
  get(field: EllipseField): NDArray {
    const k = FIELDS.indexOf(field);
    if (k < 0) throw new ValueError(`no field of name ${field}`);
    const data = Float64Array.from(this.records, (r) => r[k]);
    return NDArray.fromStorage(data, [data.length], k === 0 ? int64 : float64);
  }
  at(i: number): EllipseRecord {
    const n = this.records.length;
    const j = i < 0 ? i + n : i;
    if (!Number.isInteger(i) || j < 0 || j >= n) throw new IndexError(`index ${i} is out of bounds for axis 0 with size ${n}`);
    return this.records[j].slice() as EllipseRecord;
  }
  sort(options?: { order?: EllipseField | readonly EllipseField[] }): void {
    const order = options?.order === undefined ? [] : typeof options.order === "string" ? [options.order] : options.order.slice();
    for (const f of order) if (!FIELDS.includes(f)) throw new ValueError(`unknown field name: ${f}`);
    const keys = [...order, ...FIELDS.filter((f) => !order.includes(f))].map((f) => FIELDS.indexOf(f));
    this.records.sort((p, q) => {
      for (const k of keys) if (p[k] !== q[k]) return p[k] < q[k] ? -1 : 1;
      return 0;
    });
  }
  tolist(): EllipseRecord[] {
    return this.records.map((r) => r.slice() as EllipseRecord);
  }
}

/** Round half to even, as np.round. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * The candidate's minor axis: np.histogram of the squared minor axes `acc` over bins of
 * `binSize` from 0 (np.arange(0, max + binSize, binSize) as edges); the largest count and the
 * lower edge of the first bin holding it.
 */
function peakBin(acc: number[], binSize: number): [count: number, edge: number] {
  let max = -Infinity;
  for (const v of acc) if (v > max) max = v;
  const edges = Math.ceil((max + binSize) / binSize);
  const bins = edges - 1;
  const counts = new Int32Array(Math.max(bins, 0));
  const last = (edges - 1) * binSize;
  for (const v of acc) {
    if (v > last) continue;
    // the bin whose [lower, upper) holds v; the last bin also takes its upper edge
    let k = Math.floor(v / binSize);
    if (k >= bins) k = bins - 1;
    while (k > 0 && k * binSize > v) k--;
    while (k + 1 < bins && (k + 1) * binSize <= v) k++;
    counts[k]++;
  }
  let best = 0;
  for (let k = 1; k < bins; k++) if (counts[k] > counts[best]) best = k;
  return [bins > 0 ? counts[best] : 0, best * binSize];
}

/**
 * `skimage.transform.hough_ellipse(image, threshold=4, accuracy=1, min_size=4, max_size=None)`:
 * every pair of edge pixels (non-zero) at least `min_size` apart is taken as the ends of a major
 * axis; the other pixels vote for the minor axis in bins of `accuracy`² on b², and a pair whose
 * best bin has more than `threshold` votes is a candidate (accumulator, yc, xc, a, b,
 * orientation), orientation following draw.ellipse_perimeter. `max_size` bounds the minor axis
 * (default half the smaller image side). scikit-image returns a structured array; here the
 * candidates come as records (see EllipseCandidates), in scikit-image's order.
 */
export function hough_ellipse(
  image: NDArrayLike,
  ...rest: PyArgs<[threshold: number, accuracy: number, min_size: number, max_size: number | null, options: HoughEllipseOptions], HoughEllipseOptions>
): EllipseCandidates;
export function hough_ellipse(...args: unknown[]): EllipseCandidates {
  const { image, threshold, accuracy, min_size: minSize, max_size: maxSize } = HOUGH_ELLIPSE.bind(args);
  const img = asNDArray(image as NDArrayLike);
  if (img.ndim !== 2) throw new ValueError("The input image must be 2D.");
  const [rows, cols] = img.shape;
  const v = contiguousStorage(img);
  const px: number[] = [];
  const py: number[] = [];
  for (let i = 0; i < v.length; i++) {
    if (v[i] !== 0) {
      py.push(Math.floor(i / cols));
      px.push(i % cols);
    }
  }
  const records: EllipseRecord[] = [];
  if (px.length === 0) return new Candidates(records);
  const binSize = accuracy * accuracy;
  let maxB2: number;
  if (maxSize === null) {
    maxB2 = roundHalfEven(0.5 * (rows < cols ? rows : cols));
    maxB2 *= maxB2;
  } else maxB2 = maxSize * maxSize;
  const n = px.length;
  const acc: number[] = [];
  for (let p1 = 0; p1 < n; p1++) {
    const p1x = px[p1];
    const p1y = py[p1];
    for (let p2 = 0; p2 < p1; p2++) {
      const p2x = px[p2];
      const p2y = py[p2];
      let dx = p1x - p2x;
      let dy = p1y - p2y;
      let a = 0.5 * Math.sqrt(dx * dx + dy * dy);
      if (!(a > 0.5 * minSize)) continue;
      const xc = 0.5 * (p1x + p2x);
      const yc = 0.5 * (p1y + p2y);
      for (let p3 = 0; p3 < n; p3++) {
        dx = px[p3] - xc;
        dy = py[p3] - yc;
        const d = Math.sqrt(dx * dx + dy * dy);
        if (!(d > minSize)) continue;
        dx = px[p3] - p1x;
        dy = py[p3] - p1y;
        let cos2 = (a * a + d * d - dx * dx - dy * dy) / (2 * a * d);
        cos2 *= cos2;
        const k = a * a - d * d * cos2;
        if (k > 0 && cos2 < 1) {
          const b2 = (a * a * d * d * (1 - cos2)) / k;
          if (b2 <= maxB2) acc.push(b2);
        }
      }
      if (acc.length === 0) continue;
      const [votes, edge] = peakBin(acc, binSize);
      if (votes > threshold) {
        let orientation = Math.atan2(p1x - p2x, p1y - p2y);
        let b = Math.sqrt(edge);
        // ellipse_perimeter's convention, keeping a > b
        if (orientation !== 0) {
          orientation = Math.PI - orientation;
          if (orientation > Math.PI) {
            orientation = orientation - Math.PI / 2;
            [a, b] = [b, a];
          }
        }
        records.push([votes, yc, xc, a, b, orientation]);
      }
      acc.length = 0;
    }
  }
  return new Candidates(records);
}
pyfunction(HOUGH_ELLIPSE, hough_ellipse);
