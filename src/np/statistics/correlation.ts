/** np.cov (rowvar, bias, ddof, fweights, aweights) and np.corrcoef, as numpy/lib/function_base.py computes them. */
import { PyTypeError, RuntimeError, ValueError } from "../../errors";
import { pyfunction, signature } from "../../signature";
import { DTYPE } from "../params";
import { DTypeLike, dtype as toDType, float64 } from "../dtype";
import { NDArray } from "../ndarray";
import { ArrayLike, ZeroDivisionError, asarray } from "../create";
import { astype } from "../cast";
import { float64Copy } from "../linalg/stack";

/** Keyword arguments of np.cov. */
export interface CovOptions {
  m?: ArrayLike;
  y?: ArrayLike | null;
  rowvar?: boolean;
  bias?: boolean;
  ddof?: number | null;
  fweights?: ArrayLike | null;
  aweights?: ArrayLike | null;
  dtype?: DTypeLike | null;
}

/** Keyword arguments of np.corrcoef (bias and ddof have no effect in NumPy and are refused here). */
export interface CorrcoefOptions {
  x?: ArrayLike;
  y?: ArrayLike | null;
  rowvar?: boolean;
  bias?: null;
  ddof?: null;
  dtype?: DTypeLike | null;
}

const COV = signature("numpy.cov(m, y=None, rowvar=True, bias=False, ddof=None, fweights=None, aweights=None, *, dtype=None)", {
  types: { m: "array_like", y: "array_like|None", rowvar: "bool", bias: "bool", ddof: "float|None", fweights: "array_like|None", aweights: "array_like|None", dtype: DTYPE },
});
const CORRCOEF = signature("numpy.corrcoef(x, y=None, rowvar=True, bias=None, ddof=None, *, dtype=None)", {
  types: { x: "array_like", y: "array_like|None", rowvar: "bool", dtype: DTYPE },
  unsupported: ["bias", "ddof"],
});

/** The observations as rows of variables: (variables, observations), row-major float64. */
function variables(a: ArrayLike, rowvar: boolean, what: string): { data: Float64Array; vars: number; obs: number } {
  const arr = asarray(a);
  if (arr.ndim > 2) throw new ValueError(`${what} has more than 2 dimensions`);
  let m2 = arr.ndim === 2 ? arr : arr.reshape([1, arr.size]);
  if (!rowvar && m2.shape[0] !== 1) m2 = m2.T;
  return { data: float64Copy(m2), vars: m2.shape[0], obs: m2.shape[1] };
}

function weightVector(w: ArrayLike, obs: number, name: string): Float64Array {
  const arr = asarray(w);
  if (arr.ndim > 1) throw new RuntimeError(`cannot handle multidimensional ${name}`);
  const v = float64Copy(arr);
  if (v.length !== obs) throw new RuntimeError(`incompatible numbers of samples and ${name}`);
  if (v.some((x) => x < 0)) throw new ValueError(`${name} cannot be negative`);
  return v;
}

