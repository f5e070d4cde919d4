/**
 * `RandomState.choice`, replaying NumPy's legacy algorithm: uniform with replacement via
 * randint, weighted via a normalised cumulative sum searched with random_sample draws,
 * without replacement via permutation (uniform) or repeated weighted rounds (weighted).
 */
import { ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { contiguousStorage } from "../contiguous";
import { float64, int64 } from "../dtype";
import type { RandomState } from "./RandomState";
import { Size, readParam, shapeSize, toShape } from "./args";

/** Keyword arguments of `choice(a, size=None, replace=True, p=None)`. */
export interface ChoiceOptions {
  size?: Size | null;
  replace?: boolean;
  p?: NDArray | readonly number[] | null;
}

const ATOL = 1.4901161193847656e-8; // sqrt(float64 eps)

/** First index i with cdf[i] > u (searchsorted side='right'). */
export function searchRight(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid] <= u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Normalised cumulative sum (cumsum(p) / cumsum(p)[-1]). */
export function normalisedCdf(p: Float64Array): Float64Array {
  const cdf = new Float64Array(p.length);
  let acc = 0;
  for (let i = 0; i < p.length; i++) {
    acc += p[i];
    cdf[i] = acc;
  }
  const last = cdf[cdf.length - 1];
  for (let i = 0; i < cdf.length; i++) cdf[i] /= last;
  return cdf;
}

/** Sum of the first n values with Kahan's compensation (NumPy's `kahan_sum`). */
export function kahanSum(d: ArrayLike<number>, n = d.length): number {
  if (n <= 0) return 0;
  let sum = d[0];
  let c = 0;
  for (let i = 1; i < n; i++) {
    const y = d[i] - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}

/** The sampling behind `RandomState.choice`. */
export function choice(rs: RandomState, kw: ChoiceOptions & { a: number | NDArray | readonly number[] }): number | NDArray {
  const { a } = kw;
  const replace = kw.replace ?? true;
  const shape = kw.size === undefined || kw.size === null ? null : toShape(kw.size);
  const requested = shape === null ? 1 : shapeSize(shape);
  let popSize: number;
  let pool: NDArray | null = null;
  if (typeof a === "number") {
    if (!Number.isInteger(a)) throw new ValueError("a must be 1-dimensional or an integer");
    popSize = a;
    if (popSize <= 0 && requested !== 0) throw new ValueError("a must be greater than 0 unless no samples are taken");
  } else {
    if (a instanceof NDArray) {
      pool = a;
    } else {
      const flat = readParam(a as number[], "a");
      const ints = Array.from(flat.data).every((v) => Number.isInteger(v));
      pool = NDArray.fromStorage(Float64Array.from(flat.data), flat.shape, ints ? int64 : float64);
    }
    if (pool.ndim !== 1) throw new ValueError("a must be 1-dimensional");
    popSize = pool.shape[0];
    if (popSize === 0 && requested !== 0) throw new ValueError("'a' cannot be empty unless no samples are taken");
  }

  let p: Float64Array | null = null;
  if (kw.p !== undefined && kw.p !== null) {
    const pp = readParam(kw.p as number[], "p");
    if (pp.shape.length !== 1) throw new ValueError("'p' must be 1-dimensional");
    p = Float64Array.from(pp.data);
    if (p.length !== popSize) throw new ValueError("'a' and 'p' must have same size");
    const pSum = kahanSum(p);
    if (Number.isNaN(pSum)) throw new ValueError("probabilities contain NaN");
    if (p.some((v) => v < 0)) throw new ValueError("probabilities are not non-negative");
    if (Math.abs(pSum - 1) > ATOL) throw new ValueError("probabilities do not sum to 1");
  }

  let idx: Float64Array;
  if (replace) {
    if (p !== null) {
      const cdf = normalisedCdf(p);
      const u = rs.random_sample(shape ?? undefined);
      const us = typeof u === "number" ? [u] : contiguousStorage(u);
      idx = new Float64Array(us.length);
      for (let i = 0; i < us.length; i++) idx[i] = searchRight(cdf, us[i]);
    } else {
      const r = shape === null ? rs.randint(0, popSize) : rs.randint(0, popSize, shape);
      idx = typeof r === "number" ? Float64Array.of(r) : Float64Array.from(contiguousStorage(r));
    }
  } else {
    if (requested > popSize) throw new ValueError("Cannot take a larger sample than population when 'replace=False'");
    if (p !== null) {
      let nonzero = 0;
      for (const v of p) if (v > 0) nonzero++;
      if (nonzero < requested) throw new ValueError("Fewer non-zero entries in p than size");
      const weights = p.slice();
      idx = new Float64Array(requested);
      let found = 0;
      while (found < requested) {
        const x = rs.rand(requested - found);
        for (let i = 0; i < found; i++) weights[idx[i]] = 0;
        const cdf = normalisedCdf(weights);
        const xs = contiguousStorage(x);
        const seen = new Set<number>();
        for (let i = 0; i < xs.length; i++) {
          const k = searchRight(cdf, xs[i]);
          if (!seen.has(k)) {
            seen.add(k);
            idx[found + seen.size - 1] = k;
          }
        }
        found += seen.size;
      }
    } else {
      idx = Float64Array.from(contiguousStorage(rs.permutation(popSize)).subarray(0, requested));
    }
  }

  const outShape = shape ?? [];
  if (pool === null) {
    return shape === null ? idx[0] : NDArray.fromStorage(idx, outShape, int64);
  }
  const src = pool.data;
  const out = new pool.dtype.storage(idx.length);
  for (let i = 0; i < idx.length; i++) out[i] = src[pool.offset + idx[i] * pool.strides[0]];
  return shape === null ? out[0] : NDArray.fromStorage(out, outShape, pool.dtype);
}
