/** np.fft's n-dimensional transforms: fft2, ifft2, fftn, ifftn, rfft2, irfft2, rfftn, irfftn. */
import { ValueError } from "../../errors";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { FftNorm, normFactor, rawFft } from "./raw";

/** Keyword arguments of the n-dimensional transforms. */
export interface FftnOptions {
  a?: ArrayLike;
  /** Points along each transformed axis (the input is cropped or zero-padded); for irfftn the output lengths. */
  s?: readonly number[] | null;
  /** The axes transformed (fft2: the last two; fftn: all, or the last len(s)). */
  axes?: readonly number[] | null;
  /** "backward" (None), "ortho" or "forward", as for fft. */
  norm?: FftNorm;
}
type FftnArgs = PyArgs<[s: readonly number[] | null, axes: readonly number[] | null, norm: FftNorm, options: FftnOptions], FftnOptions>;

const INTS = check("sequence of ints or None", (v) => v === null || (Array.isArray(v) && v.every(Number.isInteger)));
const SPEC = { types: { s: INTS, axes: INTS, norm: "str|None" } };
const sig2 = (name: string) => signature(`numpy.fft.${name}(a, s=None, axes=(-2, -1), norm=None)`, { ...SPEC, defaults: { axes: [-2, -1] } });
const sigN = (name: string) => signature(`numpy.fft.${name}(a, s=None, axes=None, norm=None)`, SPEC);
const FFT2 = sig2("fft2");
const IFFT2 = sig2("ifft2");
const RFFT2 = sig2("rfft2");
const IRFFT2 = sig2("irfft2");
const FFTN = sigN("fftn");
const IFFTN = sigN("ifftn");
const RFFTN = sigN("rfftn");
const IRFFTN = sigN("irfftn");

interface Bound {
  a: NDArray;
  s: number[];
  axes: number[];
  norm: FftNorm;
}

/** NumPy's _cook_nd_args: the lengths and axes of the transforms (`invreal`: irfftn's default last length). */
function cook(sig: typeof FFTN, args: unknown[], twoD: boolean, invreal: boolean): Bound {
  const b = args.length === 1 ? { a: args[0] as ArrayLike, s: null, axes: twoD ? [-2, -1] : null, norm: null } : sig.bind(args);
  const a = asarray(b.a);
  const axisLen = (ax: number) => {
    const k = ax < 0 ? ax + a.ndim : ax;
    if (k < 0 || k >= a.ndim) throw new ValueError(`axis ${ax} is out of bounds for array of dimension ${a.ndim}`);
    return a.shape[k];
  };
  const shapeless = b.s === null;
  let s: number[] = b.s === null ? (b.axes === null ? [...a.shape] : (b.axes as number[]).map(axisLen)) : [...(b.s as number[])];
  const axes: number[] = b.axes === null ? s.map((_, i) => i - s.length) : [...(b.axes as number[])];
  if (s.length !== axes.length) throw new ValueError("Shape and axes have different lengths.");
  if (invreal && shapeless) s = [...s.slice(0, -1), (axisLen(axes[axes.length - 1]) - 1) * 2];
  return { a, s, axes, norm: b.norm };
}

/** Complex transforms over the axes, the last axis first (NumPy's _raw_fftnd order). */
function complexNd({ a, s, axes, norm }: Bound, inverse: boolean): NDArray {
  let out = a;
  for (let i = axes.length - 1; i >= 0; i--) out = rawFft(out, s[i], axes[i], "c2c", inverse, normFactor(s[i], norm, !inverse));
  return out;
}

/** rfftn: the real transform over the last axis, then complex ones over the others. */
function realNd({ a, s, axes, norm }: Bound): NDArray {
  const k = axes.length - 1;
  let out = rawFft(a, s[k], axes[k], "r2c", false, normFactor(s[k], norm, true));
  for (let i = 0; i < k; i++) out = rawFft(out, s[i], axes[i], "c2c", false, normFactor(s[i], norm, true));
  return out;
}

/** irfftn: inverse complex transforms over all but the last axis, then the real one over it. */
function inverseRealNd({ a, s, axes, norm }: Bound): NDArray {
  const k = axes.length - 1;
  let out = a;
  for (let i = 0; i < k; i++) out = rawFft(out, s[i], axes[i], "c2c", true, normFactor(s[i], norm, false));
  return rawFft(out, s[k], axes[k], "c2r", true, normFactor(s[k], norm, false));
}

/** `numpy.fft.fft2(a, s=None, axes=(-2, -1), norm=None)`: the two-dimensional transform. */
export function fft2(a: ArrayLike, ...rest: FftnArgs): NDArray;
export function fft2(...args: unknown[]): NDArray {
  return complexNd(cook(FFT2, args, true, false), false);
}
pyfunction(FFT2, fft2);

/** `numpy.fft.ifft2(a, s=None, axes=(-2, -1), norm=None)`: the inverse of fft2. */
export function ifft2(a: ArrayLike, ...rest: FftnArgs): NDArray;
export function ifft2(...args: unknown[]): NDArray {
  return complexNd(cook(IFFT2, args, true, false), true);
}
pyfunction(IFFT2, ifft2);

/** `numpy.fft.fftn(a, s=None, axes=None, norm=None)`: the transform over several (default all) axes. */
export function fftn(a: ArrayLike, ...rest: FftnArgs): NDArray;
export function fftn(...args: unknown[]): NDArray {
  return complexNd(cook(FFTN, args, false, false), false);
}
pyfunction(FFTN, fftn);

/** `numpy.fft.ifftn(a, s=None, axes=None, norm=None)`: the inverse of fftn. */
export function ifftn(a: ArrayLike, ...rest: FftnArgs): NDArray;
export function ifftn(...args: unknown[]): NDArray {
  return complexNd(cook(IFFTN, args, false, false), true);
}
pyfunction(IFFTN, ifftn);

/** `numpy.fft.rfft2(a, s=None, axes=(-2, -1), norm=None)`: the two-dimensional transform of real input. */
export function rfft2(a: ArrayLike, ...rest: FftnArgs): NDArray;
export function rfft2(...args: unknown[]): NDArray {
  return realNd(cook(RFFT2, args, true, false));
}
pyfunction(RFFT2, rfft2);

/** `numpy.fft.irfft2(a, s=None, axes=(-2, -1), norm=None)`: the inverse of rfft2. */
export function irfft2(a: ArrayLike, ...rest: FftnArgs): NDArray;
export function irfft2(...args: unknown[]): NDArray {
  return inverseRealNd(cook(IRFFT2, args, true, true));
}
pyfunction(IRFFT2, irfft2);

/** `numpy.fft.rfftn(a, s=None, axes=None, norm=None)`: the n-dimensional transform of real input. */
export function rfftn(a: ArrayLike, ...rest: FftnArgs): NDArray;
export function rfftn(...args: unknown[]): NDArray {
  return realNd(cook(RFFTN, args, false, false));
}
pyfunction(RFFTN, rfftn);

/** `numpy.fft.irfftn(a, s=None, axes=None, norm=None)`: the inverse of rfftn. */
export function irfftn(a: ArrayLike, ...rest: FftnArgs): NDArray;
export function irfftn(...args: unknown[]): NDArray {
  return inverseRealNd(cook(IRFFTN, args, false, true));
}
pyfunction(IRFFTN, irfftn);