/** The covariance matrix (vars x vars, float64) as np.cov computes it. */
function covariance(b: Record<string, any>): { c: Float64Array; vars: number } {
  if (b.ddof !== null && !Number.isInteger(b.ddof)) throw new ValueError("ddof must be integer");
  const X = variables(b.m, b.rowvar, "m");
  if (X.vars === 0) return { c: new Float64Array(0), vars: 0 };
  let data = X.data;
  let vars = X.vars;
  const obs = X.obs;
  if (b.y !== null) {
    const Y = variables(b.y, b.rowvar, "y");
    if (Y.obs !== obs) throw new ValueError(`all the input array dimensions except for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size ${obs} and the array at index 1 has size ${Y.obs}`);
    const joined = new Float64Array(data.length + Y.data.length);
    joined.set(data);
    joined.set(Y.data, data.length);
    data = joined;
    vars += Y.vars;
  }
  const ddof = b.ddof ?? (b.bias ? 0 : 1);
  let w: Float64Array | null = null;
  let aw: Float64Array | null = null;
  if (b.fweights !== null) {
    const f = weightVector(b.fweights, obs, "fweights");
    if (f.some((x) => x !== Math.round(x))) throw new PyTypeError("fweights must be integer");
    w = f;
  }
  if (b.aweights !== null) {
    aw = weightVector(b.aweights, obs, "aweights");
    w = w === null ? aw.slice() : w.map((x, i) => x * aw![i]);
  }
  let wSum = obs;
  if (w !== null) {
    wSum = 0;
    for (let j = 0; j < obs; j++) wSum += w[j];
    if (wSum === 0) throw new ZeroDivisionError("Weights sum to zero, can't be normalized");
  }
  for (let i = 0; i < vars; i++) {
    let s = 0;
    for (let j = 0; j < obs; j++) s += w === null ? data[i * obs + j] : data[i * obs + j] * w[j];
    const avg = s / wSum;
    for (let j = 0; j < obs; j++) data[i * obs + j] -= avg;
  }
  let fact: number;
  if (w === null) fact = obs - ddof;
  else if (ddof === 0) fact = wSum;
  else if (aw === null) fact = wSum - ddof;
  else {
    let s = 0;
    for (let j = 0; j < obs; j++) s += w[j] * aw[j];
    fact = wSum - (ddof * s) / wSum;
  }
  if (fact <= 0) fact = 0.0;
  const scale = 1 / fact;
  const c = new Float64Array(vars * vars);
  for (let i = 0; i < vars; i++) {
    for (let k = i; k < vars; k++) {
      let s = 0;
      for (let j = 0; j < obs; j++) s += data[i * obs + j] * (w === null ? data[k * obs + j] : data[k * obs + j] * w[j]);
      c[i * vars + k] = s * scale;
      c[k * vars + i] = s * scale;
    }
  }
  return { c, vars };
}

function finish(c: Float64Array, vars: number, dtype: DTypeLike | null): NDArray {
  const shape = vars === 0 ? [0, 0] : vars === 1 ? [] : [vars, vars];
  const out = NDArray.fromStorage(c, shape, float64);
  return dtype === null ? out : astype(out, toDType(dtype));
}

/**
 * `numpy.cov(m, y=None, rowvar=True, bias=False, ddof=None, fweights=None, aweights=None, *,
 * dtype=None)`: the covariance matrix of the variables in m's rows (columns with `rowvar:
 * false`), y's variables appended; normalised by N - 1 (N with `bias: true`, N - ddof with
 * ddof), with frequency and analytic weights. A 0-d array for a single variable.
 */
export function cov(m: ArrayLike, y?: ArrayLike | null | CovOptions, rowvar?: boolean | CovOptions, bias?: boolean | CovOptions, ddof?: number | null | CovOptions, fweights?: ArrayLike | null | CovOptions, aweights?: ArrayLike | null | CovOptions, options?: CovOptions): NDArray;
export function cov(...args: unknown[]): NDArray {
  const bound = COV.bind(args);
  const { c, vars } = covariance(bound);
  return finish(c, vars, bound.dtype);
}
pyfunction(COV, cov);

/**
 * `numpy.corrcoef(x, y=None, rowvar=True, bias=<no value>, ddof=<no value>, *, dtype=None)`:
 * Pearson correlation coefficients, cov[i, j] / sqrt(cov[i, i] * cov[j, j]) clipped to
 * [-1, 1] (a number, 1.0 or NaN, for a single variable). NumPy ignores the deprecated bias
 * and ddof; here they are refused.
 */
export function corrcoef(x: ArrayLike, y?: ArrayLike | null | CorrcoefOptions, rowvar?: boolean | CorrcoefOptions, options?: CorrcoefOptions): NDArray | number;
export function corrcoef(...args: unknown[]): NDArray | number {
  const bound = CORRCOEF.bind(args);
  const { c, vars } = covariance({ m: bound.x, y: bound.y, rowvar: bound.rowvar, bias: false, ddof: null, fweights: null, aweights: null });
  // one variable: NumPy divides the 0-d covariance by itself, which gives a scalar
  if (vars === 1) {
    const v = finish(c, vars, bound.dtype).item();
    return v / v;
  }
  {
    const sd = new Float64Array(vars);
    for (let i = 0; i < vars; i++) sd[i] = Math.sqrt(c[i * vars + i]);
    for (let i = 0; i < vars; i++) {
      for (let k = 0; k < vars; k++) {
        const v = c[i * vars + k] / sd[i] / sd[k];
        c[i * vars + k] = v > 1 ? 1 : v < -1 ? -1 : v;
      }
    }
  }
  return finish(c, vars, bound.dtype);
}
pyfunction(CORRCOEF, corrcoef);
