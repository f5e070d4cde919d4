/**
 * `scipy.ndimage.map_coordinates`, `affine_transform`, `shift`, `zoom`, `rotate` and
 * `spline_filter` (SciPy 1.10): spline interpolation of orders 0 to 5 with a boundary mode.
 */
import { NDArray } from "../../np/ndarray";
import { float64 } from "../../np/dtype";
import { RuntimeError, ValueError } from "../../errors";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import type { NdMode } from "../../skimage/_internal/boundary";
import { splineFilter, zoomGrid } from "../../skimage/_internal/spline";
import { Coefficients, coefficients, interpolate, interpolate2d, interpolateGrid2d, roundForOutput } from "./_interp";
import { NDArrayLike, OUTPUT, Output, SCALAR_OR_SEQ, deliver, inputArray, modeOf, outputDType, perAxis, valuesOf } from "./_support";
import { warn } from "../../skimage/_internal/arrays";

const ORDER = check("int in 0..5", (v) => Number.isInteger(v));
const MODE1 = "str";
const MAP_COORDINATES = signature("scipy.ndimage.map_coordinates(input, coordinates, output=None, order=3, mode='constant', cval=0.0, prefilter=True)", {
  types: { input: "array_like", coordinates: "array_like", output: OUTPUT, order: ORDER, mode: MODE1, cval: "float", prefilter: "bool" },
});
const AFFINE_TRANSFORM = signature("scipy.ndimage.affine_transform(input, matrix, offset=0.0, output_shape=None, output=None, order=3, mode='constant', cval=0.0, prefilter=True)", {
  types: { input: "array_like", matrix: "array_like", offset: SCALAR_OR_SEQ, output_shape: check("a sequence of ints or None", (v) => v === null || (Array.isArray(v) && v.every(Number.isInteger))), output: OUTPUT, order: ORDER, mode: MODE1, cval: "float", prefilter: "bool" },
});
const SHIFT = signature("scipy.ndimage.shift(input, shift, output=None, order=3, mode='constant', cval=0.0, prefilter=True)", {
  types: { input: "array_like", shift: SCALAR_OR_SEQ, output: OUTPUT, order: ORDER, mode: MODE1, cval: "float", prefilter: "bool" },
});
const ZOOM = signature("scipy.ndimage.zoom(input, zoom, output=None, order=3, mode='constant', cval=0.0, prefilter=True, *, grid_mode=False)", {
  types: { input: "array_like", zoom: SCALAR_OR_SEQ, output: OUTPUT, order: ORDER, mode: MODE1, cval: "float", prefilter: "bool", grid_mode: "bool" },
});
const ROTATE = signature("scipy.ndimage.rotate(input, angle, axes=(1, 0), reshape=True, output=None, order=3, mode='constant', cval=0.0, prefilter=True)", {
  types: { input: "array_like", angle: "float", axes: check("a pair of ints", (v) => Array.isArray(v) && v.every((x) => typeof x === "number")), reshape: "bool", output: OUTPUT, order: ORDER, mode: MODE1, cval: "float", prefilter: "bool" },
});
const SPLINE_FILTER = signature("scipy.ndimage.spline_filter(input, order=3, output=numpy.float64, mode='mirror')", {
  types: { input: "array_like", order: ORDER, output: OUTPUT, mode: MODE1 },
  defaults: { output: float64 },
});

/** Keyword arguments shared by the interpolating functions. */
export interface InterpolationOptions {
  output?: Output;
  /** Spline order 0 to 5 (default 3). */
  order?: number;
  mode?: "reflect" | "grid-mirror" | "constant" | "grid-constant" | "nearest" | "mirror" | "grid-wrap" | "wrap";
  cval?: number;
  /** Prefilter the input for orders > 1 (default true). */
  prefilter?: boolean;
}

function checkOrder(order: number): void {
  if (order < 0 || order > 5) throw new RuntimeError("spline order not supported");
}

/** scipy's mode for interpolation ('grid-mirror' is 'reflect'). */
function interpMode(mode: string): NdMode {
  return modeOf(mode);
}

