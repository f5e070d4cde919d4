/**
 * What scikit-image's edge filters share: the float conversion (img_as_float for integers,
 * float32 kept), separable convolution kernels along chosen axes, the magnitude over axes and
 * the eroded-mask zeroing.
 */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64 } from "../../np/dtype";
import { AxisError, ValueError } from "../../errors";
import { NDArrayLike, asNDArray, shapeStr } from "../_internal/arrays";
import { NdMode } from "../_internal/boundary";
import { convolve } from "../../scipy/ndimage/correlate";
import { img_as_float } from "../util/dtype";
import { roundingFor } from "../_internal/rounding";

/** The boundary modes scipy.ndimage.convolve accepts. */
export const CONVOLVE_MODES: readonly string[] = ["reflect", "constant", "nearest", "mirror", "wrap", "grid-constant", "grid-wrap", "grid-mirror"];

/** An image as the edge filters compute on it: float64 values, and whether results are float32. */
export interface FloatImage {
  values: Float64Array;
  shape: number[];
  single: boolean;
}

/** img_as_float for integer/bool images; float32 and float64 kept. */
export function floatImage(image: NDArrayLike): FloatImage {
  const img0 = asNDArray(image);
  const img = img0.dtype.kind === "f" ? img0 : img_as_float(img0);
  return { values: Float64Array.from(contiguousStorage(img)), shape: img.shape.slice(), single: img.dtype === float32 };
}

/** check_nD(image, 2): ValueError unless the image is 2-D. */
export function check2d(image: NDArrayLike): void {
  const n = asNDArray(image).ndim;
  if (n !== 2) throw new ValueError(`The parameter \`image\` must be a 2-dimensional array`);
}

/**
 * `_reshape_nd(edge, ndim, axis)` times `_reshape_nd(smooth, ndim, k)` for every other axis k in
 * increasing order, as scikit-image builds the n-D kernel (a negative `axis` leaves every axis in
 * the smoothing set, so the edge axis is smoothed too, as in scikit-image).
 */
export function edgeKernel(ndim: number, axis: number, edge: Float64Array, smooth: Float64Array): NDArray {
  const edgeAxis = axis < 0 ? axis + ndim : axis;
  const n = edge.length;
  const size = n ** ndim;
  const out = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    let rem = i;
    const idx = new Array<number>(ndim);
    for (let k = ndim - 1; k >= 0; k--) {
      idx[k] = rem % n;
      rem = Math.floor(rem / n);
    }
    let v = edge[idx[edgeAxis]];
    for (let k = 0; k < ndim; k++) if (k !== axis) v *= smooth[idx[k]];
    out[i] = v;
  }
  return NDArray.fromStorage(out, new Array<number>(ndim).fill(n), float64);
}

/**
 * ndi.convolve with a kernel that is `edge` along `edgeAxis` times `smooth` along the others: the
 * whole n-D kernel in one convolution, so each output adds its terms in scipy's order.
 */
export function separableConvolve(x: FloatImage, edgeAxis: number, edge: Float64Array, smooth: Float64Array, mode: NdMode): Float64Array {
  const img = NDArray.fromStorage(x.values, x.shape.slice(), float64);
  return contiguousStorage(convolve(img, edgeKernel(x.shape.length, edgeAxis, edge, smooth), { mode })) as Float64Array;
}

/** The axes an `axis` argument names (None: all), normalised. */
export function edgeAxes(axis: number | readonly number[] | null, ndim: number): number[] {
  const given = axis === null ? [...Array(ndim).keys()] : typeof axis === "number" ? [axis] : axis.slice();
  return given.map((a) => {
    const ax = a < 0 ? a + ndim : a;
    if (ax < 0 || ax >= ndim) throw new AxisError(`axis ${a} is out of bounds for array of dimension ${ndim}`);
    return ax;
  });
}

/**
 * `_generic_edge_filter`: the convolution along each axis; with several axes the magnitude
 * sqrt(sum of squares) / sqrt(ndim). Float32 images round as NumPy's float32 steps do.
 */
export function genericEdge(x: FloatImage, axes: readonly number[], smooth: Float64Array, mode: NdMode, edge = new Float64Array([1, 0, -1])): Float64Array {
  const r = roundingFor(x.single);
  const magnitude = axes.length > 1;
  const out = new Float64Array(x.values.length);
  for (const ax of axes) {
    const g = separableConvolve(x, ax, edge, smooth, mode);
    for (let i = 0; i < out.length; i++) {
      const v = r(g[i]);
      out[i] = r(out[i] + (magnitude ? r(v * v) : v));
    }
  }
  if (magnitude) {
    const s = Math.sqrt(x.shape.length);
    for (let i = 0; i < out.length; i++) out[i] = r(r(Math.sqrt(out[i])) / s);
  }
  return out;
}

/** `_mask_filter_result`: zero outside the mask eroded by a full 3^ndim structure (border 0). */
export function maskResult(out: Float64Array, shape: readonly number[], maskIn: NDArrayLike | null): void {
  if (maskIn === null) return;
  const mask = asNDArray(maskIn, "mask");
  if (mask.ndim !== shape.length || mask.shape.some((d, k) => d !== shape[k])) {
    throw new ValueError(`operands could not be broadcast together with shapes ${shapeStr(shape)} ${shapeStr(mask.shape)}`);
  }
  const m = contiguousStorage(mask);
  const ndim = shape.length;
  const strides: number[] = [];
  let step = 1;
  for (let k = ndim - 1; k >= 0; k--) {
    strides[k] = step;
    step *= shape[k];
  }
  const count = 3 ** ndim;
  const offsets: number[][] = [];
  for (let c = 0; c < count; c++) {
    const o: number[] = [];
    let rem = c;
    for (let k = ndim - 1; k >= 0; k--) {
      o[k] = (rem % 3) - 1;
      rem = Math.floor(rem / 3);
    }
    offsets.push(o);
  }
  const idx = new Array<number>(ndim).fill(0);
  for (let n = 0; n < out.length; n++) {
    let keep = m[n] !== 0;
    for (let t = 0; t < count && keep; t++) {
      let off = 0;
      for (let k = 0; k < ndim; k++) {
        const p = idx[k] + offsets[t][k];
        if (p < 0 || p >= shape[k]) {
          keep = false;
          break;
        }
        off += offsets[t][k] * strides[k];
      }
      if (keep && m[n + off] === 0) keep = false;
    }
    if (!keep) out[n] = 0;
    for (let k = ndim - 1; k >= 0; k--) {
      if (++idx[k] < shape[k]) break;
      idx[k] = 0;
    }
  }
}

/** A float64 result as an NDArray (float32 for float32 images). */
export function floatResult(out: Float64Array, x: FloatImage): NDArray {
  return NDArray.fromStorage(x.single ? new Float32Array(out) : out, x.shape.slice(), x.single ? float32 : float64);
}

/** ndi mode name: 'grid-mirror' is scipy's alias of 'reflect'. */
export function ndMode(mode: string): NdMode {
  return (mode === "grid-mirror" ? "reflect" : mode) as NdMode;
}
