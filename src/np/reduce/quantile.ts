/** Order statistics: np.percentile, np.quantile (linear method) and np.median. */
import { ValueError } from "../../errors";
import { DType, complex128, float32, float64 } from "../dtype";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { astype } from "../cast";
import { moveAxisLast } from "../manipulate";
import { selectPositions } from "../statistics/select";
import { normalizeAxis } from "../shape";
import { PyArgs, pyfunction, signature } from "../../signature";
import { complexRowQuantiles } from "./quantile-complex";
import { QuantileMethod, checkMethod, picksElement, quantilePositions, quantileValue } from "./quantile-methods";
import { OUT } from "../params";
import { toOut } from "./masked";
import { PyTypeError } from "../../errors";
import { can_cast } from "../dtype";

const QUANTILE_SPEC = {
  types: { axis: "int|None", overwrite_input: "bool", method: "str", keepdims: "bool", out: OUT, interpolation: "str|None" },
};

/** The method a call asks for: `method=`, or the deprecated `interpolation=` with NumPy's warning. */
export function methodOf(b: { method: string; interpolation: string | null }, fn: string): QuantileMethod {
  if (b.interpolation === null) return checkMethod(b.method);
  if (b.method !== "linear") {
    throw new PyTypeError("You shall not pass both `method` and `interpolation`!\n(`interpolation` is Deprecated in favor of `method`)");
  }
  process.emitWarning(
    `the \`interpolation=\` argument to ${fn} was renamed to \`method=\`, which has additional options.\n` +
      "Users of the modes 'nearest', 'lower', 'higher', or 'midpoint' are encouraged to review the method they used. (Deprecated NumPy 1.22)",
    "DeprecationWarning",
  );
  return checkMethod(b.interpolation);
}
const PERCENTILE = signature("numpy.percentile(a, q, axis=None, out=None, overwrite_input=False, method='linear', keepdims=False, *, interpolation=None)", QUANTILE_SPEC);
const QUANTILE = signature("numpy.quantile(a, q, axis=None, out=None, overwrite_input=False, method='linear', keepdims=False, *, interpolation=None)", QUANTILE_SPEC);
const MEDIAN = signature("numpy.median(a, axis=None, out=None, overwrite_input=False, keepdims=False)", {
  types: { axis: "int|None", overwrite_input: "bool", keepdims: "bool", out: OUT },
});

/** The result written into `out`: percentiles under NumPy's "same_kind" rule, the median unsafely. */
function intoOut(r: NDArray | number, out: NDArray | null | undefined, sameKind: boolean): NDArray | number {
  if (out === undefined || out === null) return r;
  const dt = r instanceof NDArray ? r.dtype : float64;
  if (sameKind && !can_cast(dt, out.dtype, "same_kind")) {
    const e = new PyTypeError(`Cannot cast ufunc 'add' output from dtype('${dt.name}') to dtype('${out.dtype.name}') with casting rule 'same_kind'`);
    e.name = "UFuncTypeError";
    throw e;
  }
  return toOut(r, out) as NDArray;
}

/** Keyword arguments of percentile/quantile (`overwrite_input` is allowed: the input is never changed here). */
export interface PercentileOptions extends QuantileOptions {
  a?: ArrayLike;
  q?: number | readonly number[];
  /** The array the result is written into; it is returned. */
  out?: NDArray | null;
  overwrite_input?: boolean;
  /** One of NumPy's 13 methods ("linear" by default; "lower", "higher", "nearest", "midpoint", "hazen", ...). */
  method?: QuantileMethod;
  /** Deprecated name of `method` (NumPy's DeprecationWarning is emitted). */
  interpolation?: QuantileMethod | null;
}
type QuantileArgs = PyArgs<[axis: number | null, out: NDArray | null, overwrite_input: boolean, method: QuantileMethod, keepdims: boolean, options: PercentileOptions], PercentileOptions>;

/** Keyword arguments of percentile/quantile/median: one axis (null: the flattened array) and keepdims. */
export interface QuantileOptions {
  axis?: number | null;
  keepdims?: boolean;
}