/** The result in the output dtype, rounded as scipy rounds interpolated integers. */
function finish(values: Float64Array, shape: number[], output: Output, input: NDArray): NDArray {
  roundForOutput(values, outputDType(output, input));
  return deliver(values, shape, output, input);
}

/** Interpolates at output points whose input coordinates come from `coordinate`. */
function transform(img: NDArray, outShape: number[], b: Record<string, any>, coordinate: (point: number, axis: number) => number): NDArray {
  checkOrder(b.order);
  const mode = interpMode(b.mode);
  const c: Coefficients = coefficients(valuesOf(img), img.shape, b.order, mode, b.cval, b.prefilter);
  const count = outShape.reduce((x, y) => x * y, 1);
  return finish(interpolate(c, b.order, mode, b.cval, count, coordinate), outShape, b.output, img);
}

/** A separable 2-D transform: one input coordinate per output row and per output column. */
function grid2d(img: NDArray, outShape: number[], b: Record<string, any>, modeName: string, rowAt: (k: number) => number, colAt: (k: number) => number): NDArray {
  checkOrder(b.order);
  const mode = interpMode(modeName);
  const c = coefficients(valuesOf(img), img.shape, b.order, mode, b.cval, b.prefilter);
  return finish(interpolateGrid2d(c, b.order, mode, b.cval, outShape[0], outShape[1], rowAt, colAt), outShape, b.output, img);
}

/** The output index along `axis` of flat point p in a C-ordered `shape`. */
function indexer(shape: readonly number[]): (p: number, axis: number) => number {
  const strides: number[] = [];
  let step = 1;
  for (let a = shape.length - 1; a >= 0; a--) {
    strides[a] = step;
    step *= shape[a];
  }
  return (p, a) => Math.floor(p / strides[a]) % shape[a];
}

/**
 * `scipy.ndimage.map_coordinates(input, coordinates, output=None, order=3, mode='constant',
 * cval=0.0, prefilter=True)`: the input interpolated at `coordinates` (shape (ndim, ...)); the
 * result has shape coordinates.shape[1:] and the input's dtype.
 */
export function map_coordinates(input: NDArrayLike, coordinates: NDArrayLike, ...rest: PyArgs<[output: Output, order: number, mode: string, cval: number, prefilter: boolean, options: InterpolationOptions], InterpolationOptions>): NDArray;
export function map_coordinates(...args: unknown[]): NDArray {
  const b = MAP_COORDINATES.bind(args);
  const img = inputArray(b.input);
  const coords = inputArray(b.coordinates, "coordinates");
  if (coords.shape[0] !== img.ndim) throw new RuntimeError("invalid shape for coordinate array");
  const outShape = coords.shape.slice(1);
  const cv = valuesOf(coords);
  const count = outShape.reduce((x, y) => x * y, 1);
  return transform(img, outShape, b, (p, a) => cv[a * count + p]);
}
pyfunction(MAP_COORDINATES, map_coordinates);

/** Keyword arguments of affine_transform. */
export interface AffineOptions extends InterpolationOptions {
  offset?: number | readonly number[];
  output_shape?: readonly number[] | null;
}

/**
 * `scipy.ndimage.affine_transform(input, matrix, offset=0.0, output_shape=None, output=None,
 * order=3, mode='constant', cval=0.0, prefilter=True)`: output point o samples the input at
 * matrix @ o + offset. `matrix` is (ndim, ndim), a homogeneous (ndim+1, ndim+1) or (ndim,
 * ndim+1) matrix, or a 1-D diagonal.
 */
