/** np.fft's helpers: fftfreq, rfftfreq, fftshift, ifftshift. */
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { float64 } from "../dtype";
import { roll } from "../manipulation/roll";

const FFTFREQ = signature("numpy.fft.fftfreq(n, d=1.0)", { types: { n: "int", d: "float" } });
const RFFTFREQ = signature("numpy.fft.rfftfreq(n, d=1.0)", { types: { n: "int", d: "float" } });
const FFTSHIFT = signature("numpy.fft.fftshift(x, axes=None)");
const IFFTSHIFT = signature("numpy.fft.ifftshift(x, axes=None)");

/** Keyword arguments of fftfreq and rfftfreq. */
export interface FftfreqOptions {
  n?: number;
  /** The sample spacing. */
  d?: number;
}
/** Keyword arguments of fftshift and ifftshift. */
export interface FftshiftOptions {
  x?: ArrayLike;
  /** The axes shifted (default: all). */
  axes?: number | readonly number[] | null;
}

/** Integers k times 1 / (n d), as NumPy computes them (`results * val`). */
function frequencies(ks: number[], n: number, d: number): NDArray {
  const val = 1.0 / (n * d);
  return NDArray.fromStorage(Float64Array.from(ks, (k) => k * val), [ks.length], float64);
}

/** `numpy.fft.fftfreq(n, d=1.0)`: the sample frequencies of an n-point fft: [0, 1, ..., -2, -1] / (n d). */
export function fftfreq(n: number, ...rest: PyArgs<[d: number, options: FftfreqOptions], FftfreqOptions>): NDArray;
export function fftfreq(...args: unknown[]): NDArray {
  const { n, d } = args.length === 1 && typeof args[0] === "number" ? { n: args[0], d: 1.0 } : FFTFREQ.bind(args);
  const ks: number[] = [];
  const positive = Math.floor((n - 1) / 2) + 1;
  for (let k = 0; k < positive; k++) ks.push(k);
  for (let k = -Math.floor(n / 2); k < 0; k++) ks.push(k);
  return frequencies(ks, n, d);
}
pyfunction(FFTFREQ, fftfreq);

/** `numpy.fft.rfftfreq(n, d=1.0)`: the sample frequencies of an n-point rfft: [0, 1, ..., n // 2] / (n d). */
export function rfftfreq(n: number, ...rest: PyArgs<[d: number, options: FftfreqOptions], FftfreqOptions>): NDArray;
export function rfftfreq(...args: unknown[]): NDArray {
  const { n, d } = args.length === 1 && typeof args[0] === "number" ? { n: args[0], d: 1.0 } : RFFTFREQ.bind(args);
  const ks: number[] = [];
  for (let k = 0; k <= Math.floor(n / 2); k++) ks.push(k);
  return frequencies(ks, n, d);
}
pyfunction(RFFTFREQ, rfftfreq);

/** Rolls each of the axes by half its length (direction 1: fftshift, -1: ifftshift). */
function shiftHalf(x: ArrayLike, axesArg: number | readonly number[] | null, direction: 1 | -1): NDArray {
  const a = asarray(x);
  const axes = axesArg === null ? a.shape.map((_, i) => i) : typeof axesArg === "number" ? [axesArg] : [...axesArg];
  const shifts = axes.map((ax) => direction * Math.floor(a.shape[ax < 0 ? ax + a.ndim : ax] / 2));
  return roll(a, typeof axesArg === "number" ? shifts[0] : shifts, typeof axesArg === "number" ? axesArg : axes);
}

/** `numpy.fft.fftshift(x, axes=None)`: the zero frequency moved to the centre (each axis rolled by n // 2). */
export function fftshift(x: ArrayLike, ...rest: PyArgs<[axes: number | readonly number[] | null, options: FftshiftOptions], FftshiftOptions>): NDArray;
export function fftshift(...args: unknown[]): NDArray {
  const { x, axes } = args.length === 1 ? { x: args[0] as ArrayLike, axes: null } : FFTSHIFT.bind(args);
  return shiftHalf(x, axes, 1);
}
pyfunction(FFTSHIFT, fftshift);

/** `numpy.fft.ifftshift(x, axes=None)`: the inverse of fftshift (each axis rolled by -(n // 2)). */
export function ifftshift(x: ArrayLike, ...rest: PyArgs<[axes: number | readonly number[] | null, options: FftshiftOptions], FftshiftOptions>): NDArray;
export function ifftshift(...args: unknown[]): NDArray {
  const { x, axes } = args.length === 1 ? { x: args[0] as ArrayLike, axes: null } : IFFTSHIFT.bind(args);
  return shiftHalf(x, axes, -1);
}
pyfunction(IFFTSHIFT, ifftshift);
