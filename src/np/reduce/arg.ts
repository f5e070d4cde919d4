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
  let best = data[start];
  if (best !== best) return 0;
  let bestIndex = 0;
  let pos = start + step;
  if (wantMax) {
    for (let i = 1; i < n; i++, pos += step) {
      const x = data[pos];
      if (x > best) {
        best = x;
        bestIndex = i;
      } else if (x !== x) return i;
    }
  } else {
    for (let i = 1; i < n; i++, pos += step) {
      const x = data[pos];
      if (x < best) {
        best = x;
        bestIndex = i;
      } else if (x !== x) return i;
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