export function affine_transform(input: NDArrayLike, matrix: NDArrayLike, ...rest: PyArgs<[offset: number | readonly number[], output_shape: readonly number[] | null, output: Output, order: number, mode: string, cval: number, prefilter: boolean, options: AffineOptions], AffineOptions>): NDArray;
export function affine_transform(...args: unknown[]): NDArray {
  const b = AFFINE_TRANSFORM.bind(args);
  const img = inputArray(b.input);
  const rank = img.ndim;
  const outShape: number[] = b.output_shape ?? (b.output instanceof NDArray ? b.output.shape.slice() : img.shape.slice());
  let m = inputArray(b.matrix, "matrix");
  if ((m.ndim !== 1 && m.ndim !== 2) || m.shape[0] < 1) throw new RuntimeError("no proper affine matrix provided");
  let mv = Array.from(valuesOf(m));
  let offset: number[] | null = null;
  if (m.ndim === 2 && m.shape[1] === rank + 1 && (m.shape[0] === rank || m.shape[0] === rank + 1)) {
    if (m.shape[0] === rank + 1) {
      const last = mv.slice(rank * (rank + 1));
      if (!last.every((v, i) => v === (i === rank ? 1 : 0))) throw new ValueError(`Expected homogeneous transformation matrix with shape ${JSON.stringify(m.shape)} for image shape ${JSON.stringify(img.shape)}, but bottom row was not equal to ${JSON.stringify([...new Array(rank).fill(0), 1])}`);
    }
    offset = Array.from({ length: rank }, (_, i) => mv[i * (rank + 1) + rank]);
    mv = Array.from({ length: rank * rank }, (_, k) => mv[Math.floor(k / rank) * (rank + 1) + (k % rank)]);
    m = NDArray.fromStorage(Float64Array.from(mv), [rank, rank], float64);
  }
  if (m.shape[0] !== rank) throw new RuntimeError("affine matrix has wrong number of rows");
  if (m.ndim === 2 && m.shape[1] !== outShape.length) throw new RuntimeError("affine matrix has wrong number of columns");
  const off = offset ?? perAxis<number>(b.offset, rank);
  const at = indexer(outShape);
  if (m.ndim === 1) {
    warn("The behavior of affine_transform with a 1-D array supplied for the matrix parameter has changed in SciPy 0.18.0.");
    // zoom_shift: (o + offset / matrix) * matrix
    return transform(img, outShape, b, (p, a) => (at(p, a) + off[a] / mv[a]) * mv[a]);
  }
  const orank = outShape.length;
  return transform(img, outShape, b, (p, a) => {
    let s = 0;
    for (let l = 0; l < orank; l++) s += at(p, l) * mv[a * orank + l];
    return s + off[a];
  });
}
pyfunction(AFFINE_TRANSFORM, affine_transform);

/**
 * `scipy.ndimage.shift(input, shift, output=None, order=3, mode='constant', cval=0.0,
 * prefilter=True)`: the input moved by `shift` (per axis), interpolated.
 */
export function shift(input: NDArrayLike, shift: number | readonly number[], ...rest: PyArgs<[output: Output, order: number, mode: string, cval: number, prefilter: boolean, options: InterpolationOptions], InterpolationOptions>): NDArray;
export function shift(...args: unknown[]): NDArray {
  const b = SHIFT.bind(args);
  const img = inputArray(b.input);
  if (img.ndim < 1) throw new RuntimeError("input and output rank must be > 0");
  const s = perAxis<number>(b.shift, img.ndim).map((v) => -v);
  if (img.ndim === 2) return grid2d(img, img.shape.slice(), b, b.mode, (k) => k + s[0], (k) => k + s[1]);
  const at = indexer(img.shape);
  return transform(img, img.shape.slice(), b, (p, a) => at(p, a) + s[a]);
}
pyfunction(SHIFT, shift);

/** Keyword arguments of zoom. */
export interface ZoomOptions extends InterpolationOptions {
  /** Treat pixels as areas (the corners of the grid are the image's edges), as skimage.transform.resize does. */
  grid_mode?: boolean;
}

/**
 * `scipy.ndimage.zoom(input, zoom, output=None, order=3, mode='constant', cval=0.0,
 * prefilter=True, *, grid_mode=False)`: resamples to round(shape * zoom); without grid_mode
 * the first and last samples of each axis stay where they are.
 */
