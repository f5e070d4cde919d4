/**
 * scikit-image's restoration.uft: unitary Fourier transforms over the last two axes (NumPy's
 * FFT with norm='ortho'), transfer functions of impulse responses and of the Laplacian, and
 * the quadratic norm of a spectrum. Spectra are kept as separate real and imaginary planes.
 */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { complex128, float64 } from "../../np/dtype";
import { fftn, ifftn, irfftn, rfftn } from "../../np/fft/nd";
import { ValueError } from "../../errors";

/** A complex array as its real and imaginary planes (C order) and its shape. */
export interface Spectrum {
  re: Float64Array;
  im: Float64Array;
  shape: number[];
}

/** The planes of a complex NDArray (or a real one, imaginary part 0). */
export function spectrumOf(a: NDArray): Spectrum {
  const n = a.size;
  const d = contiguousStorage(a);
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  if (a.dtype.kind === "c") {
    for (let i = 0; i < n; i++) {
      re[i] = d[2 * i];
      im[i] = d[2 * i + 1];
    }
  } else re.set(d);
  return { re, im, shape: a.shape.slice() };
}

/** The complex128 NDArray of a spectrum. */
export function complexArray(s: Spectrum): NDArray {
  const n = s.re.length;
  const d = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    d[2 * i] = s.re[i];
    d[2 * i + 1] = s.im[i];
  }
  return NDArray.fromStorage(d, s.shape.slice(), complex128);
}

const LAST_TWO = [-2, -1];

/** `uft.urfft2`: the unitary real FFT over the last two axes (half the last one). */
export function urfft2(image: NDArray): Spectrum {
  return spectrumOf(rfftn(image, { axes: LAST_TWO, norm: "ortho" }));
}

/** `uft.ufft2`: the unitary FFT over the last two axes. */
export function ufft2(image: NDArray): Spectrum {
  return spectrumOf(fftn(image, { axes: LAST_TWO, norm: "ortho" }));
}

/** `uft.uirfft2(x, shape)`: the unitary inverse real FFT back to `shape` (float64). */
export function uirfft2(x: Spectrum, shape: readonly number[]): NDArray {
  return irfftn(complexArray(x), { s: shape.slice(-2), axes: LAST_TWO, norm: "ortho" });
}

/** `uft.uifft2`: the unitary inverse FFT over the last two axes (complex128). */
export function uifft2(x: Spectrum): NDArray {
  return ifftn(complexArray(x), { axes: LAST_TWO, norm: "ortho" });
}

/**
 * `uft.ir2tf(imp_resp, shape, is_real=is_real)`: the transfer function of an impulse response
 * over all its axes: zero-padded to `shape`, rolled so its centre is at the origin, then
 * rfftn (is_real) or fftn, unnormalised.
 */
export function ir2tf(impResp: NDArray, shape: readonly number[], isReal: boolean): Spectrum {
  const ndim = impResp.ndim;
  if (ndim !== shape.length) throw new ValueError(`the impulse response has ${ndim} dimensions, the image ${shape.length}`);
  if (impResp.shape.some((s, k) => s > shape[k])) throw new ValueError("the impulse response is larger than the image");
  const ir = contiguousStorage(impResp);
  const size = shape.reduce((p, q) => p * q, 1);
  const padded = new Float64Array(size);
  const strides = new Array<number>(ndim).fill(1);
  for (let k = ndim - 2; k >= 0; k--) strides[k] = strides[k + 1] * shape[k + 1];
  // element (i0, i1, ...) lands at ((i_k - floor(s_k / 2)) mod shape_k), the roll of each axis
  const idx = new Array<number>(ndim).fill(0);
  for (let j = 0; j < ir.length; j++) {
    let at = 0;
    for (let k = 0; k < ndim; k++) {
      const shifted = idx[k] - Math.floor(impResp.shape[k] / 2);
      at += (((shifted % shape[k]) + shape[k]) % shape[k]) * strides[k];
    }
    padded[at] = ir[j];
    for (let k = ndim - 1; k >= 0; k--) {
      if (++idx[k] < impResp.shape[k]) break;
      idx[k] = 0;
    }
  }
  const a = NDArray.fromStorage(padded, shape.slice(), float64);
  return spectrumOf(isReal ? rfftn(a) : fftn(a));
}

/** `uft.laplacian(ndim, shape, is_real)`: the impulse response (-1 beside the centre on every axis, 2 ndim at it). */
export function laplacianImpulse(ndim: number): NDArray {
  const data = new Float64Array(3 ** ndim);
  const centre = (3 ** ndim - 1) / 2;
  for (let k = 0; k < ndim; k++) {
    const step = 3 ** (ndim - 1 - k);
    data[centre - step] = -1;
    data[centre + step] = -1;
  }
  data[centre] = 2 * ndim;
  return NDArray.fromStorage(data, new Array(ndim).fill(3), float64);
}

/** |z|² as np.abs(z) ** 2 (hypot, then squared). */
export function abs2(re: number, im: number): number {
  const h = Math.hypot(re, im);
  return h * h;
}

/**
 * `uft.image_quad_norm` of a 2-D spectrum: the sum of |x|² (rows summed first, as NumPy);
 * a half spectrum (last axis shorter than the one before) counts twice, less its first column.
 */
export function imageQuadNorm(re: Float64Array, im: Float64Array, shape: readonly number[], sum: (v: Float64Array) => number): number {
  const cols = shape[shape.length - 1];
  const rows = re.length / cols;
  const rowSums = new Float64Array(rows);
  const row = new Float64Array(cols);
  const first = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) row[c] = abs2(re[r * cols + c], im[r * cols + c]);
    rowSums[r] = sum(row);
    first[r] = row[0];
  }
  const total = sum(rowSums);
  return cols !== shape[shape.length - 2] ? 2 * total - sum(first) : total;
}
