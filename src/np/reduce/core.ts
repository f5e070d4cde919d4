/**
 * The reduction engine behind sum, prod, min, max, any, all and count_nonzero: reduces a set
 * of axes of a strided array into a new array, walking the input in NumPy's iteration
 * order: where the innermost run is a reduced axis it is folded into one output element
 * (float sums pairwise in 8192-element chunks, as NumPy), otherwise it is accumulated
 * elementwise into an output row (`out[j] += a[i, j]`).
 */
import { ValueError } from "../../errors";
import { DType, Storage, bool, float32, int64, uint64 } from "../dtype";
import { NDArray, cContiguousStrides } from "../ndarray";
import { forEachRun } from "../iterate";
import { PairwiseKernel, binaryKernel, foldKernel, pairwiseKernel } from "../kernels";
import { copyInto } from "../cast";
import { isCContiguous } from "../contiguous";
import { SIMD_SUM_CHUNK, pairwiseSimd } from "../wasm/sum";
import { normalizeAxes, shapeSize } from "../shape";

export type ReduceKind = "sum" | "prod" | "max" | "min" | "any" | "all" | "count_nonzero";

const FOLD: Record<ReduceKind, string> = {
  sum: "acc + x",
  prod: "acc * x",
  max: "(x > acc || x !== x ? x : acc)",
  min: "(x < acc || x !== x ? x : acc)",
  any: "(acc !== 0 || x !== 0 ? 1 : 0)",
  all: "(acc !== 0 && x !== 0 ? 1 : 0)",
  count_nonzero: "acc + (x !== 0 ? 1 : 0)",
};

const ACCUMULATE: Record<ReduceKind, string> = {
  sum: "x + y",
  prod: "x * y",
  max: "(y > x || y !== y ? y : x)",
  min: "(y < x || y !== y ? y : x)",
  any: "(x !== 0 || y !== 0 ? 1 : 0)",
  all: "(x !== 0 && y !== 0 ? 1 : 0)",
  count_nonzero: "x + (y !== 0 ? 1 : 0)",
};

/** Products of 32-bit and narrower integers wrap as NumPy's: multiply through Math.imul. */
function wrapsProduct(kind: ReduceKind, outDt: DType): boolean {
  return kind === "prod" && outDt.kind !== "f" && outDt.kind !== "b" && outDt.itemsize <= 4;
}

/** float32 products round every step, as NumPy's float32 loop multiplies in float32. */
const foldExpr = (kind: ReduceKind, outDt: DType): string =>
  wrapsProduct(kind, outDt) ? "Math.imul(acc, x)" : kind === "prod" && outDt === float32 ? "Math.fround(acc * x)" : FOLD[kind];
const accumulateExpr = (kind: ReduceKind, outDt: DType): string => (wrapsProduct(kind, outDt) ? "Math.imul(x, y)" : ACCUMULATE[kind]);

const IDENTITY: Record<ReduceKind, number> = { sum: 0, prod: 1, max: NaN, min: NaN, any: 0, all: 1, count_nonzero: 0 };

const UFUNC_NAME: Record<ReduceKind, string> = {
  sum: "add", prod: "multiply", max: "maximum", min: "minimum", any: "logical_or", all: "logical_and", count_nonzero: "add",
};

/** NumPy's reduction buffer size: long runs are summed pairwise in chunks of this many. */
const BUFSIZE = SIMD_SUM_CHUNK;
/** Contiguous float64 runs at least this long are summed on the WebAssembly SIMD kernel. */
const SIMD_MIN = 512;

/** `acc += pairwise(chunk)` over chunks of BUFSIZE elements, as NumPy's buffered reduction does. */
function chunkedSum(pairwise: PairwiseKernel, src: Storage, start: number, step: number, n: number, f32: boolean): number {
  let acc = 0;
  if (!f32 && step === 1 && n >= SIMD_MIN && src instanceof Float64Array) {
    for (let done = 0; done < n; done += BUFSIZE) {
      const len = Math.min(BUFSIZE, n - done);
      const part = pairwiseSimd(src, start + done, len) ?? pairwise(src, start + done, 1, len);
      acc += part;
    }
    return acc;
  }
  for (let done = 0; done < n; done += BUFSIZE) {
    const part = pairwise(src, start + done * step, step, Math.min(BUFSIZE, n - done));
    acc = f32 ? Math.fround(acc + part) : acc + part;
  }
  return acc;
}

/** NumPy's accumulator dtype for sum/prod: small ints widen to int64/uint64, bool to int64. */
export function sumDType(dt: DType): DType {
  if (dt.kind === "b") return int64;
  if (dt.kind === "i") return int64;
  if (dt.kind === "u") return uint64;
  return dt;
}

/** The output dtype of a reduction kind for an input dtype. */
export function reduceDType(kind: ReduceKind, dt: DType): DType {
  switch (kind) {
    case "sum":
    case "prod":
      return sumDType(dt);
    case "max":
    case "min":
      return dt;
    case "any":
    case "all":
      return bool;
    case "count_nonzero":
      return int64;
  }
}

