/**
 * One-dimensional discrete convolution and cross-correlation (modes full, same, valid), in
 * the operands' common dtype (integers exact, wrapping as NumPy's do).
 */
import { PyArgs, pyfunction, signature } from "../../signature";
import { ValueError } from "../../errors";
import { DType, resultTypeOf } from "../dtype";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { astype } from "../cast";
import { contiguousStorage } from "../contiguous";

type Mode = "full" | "same" | "valid";
const MODES: readonly Mode[] = ["full", "same", "valid"];
const CONVOLVE = signature("numpy.convolve(a, v, mode='full')", { choices: { mode: MODES } });
const CORRELATE = signature("numpy.correlate(a, v, mode='valid')", { choices: { mode: MODES } });

/** Keywords of np.convolve and np.correlate. */
export interface ConvolveOptions {
  a?: ArrayLike;
  v?: ArrayLike;
  mode?: Mode;
}

function values(x: NDArray, dt: DType): Float64Array {
  return Float64Array.from(contiguousStorage(astype(x.reshape(-1), dt)) as Iterable<number>);
}

/**
 * sum_n a[n + k] * v[n] for the lags of `mode` (NumPy's correlate; convolve passes v reversed).
 * The longer operand slides under the shorter, as in NumPy.
 */
function correlateValues(a: NDArray, v: NDArray, mode: Mode): NDArray {
  if (a.ndim > 1 || v.ndim > 1) throw new ValueError("object too deep for desired array");
  if (a.size === 0) throw new ValueError("a cannot be empty");
  if (v.size === 0) throw new ValueError("v cannot be empty");
  const dt = resultTypeOf([{ dtype: a.dtype, scalar: false, value: 0 }, { dtype: v.dtype, scalar: false, value: 0 }]);
  let x = values(a, dt);
  let y = values(v, dt);
  const swapped = y.length > x.length;
  if (swapped) [x, y] = [y, x];
  const n = x.length;
  const m = y.length;
  // lags from -left to n - m + right
  const left = mode === "valid" ? 0 : mode === "same" ? m >> 1 : m - 1;
  const right = mode === "valid" ? 0 : mode === "same" ? m - 1 - (m >> 1) : m - 1;
  const length = n - m + 1 + left + right;
  const out = new Float64Array(length);
  for (let k = 0; k < length; k++) {
    const lag = k - left;
    let s = 0;
    const from = Math.max(0, -lag);
    const to = Math.min(m, n - lag);
    for (let j = from; j < to; j++) s += x[lag + j] * y[j];
    out[k] = s;
  }
  if (swapped) out.reverse();
  const storage = new dt.storage(length);
  for (let i = 0; i < length; i++) storage[i] = dt.kind === "b" ? (out[i] !== 0 ? 1 : 0) : out[i];
  return NDArray.fromStorage(storage, [length], dt);
}

/** `numpy.correlate(a, v, mode='valid')`: c[k] = sum_n a[n + k] * v[n] over the lags of mode. */
export function correlate(a: ArrayLike, v: ArrayLike, ...rest: PyArgs<[mode: Mode, options: ConvolveOptions], ConvolveOptions>): NDArray;
export function correlate(...args: unknown[]): NDArray {
  const b = CORRELATE.bind(args);
  return correlateValues(asarray(b.a), asarray(b.v), b.mode);
}
pyfunction(CORRELATE, correlate);

/** `numpy.convolve(a, v, mode='full')`: (a * v)[k] = sum_m a[m] * v[k - m] over the lags of mode. */
export function convolve(a: ArrayLike, v: ArrayLike, ...rest: PyArgs<[mode: Mode, options: ConvolveOptions], ConvolveOptions>): NDArray;
export function convolve(...args: unknown[]): NDArray {
  const b = CONVOLVE.bind(args);
  let x = asarray(b.a);
  let y = asarray(b.v);
  if (y.size > x.size) [x, y] = [y, x];
  if (y.ndim > 1) throw new ValueError("object too deep for desired array");
  return correlateValues(x, y.size === 0 ? y : y.get("::-1"), b.mode);
}
pyfunction(CONVOLVE, convolve);
