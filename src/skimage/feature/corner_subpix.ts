/**
 * `skimage.feature.corner_subpix` (scikit-image 0.19): Förstner's subpixel corner position from
 * the local covariance of the gray-value gradients, classed as a dot or an edge intersection by
 * an F test.
 */
import { NDArray } from "../../np/ndarray";
import { float32, float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { sobel } from "../../scipy/ndimage/derivatives";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";
import { pairwiseSum } from "../_internal/correlate";
import { fIsf } from "../_internal/f_distribution";

const CORNER_SUBPIX = signature("skimage.feature.corner_subpix(image, corners, window_size=11, alpha=0.99)", {
  types: { image: "array_like", corners: "array_like", window_size: "int", alpha: "float" },
});

/** Keyword arguments of corner_subpix. */
export interface CornerSubpixOptions {
  /** Side of the search window (odd). */
  window_size?: number;
  /** Significance level of the dot / edge classification. */
  alpha?: number;
}

/** np.spacing(1): the gap between 1 and the next double. */
const EPS = 2.220446049250313e-16;

/**
 * `skimage.feature.corner_subpix(image, corners, window_size=11, alpha=0.99)`: the (K, 2)
 * subpixel (row, col) positions of `corners`; NaN for a corner the test cannot classify (or a
 * constant window). Float32 images give float32 positions (computed in float64).
 */
export function corner_subpix(image: NDArrayLike, corners: NDArrayLike, ...rest: PyArgs<[window_size: number, alpha: number, options: CornerSubpixOptions], CornerSubpixOptions>): NDArray;
export function corner_subpix(...args: unknown[]): NDArray {
  const { image, corners, window_size, alpha } = CORNER_SUBPIX.bind(args);
  const img = asNDArray(image as NDArrayLike);
  if (img.ndim !== 2) throw new ValueError(`The parameter \`image\` must be a 2-dimensional array`);
  const pts = asNDArray(corners as NDArrayLike, "corners");
  const k = pts.size === 0 ? 0 : pts.shape[0];
  if (k > 0 && (pts.ndim !== 2 || pts.shape[1] !== 2)) throw new ValueError(`corners must be a (K, 2) array, got shape (${pts.shape.join(", ")})`);
  const w = window_size as number;
  const wext = Math.floor((w - 1) / 2);
  const [rows, cols] = img.shape;
  const pixels = readFloat64(img);
  const coords = readFloat64(pts);
  const redundancy = w * w - 2;
  const tCritDot = fIsf(1 - (alpha as number), redundancy, redundancy);
  const tCritEdge = fIsf(alpha as number, redundancy, redundancy);
  const out = new Float64Array(2 * k);
  const side = 2 * wext + 1;
  const win = side + 2;
  const n = side * side;
  const gxx = new Float64Array(n);
  const gxy = new Float64Array(n);
  const gyy = new Float64Array(n);
  const tmp = new Float64Array(n);
  const sum = (f: (i: number) => number): number => {
    for (let i = 0; i < n; i++) tmp[i] = f(i);
    return pairwiseSum(tmp, 0, n);
  };
  const ys = (i: number) => Math.floor(i / side) - wext;
  const xs = (i: number) => (i % side) - wext;
  for (let c = 0; c < k; c++) {
    const y0 = coords[2 * c];
    const x0 = coords[2 * c + 1];
    if (!Number.isInteger(y0) || !Number.isInteger(x0)) throw new ValueError("Input image cannot be safely cast to integer.");
    // the window plus a one-pixel border for the Sobel operator, zero outside the image
    const window = new Float64Array(win * win);
    for (let r = 0; r < win; r++) {
      const yy = y0 - wext - 1 + r;
      for (let q = 0; q < win; q++) {
        const xx = x0 - wext - 1 + q;
        window[r * win + q] = yy >= 0 && yy < rows && xx >= 0 && xx < cols ? pixels[yy * cols + xx] : 0;
      }
    }
    const wnd = NDArray.fromStorage(window, [win, win], float64);
    const winy = readFloat64(sobel(wnd, 0, { mode: "constant", cval: 0 }));
    const winx = readFloat64(sobel(wnd, 1, { mode: "constant", cval: 0 }));
    for (let r = 0; r < side; r++) {
      for (let q = 0; q < side; q++) {
        const s = (r + 1) * win + q + 1;
        const i = r * side + q;
        gxx[i] = winx[s] * winx[s];
        gxy[i] = winx[s] * winy[s];
        gyy[i] = winy[s] * winy[s];
      }
    }
    const axx = sum((i) => gxx[i]);
    const axy = sum((i) => gxy[i]);
    const ayy = sum((i) => gyy[i]);
    const bxxX = sum((i) => gxx[i] * xs(i));
    const bxxY = sum((i) => gxx[i] * ys(i));
    const bxyX = sum((i) => gxy[i] * xs(i));
    const bxyY = sum((i) => gxy[i] * ys(i));
    const byyX = sum((i) => gyy[i] * xs(i));
    const byyY = sum((i) => gyy[i] * ys(i));
    const dot = solve2(axx, -axy, -axy, ayy, bxxY - bxyX, byyX - bxyY);
    const edge = solve2(ayy, axy, axy, axx, byyY + bxyX, bxxX + bxyY);
    if (dot === null || edge === null) {
      out[2 * c] = out[2 * c + 1] = NaN;
      continue;
    }
    const varDot = sum((i) => {
      const ry = ys(i) - dot[0];
      const rx = xs(i) - dot[1];
      return gxx[i] * (ry * ry) - 2 * gxy[i] * (rx * ry) + gyy[i] * (rx * rx);
    });
    const varEdge = sum((i) => {
      const ry = ys(i) - edge[0];
      const rx = xs(i) - edge[1];
      return gyy[i] * (ry * ry) + 2 * gxy[i] * (rx * ry) + gxx[i] * (rx * rx);
    });
    let t: number;
    if (varDot < EPS && varEdge < EPS) t = NaN;
    else if (varDot === 0) t = Infinity;
    else t = varEdge / varDot;
    const cls = Number(t < tCritEdge) - Number(t > tCritDot);
    const est = cls === -1 ? dot : cls === 1 ? edge : null;
    out[2 * c] = est === null ? NaN : y0 + wext + est[0] - wext; // in the padded frame, then back
    out[2 * c + 1] = est === null ? NaN : x0 + wext + est[1] - wext;
  }
  const single = img.dtype === float32;
  return NDArray.fromStorage(single ? Float32Array.from(out) : out, [k, 2], single ? float32 : float64);
}
pyfunction(CORNER_SUBPIX, corner_subpix);

/** np.linalg.solve for 2x2 (LU with partial pivoting, as LAPACK's gesv); null when singular. */
function solve2(a: number, b: number, c: number, d: number, e: number, f: number): [number, number] | null {
  if (Math.abs(c) > Math.abs(a)) {
    [a, b, c, d, e, f] = [c, d, a, b, f, e];
  }
  if (a === 0) return null;
  const l = c / a;
  const u = d - l * b;
  if (u === 0) return null;
  const y1 = f - l * e;
  const x1 = y1 / u;
  return [(e - b * x1) / a, x1];
}
