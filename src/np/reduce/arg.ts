/** np.argmax / np.argmin: index of the first largest / smallest element (NaN counts as extreme). */
import { complexArg } from "../complex/order";
import { ValueError } from "../../errors";
import { NDArray, cContiguousStrides } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { Storage, int64 } from "../dtype";
import { forEachRun } from "../iterate";
import { normalizeAxis } from "../shape";
import type { Reduced } from "./core";
import { ascontiguousarray } from "../contiguous";
import { Signature, pyfunction, signature } from "../../signature";
import { OUT } from "../params";
import { toOut } from "./masked";

const ARG_SPEC = { types: { axis: "int|None", keepdims: "bool", out: OUT }, defaults: { keepdims: false } };
const ARGMAX = signature("numpy.argmax(a, axis=None, out=None, *, keepdims=<no value>)", ARG_SPEC);
const ARGMIN = signature("numpy.argmin(a, axis=None, out=None, *, keepdims=<no value>)", ARG_SPEC);

/** An argmax/argmin call's options, bound by its signature (only called when there are options). */
function bound(sig: Signature, args: IArguments): ArgOptions & { a: ArrayLike; out?: NDArray | null } {
  return sig.bind(args) as ArgOptions & { a: ArrayLike; out?: NDArray | null };
}

/** Keyword arguments of argmax/argmin. */
export interface ArgOptions {
  axis?: number | null;
  keepdims?: boolean;
}

/** First index of the extreme of a run; NaN wins at once, as in NumPy. */
function argRun(data: Storage, start: number, step: number, n: number, wantMax: boolean): number {
  if (step === 1 && n >= 16) return argDense(data, start, n, wantMax ? 1 : -1);
  return argSequential(data, start, step, n, wantMax);
}

function argSequential(data: Storage, start: number, step: number, n: number, wantMax: boolean): number {
  let best = data[start];
  if (best !== best) return 0;
  let bestIndex = 0;
  let pos = start + step;
  if (wantMax) {
    for (let i = 1; i < n; i++, pos += step) {
      const x = data[pos];
      // one comparison per element: false for a smaller or equal x, true for a larger x or NaN
      if (!(x <= best)) {
        if (x !== x) return i;
        best = x;
        bestIndex = i;
      }
    }
  } else {
    for (let i = 1; i < n; i++, pos += step) {
      const x = data[pos];
      if (!(x >= best)) {
        if (x !== x) return i;
        best = x;
        bestIndex = i;
      }
    }
  }
  return bestIndex;
}

/**
 * argRun over a contiguous run in four interleaved lanes (independent comparisons, each lane
 * keeping its first extreme), joined so that equal values go to the smallest index. `sign` is
 * 1 for argmax and -1 for argmin (the argmax of the negated values: the same ties). A NaN
 * (which passes the "not smaller or equal" test) sends the run back to the sequential loop,
 * which finds the first one.
 */
function argDense(d: Storage, s: number, n: number, sign: 1 | -1): number {
  const wantMax = sign === 1;
  let b0 = sign * d[s], b1 = sign * d[s + 1], b2 = sign * d[s + 2], b3 = sign * d[s + 3];
  if (!(b0 === b0 && b1 === b1 && b2 === b2 && b3 === b3)) return argSequential(d, s, 1, n, wantMax);
  let i0 = 0, i1 = 1, i2 = 2, i3 = 3;
  let i = 4;
  for (; i + 4 <= n; i += 4) {
    const x0 = sign * d[s + i], x1 = sign * d[s + i + 1], x2 = sign * d[s + i + 2], x3 = sign * d[s + i + 3];
    if (!(x0 <= b0)) { if (x0 !== x0) return argSequential(d, s, 1, n, wantMax); b0 = x0; i0 = i; }
    if (!(x1 <= b1)) { if (x1 !== x1) return argSequential(d, s, 1, n, wantMax); b1 = x1; i1 = i + 1; }
    if (!(x2 <= b2)) { if (x2 !== x2) return argSequential(d, s, 1, n, wantMax); b2 = x2; i2 = i + 2; }
    if (!(x3 <= b3)) { if (x3 !== x3) return argSequential(d, s, 1, n, wantMax); b3 = x3; i3 = i + 3; }
  }
  let best = b0, bestIndex = i0;
  if (b1 > best || (b1 === best && i1 < bestIndex)) { best = b1; bestIndex = i1; }
  if (b2 > best || (b2 === best && i2 < bestIndex)) { best = b2; bestIndex = i2; }
  if (b3 > best || (b3 === best && i3 < bestIndex)) { best = b3; bestIndex = i3; }
  for (; i < n; i++) {
    const x = sign * d[s + i];
    if (!(x <= best)) {
      if (x !== x) return i;
      best = x;
      bestIndex = i;
    }
  }
  return bestIndex;
}

