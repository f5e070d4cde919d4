/**
 * Reductions over complex arrays. Sums, means and variances work part by part on the float
 * views of the real and imaginary parts (the same pairwise summation as for floats); products,
 * running sums and products, and sorting work on (re, im) pairs.
 */
import { DType } from "../dtype";
import { NDArray } from "../ndarray";
import { copyInto } from "../cast";
import { Complex } from "./scalar";
import { partView } from "./parts";
import type { Storage } from "../dtype";

/** Joins a real and an imaginary result (numbers, or arrays of one shape) into a complex result of `dt`. */
export function joinParts(re: NDArray | number, im: NDArray | number, dt: DType): NDArray | Complex {
  if (typeof re === "number" || typeof im === "number") return new Complex(Number(re), Number(im), dt);
  const out = NDArray.fromStorage(new dt.storage(re.size), re.shape, dt);
  copyInto(partView(out, 0), re);
  copyInto(partView(out, 1), im);
  return out;
}

type PartReduction = (part: NDArray, opts: Record<string, unknown> | undefined) => NDArray | number;

/**
 * sum / mean of a complex array: the reduction of each part, joined; var / std: the real
 * variances of the parts add up (the mean squared modulus of the deviations).
 */
export function reduceComplex(kind: string, a: NDArray, opts: Record<string, unknown> | undefined, reduce: PartReduction): NDArray | Complex | number {
  // dtype= goes through complex-dtype.ts before this
  const { out, dtype: _dtype, ...rest } = opts ?? {};
  const partOpts = opts === undefined ? undefined : rest;
  // initial= splits into its parts too (a real one starts the imaginary sum at 0)
  const initial = rest.initial;
  const given = initial !== undefined && initial !== null && typeof initial !== "symbol";
  const start = (part: 0 | 1) => (initial instanceof Complex ? (part === 0 ? initial.re : initial.im) : part === 0 ? Number(initial) : 0);
  const re = reduce(partView(a, 0), given ? { ...partOpts, initial: start(0) } : partOpts);
  const im = reduce(partView(a, 1), given ? { ...partOpts, initial: start(1) } : partOpts);
  let result: NDArray | Complex | number;
  if (kind === "var" || kind === "std") {
    const both = (r: number, i: number) => (kind === "var" ? r + i : Math.sqrt(r * r + i * i));
    if (typeof re === "number") result = both(re, im as number);
    else {
      const values = new (re.dtype.storage)(re.size);
      const rv = re.ravel().data;
      const iv = (im as NDArray).ravel().data;
      for (let k = 0; k < values.length; k++) values[k] = both(rv[k], iv[k]);
      result = NDArray.fromStorage(values, re.shape, re.dtype);
    }
  } else {
    result = joinParts(re, im, a.dtype);
  }
  if (out instanceof NDArray) {
    copyInto(out, result instanceof Complex ? NDArray.fromStorage(new Float64Array([result.re, result.im]), [], a.dtype) : typeof result === "number" ? NDArray.fromStorage(new Float64Array([result]), [], out.dtype) : result);
    return out;
  }
  return result;
}

/** Running sums or products along rows of `n` pairs (`src`, `out`: interleaved, C-ordered). */
export function cumulateRows(src: Storage, out: Storage, n: number, rows: number, product: boolean): void {
  for (let r = 0; r < rows; r++) {
    let ar = product ? 1 : 0;
    let ai = 0;
    for (let i = 0; i < n; i++) {
      const p = 2 * (r * n + i);
      const xr = src[p];
      const xi = src[p + 1];
      if (product) {
        const t = ar * xr - ai * xi;
        ai = ar * xi + ai * xr;
        ar = t;
      } else {
        ar += xr;
        ai += xi;
      }
      out[p] = ar;
      out[p + 1] = ai;
      ar = out[p];
      ai = out[p + 1];
    }
  }
}

/** The product of a row of pairs (interleaved, contiguous), starting from (ar, ai). */
export function rowProduct(src: Storage, start: number, n: number, ar = 1, ai = 0): [number, number] {
  for (let i = 0; i < n; i++) {
    const xr = src[2 * (start + i)];
    const xi = src[2 * (start + i) + 1];
    const t = ar * xr - ai * xi;
    ai = ar * xi + ai * xr;
    ar = t;
  }
  return [ar, ai];
}

/**
 * NumPy's order for complex values: by real part, then imaginary part, with NaNs last in the
 * order [R + Rj, R + nanj, nan + Rj, nan + nanj].
 */
export function compareComplex(ar: number, ai: number, br: number, bi: number): number {
  return lessComplex(ar, ai, br, bi) ? -1 : lessComplex(br, bi, ar, ai) ? 1 : 0;
}

/**
 * NumPy's `a < b` for complex sorting (npysort's CDOUBLE_LT): an element with a NaN part comes
 * after every element without one, whatever their real parts.
 */
function lessComplex(ar: number, ai: number, br: number, bi: number): boolean {
  if (ar < br) return ai === ai || bi !== bi;
  if (ar > br) return bi !== bi && ai === ai;
  if (ar === br || (ar !== ar && br !== br)) return ai < bi || (bi !== bi && ai === ai);
  return br !== br;
}

/** Sorts each row of `n` pairs in place (stable). */
export function sortComplexRows(data: Storage, n: number, rows: number): void {
  const idx = new Array<number>(n);
  const copy = new Float64Array(2 * n);
  for (let r = 0; r < rows; r++) {
    const base = 2 * r * n;
    for (let i = 0; i < n; i++) {
      idx[i] = i;
      copy[2 * i] = data[base + 2 * i];
      copy[2 * i + 1] = data[base + 2 * i + 1];
    }
    idx.sort((x, y) => compareComplex(copy[2 * x], copy[2 * x + 1], copy[2 * y], copy[2 * y + 1]) || x - y);
    for (let i = 0; i < n; i++) {
      data[base + 2 * i] = copy[2 * idx[i]];
      data[base + 2 * i + 1] = copy[2 * idx[i] + 1];
    }
  }
}
