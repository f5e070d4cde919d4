/**
 * Window functions (np.bartlett, blackman, hamming, hanning, kaiser) and np.i0, the modified
 * Bessel function of order 0 that kaiser uses (Cephes' Chebyshev expansions, as NumPy's).
 */
import { PyTypeError } from "../errors";
import { NDArray } from "./ndarray";
import { ArrayLike, asarray } from "./create";
import { float32, float64 } from "./dtype";
import { contiguousStorage } from "./contiguous";
import { pyfunction, signature } from "../signature";

const M_TYPE = { types: { M: "float" } };
const BARTLETT = signature("numpy.bartlett(M)", M_TYPE);
const BLACKMAN = signature("numpy.blackman(M)", M_TYPE);
const HAMMING = signature("numpy.hamming(M)", M_TYPE);
const HANNING = signature("numpy.hanning(M)", M_TYPE);
const KAISER = signature("numpy.kaiser(M, beta)", { types: { M: "float", beta: "float" } });
const I0 = signature("numpy.i0(x)");

/** A symmetric window: f(n, M - 1) for n = 1-M, 3-M, ..., < M (NumPy's arange(1-M, M, 2)), in NumPy's operation order. */
function symmetric(M: number, f: (n: number, m1: number) => number): NDArray {
  if (M < 1) return NDArray.fromStorage(new Float64Array(0), [0], float64);
  if (M === 1) return NDArray.fromStorage(Float64Array.of(1), [1], float64);
  const len = Math.ceil((M - (1 - M)) / 2);
  const out = new Float64Array(len);
  for (let i = 0; i < len; i++) out[i] = f(1 - M + 2 * i, M - 1);
  return NDArray.fromStorage(out, [len], float64);
}

function bindM(sig: typeof BARTLETT, args: unknown[]): number {
  return args.length === 1 && typeof args[0] === "number" ? args[0] : sig.bind(args).M;
}

/** `numpy.bartlett(M)`: the triangular Bartlett window of M points (float64; empty for M < 1). */
export function bartlett(M: number): NDArray;
export function bartlett(...args: unknown[]): NDArray {
  return symmetric(bindM(BARTLETT, args), (n, m1) => (n <= 0 ? 1 + n / m1 : 1 - n / m1));
}

/** `numpy.blackman(M)`: the Blackman window 0.42 + 0.5 cos(pi n/(M-1)) + 0.08 cos(2 pi n/(M-1)). */
export function blackman(M: number): NDArray;
export function blackman(...args: unknown[]): NDArray {
  return symmetric(bindM(BLACKMAN, args), (n, m1) => 0.42 + 0.5 * Math.cos((Math.PI * n) / m1) + 0.08 * Math.cos((2.0 * Math.PI * n) / m1));
}

/** `numpy.hamming(M)`: the Hamming window 0.54 + 0.46 cos(pi n/(M-1)). */
export function hamming(M: number): NDArray;
export function hamming(...args: unknown[]): NDArray {
  return symmetric(bindM(HAMMING, args), (n, m1) => 0.54 + 0.46 * Math.cos((Math.PI * n) / m1));
}

/** `numpy.hanning(M)`: the Hann window 0.5 + 0.5 cos(pi n/(M-1)). */
export function hanning(M: number): NDArray;
export function hanning(...args: unknown[]): NDArray {
  return symmetric(bindM(HANNING, args), (n, m1) => 0.5 + 0.5 * Math.cos((Math.PI * n) / m1));
}