function quantiles(a: ArrayLike, qs: readonly number[], opts: QuantileOptions | undefined, median: boolean, method: QuantileMethod = "linear"): { out: NDArray; shape: number[] } {
  let arr = asarray(a);
  const axisArg = opts?.axis ?? null;
  if (axisArg === null) arr = arr.ravel();
  const axis = axisArg === null ? 0 : normalizeAxis(axisArg, arr.ndim);
  const n = arr.shape[axis];
  // a C-ordered copy with the axis last, whose rows are partitioned in place
  const moved = astype(moveAxisLast(arr, axis), arr.dtype);
  const rows = n === 0 ? 0 : moved.size / n;
  if (arr.dtype.kind === "c") {
    // as for real input: interpolated quantiles of complex64 come out complex128
    const outDt = median || picksElement(method) ? arr.dtype : complex128;
    const out = new outDt.storage(qs.length * rows);
    complexRowQuantiles(moved.data, rows, n, qs, median, method, arr.dtype.name === "complex64", out);
    return { out: NDArray.fromStorage(out, [qs.length * rows], outDt), shape: keptShapeOf(moved, arr, a, axisArg, axis, opts) };
  }
  const positions = qs.map((q) => (median ? [Math.floor((n - 1) / 2), Math.floor(n / 2)] : quantilePositions(n, q, method))).flat();
  // the median of float32 stays float32; percentiles interpolate in float64, as NumPy, and
  // the methods that pick an element keep the input's dtype
  const outDt: DType = median && arr.dtype === float32 ? float32 : !median && picksElement(method) ? arr.dtype : float64;
  const out = new outDt.storage(qs.length * rows);
  const src = moved.data;
  const hasNan = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) {
    const start = r * n;
    if (arr.dtype.kind === "f" && anyNan(src, start, n)) hasNan[r] = 1;
    else selectPositions(src as Float64Array, start, n, positions);
  }
  for (let k = 0; k < qs.length; k++) {
    const q = qs[k];
    for (let r = 0; r < rows; r++) {
      const start = r * n;
      let value: number;
      if (hasNan[r]) value = NaN;
      else if (median) {
        const mid = Math.floor(n / 2);
        value = n % 2 === 1 ? src[start + mid] : (src[start + mid - 1] + src[start + mid]) / 2;
      } else {
        value = quantileValue(src, start, n, q, method, arr.dtype === float32);
      }
      out[k * rows + r] = value;
    }
  }
  return { out: NDArray.fromStorage(out, [qs.length * rows], outDt), shape: keptShapeOf(moved, arr, a, axisArg, axis, opts) };
}

/** The result's shape for one q: the other axes, or every axis kept as 1 with keepdims. */
function keptShapeOf(moved: NDArray, arr: NDArray, a: ArrayLike, axisArg: number | null, axis: number, opts: QuantileOptions | undefined): number[] {
  if (!opts?.keepdims) return moved.shape.slice(0, -1);
  return axisArg === null ? asarray(a).shape.map(() => 1) : arr.shape.map((d, i) => (i === axis ? 1 : d));
}

function anyNan(src: NDArray["data"], start: number, n: number): boolean {
  for (let i = start; i < start + n; i++) if (src[i] !== src[i]) return true;
  return false;
}

function finish(r: { out: NDArray; shape: number[] }, q: number | readonly number[], opts: QuantileOptions | undefined): NDArray | number {
  const scalarQ = typeof q === "number";
  const shape = scalarQ ? r.shape : [(q as readonly number[]).length, ...r.shape];
  const out = r.out.reshape(shape);
  return scalarQ && (opts?.axis === undefined || opts.axis === null) && !opts?.keepdims ? out.item() : out;
}

function checkQ(q: number | readonly number[], scale: number, name: string): number[] {
  const list = typeof q === "number" ? [q] : Array.from(q);
  for (const v of list) {
    if (!(v >= 0 && v <= scale)) throw new ValueError(name === "percentile" ? "Percentiles must be in the range [0, 100]" : "Quantiles must be in the range [0, 1]");
  }
  return list.map((v) => v / scale);
}

/**
 * `numpy.percentile(a, q, axis=None, out=None, overwrite_input=False, method='linear',
 * keepdims=False, *, interpolation=None)` with the linear method: a number for one q over the
 * flattened array, otherwise an array (q axis first).
 */
export function percentile(a: ArrayLike, q: number | readonly number[], ...rest: QuantileArgs): NDArray | number;
export function percentile(...args: unknown[]): NDArray | number {
  const { a, q, ...opts } = args.length === 2 ? { a: args[0] as ArrayLike, q: args[1] as number, method: "linear", interpolation: null } : PERCENTILE.bind(args);
  const method = methodOf(opts as { method: string; interpolation: string | null }, "percentile");
  return intoOut(finish(quantiles(a, checkQ(q, 100, "percentile"), opts, false, method), q, opts), opts.out, true);
}
pyfunction(PERCENTILE, percentile);

/** `numpy.quantile(a, q, axis=None, out=None, overwrite_input=False, method='linear', keepdims=False, *, interpolation=None)`: percentile with q in [0, 1]. */
export function quantile(a: ArrayLike, q: number | readonly number[], ...rest: QuantileArgs): NDArray | number;
export function quantile(...args: unknown[]): NDArray | number {
  const { a, q, ...opts } = args.length === 2 ? { a: args[0] as ArrayLike, q: args[1] as number, method: "linear", interpolation: null } : QUANTILE.bind(args);
  const method = methodOf(opts as { method: string; interpolation: string | null }, "quantile");
  return intoOut(finish(quantiles(a, checkQ(q, 1, "quantile"), opts, false, method), q, opts), opts.out, true);
}
pyfunction(QUANTILE, quantile);

/** `numpy.median(a, axis=None, out=None, overwrite_input=False, keepdims=False)`: the middle value (mean of the two middle ones for even counts). */
export function median(a: ArrayLike, ...rest: PyArgs<[axis: number | null, out: NDArray | null, overwrite_input: boolean, keepdims: boolean, options: PercentileOptions], PercentileOptions>): NDArray | number;
export function median(...args: unknown[]): NDArray | number {
  const { a, ...opts } = args.length === 1 ? { a: args[0] as ArrayLike } : MEDIAN.bind(args);
  return intoOut(finish(quantiles(a, [0.5], opts, true), 0.5, opts), opts.out, false);
}
pyfunction(MEDIAN, median);
