/** np.fft's one-dimensional transforms: fft, ifft, rfft, irfft, hfft, ihfft. */
import { IndexError } from "../../errors";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { runComplexUnary } from "../complex/ufuncs";
import { FftNorm, normFactor, rawFft, swapDirection } from "./raw";

/** Keyword arguments of the one-dimensional transforms. */
export interface FftOptions {
  a?: ArrayLike;
  /** Points along the axis: the input is cropped or zero-padded to it (for irfft/hfft: the output length). */
  n?: number | null;
  axis?: number;
  /** "backward" (None: no scaling forward, 1/n back), "ortho" (1/sqrt(n) both ways) or "forward". */
  norm?: FftNorm;
}
type FftArgs = PyArgs<[n: number | null, axis: number, norm: FftNorm, options: FftOptions], FftOptions>;

const SPEC = { types: { n: check("int or None", (v) => v === null || Number.isInteger(v)), axis: "int", norm: "str|None" } };
const sig = (name: string) => signature(`numpy.fft.${name}(a, n=None, axis=-1, norm=None)`, SPEC);
const FFT = sig("fft");
const IFFT = sig("ifft");
const RFFT = sig("rfft");
const IRFFT = sig("irfft");
const HFFT = sig("hfft");
const IHFFT = sig("ihfft");

function bind(s: typeof FFT, args: unknown[]): { a: NDArray; n: number | null; axis: number; norm: FftNorm } {
  if (args.length === 1) return { a: asarray(args[0] as ArrayLike), n: null, axis: -1, norm: null };
  const b = s.bind(args);
  return { a: asarray(b.a), n: b.n, axis: b.axis, norm: b.norm };
}

/** `a.shape[axis]` as Python indexes the shape tuple (IndexError beyond it). */
function axisLength(a: NDArray, axis: number): number {
  const len = a.shape[axis < 0 ? axis + a.ndim : axis];
  if (len === undefined || axis < -a.ndim) throw new IndexError("tuple index out of range");
  return len;
}

/** `numpy.fft.fft(a, n=None, axis=-1, norm=None)`: the discrete Fourier transform along an axis (complex128). */
export function fft(a: ArrayLike, ...rest: FftArgs): NDArray;
export function fft(...args: unknown[]): NDArray {
  const { a, n, axis, norm } = bind(FFT, args);
  const len = n ?? axisLength(a, axis);
  return rawFft(a, len, axis, "c2c", false, normFactor(len, norm, true));
}
pyfunction(FFT, fft);

/** `numpy.fft.ifft(a, n=None, axis=-1, norm=None)`: the inverse transform of fft. */
export function ifft(a: ArrayLike, ...rest: FftArgs): NDArray;
export function ifft(...args: unknown[]): NDArray {
  const { a, n, axis, norm } = bind(IFFT, args);
  const len = n ?? axisLength(a, axis);
  return rawFft(a, len, axis, "c2c", true, normFactor(len, norm, false));
}
pyfunction(IFFT, ifft);

/** `numpy.fft.rfft(a, n=None, axis=-1, norm=None)`: the transform of real input, its n // 2 + 1 non-negative frequencies. */
export function rfft(a: ArrayLike, ...rest: FftArgs): NDArray;
export function rfft(...args: unknown[]): NDArray {
  const { a, n, axis, norm } = bind(RFFT, args);
  const len = n ?? axisLength(a, axis);
  return rawFft(a, len, axis, "r2c", false, normFactor(len, norm, true));
}
pyfunction(RFFT, rfft);

/** `numpy.fft.irfft(a, n=None, axis=-1, norm=None)`: the real signal of n points (default 2 * (m - 1)) whose rfft is a. */
export function irfft(a: ArrayLike, ...rest: FftArgs): NDArray;
export function irfft(...args: unknown[]): NDArray {
  const { a, n, axis, norm } = bind(IRFFT, args);
  const len = n ?? (axisLength(a, axis) - 1) * 2;
  return rawFft(a, len, axis, "c2r", true, normFactor(len, norm, false));
}
pyfunction(IRFFT, irfft);

/** `numpy.fft.hfft(a, n=None, axis=-1, norm=None)`: the real spectrum of a signal with Hermitian symmetry given by its first half. */
export function hfft(a: ArrayLike, ...rest: FftArgs): NDArray;
export function hfft(...args: unknown[]): NDArray {
  const { a, n, axis, norm } = bind(HFFT, args);
  const len = n ?? (axisLength(a, axis) - 1) * 2;
  const swapped = swapDirection(norm);
  const conjugated = a.dtype.kind === "c" ? runComplexUnary("conjugate", a) : a;
  return rawFft(conjugated, len, axis, "c2r", true, normFactor(len, swapped, false));
}
pyfunction(HFFT, hfft);

/** `numpy.fft.ihfft(a, n=None, axis=-1, norm=None)`: the inverse of hfft (conjugated rfft). */
export function ihfft(a: ArrayLike, ...rest: FftArgs): NDArray;
export function ihfft(...args: unknown[]): NDArray {
  const { a, n, axis, norm } = bind(IHFFT, args);
  const len = n ?? axisLength(a, axis);
  const swapped = swapDirection(norm);
  return runComplexUnary("conjugate", rawFft(a, len, axis, "r2c", false, normFactor(len, swapped, true)));
}
pyfunction(IHFFT, ihfft);