export function zoom(input: NDArrayLike, zoom: number | readonly number[], ...rest: PyArgs<[output: Output, order: number, mode: string, cval: number, prefilter: boolean, options: ZoomOptions], ZoomOptions>): NDArray;
export function zoom(...args: unknown[]): NDArray {
  const b = ZOOM.bind(args);
  checkOrder(b.order);
  const img = inputArray(b.input);
  if (img.ndim < 1) throw new RuntimeError("input and output rank must be > 0");
  const factors = perAxis<number>(b.zoom, img.ndim);
  // Python's round: half to even
  const outShape = img.shape.map((d, a) => roundHalfEven(d * factors[a]));
  let mode: string = b.mode;
  if (b.grid_mode) {
    if (mode === "constant" || mode === "wrap") {
      warn(`It is recommended to use mode = grid-${mode} instead of ${mode} when grid_mode is True.`);
      mode = `grid-${mode}`;
    }
    const nd = interpMode(mode);
    if (b.prefilter || b.order <= 1) {
      const out = zoomGrid(valuesOf(img), img.shape, outShape, b.order, nd, b.cval);
      return finish(out, outShape, b.output, img);
    }
  }
  const ratio = img.shape.map((d, a) => {
    const div = b.grid_mode ? outShape[a] : outShape[a] - 1;
    const nominal = b.grid_mode ? d : d - 1;
    return div !== 0 ? nominal / div : 1;
  });
  const grid = b.grid_mode;
  const coord = (k: number, a: number) => (grid ? (k + 0.5) * ratio[a] - 0.5 : k * ratio[a]);
  if (img.ndim === 2) return grid2d(img, outShape, b, mode, (k) => coord(k, 0), (k) => coord(k, 1));
  const at = indexer(outShape);
  return transform(img, outShape, { ...b, mode }, (p, a) => coord(at(p, a), a));
}
pyfunction(ZOOM, zoom);

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** scipy.special.cosdg / sindg: exact at multiples of 90 degrees. */
function degreesCosSin(angle: number): [number, number] {
  const a = ((angle % 360) + 360) % 360;
  if (a % 90 === 0) {
    const q = a / 90;
    return [[1, 0, -1, 0][q], [0, 1, 0, -1][q]];
  }
  const r = (angle * Math.PI) / 180;
  return [Math.cos(r), Math.sin(r)];
}

/** Keyword arguments of rotate. */
export interface RotateOptions extends InterpolationOptions {
  /** The plane of rotation (default (1, 0)). */
  axes?: readonly [number, number];
  /** Grow the output to hold the whole rotated input (default true). */
  reshape?: boolean;
}

/**
 * `scipy.ndimage.rotate(input, angle, axes=(1, 0), reshape=True, output=None, order=3,
 * mode='constant', cval=0.0, prefilter=True)`: rotates by `angle` degrees in the plane of
 * `axes` about the centre; with reshape, the output holds the whole rotated input.
 */
