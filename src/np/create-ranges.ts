/** Ranges and diagonals: np.arange, np.linspace, np.eye and np.identity. */
import { allocating, uninitStorage } from "./alloc";
import { AxisError, PyTypeError, ValueError, ZeroDivisionError } from "../errors";
import { PyArgs, pyfunction, signature } from "../signature";
import { DTYPE, checkLike, checkNewOrder } from "./params";
import { inLayout } from "./layout";
import { DTypeLike, dtype as toDType, float64, int64 } from "./dtype";
import { NDArray } from "./ndarray";
import { astype } from "./cast";
import { DTypeOptions, castScalar } from "./create";
import { zeros } from "./create-filled";

export { ZeroDivisionError } from "../errors";

/** Keyword arguments of np.arange. */
export interface ArangeOptions extends DTypeOptions {
  start?: number;
  stop?: number | null;
  step?: number | null;
  /** NEP 35's reference array: None or an ndarray (the result is a plain ndarray either way, as NumPy's). */
  like?: NDArray | null;
}

const ARANGE = signature("numpy.arange(start=None, stop=None, step=None, dtype=None, *, like=None)", {
  // a 0-d array stands for a NumPy scalar (np.float64(2)), and for a float literal in a kernel cell
  types: { start: "float|array_like|None", stop: "float|array_like|None", step: "float|array_like|None", dtype: DTYPE },
});

/** A bound start/stop/step as a number; a 0-d array's value, noting a float one in `floats`. */
function rangeNumber(v: unknown, floats: { seen: boolean }): number | null {
  if (v === null || typeof v === "number") return v as number | null;
  if (v instanceof NDArray && v.ndim === 0 && v.dtype.kind !== "c") {
    if (v.dtype.kind === "f") floats.seen = true;
    return Number(v.item());
  }
  throw new PyTypeError(`unsupported operand type(s) for -: '${Array.isArray(v) ? "list" : v instanceof NDArray ? "numpy.ndarray" : typeof v}' and 'int'`);
}

function rangeOf(lo: number, hi: number, st: number, dtype: DTypeLike | null, floatGiven = false): NDArray {
  if (st === 0) throw new ZeroDivisionError("division by zero");
  const length = Math.ceil((hi - lo) / st);
  if (Number.isNaN(length)) throw new ValueError("arange: cannot compute length");
  if (!Number.isFinite(length) || length >= 2 ** 63) throw new ValueError("Maximum allowed size exceeded");
  const n = Math.max(length, 0);
  const inferred = !floatGiven && [lo, hi, st].every(Number.isInteger) ? int64 : float64;
  const dt = dtype === null ? inferred : toDType(dtype);
  if (dt.kind === "c") return astype(rangeOf(lo, hi, st, float64), dt);
  const data = allocating([n], dt, () => uninitStorage(dt.storage, n));
  if (n > 0) {
    // NumPy computes the first two values and extends by their difference.
    const first = castScalar(lo, dt);
    const delta = castScalar(lo + st, dt) - first;
    for (let i = 0; i < n; i++) data[i] = first + i * delta;
  }
  return NDArray.fromStorage(data, [n], dt);
}

/**
 * `numpy.arange([start,] stop[, step,], dtype=None, *, like=None)`: evenly spaced values in
 * [start, stop). One positional number is `stop`. Integer arguments give int64, any
 * non-integer (or a float 0-d array, as NumPy's float scalars) gives float64.
 */
export function arange(stop: number, options?: ArangeOptions): NDArray;
export function arange(start: number, stop: number | null, ...rest: PyArgs<[step: number | null, dtype: DTypeLike | null, options: ArangeOptions], ArangeOptions>): NDArray;
export function arange(options: ArangeOptions): NDArray;
export function arange(...args: unknown[]): NDArray {
  if (args.length === 1 && typeof args[0] === "number") return rangeOf(0, args[0], 1, null);
  const b = ARANGE.bind(args);
  checkLike(b.like);
  const floats = { seen: false };
  const [start, stop, step] = [rangeNumber(b.start, floats), rangeNumber(b.stop, floats), rangeNumber(b.step, floats)];
  if (stop === null) {
    // like NumPy, a lone start is the stop only when given positionally
    if (start === null || (typeof args[0] !== "number" && !(args[0] instanceof NDArray))) throw new PyTypeError("arange() requires stop to be specified.");
    return rangeOf(0, start, step ?? 1, b.dtype, floats.seen);
  }
  return rangeOf(start ?? 0, stop, step ?? 1, b.dtype, floats.seen);
}
pyfunction(ARANGE, arange);

/** Keyword arguments of np.linspace: every parameter by its Python name. */
export interface LinspaceOptions extends DTypeOptions {
  start?: number;
  stop?: number;
  num?: number;
  endpoint?: boolean;
  retstep?: boolean;
  axis?: number;
}