// Cephes' Chebyshev coefficients of exp(-x) I0(x) on [0, 8] and of exp(-x) sqrt(x) I0(x) on (8, inf)
const I0_A = [
  -4.4153416464793395e-18, 3.3307945188222384e-17, -2.431279846547955e-16, 1.715391285555133e-15, -1.1685332877993451e-14,
  7.676185498604936e-14, -4.856446783111929e-13, 2.95505266312964e-12, -1.726826291441556e-11, 9.675809035373237e-11,
  -5.189795601635263e-10, 2.6598237246823866e-9, -1.300025009986248e-8, 6.046995022541919e-8, -2.670793853940612e-7,
  1.1173875391201037e-6, -4.4167383584587505e-6, 1.6448448070728896e-5, -5.754195010082104e-5, 1.8850288509584165e-4,
  -5.763755745385824e-4, 1.6394756169413357e-3, -4.324309995050576e-3, 1.0546460394594998e-2, -2.373741480589947e-2,
  4.930528423967071e-2, -9.490109704804764e-2, 1.7162090152220877e-1, -3.046826723431984e-1, 6.767952744094761e-1,
];
const I0_B = [
  -7.233180487874754e-18, -4.830504485944182e-18, 4.46562142029676e-17, 3.461222867697461e-17, -2.8276239805165836e-16,
  -3.425485619677219e-16, 1.7725601330565263e-15, 3.8116806693526224e-15, -9.554846698828307e-15, -4.150569347287222e-14,
  1.54008621752141e-14, 3.8527783827421426e-13, 7.180124451383666e-13, -1.7941785315068062e-12, -1.3215811840447713e-11,
  -3.1499165279632416e-11, 1.1889147107846439e-11, 4.94060238822497e-10, 3.3962320257083865e-9, 2.266668990498178e-8,
  2.0489185894690638e-7, 2.8913705208347567e-6, 6.889758346916825e-5, 3.3691164782556943e-3, 8.044904110141088e-1,
];

function chbevl(x: number, coefs: readonly number[]): number {
  let b0 = coefs[0], b1 = 0, b2 = 0;
  for (let i = 1; i < coefs.length; i++) {
    b2 = b1;
    b1 = b0;
    b0 = x * b1 - b2 + coefs[i];
  }
  return 0.5 * (b0 - b2);
}

/** I0(x) for one number. */
export function besselI0(v: number): number {
  const x = Math.abs(v);
  if (x <= 8.0) return Math.exp(x) * chbevl(x / 2.0 - 2, I0_A);
  return (Math.exp(x) * chbevl(32.0 / x - 2.0, I0_B)) / Math.sqrt(x);
}

/**
 * `numpy.i0(x)`: the modified Bessel function of the first kind, order 0, elementwise (float64,
 * float32 kept; a 0-d array for a scalar, as NumPy's).
 */
export function i0(x: ArrayLike): NDArray;
export function i0(...args: unknown[]): NDArray {
  const a = asarray((args.length === 1 ? args[0] : I0.bind(args).x) as ArrayLike);
  if ((a.dtype.kind as string) === "c") throw new PyTypeError("i0 not supported for complex values");
  const dt = a.dtype === float32 ? float32 : float64;
  const src = contiguousStorage(a);
  const out = new dt.storage(src.length);
  for (let i = 0; i < src.length; i++) out[i] = besselI0(src[i]);
  return NDArray.fromStorage(out, a.shape, dt);
}

/** `numpy.kaiser(M, beta)`: the Kaiser window I0(beta sqrt(1 - (2n/(M-1) - 1)^2)) / I0(beta). */
export function kaiser(M: number, beta: number): NDArray;
export function kaiser(...args: unknown[]): NDArray {
  const { M, beta } = args.length === 2 ? { M: args[0] as number, beta: args[1] as number } : KAISER.bind(args);
  if (M === 1) return NDArray.fromStorage(Float64Array.of(1), [1], float64);
  const len = Math.max(0, Math.ceil(M));
  const alpha = (M - 1) / 2.0;
  const scale = besselI0(beta);
  const out = new Float64Array(len);
  for (let n = 0; n < len; n++) out[n] = besselI0(beta * Math.sqrt(1 - ((n - alpha) / alpha) ** 2.0)) / scale;
  return NDArray.fromStorage(out, [len], float64);
}

pyfunction(BARTLETT, bartlett);
pyfunction(BLACKMAN, blackman);
pyfunction(HAMMING, hamming);
pyfunction(HANNING, hanning);
pyfunction(KAISER, kaiser);
pyfunction(I0, i0);
