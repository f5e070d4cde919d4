/**
 * rotate (skimage.transform, 0.19): an inverse similarity map, then nearest-neighbour or
 * biquadratic interpolation (orders 0 and 2, through scipy's map_coordinates), or bilinear or
 * bicubic (orders 1 and 3, scikit-image's own fast affine warp).
 */
import { NDArray } from "../../np/ndarray";
import { IndexError, ValueError } from "../../errors";
import { NDArrayLike, asNDArray, warn } from "../_internal/arrays";
import { warpMatrix } from "./warp-matrix";
import { convertToFloat, validateOrder } from "./resize";
import type { WarpMode } from "./resize";
import { IMAGE } from "../_internal/bind";
import { PyArgs, check, pyfunction, signature } from "../../signature";

const ROTATE = signature(
  "skimage.transform.rotate(image, angle, resize=False, center=None, order=None, mode='constant', cval=0, clip=True, preserve_range=False)",
  {
    types: {
      image: IMAGE, angle: "float", resize: "bool", center: "sequence|None", order: check("a number", () => true), mode: "str",
      cval: "float", clip: "bool", preserve_range: "bool",
    },
  },
);

export interface RotateOptions {
  image?: NDArrayLike;
  angle?: number;
  /** Grow the output so the whole rotated image fits (default false). */
  resize?: boolean;
  /** Rotation centre as (col, row); default the image centre (cols / 2 - 0.5, rows / 2 - 0.5). */
  center?: readonly [number, number] | readonly number[] | null;
  /**
   * Interpolation order: 0 (nearest neighbour, the default for bool images; keeps the input
   * dtype), 1 (bilinear, the default otherwise), 2 (biquadratic spline) or 3 (bicubic).
   */
  order?: number | null;
  /** Boundary mode: 'constant' (default), 'edge', 'symmetric', 'reflect' or 'wrap'. */
  mode?: WarpMode;
  /** Value outside the image for mode 'constant' (default 0). */
  cval?: number;
  /** Clip the output to the input's range (default true). */
  clip?: boolean;
  /** Keep the input's value range instead of converting with img_as_float. */
  preserve_range?: boolean;
}

type Mat3 = number[];

/** a @ b for row-major 3x3 matrices. */
function matmul(a: Mat3, b: Mat3): Mat3 {
  const out = new Array<number>(9);
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) out[i * 3 + j] = a[i * 3] * b[j] + a[i * 3 + 1] * b[3 + j] + a[i * 3 + 2] * b[6 + j];
  }
  return out;
}

function translation(tx: number, ty: number): Mat3 {
  return [1, 0, tx, 0, 1, ty, 0, 0, 1];
}

/** Inverse of an affine 3x3 matrix (last row 0 0 1). */
function invertAffine(m: Mat3): Mat3 {
  const det = m[0] * m[4] - m[1] * m[3];
  const a = m[4] / det, b = -m[1] / det, d = -m[3] / det, e = m[0] / det;
  return [a, b, -(a * m[2] + b * m[5]), d, e, -(d * m[2] + e * m[5]), 0, 0, 1];
}

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * `skimage.transform.rotate(image, angle, resize=False, center=None, order=None,
 * mode='constant', cval=0, clip=True, preserve_range=False)`: rotates a (rows, cols[, channels])
 * image by `angle` degrees counter-clockwise about `center` (col, row), with scikit-image 0.19's
 * similarity transform. Orders 1 (bilinear, the default), 2 (scipy's biquadratic B-spline,
 * with scikit-image's warning) and 3 (Catmull-Rom bicubic) return float64 (float32 for
 * float32 input) after img_as_float; order 0 (nearest neighbour, the
 * default and the only order for bool images) keeps the input dtype and values. With `resize`
 * the output grows to hold the whole rotated image.
 */
export function rotate(image: NDArrayLike, angle: number, ...rest: PyArgs<[
  resize: boolean, center: readonly number[] | null, order: number | null, mode: WarpMode, cval: number, clip: boolean,
  preserve_range: boolean, options: RotateOptions,
], RotateOptions>): NDArray;
export function rotate(...args: unknown[]): NDArray {
  const options = ROTATE.bind(args) as Required<RotateOptions>;
  const angle = options.angle;
  let img = asNDArray(options.image);
  // the checks in scikit-image's order: rows and cols, the centre, then warp's
  if (img.ndim < 2) throw new IndexError("tuple index out of range");
  if (options.center !== null && options.center.length !== 2) {
    throw new ValueError(`could not broadcast input array from shape (${options.center.length},) into shape (2,)`);
  }
  if (img.size === 0) throw new ValueError(`('Cannot warp empty image with dimensions', (${img.shape.join(", ")}))`);
  const order = validateOrder(img.dtype.kind === "b", options.order, ROTATE);
  if (img.ndim > 3) throw new ValueError("Only 2-D images (grayscale or color) are supported, when providing a callable `inverse_map`.");
  const mode = options.mode;
  if (!["constant", "edge", "symmetric", "reflect", "wrap"].includes(mode)) {
    throw new ValueError("Invalid mode specified.  Please use `constant`, `edge`, `wrap`, `reflect` or `symmetric`.");
  }
  if (order === 2) {
    warn(
      "Bi-quadratic interpolation behavior has changed due to a bug in the implementation of scikit-image. The new version now serves as a wrapper around SciPy's interpolation functions, which itself is not verified to be a correct implementation. Until skimage's implementation is fixed, we recommend to use bi-linear or bi-cubic interpolation instead.",
    );
  }
  const cval = options.cval;
  if (order > 0) img = convertToFloat(img, options.preserve_range);
  const rows = img.shape[0];
  const cols = img.shape[1];
  let center: number[];
  if (options.center === null) {
    center = [cols / 2 - 0.5, rows / 2 - 0.5];
  } else {
    center = [options.center[0], options.center[1]];
  }
  const theta = angle * (Math.PI / 180);
  const cos = Math.cos(theta);
  const sin = Math.sin(theta);
  // tform3 + tform2 + tform1: translate by -center, rotate, translate back
  let m = matmul(translation(center[0], center[1]), matmul([cos, -sin, 0, sin, cos, 0, 0, 0, 1], translation(-center[0], -center[1])));
  let outRows = rows;
  let outCols = cols;
  if (options.resize) {
    const inv = invertAffine(m);
    const corners = [[0, 0], [0, rows - 1], [cols - 1, rows - 1], [cols - 1, 0]];
    let minc = Infinity, minr = Infinity, maxc = -Infinity, maxr = -Infinity;
    for (const [x, y] of corners) {
      const c = x * inv[0] + y * inv[1] + inv[2];
      const r = x * inv[3] + y * inv[4] + inv[5];
      minc = Math.min(minc, c);
      maxc = Math.max(maxc, c);
      minr = Math.min(minr, r);
      maxr = Math.max(maxr, r);
    }
    outRows = roundHalfEven(maxr - minr + 1);
    outCols = roundHalfEven(maxc - minc + 1);
    m = matmul(m, translation(minc, minr));
  }
  // the transform is made exactly affine before warping
  m[6] = 0;
  m[7] = 0;
  m[8] = 1;
  return warpMatrix(img, m, outRows, outCols, order, mode, cval, options.clip);
}
pyfunction(ROTATE, rotate);