/**
 * Reduces `axes` (already normalised, sorted) of `a` into a new array of dtype `outDt`
 * whose shape is a's shape without those axes.
 */
export function reduceAxes(a: NDArray, axes: readonly number[], kind: ReduceKind, outDt: DType): NDArray {
  const isReduced = a.shape.map((_, i) => axes.includes(i));
  const outShape = a.shape.filter((_, i) => !isReduced[i]);
  const outStrides = cContiguousStrides(outShape);
  const out = new NDArray(new outDt.storage(shapeSize(outShape)), outShape, outStrides, 0, outDt);
  const innerN = axes.reduce((n, ax) => n * a.shape[ax], 1);
  if (innerN === 0) {
    if ((kind === "max" || kind === "min") && out.size > 0) {
      throw new ValueError(`zero-size array to reduction operation ${UFUNC_NAME[kind]} which has no identity`);
    }
    if (IDENTITY[kind] !== 0) out.data.fill(IDENTITY[kind]);
    return out;
  }
  if (out.size === 0) return out;

  // The output seen over the input's shape: stride 0 along the reduced axes.
  const accStrides = new Array<number>(a.ndim);
  let k = 0;
  for (let i = 0; i < a.ndim; i++) accStrides[i] = isReduced[i] ? 0 : outStrides[k++];
  if (kind === "max" || kind === "min") {
    const firstSlice = new NDArray(a.data, outShape, a.strides.filter((_, i) => !isReduced[i]), a.offset, a.dtype);
    copyInto(out, firstSlice);
  } else if (IDENTITY[kind] !== 0) {
    out.data.fill(IDENTITY[kind]);
  }
  const order = iterationOrder(a, accStrides, isReduced);
  const shape = order.axes.map((ax) => a.shape[ax]);
  const inStrides = order.axes.map((ax) => order.inStrides[ax]);
  const outIter = order.axes.map((ax) => accStrides[ax]);
  const o = out.data;
  const src = a.data;
  const acc = { data: o, offset: 0, strides: outIter };
  const input = { data: src, offset: order.offset, strides: inStrides };
  const kernel = binaryKernel(accumulateExpr(kind, outDt), o, o, src);
  const fold = foldKernel(foldExpr(kind, outDt), src);
  const pairwise = kind === "sum" && outDt.kind === "f" && src.constructor === o.constructor ? pairwiseKernel(src, outDt === float32) : null;
  const f32 = outDt === float32;
  forEachRun(shape, [acc, input], (pos, steps, n) => {
    if (steps[0] !== 0) {
      kernel(o, pos[0], steps[0], o, pos[0], steps[0], src, pos[1], steps[1], n);
    } else if (pairwise !== null) {
      const total = o[pos[0]] + chunkedSum(pairwise, src, pos[1], steps[1], n, f32);
      o[pos[0]] = total;
    } else {
      o[pos[0]] = fold(o[pos[0]], src, pos[1], steps[1], n);
    }
  });
  return out;
}

/**
 * NumPy's iteration order for a reduction: reduced axes with negative strides are flipped,
 * then axes are insertion-sorted so the smallest strides are innermost (zero strides do not
 * vote; on conflict C order wins), as nditer does.
 */
function iterationOrder(a: NDArray, accStrides: readonly number[], isReduced: readonly boolean[]): { axes: number[]; inStrides: number[]; offset: number } {
  const inStrides = a.strides.slice();
  let offset = a.offset;
  for (let i = 0; i < a.ndim; i++) {
    if (isReduced[i] && inStrides[i] < 0) {
      offset += inStrides[i] * (a.shape[i] - 1);
      inStrides[i] = -inStrides[i];
    }
  }
  const ops = [accStrides, inStrides];
  // perm[0] is the innermost axis, as in NumPy's axisdata
  const perm: number[] = [];
  for (let i = a.ndim - 1; i >= 0; i--) perm.push(i);
  for (let i0 = 1; i0 < perm.length; i0++) {
    const axis0 = perm[i0];
    let insertAt = i0;
    for (let i1 = i0 - 1; i1 >= 0; i1--) {
      const axis1 = perm[i1];
      let ambiguous = true;
      let shouldSwap = true;
      for (const st of ops) {
        const s0 = st[axis0];
        const s1 = st[axis1];
        if (s0 !== 0 && s1 !== 0) {
          if (Math.abs(s1) <= Math.abs(s0)) shouldSwap = false;
          else if (ambiguous) shouldSwap = true;
          ambiguous = false;
        }
      }
      if (!ambiguous) {
        if (shouldSwap) insertAt = i1;
        else break;
      }
    }
    if (insertAt !== i0) {
      perm.splice(i0, 1);
      perm.splice(insertAt, 0, axis0);
    }
  }
  return { axes: perm.reverse(), inStrides, offset };
}

/**
 * A reduction's result type: a plain number (or `S`) for a full reduction, an NDArray when an
 * `axis`, `keepdims: true` or `out` is given, and the union when the options' type cannot tell.
 */
