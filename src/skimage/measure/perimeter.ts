/** `skimage.measure.perimeter`, `perimeter_crofton` and `euler_number` (0.19). */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { borderCodeHistogram, configHistogram2d } from "./_binary_configs";
import { bool, float64, uint8 } from "../../np/dtype";
import { NotImplementedError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { binary_erosion } from "../../scipy/ndimage/binary";
import { convolve } from "../../scipy/ndimage/correlate";
import { castValues } from "../../scipy/ndimage/_support";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";

const PERIMETER = signature("skimage.measure.perimeter(image, neighbourhood=4)", { types: { image: "array_like", neighbourhood: "int" } });
const PERIMETER_CROFTON = signature("skimage.measure.perimeter_crofton(image, directions=4)", { types: { image: "array_like", directions: "int" }, choices: { directions: [2, 4] } });
const EULER_NUMBER = signature("skimage.measure.euler_number(image, connectivity=None)", { types: { image: "array_like", connectivity: "int|None" } });

const STREL_4 = NDArray.fromStorage(new Uint8Array([0, 1, 0, 1, 1, 1, 0, 1, 0]), [3, 3], uint8);
const STREL_8 = NDArray.fromStorage(new Uint8Array(9).fill(1), [3, 3], uint8);
const BORDER_CODES = NDArray.fromStorage(new Float64Array([10, 2, 10, 2, 1, 2, 10, 2, 10]), [3, 3], float64);
const EULER_2D_4 = [0, 1, 0, 0, 0, 0, 0, -1, 0, 1, 0, 0, 0, 0, 0, 0];
const EULER_2D_8 = [0, 0, 0, 0, 0, 0, -1, 0, 1, 0, 0, 0, 0, 0, -1, 0];
const EULER_3D_26 = [
  0, 1, 1, 0, 1, 0, -2, -1, 1, -2, 0, -1, 0, -1, -1, 0, 1, 0, -2, -1, -2, -1, -1, -2, -6, -3, -3, -2, -3, -2, 0, -1,
  1, -2, 0, -1, -6, -3, -3, -2, -2, -1, -1, -2, -3, 0, -2, -1, 0, -1, -1, 0, -3, -2, 0, -1, -3, 0, -2, -1, 0, 1, 1, 0,
  1, -2, -6, -3, 0, -1, -3, -2, -2, -1, -3, 0, -1, -2, -2, -1, 0, -1, -3, -2, -1, 0, 0, -1, -3, 0, 0, 1, -2, -1, 1, 0,
  -2, -1, -3, 0, -3, 0, 0, 1, -1, 4, 0, 3, 0, 3, 1, 2, -1, -2, -2, -1, -2, -1, 1, 0, 0, 3, 1, 2, 1, 2, 2, 1,
  1, -6, -2, -3, -2, -3, -1, 0, 0, -3, -1, -2, -1, -2, -2, -1, -2, -3, -1, 0, -1, 0, 4, 3, -3, 0, 0, 1, 0, 1, 3, 2,
  0, -3, -1, -2, -3, 0, 0, 1, -1, 0, 0, -1, -2, 1, -1, 0, -1, -2, -2, -1, 0, 1, 3, 2, -2, 1, -1, 0, 1, 2, 2, 1,
  0, -3, -3, 0, -1, -2, 0, 1, -1, 0, -2, 1, 0, -1, -1, 0, -1, -2, 0, 1, -2, -1, 3, 2, -2, 1, 1, 2, -1, 0, 2, 1,
  -1, 0, -2, 1, -2, 1, 1, 2, -2, 3, -1, 2, -1, 2, 0, 1, 0, -1, -1, 0, -1, 0, 2, 1, -1, 2, 0, 1, 0, 1, 1, 0,
];

/** np.bincount of non-negative integer values. */
function bincount(values: ArrayLike<number>, minlength: number): number[] {
  const h = new Array<number>(minlength).fill(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    while (h.length <= v) h.push(0);
    h[v]++;
  }
  return h;
}

function dot(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new NotImplementedError("values outside the lookup table (is the image binary?)");
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** The image as 0/1 (image > 0) padded by one zero on every side, as an int64-valued NDArray. */
function paddedBinary(img: NDArray): NDArray {
  const shape = img.shape.map((d) => d + 2);
  const v = readFloat64(img);
  const out = new Float64Array(shape.reduce((a, b) => a * b, 1));
  const ndim = img.ndim;
  const idx = new Array<number>(ndim).fill(0);
  for (let i = 0; i < v.length; i++) {
    let p = 0;
    for (let a = 0; a < ndim; a++) p = p * shape[a] + idx[a] + 1;
    out[p] = v[i] > 0 ? 1 : 0;
    for (let a = ndim - 1; a >= 0; a--) {
      if (++idx[a] < img.shape[a]) break;
      idx[a] = 0;
    }
  }
  return NDArray.fromStorage(out, shape, float64);
}

/**
 * `skimage.measure.perimeter(image, neighbourhood=4)`: the length of the boundary of a 2-D
 * binary object, its border pixels weighted by their neighbour pattern (1, sqrt(2), (1 + sqrt(2)) / 2).
 */
export function perimeter(image: NDArrayLike, ...rest: PyArgs<[neighbourhood: number, options: { neighbourhood?: number }], { neighbourhood?: number }>): number;
export function perimeter(...args: unknown[]): number {
  const { image, neighbourhood } = PERIMETER.bind(args);
  const img = asNDArray(image);
  if (img.ndim !== 2) throw new NotImplementedError("`perimeter` supports 2D images only");
  return perimeterOf(img, neighbourhood);
}
pyfunction(PERIMETER, perimeter);

/** perimeter without the binding. */
export function perimeterOf(img: NDArray, neighbourhood: number): number {
  const weights = new Array<number>(50).fill(0);
  for (const k of [5, 7, 15, 17, 25, 27]) weights[k] = 1;
  for (const k of [21, 33]) weights[k] = Math.SQRT2;
  for (const k of [13, 23]) weights[k] = (1 + Math.SQRT2) / 2;
  if (img.dtype === bool) {
    return dot(borderCodeHistogram(contiguousStorage(img), img.shape[0], img.shape[1], neighbourhood !== 4), weights);
  }
  const u8 = NDArray.fromStorage(castValues(readFloat64(img).slice(), uint8), img.shape.slice(), uint8);
  const eroded = readFloat64(binary_erosion(u8, neighbourhood === 4 ? STREL_4 : STREL_8, { border_value: 0 }));
  const v = readFloat64(u8);
  // uint8 subtraction, wrapping as NumPy's does (a plain loop: Float64Array.from with a callback is slow)
  const diff = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) diff[i] = (v[i] - eroded[i]) & 255;
  const border = NDArray.fromStorage(diff, img.shape.slice(), float64);
  const codes = readFloat64(convolve(border, BORDER_CODES, { mode: "constant", cval: 0 }));
  return dot(bincount(codes, 50), weights);
}

/** `skimage.measure.perimeter_crofton(image, directions=4)`: the Crofton perimeter of a 2-D binary object. */
export function perimeter_crofton(image: NDArrayLike, ...rest: PyArgs<[directions: 2 | 4, options: { directions?: 2 | 4 }], { directions?: 2 | 4 }>): number;
export function perimeter_crofton(...args: unknown[]): number {
  const { image, directions } = PERIMETER_CROFTON.bind(args);
  const img = asNDArray(image);
  if (img.ndim !== 2) throw new NotImplementedError("`perimeter_crofton` supports 2D images only");
  return croftonOf(img, directions);
}

/** perimeter_crofton without the binding. */
export function croftonOf(img: NDArray, directions: number): number {
  const h = configHistogram2d(img);
  const pi = Math.PI;
  const s2 = Math.sqrt(2);
  const coefs = directions === 2
    ? [0, pi / 2, 0, 0, 0, pi / 2, 0, 0, pi / 2, pi, 0, 0, pi / 2, pi, 0, 0]
    : [0, (pi / 4) * (1 + 1 / s2), pi / (4 * s2), pi / (2 * s2), 0, (pi / 4) * (1 + 1 / s2), 0, pi / (4 * s2), pi / 4, pi / 2, pi / (4 * s2), pi / (4 * s2), pi / 4, pi / 2, 0, 0];
  return dot(coefs, h);
}
pyfunction(PERIMETER_CROFTON, perimeter_crofton);

/**
 * `skimage.measure.euler_number(image, connectivity=None)`: objects minus holes (2-D), or
 * objects minus tunnels plus cavities (3-D), from the 2x2(x2) neighbourhood configurations.
 */
export function euler_number(image: NDArrayLike, ...rest: PyArgs<[connectivity: number | null, options: { connectivity?: number | null }], { connectivity?: number | null }>): number;
export function euler_number(...args: unknown[]): number {
  const { image, connectivity } = EULER_NUMBER.bind(args);
  return eulerOf(asNDArray(image), connectivity);
}
pyfunction(EULER_NUMBER, euler_number);

/** euler_number without the binding. */
export function eulerOf(img: NDArray, connectivity: number | null): number {
  const conn = connectivity ?? img.ndim;
  if (img.ndim === 2) return dot(conn === 1 ? EULER_2D_4 : EULER_2D_8, configHistogram2d(img));
  const padded = paddedBinary(img);
  if (padded.ndim !== 3) throw new NotImplementedError("Euler number is implemented for 2D or 3D images only");
  if (conn === 2) throw new NotImplementedError("For 3D images, Euler number is implemented for connectivities 1 and 3 only");
  const config = new Float64Array(27);
  [[13, 1], [14, 4], [16, 2], [17, 8], [22, 16], [23, 64], [25, 32], [26, 128]].forEach(([i, v]) => (config[i] = v));
  const xf = readFloat64(convolve(padded, NDArray.fromStorage(config, [3, 3, 3], float64), { mode: "constant", cval: 0 }));
  const coefs = conn === 1 ? EULER_3D_26.slice().reverse() : EULER_3D_26;
  return Math.trunc(0.125 * dot(coefs, bincount(xf, 256)));
}