function argReduce(a: ArrayLike, opts: ArgOptions | undefined, wantMax: boolean): NDArray | number {
  const name = wantMax ? "argmax" : "argmin";
  let arr = asarray(a);
  if (arr.dtype.kind === "c") return complexArg(arr, (opts?.axis ?? null) as number | null, opts?.keepdims === true, wantMax, false);
  // NumPy reduces a 0-d array as its 1-element ravel
  if (arr.ndim === 0 && opts?.axis !== undefined && opts.axis !== null) arr = new NDArray(arr.data, [1], [1], arr.offset, arr.dtype);
  const axisArg = opts?.axis;
  if (axisArg === undefined || axisArg === null) {
    if (arr.size === 0) throw new ValueError(`attempt to get ${name} of an empty sequence`);
    arr = ascontiguousarray(arr);
    const idx = argRun(arr.data, arr.offset, 1, arr.size, wantMax);
    if (!opts?.keepdims) return idx;
    const out = new NDArray(new Float64Array([idx]), arr.shape.map(() => 1), arr.shape.map(() => 0), 0, int64);
    return out;
  }
  const axis = normalizeAxis(axisArg, arr.ndim);
  const n = arr.shape[axis];
  if (n === 0) throw new ValueError(`attempt to get ${name} of an empty sequence`);
  const keptShape = arr.shape.filter((_, i) => i !== axis);
  const keptStrides = arr.strides.filter((_, i) => i !== axis);
  const out = new NDArray(new Float64Array(keptShape.reduce((p, d) => p * d, 1)), keptShape, cContiguousStrides(keptShape), 0, int64);
  const o = out.data;
  const src = arr.data;
  const step = arr.strides[axis];
  let outPos = 0;
  forEachRun(keptShape, [{ data: src, offset: arr.offset, strides: keptStrides }], (pos, steps, count) => {
    let bufferPos = pos[0];
    for (let i = 0; i < count; i++) {
      o[outPos++] = argRun(src, bufferPos, step, n, wantMax);
      bufferPos += steps[0];
    }
  });
  if (!opts?.keepdims) return out;
  return out.reshape(arr.shape.map((d, i) => (i === axis ? 1 : d)));
}

/** `numpy.argmax(a, axis=None, out=None, *, keepdims=<no value>)`: flat index (or indices along axis) of the first maximum. */
export function argmax<O extends ArgOptions = {}>(a: ArrayLike, opts?: O & { a?: ArrayLike; out?: NDArray | null }): Reduced<O>;
export function argmax(a: ArrayLike, axis: number | null, ...rest: [out?: NDArray | null, options?: { out?: NDArray | null; keepdims?: boolean }] | [options?: { out?: NDArray | null; keepdims?: boolean }]): NDArray | number;
export function argmax(input: ArrayLike, _axis?: unknown, _out?: unknown, _options?: unknown): NDArray | number {
  const opts = arguments.length === 1 ? undefined : bound(ARGMAX, arguments);
  const a = opts === undefined ? input : opts.a;
  return toOut(argReduce(a, opts, true), opts?.out) as NDArray | number;
}
pyfunction(ARGMAX, argmax);

/** `numpy.argmin(a, axis=None, out=None, *, keepdims=<no value>)`: flat index (or indices along axis) of the first minimum. */
export function argmin<O extends ArgOptions = {}>(a: ArrayLike, opts?: O & { a?: ArrayLike; out?: NDArray | null }): Reduced<O>;
export function argmin(a: ArrayLike, axis: number | null, ...rest: [out?: NDArray | null, options?: { out?: NDArray | null; keepdims?: boolean }] | [options?: { out?: NDArray | null; keepdims?: boolean }]): NDArray | number;
export function argmin(input: ArrayLike, _axis?: unknown, _out?: unknown, _options?: unknown): NDArray | number {
  const opts = arguments.length === 1 ? undefined : bound(ARGMIN, arguments);
  const a = opts === undefined ? input : opts.a;
  return toOut(argReduce(a, opts, false), opts?.out) as NDArray | number;
}
pyfunction(ARGMIN, argmin);
