/**
 * One FFT along one axis, as NumPy's _raw_fft: the axis cropped or zero-padded to n, rows
 * transformed by a cached plan, scaled by the norm's factor. Complex-to-complex, real-to-complex
 * (the n // 2 + 1 non-negative frequencies) and complex-to-real (a Hermitian half spectrum).
 */
import { ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { complex128, float64 } from "../dtype";
import { astype } from "../cast";
import { normalizeAxis } from "../shape";
import { planFor } from "./plan";

/** NumPy's norm modes (None is "backward"). */
export type FftNorm = "backward" | "ortho" | "forward" | null;

/** Which transform a row gets. */
export type FftKind = "c2c" | "r2c" | "c2r";

const NORM_MESSAGE = (norm: unknown, spaced: boolean) =>
  `Invalid norm value ${norm === null ? "None" : String(norm)}; should be "backward",${spaced ? " " : ""}"ortho" or "forward".`;

/** The factor a transform of n points is multiplied by (NumPy's 1 / inv_norm), after its checks. */
export function normFactor(n: number, norm: unknown, forward: boolean): number {
  if (!(n >= 1)) throw new ValueError(`Invalid number of FFT data points (${n}) specified.`);
  const divisor = norm === null || norm === "backward" ? (forward ? 1 : n) : norm === "ortho" ? Math.sqrt(n) : norm === "forward" ? (forward ? n : 1) : NaN;
  if (Number.isNaN(divisor)) throw new ValueError(NORM_MESSAGE(norm, false));
  return 1 / divisor;
}

/** hfft / ihfft run the opposite direction's normalisation (NumPy's _swap_direction). */
export function swapDirection(norm: unknown): FftNorm {
  if (norm === null || norm === "backward") return "forward";
  if (norm === "ortho") return "ortho";
  if (norm === "forward") return "backward";
  throw new ValueError(NORM_MESSAGE(norm, true));
}

/**
 * The real transform of even length n through one complex transform of n / 2 points: the
 * even samples as real parts, the odd ones as imaginary parts, then the two half spectra
 * separated and combined with the twiddles exp(-2 pi i k / n).
 */
class HalfLengthReal {
  private readonly w: Float64Array;
  private readonly packed: Float64Array;
  private readonly spectrum: Float64Array;

  constructor(private readonly n: number) {
    const h = n / 2;
    this.w = new Float64Array(2 * (h + 1));
    for (let k = 0; k <= h; k++) {
      this.w[2 * k] = Math.cos((2 * Math.PI * k) / n);
      this.w[2 * k + 1] = -Math.sin((2 * Math.PI * k) / n);
    }
    this.packed = new Float64Array(n);
    this.spectrum = new Float64Array(n);
  }

  /** out[outAt ..] (n / 2 + 1 pairs) = fct * rfft of the n reals src[srcAt ..]. */
  run(src: Float64Array, srcAt: number, out: Float64Array, outAt: number, fct: number): void {
    const h = this.n / 2;
    this.packed.set(src.subarray(srcAt, srcAt + this.n));
    planFor(h).run(this.packed, 0, this.spectrum, 0, false);
    const z = this.spectrum;
    const w = this.w;
    for (let k = 0; k <= h; k++) {
      const a = k % h;
      const b = (h - k) % h;
      const zr = z[2 * a], zi = z[2 * a + 1];
      const cr = z[2 * b], ci = -z[2 * b + 1];
      const er = (zr + cr) / 2, ei = (zi + ci) / 2;
      // odd part: -i (Z[k] - conj Z[h - k]) / 2
      const or = (zi - ci) / 2, oi = -(zr - cr) / 2;
      const wr = w[2 * k], wi = w[2 * k + 1];
      out[outAt + 2 * k] = (er + wr * or - wi * oi) * fct;
      out[outAt + 2 * k + 1] = (ei + wr * oi + wi * or) * fct;
    }
  }
}

const HALF = new Map<number, HalfLengthReal>();

function halfLength(n: number): HalfLengthReal {
  let plan = HALF.get(n);
  if (plan === undefined) {
    if (HALF.size > 16) HALF.clear();
    plan = new HalfLengthReal(n);
    HALF.set(n, plan);
  }
  return plan;
}

/**
 * Completes the spectrum of a real row from its first n / 2 + 1 values at o[at ..]: X[n - k]
 * = conj(X[k]); the inverse transform of a real row is the conjugate of the forward one.
 */
function mirrorHalfSpectrum(o: Float64Array, at: number, n: number, inverse: boolean): void {
  for (let k = n / 2 + 1; k < n; k++) {
    o[at + 2 * k] = o[at + 2 * (n - k)];
    o[at + 2 * k + 1] = -o[at + 2 * (n - k) + 1];
  }
  if (inverse) for (let k = 0; k < n; k++) o[at + 2 * k + 1] = -o[at + 2 * k + 1];
}

/**
 * The transform of `a` along `axis` over n points (n: the output length for c2c and c2r, the
 * input length for r2c), scaled by `fct`. Returns a view with the axis back in place, as NumPy's.
 */
export function rawFft(a: NDArray, n: number, axisArg: number, kind: FftKind, inverse: boolean, fct: number): NDArray {
  const axis = normalizeAxis(axisArg, a.ndim);
  const last = a.ndim - 1;
  const moved = axis === last ? a : a.swapaxes(axis, last);
  const m = a.shape[axis];
  // a real row's full spectrum is its half spectrum mirrored (conjugated)
  const realWhole = kind === "c2c" && a.dtype.kind !== "c" && n % 2 === 0 && n >= 4 && m === n;
  const src = kind === "r2c" || realWhole ? astype(moved, float64) : astype(moved, complex128);
  const rows = m === 0 ? 0 : src.size / m;
  const outLen = kind === "r2c" ? Math.floor(n / 2) + 1 : n;
  const outShape = [...moved.shape.slice(0, -1), outLen];
  const outDt = kind === "c2r" ? float64 : complex128;
  const out = NDArray.fromStorage(new outDt.storage(rows * outLen), outShape, outDt);
  const o = out.data as Float64Array;
  const s = src.data as Float64Array;
  const plan = planFor(n);
  const buf = new Float64Array(2 * n);
  const res = new Float64Array(2 * n);
  const take = Math.min(m, n);
  const half = (kind === "r2c" || realWhole) && n % 2 === 0 && n >= 4 && m === n ? halfLength(n) : null;
  for (let r = 0; r < rows; r++) {
    if (realWhole) {
      half!.run(s, r * m, o, 2 * r * n, fct);
      mirrorHalfSpectrum(o, 2 * r * n, n, inverse);
      continue;
    }
    if (half !== null) {
      half.run(s, r * m, o, 2 * r * outLen, fct);
      continue;
    }
    if (kind === "c2c" && m === n) {
      // whole rows: transform straight from the input copy into the result
      plan.run(s, r * m, o, r * n, inverse);
      if (fct !== 1) for (let k = 2 * r * n; k < 2 * (r + 1) * n; k++) o[k] *= fct;
      continue;
    }
    buf.fill(0);
    if (kind === "r2c") {
      for (let k = 0; k < take; k++) buf[2 * k] = s[r * m + k];
    } else if (kind === "c2c") {
      buf.set(s.subarray(2 * r * m, 2 * (r * m + take)));
    } else {
      // a Hermitian spectrum from its first n // 2 + 1 values; the imaginary parts of the
      // zero frequency (and of the Nyquist one for even n) do not count, as in pocketfft
      const half = Math.min(take, Math.floor(n / 2) + 1);
      for (let k = 0; k < half; k++) {
        const re = s[2 * (r * m + k)];
        const im = k === 0 || 2 * k === n ? 0 : s[2 * (r * m + k) + 1];
        buf[2 * k] = re;
        buf[2 * k + 1] = im;
        if (k > 0 && 2 * k !== n) {
          buf[2 * (n - k)] = re;
          buf[2 * (n - k) + 1] = -im;
        }
      }
    }
    plan.run(buf, 0, res, 0, inverse);
    if (kind === "c2r") {
      for (let k = 0; k < n; k++) o[r * n + k] = res[2 * k] * fct;
    } else {
      for (let k = 0; k < 2 * outLen; k++) o[2 * r * outLen + k] = res[k] * fct;
    }
  }
  return axis === last ? out : out.swapaxes(axis, last);
}