export type Reduced<O, S = number> = O extends { out: NDArray }
  ? NDArray
  : O extends { keepdims: true }
  ? NDArray
  : O extends { axis: number | readonly number[] }
    ? NDArray
    : O extends { axis?: null | undefined; keepdims?: false | undefined }
      ? S
      : NDArray | S;

/** Keyword arguments of reductions. */
export interface ReduceOptions {
  /** Axis or axes to reduce (all when null/undefined). */
  axis?: number | readonly number[] | null;
  /** Keep reduced axes as length-1 dimensions. */
  keepdims?: boolean;
}

/** Re-inserts reduced axes as length 1 when keepdims is set. */
export function withKeepdims(r: NDArray, shape: readonly number[], axes: readonly number[], keepdims: boolean | undefined): NDArray {
  if (!keepdims) return r;
  const dims = shape.map((d, i) => (axes.includes(i) ? 1 : d));
  return r.reshape(dims);
}

/**
 * The full reduction of a C-contiguous array as one run (what reduceAxes does for it, minus
 * the set-up), or null when `a` is not such an array. The value is rounded to `outDt`.
 */
export function reduceAll(a: NDArray, kind: ReduceKind, outDt: DType): number | null {
  const n = a.size;
  if (n === 0 || !isCContiguous(a)) return null;
  if ((kind === "max" || kind === "min") && outDt !== a.dtype) return null;
  const src = a.data;
  const o = new outDt.storage(1);
  if (kind === "max" || kind === "min") o[0] = src[a.offset];
  else o[0] = IDENTITY[kind];
  if (kind === "sum" && outDt.kind === "f" && src.constructor === o.constructor) {
    const f32 = outDt === float32;
    o[0] = o[0] + chunkedSum(pairwiseKernel(src, f32), src, a.offset, 1, n, f32);
  } else if ((kind === "max" || kind === "min") && n >= 16 && extremeDense(src, a.offset, n, kind === "max" ? 1 : -1, o)) {
    // o[0] holds the extreme
  } else {
    o[0] = foldKernel(foldExpr(kind, outDt), src)(o[0], src, a.offset, 1, n);
  }
  return o[0];
}

/** A full float64 sum of a contiguous run, as reduceAll computes it (pairwise, in NumPy's chunks). */
export function sumRun(src: Float64Array, start: number, n: number): number {
  return 0 + chunkedSum(pairwiseKernel(src, false), src, start, 1, n, false);
}

/**
 * The largest (`sign` 1) or smallest (-1: the largest of the negated values) element of a
 * contiguous run into o[0], in four interleaved lanes of independent comparisons; the first
 * NaN met is the answer, as in the sequential fold. False, with o untouched, when the answer
 * is a zero: which zero the sequential fold keeps (the first of -0 and 0) is for it to say.
 */
function extremeDense(d: Storage, s: number, n: number, sign: 1 | -1, o: Storage): boolean {
  let b0 = sign * d[s], b1 = sign * d[s + 1], b2 = sign * d[s + 2], b3 = sign * d[s + 3];
  let i = 4;
  let nan = b0 !== b0 || b1 !== b1 || b2 !== b2 || b3 !== b3;
  for (; !nan && i + 4 <= n; i += 4) {
    const x0 = sign * d[s + i], x1 = sign * d[s + i + 1], x2 = sign * d[s + i + 2], x3 = sign * d[s + i + 3];
    // false for a smaller or equal x; true for a larger one or NaN (then the loop ends)
    if (!(x0 <= b0)) { b0 = x0; nan = x0 !== x0; }
    if (!(x1 <= b1)) { b1 = x1; nan ||= x1 !== x1; }
    if (!(x2 <= b2)) { b2 = x2; nan ||= x2 !== x2; }
    if (!(x3 <= b3)) { b3 = x3; nan ||= x3 !== x3; }
  }
  let best = Math.max(Math.max(b0, b1), Math.max(b2, b3));
  for (; best === best && i < n; i++) {
    const x = sign * d[s + i];
    if (!(x <= best)) best = x;
  }
  if (best === 0) return false;
  o[0] = sign * best;
  return true;
}

/** Runs a reduction with NumPy's axis/keepdims handling; a number when all axes go and keepdims is off. */
export function reduce(a: NDArray, kind: ReduceKind, opts: ReduceOptions | undefined, outDt?: DType): NDArray | number {
  if ((opts?.axis === undefined || opts.axis === null) && !opts?.keepdims) {
    const all = reduceAll(a, kind, outDt ?? reduceDType(kind, a.dtype));
    if (all !== null) return all;
  }
  const axes = normalizeAxes(opts?.axis, a.ndim).sort((x, y) => x - y);
  const r = reduceAxes(a, axes, kind, outDt ?? reduceDType(kind, a.dtype));
  const kept = withKeepdims(r, a.shape, axes, opts?.keepdims);
  return (opts?.axis === undefined || opts.axis === null) && !opts?.keepdims ? kept.item() : kept;
}