export function rotate(input: NDArrayLike, angle: number, ...rest: PyArgs<[axes: readonly [number, number], reshape: boolean, output: Output, order: number, mode: string, cval: number, prefilter: boolean, options: RotateOptions], RotateOptions>): NDArray;
export function rotate(...args: unknown[]): NDArray {
  const b = ROTATE.bind(args);
  const img = inputArray(b.input);
  const ndim = img.ndim;
  if (ndim < 2) throw new ValueError("input array should be at least 2D");
  const axes = (b.axes as number[]).slice();
  if (axes.length !== 2) throw new ValueError("axes should contain exactly two values");
  if (!axes.every(Number.isInteger)) throw new ValueError("axes should contain only integer values");
  for (let i = 0; i < 2; i++) if (axes[i] < 0) axes[i] += ndim;
  if (axes.some((a) => a < 0 || a >= ndim)) throw new ValueError("invalid rotation plane specified");
  axes.sort((x, y) => x - y);
  const [c, s] = degreesCosSin(b.angle);
  const inPlane = [img.shape[axes[0]], img.shape[axes[1]]];
  let outPlane: number[];
  if (b.reshape) {
    const [iy, ix] = inPlane;
    // rot @ [[0, 0, iy, iy], [0, ix, 0, ix]], then each row's peak-to-peak
    const ys = [0, s * ix, c * iy, c * iy + s * ix];
    const xs = [0, c * ix, -s * iy, -s * iy + c * ix];
    const ptp = (v: number[]) => Math.max(...v) - Math.min(...v);
    outPlane = [Math.trunc(ptp(ys) + 0.5), Math.trunc(ptp(xs) + 0.5)];
  } else {
    outPlane = inPlane.slice();
  }
  const oc = [(outPlane[0] - 1) / 2, (outPlane[1] - 1) / 2];
  const outCenter = [c * oc[0] + s * oc[1], -s * oc[0] + c * oc[1]];
  const offset = [(inPlane[0] - 1) / 2 - outCenter[0], (inPlane[1] - 1) / 2 - outCenter[1]];
  const outShape = img.shape.slice();
  outShape[axes[0]] = outPlane[0];
  outShape[axes[1]] = outPlane[1];
  checkOrder(b.order);
  const mode = interpMode(b.mode);
  const at = indexer(outShape);
  const matrix = [c, s, -s, c];
  if (ndim === 2) {
    const cf = coefficients(valuesOf(img), img.shape, b.order, mode, b.cval, b.prefilter);
    const oc = outShape[1];
    const values = interpolate2d(cf, b.order, mode, b.cval, outShape[0] * oc, (p, rc) => {
      const r = Math.floor(p / oc);
      const col = p - r * oc;
      rc[0] = r * c + col * s + offset[0];
      rc[1] = r * -s + col * c + offset[1];
    });
    return finish(values, outShape, b.output, img);
  }
  // every plane parallel to `axes` on its own, as scipy loops over them
  const dt = outputDType(b.output, img);
  const result = new Float64Array(outShape.reduce((x, y) => x * y, 1));
  const others = img.shape.map((_, k) => k).filter((k) => !axes.includes(k));
  const otherShape = others.map((k) => img.shape[k]);
  const planes = otherShape.reduce((x, y) => x * y, 1);
  const pick = indexer(otherShape);
  const outAt = indexer(outShape);
  for (let q = 0; q < planes; q++) {
    const index: (number | string)[] = img.shape.map(() => ":");
    others.forEach((k, j) => (index[k] = pick(q, j)));
    const plane = img.get(...index);
    const cf = coefficients(valuesOf(plane), plane.shape, b.order, mode, b.cval, b.prefilter);
    const count = outPlane[0] * outPlane[1];
    const values = interpolate(cf, b.order, mode, b.cval, count, (p, a) => Math.floor(p / outPlane[1]) * matrix[a * 2] + (p % outPlane[1]) * matrix[a * 2 + 1] + offset[a]);
    // scatter the plane into the result
    for (let p = 0; p < result.length; p++) {
      if (!others.every((k, j) => outAt(p, k) === pick(q, j))) continue;
      result[p] = values[outAt(p, axes[0]) * outPlane[1] + outAt(p, axes[1])];
    }
  }
  roundForOutput(result, dt);
  return deliver(result, outShape, b.output, img);
}
pyfunction(ROTATE, rotate);

/** Keyword arguments of spline_filter. */
export interface SplineFilterOptions {
  order?: number;
  output?: Output;
  mode?: string;
}

/**
 * `scipy.ndimage.spline_filter(input, order=3, output=numpy.float64, mode='mirror')`: the
 * B-spline coefficients of the input along every axis (orders 2 to 5).
 */
export function spline_filter(input: NDArrayLike, ...rest: PyArgs<[order: number, output: Output, mode: string, options: SplineFilterOptions], SplineFilterOptions>): NDArray;
export function spline_filter(...args: unknown[]): NDArray {
  const b = SPLINE_FILTER.bind(args);
  if (b.order < 2 || b.order > 5) throw new RuntimeError("spline order not supported");
  const img = inputArray(b.input);
  const values = valuesOf(img).slice();
  if (img.ndim > 0) splineFilter(values, img.shape, b.order, interpMode(b.mode));
  return deliver(values, img.shape, b.output, img);
}
pyfunction(SPLINE_FILTER, spline_filter);