const LINSPACE = signature("numpy.linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0)", {
  types: { start: "float", stop: "float", num: "int", endpoint: "bool", retstep: "bool", dtype: DTYPE, axis: "int" },
});

/**
 * `numpy.linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0)`:
 * `num` evenly spaced samples over [start, stop] (or [start, stop) without the endpoint).
 * With `retstep: true` returns `[samples, step]`.
 */
export function linspace(start: number, stop: number, ...rest: PyArgs<[num: number, endpoint: boolean, retstep: false, dtype: DTypeLike | null, axis: number, options: LinspaceOptions & { retstep?: false }], LinspaceOptions & { retstep?: false }>): NDArray;
export function linspace(start: number, stop: number, ...rest: PyArgs<[num: number, endpoint: boolean, retstep: boolean, dtype: DTypeLike | null, axis: number, options: LinspaceOptions], LinspaceOptions>): NDArray | [NDArray, number];
export function linspace(...args: unknown[]): NDArray | [NDArray, number] {
  const { start, stop, num, endpoint, retstep, dtype, axis } = LINSPACE.bind(args);
  if (num < 0) throw new ValueError(`Number of samples, ${num}, must be non-negative.`);
  if (axis !== 0 && axis !== -1) throw new AxisError(`destination: axis ${axis} is out of bounds for array of dimension 1`);
  const div = endpoint ? num - 1 : num;
  const delta = stop - start;
  const out = new Float64Array(num);
  const step = div > 0 ? delta / div : NaN;
  for (let i = 0; i < num; i++) {
    // as NumPy: y = arange(num) * step + start (or * delta / div when step underflows to 0)
    out[i] = div > 0 ? (step === 0 ? ((i / div) * delta) + start : i * step + start) : i * delta + start;
  }
  if (endpoint && num > 1) out[num - 1] = stop;
  let result = NDArray.fromStorage(out, [num], float64);
  if (dtype !== null) {
    const dt = toDType(dtype);
    if (dt.kind === "i" || dt.kind === "u") for (let i = 0; i < num; i++) out[i] = Math.floor(out[i]);
    result = astype(result, dt);
  }
  return retstep ? [result, step] : result;
}
pyfunction(LINSPACE, linspace);

/** Keyword arguments of np.eye. */
export interface EyeOptions extends DTypeOptions {
  N?: number;
  M?: number | null;
  k?: number;
  order?: "C" | "F";
  /** NEP 35's reference array: None or an ndarray (the result is a plain ndarray either way, as NumPy's). */
  like?: NDArray | null;
}

const EYE = signature("numpy.eye(N, M=None, k=0, dtype=float, order='C', *, like=None)", {
  types: { N: "int", M: "int|None", k: "int", dtype: DTYPE, order: "str" },
  defaults: { dtype: float64 },
});

function eyeOf(N: number, M: number, k: number, dtype: DTypeLike): NDArray {
  const out = zeros([N, M], { dtype });
  const width = out.dtype.kind === "c" ? 2 : 1; // complex storage interleaves real and imaginary parts
  for (let i = 0; i < N; i++) {
    const j = i + k;
    if (j >= 0 && j < M) out.data[width * (i * M + j)] = 1;
  }
  return out;
}

/** `numpy.eye(N, M=None, k=0, dtype=float, order='C', *, like=None)`: ones on the k-th diagonal, zeros elsewhere. */
export function eye(N: number, ...rest: PyArgs<[M: number | null, k: number, dtype: DTypeLike | null, order: "C" | "F", options: EyeOptions], EyeOptions>): NDArray;
export function eye(...args: unknown[]): NDArray {
  if (args.length === 1 && typeof args[0] === "number") return eyeOf(args[0], args[0], 0, float64);
  const { N, M, k, dtype, order, like } = EYE.bind(args);
  checkLike(like);
  checkNewOrder(EYE, order);
  return inLayout(eyeOf(N, M ?? N, k, dtype ?? float64), order);
}
pyfunction(EYE, eye);

/** Keyword arguments of np.identity. */
export interface IdentityOptions extends DTypeOptions {
  n?: number;
  /** NEP 35's reference array: None or an ndarray (the result is a plain ndarray either way, as NumPy's). */
  like?: NDArray | null;
}

const IDENTITY = signature("numpy.identity(n, dtype=None, *, like=None)", { types: { n: "int", dtype: DTYPE } });

/** `numpy.identity(n, dtype=None, *, like=None)`: the n x n identity matrix (float64 unless a dtype is given). */
export function identity(n: number, ...rest: PyArgs<[dtype: DTypeLike | null, options: IdentityOptions], IdentityOptions>): NDArray;
export function identity(...args: unknown[]): NDArray {
  const { n, dtype, like } = args.length === 1 ? { n: args[0] as number, dtype: null, like: null } : IDENTITY.bind(args);
  checkLike(like);
  return eyeOf(n, n, 0, dtype ?? float64);
}
pyfunction(IDENTITY, identity);
