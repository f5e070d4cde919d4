/** `skimage.restoration.wiener` (0.19): Wiener-Hunt deconvolution with a fixed regularisation weight. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { astype } from "../../np/cast";
import { complex64, float32, float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { Spectrum, abs2, ir2tf, laplacianImpulse, uifft2, uirfft2, ufft2, urfft2 } from "./_uft";

const WIENER = signature("skimage.restoration.wiener(image, psf, balance, reg=None, is_real=True, clip=True)", {
  types: { image: "array_like", psf: "array_like", balance: "float", reg: "array_like|None", is_real: "bool", clip: "bool" },
});

/** Keyword arguments of restoration.wiener. */
export interface WienerOptions {
  reg?: NDArrayLike | null;
  is_real?: boolean;
  clip?: boolean;
}

/** The operators of a Wiener-Hunt problem as scikit-image prepares them. */
export interface WienerSetup {
  /** The image as float64 (float32 images are computed in float64 and rounded at the end). */
  image: NDArray;
  single: boolean;
  /** The transfer function; `complexTf` false when it is psf.real itself (a real array). */
  tf: Spectrum;
  complexTf: boolean;
  /** The real part of the regularisation's transfer function (scikit-image keeps reg.real). */
  reg: Float64Array;
}

/**
 * scikit-image's preamble: the Laplacian as default regulariser, impulse responses turned into
 * transfer functions, the real parts of psf and reg kept (as 0.19 does, even for a complex
 * transfer function), and psf taken as a transfer function when its shape is reg's.
 */
export function wienerSetup(imageIn: NDArrayLike, psfIn: NDArrayLike, regIn: NDArrayLike | null, isReal: boolean): WienerSetup {
  const img = asNDArray(imageIn);
  if (img.ndim !== 2) throw new ValueError(`the image must be 2-D, got ${img.ndim} dimensions`);
  const psf = asNDArray(psfIn, "psf");
  const regArr = regIn === null ? laplacianImpulse(img.ndim) : asNDArray(regIn, "reg");
  const regTf = regArr.dtype.kind === "c" ? { re: realPart(regArr), shape: regArr.shape.slice() } : ir2tf(regArr, img.shape, isReal);
  const psfReal = NDArray.fromStorage(realPart(psf), psf.shape.slice(), float64);
  const sameShape = psf.ndim === regTf.shape.length && psf.shape.every((s, k) => s === regTf.shape[k]);
  const tf = sameShape ? { re: contiguousStorage(psfReal) as Float64Array, im: new Float64Array(psf.size), shape: psf.shape.slice() } : ir2tf(psfReal, img.shape, isReal);
  const single = img.dtype === float32;
  return { image: img.dtype === float64 ? img : astype(img, float64), single, tf, complexTf: !sameShape, reg: regTf.re };
}

/** The real part of an array, as float64 values in C order. */
function realPart(a: NDArray): Float64Array {
  const d = contiguousStorage(a);
  if (a.dtype.kind !== "c") return Float64Array.from(d);
  const out = new Float64Array(a.size);
  for (let i = 0; i < out.length; i++) out[i] = d[2 * i];
  return out;
}

/** x / d for a complex x and a real d, as NumPy divides by d + 0j (times the reciprocal, Smith's method). */
export function divideByReal(re: number, im: number, d: number): [number, number] {
  const scale = 1 / d;
  return [(re + im * 0) * scale, (im - re * 0) * scale];
}

/** The spectrum back in image space: the real inverse (is_real) or the complex one, clipped to [-1, 1]. */
export function backToImage(x: Spectrum, shape: readonly number[], isReal: boolean, clip: boolean, single: boolean): NDArray {
  if (isReal) {
    const out = uirfft2(x, shape);
    const d = out.data;
    if (clip) for (let i = 0; i < d.length; i++) d[i] = d[i] > 1 ? 1 : d[i] < -1 ? -1 : d[i];
    return single ? astype(out, float32) : out;
  }
  const out = uifft2(x);
  const d = out.data;
  if (clip) {
    // complex values compare by real part, then imaginary part (NumPy's ordering)
    for (let i = 0; i < d.length; i += 2) {
      const re = d[i];
      const im = d[i + 1];
      if (re > 1 || (re === 1 && im > 0)) [d[i], d[i + 1]] = [1, 0];
      else if (re < -1 || (re === -1 && im < 0)) [d[i], d[i + 1]] = [-1, 0];
    }
  }
  return single ? astype(out, complex64) : out;
}

/**
 * `skimage.restoration.wiener(image, psf, balance, reg=None, is_real=True, clip=True)`: the
 * Wiener-Hunt deconvolution of a 2-D image, conj(H) / (|H|² + balance |D|²) applied in Fourier
 * space, H the transfer function of `psf` (an impulse response, or a transfer function of reg's
 * shape) and D that of `reg` (the Laplacian by default). `is_real` works on half spectra
 * (rfft); `clip` limits the result to [-1, 1]. Float64 out (float32 for float32 images; complex
 * with is_real false).
 */
export function wiener(
  image: NDArrayLike, psf: NDArrayLike, balance: number,
  ...rest: PyArgs<[reg: NDArrayLike | null, is_real: boolean, clip: boolean, options: WienerOptions], WienerOptions>
): NDArray;
export function wiener(...args: unknown[]): NDArray {
  const b = WIENER.bind(args);
  const s = wienerSetup(b.image as NDArrayLike, b.psf as NDArrayLike, b.reg as NDArrayLike | null, b.is_real);
  const data = b.is_real ? urfft2(s.image) : ufft2(s.image);
  const n = data.re.length;
  if (s.tf.re.length !== n || s.reg.length !== n) throw new ValueError("the transfer functions do not match the image's spectrum");
  const { re: hr, im: hi } = s.tf;
  const balance = b.balance as number;
  for (let i = 0; i < n; i++) {
    const denom = abs2(hr[i], hi[i]) + balance * (s.reg[i] * s.reg[i]);
    let wr: number;
    let wi: number;
    if (s.complexTf) [wr, wi] = divideByReal(hr[i], -hi[i], denom);
    else [wr, wi] = [hr[i] / denom, 0];
    const xr = data.re[i];
    const xi = data.im[i];
    data.re[i] = wr * xr - wi * xi;
    data.im[i] = wr * xi + wi * xr;
  }
  return backToImage(data, s.image.shape, b.is_real, b.clip, s.single);
}
pyfunction(WIENER, wiener);
