/**
 * `skimage.transform.probabilistic_hough_line` (scikit-image 0.19): the progressive
 * probabilistic Hough transform of Galamhos, Matas and Kittler. Edge pixels vote in a random
 * order (NumPy's default_rng(seed).shuffle); once a vote reaches the threshold, the line through
 * the pixel is followed both ways across gaps of up to line_gap pixels, and kept when it is at
 * least line_length long (its pixels then leave the image and the accumulator).
 */
import { NDArray } from "../../np/ndarray";
import { arange } from "../../np/create-ranges";
import { default_rng } from "../../np/random/generator";
import type { RNGSeed } from "../../np/random/generator";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";

const PROBABILISTIC_HOUGH_LINE = signature("skimage.transform.probabilistic_hough_line(image, threshold=10, line_length=50, line_gap=10, theta=None, seed=None)", {
  types: { image: "array_like", threshold: "int", line_length: "int", line_gap: "int", theta: "array_like|None", seed: "int|None" },
});

/** Keyword arguments of probabilistic_hough_line. */
export interface ProbabilisticHoughLineOptions {
  /** Votes a line needs. */
  threshold?: number;
  /** Shortest line kept, in pixels. */
  line_length?: number;
  /** Longest gap between pixels of one line. */
  line_gap?: number;
  /** Angles in radians (default: 180 from -pi/2 to pi/2, endpoint excluded). */
  theta?: NDArrayLike | null;
  /** Seed of the generator that orders the votes (None: fresh entropy, as in scikit-image). */
  seed?: number | null;
}

/** C's round(): half away from zero. */
const cround = (v: number): number => (v < 0 ? -Math.round(-v) : Math.round(v));

/**
 * `skimage.transform.probabilistic_hough_line(image, threshold=10, line_length=50, line_gap=10,
 * theta=None, seed=None)`: the detected lines as [[x0, y0], [x1, y1]] pairs of end points (column,
 * row), in the order found.
 */
export function probabilistic_hough_line(image: NDArrayLike, ...rest: PyArgs<[threshold: number, line_length: number, line_gap: number, theta: NDArrayLike | null, seed: number | null, options: ProbabilisticHoughLineOptions], ProbabilisticHoughLineOptions>): [[number, number], [number, number]][];
export function probabilistic_hough_line(...args: unknown[]): [[number, number], [number, number]][] {
  const b = PROBABILISTIC_HOUGH_LINE.bind(args);
  const img = asNDArray(b.image as NDArrayLike);
  if (img.ndim !== 2) throw new ValueError("The input image `image` must be 2D.");
  const threshold = b.threshold as number;
  const lineLength = b.line_length as number;
  const lineGap = b.line_gap as number;
  let theta: ArrayLike<number>;
  if (b.theta === null) {
    // np.linspace(-pi / 2, pi / 2, 180, endpoint=False): i * step + start
    theta = Array.from({ length: 180 }, (_, i) => i * (Math.PI / 180) + -Math.PI / 2);
  } else theta = readFloat64(asNDArray(b.theta as NDArrayLike, "theta"));
  const [height, width] = img.shape;
  const pixels = readFloat64(img);
  const mask = new Uint8Array(height * width);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (pixels[y * width + x] !== 0) {
        xs.push(x);
        ys.push(y);
        mask[y * width + x] = 1;
      }
    }
  }
  const nthetas = theta.length;
  const maxDistance = 2 * Math.ceil(Math.sqrt(height * height + width * width));
  const offset = Math.trunc(maxDistance / 2);
  const accum = new Float64Array(maxDistance * nthetas);
  const ct = Float64Array.from(theta, Math.cos);
  const st = Float64Array.from(theta, Math.sin);
  const order = arange(xs.length, { dtype: "int64" });
  default_rng(b.seed as RNGSeed | null).shuffle(order);
  const random = readFloat64(order);
  const lines: [[number, number], [number, number]][] = [];
  const lineEnd = [0, 0, 0, 0];
  const shift = 16;
  const one = 1 << shift;
  let count = xs.length;
  while (count > 0) {
    count--;
    const index = random[count];
    const x = xs[index];
    const y = ys[index];
    if (!mask[y * width + x]) continue;
    let maxValue = threshold - 1;
    let maxTheta = -1;
    for (let j = 0; j < nthetas; j++) {
      const at = (cround(ct[j] * x + st[j] * y) + offset) * nthetas + j;
      const value = ++accum[at];
      if (value > maxValue) {
        maxValue = value;
        maxTheta = j;
      }
    }
    if (maxValue < threshold) continue;
    const a = -st[maxTheta];
    const bb = ct[maxTheta];
    let x0 = x;
    let y0 = y;
    let dx0: number;
    let dy0: number;
    const xflag = Math.abs(a) > Math.abs(bb);
    if (xflag) {
      dx0 = a > 0 ? 1 : -1;
      dy0 = cround((bb * one) / Math.abs(a));
      y0 = y0 * one + (one >> 1);
    } else {
      dy0 = bb > 0 ? 1 : -1;
      dx0 = cround((a * one) / Math.abs(bb));
      x0 = x0 * one + (one >> 1);
    }
    const at = (px: number, py: number): [number, number] => (xflag ? [px, Math.floor(py / one)] : [Math.floor(px / one), py]);
    for (let k = 0; k < 2; k++) {
      let gap = 0;
      let px = x0;
      let py = y0;
      const dx = k > 0 ? -dx0 : dx0;
      const dy = k > 0 ? -dy0 : dy0;
      for (;;) {
        const [x1, y1] = at(px, py);
        if (x1 < 0 || x1 >= width || y1 < 0 || y1 >= height) break;
        gap++;
        if (mask[y1 * width + x1]) {
          gap = 0;
          lineEnd[2 * k] = x1;
          lineEnd[2 * k + 1] = y1;
        } else if (gap > lineGap) break;
        px += dx;
        py += dy;
      }
    }
    const good = Math.abs(lineEnd[3] - lineEnd[1]) >= lineLength || Math.abs(lineEnd[2] - lineEnd[0]) >= lineLength;
    // scikit-image un-votes with the last angle of the voting loop (its loop variable), as here
    const jLast = nthetas - 1;
    for (let k = 0; k < 2; k++) {
      let px = x0;
      let py = y0;
      const dx = k > 0 ? -dx0 : dx0;
      const dy = k > 0 ? -dy0 : dy0;
      for (;;) {
        const [x1, y1] = at(px, py);
        if (mask[y1 * width + x1] && good) {
          accum[(cround(ct[jLast] * x1 + st[jLast] * y1) + offset) * nthetas + maxTheta]--;
          mask[y1 * width + x1] = 0;
        }
        if (x1 === lineEnd[2 * k] && y1 === lineEnd[2 * k + 1]) break;
        px += dx;
        py += dy;
      }
    }
    if (good) {
      lines.push([[lineEnd[0], lineEnd[1]], [lineEnd[2], lineEnd[3]]]);
      if (lines.length >= 2 ** 15) break;
    }
  }
  return lines;
}
pyfunction(PROBABILISTIC_HOUGH_LINE, probabilistic_hough_line);
