/**
 * The ufunc machinery: array-like operands, dtype resolution with NumPy 1.24's value-based
 * casting, broadcasting, output allocation or `out=` checks, and running a generated kernel
 * over the broadcast shape.
 */
import { PyTypeError, ValueError } from "../errors";
import { DType, Operand, Storage, can_cast, float64, int64, resultTypeOf } from "./dtype";
import { NDArray, cContiguousStrides } from "./ndarray";
import { assertWriteable } from "./flags";
import { ArrayLike, asarray } from "./create";
import { RowBody, coalescedPlane, forEachRun } from "./iterate";
import { BinaryKernel, UnaryKernel, binaryKernel, ternaryKernel, unaryKernel } from "./kernels";
import { astype, copyInto } from "./cast";
import { ascontiguousarray, isCContiguous } from "./contiguous";
import { allocating, uninitData } from "./alloc";
import { HEAP_MIN_BYTES } from "./heap/heap";
import { SimdOp } from "./wasm/elementwise";
import { runSimdBinary, runSimdPlane, simdPlan } from "./ufunc-simd";
import { CompareOp } from "./wasm/compare-kernels";
import { simdCompare } from "./compare-simd";
import { FpeClassifier, inPlaceInput, warnErrors } from "./ufuncs/fpe";
import { linearSearchType } from "./ufuncs/loop-search";
import { broadcastShapes, broadcastStrides, compactShape, isTupleShape, sameShape, shapeSize } from "./shape";
import { pyfunction, signature } from "../signature";
import { noComplexLoop, runComplexBinary, runComplexUnary } from "./complex/ufuncs";
import { partDType, partView } from "./complex/parts";
import { joinParts } from "./complex/reduce";
import { Float64Run } from "./ufuncs/float64-run";

/** Keyword arguments every ufunc takes. */
export interface UfuncOptions {
  /** Where to write the result (cast with casting="same_kind"). */
  out?: NDArray;
}

/** An operand made into an array, remembering whether it came as a scalar (0-d). */
export function operand(x: ArrayLike): { arr: NDArray; op: Operand } {
  const arr = asarray(x);
  const scalar = arr.ndim === 0;
  return { arr, op: { dtype: arr.dtype, scalar, value: scalar ? arr.data[arr.offset] : 0 } };
}

/** How one ufunc computes: its loop dtype for the promoted inputs, output dtype and expression. */
export interface UfuncSpec {
  name: string;
  /** The loop (computation) dtype for the promoted input dtype; throws for unsupported types. */
  loop(dt: DType): DType;
  /** The output dtype of the loop (bool for comparisons). */
  output(loop: DType): DType;
  /** The element expression over x (and y, z) for the loop dtype. */
  expr(loop: DType): string;
  /** The WebAssembly SIMD operation computing the float64 loop, when there is one. */
  simd?: SimdOp;
  /** The WebAssembly SIMD comparison computing the float64 loop into bool, for comparisons. */
  compare?: CompareOp;
  /**
   * A faster float64 loop over contiguous runs, o[oAt..] = f(x[xAt..]) for n elements; NotRun
   * when it cannot run here (the generated loop then runs instead).
   */
  float64Run?: (o: Float64Array, oAt: number, x: Float64Array, xAt: number, n: number) => Float64Run;
  /** Resolve the loop dtype by NumPy's linear loop search instead of result_type (floor_divide, remainder, power). */
  linearSearch?: boolean;
  /** Checks the inputs once the loop dtype and shapes are known (power's negative integer exponents). */
  validate?: (loop: DType, x: NDArray | number, y: NDArray | number) => void;
  /** Which elements raise NumPy's floating-point warnings in a float loop (default: NaN and overflow). */
  fpe?: FpeClassifier;
  /** The same for an integer loop (division by zero); none when absent. */
  intFpe?: FpeClassifier;
  /** @internal Kernels already looked up for this ufunc (filled on use). */
  kernels?: KernelEntry[];
}

/** @internal One compiled loop of a ufunc: loop dtype and storage types it was made for. */
export interface KernelEntry {
  loop: DType;
  o: Function;
  a: Function;
  b: Function | null;
  kernel: UnaryKernel | BinaryKernel;
}

/** The ufunc's kernel for this loop dtype and these storage types (cached on the spec). */
function binaryFor(spec: UfuncSpec, loop: DType, o: Storage, a: Storage, b: Storage): BinaryKernel {
  const list = spec.kernels ?? (spec.kernels = []);
  const oc = o.constructor, ac = a.constructor, bc = b.constructor;
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    if (e.loop === loop && e.o === oc && e.a === ac && e.b === bc) return e.kernel as BinaryKernel;
  }
  const kernel = binaryKernel(spec.expr(loop), o, a, b);
  list.push({ loop, o: oc, a: ac, b: bc, kernel });
  return kernel;
}

function unaryFor(spec: UfuncSpec, loop: DType, o: Storage, a: Storage): UnaryKernel {
  const list = spec.kernels ?? (spec.kernels = []);
  const oc = o.constructor, ac = a.constructor;
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    if (e.loop === loop && e.o === oc && e.a === ac && e.b === null) return e.kernel as UnaryKernel;
  }
  const kernel = unaryKernel(spec.expr(loop), o, a);
  list.push({ loop, o: oc, a: ac, b: null, kernel });
  return kernel;
}

/** A new C-ordered result array; its elements are all written by the caller. */
function newArray(shape: readonly number[], dt: DType): NDArray {
  const dims = isTupleShape(shape) ? shape : shape.slice();
  return new NDArray(allocating(dims, dt, () => uninitData(dt, shapeSize(dims))), dims, cContiguousStrides(dims), 0, dt);
}

function castError(name: string, from: DType, to: DType): PyTypeError {
  const e = new PyTypeError(`Cannot cast ufunc '${name}' output from dtype('${from.name}') to dtype('${to.name}') with casting rule 'same_kind'`);
  e.name = "UFuncTypeError";
  return e;
}

/**
 * Checks `out` against the inputs' shapes and the loop's output dtype; returns the iteration
 * shape (out's own shape, to which the inputs must broadcast).
 */
function checkOut(spec: UfuncSpec, out: NDArray, inputShapes: readonly (readonly number[])[], outDt: DType): readonly number[] {
  if (!(out instanceof NDArray)) throw new PyTypeError("return arrays must be of ArrayType");
  // NumPy checks the output's casting before its shape
  if (outDt !== out.dtype && !can_cast(outDt, out.dtype, "same_kind")) throw castError(spec.name, outDt, out.dtype);
  let fits = true;
  for (const s of inputShapes) if (s.length > 0 && !sameShape(s, out.shape)) fits = false;
  if (!fits) {
    const all = [...inputShapes, out.shape];
    let full: number[];
    try {
      full = broadcastShapes(all);
    } catch {
      throw new ValueError(`operands could not be broadcast together with shapes ${all.map(compactShape).join(" ")} `);
    }
    if (!sameShape(full, out.shape)) {
      throw new ValueError(`non-broadcastable output operand with shape ${compactShape(out.shape)} doesn't match the broadcast shape ${compactShape(full)}`);
    }
  }
  return out.shape;
}

/** Inputs whose dtype differs from a float32 loop (scalars only, by promotion) are rounded first. */
function toLoop(arr: NDArray, loop: DType): NDArray {
  return arr.dtype.storage !== loop.storage && loop.kind === "f" && arr.dtype.kind === "f" ? astype(arr, loop) : arr;
}

/** An input sharing memory with the output in another layout is copied first (as NumPy does). */
function unalias(input: NDArray, target: NDArray): NDArray {
  if (input.data !== target.data) return input;
  if (input.offset === target.offset && sameShape(input.shape, target.shape) && sameShape(input.strides, target.strides)) return input;
  return astype(input, input.dtype);
}

/** True when `a` has exactly `shape` and is C-contiguous from its offset. */
function denseAs(a: NDArray, shape: readonly number[]): boolean {
  return (a.shape === shape || sameShape(a.shape, shape)) && isCContiguous(a);
}

/**
 * One-element buffers per storage type holding a Python-number operand in the loop's type
 * (two sets: both operands may be numbers). Only read by a kernel during one call.
 */
const SCALAR_SLOTS = [new Map<Function, Storage>(), new Map<Function, Storage>()];

function scalarSlot(which: 0 | 1, loop: DType, value: number): Storage {
  const slots = SCALAR_SLOTS[which];
  let s = slots.get(loop.storage);
  if (s === undefined) {
    s = new loop.storage(1);
    slots.set(loop.storage, s);
  }
  s[0] = value;
  return s;
}

/** Steps of a plane of one contiguous run: every operand dense, or one of them a Python number. */
const DENSE_STEPS = [1, 1, 1];
const NUMBER_FIRST_STEPS = [1, 0, 1];
const NUMBER_SECOND_STEPS = [1, 1, 0];
const ONE_ROW = [0, 0, 0];

/** A Python number's dtype: an integer beyond int64 can only have been a float in Python. */
const numberOperand = (v: number): Operand => ({ dtype: Number.isInteger(v) && Math.abs(v) < 2 ** 63 ? int64 : float64, scalar: true, value: v });

/**
 * A one-input ufunc over a C-contiguous real array into a fresh result: the general path's
 * loop without its `out`, aliasing and layout set-up.
 */
function runDenseUnary(spec: UfuncSpec, a: NDArray): NDArray {
  const loop = spec.loop(a.dtype);
  const outDt = spec.output(loop);
  const shape = a.shape;
  const target = newArray(shape, outDt);
  const o = target.data;
  const n = shapeSize(shape);
  const run = spec.float64Run;
  const ran = run === undefined || loop !== float64 ? Float64Run.NotRun : run(o as Float64Array, 0, a.data as Float64Array, a.offset, n);
  const finite = ran === Float64Run.NotRun ? unaryFor(spec, loop, o, a.data)(o, 0, 1, a.data, a.offset, 1, n) : ran === Float64Run.RanFinite;
  warnErrors(spec, loop, shape, target, a, null, finite);
  return target;
}

/** Runs a one-input ufunc. */
export function runUnary(spec: UfuncSpec, x: ArrayLike, opts?: UfuncOptions): NDArray {
  if (opts === undefined && x instanceof NDArray && x.dtype.kind !== "c" && isCContiguous(x)) return runDenseUnary(spec, x);
  if (opts?.out instanceof NDArray) assertWriteable(opts.out, "output array");
  let a = x instanceof NDArray ? x : operand(x).arr;
  if (a.dtype.kind === "c") return runComplexUnary(spec.name, a, opts?.out);
  const loop = spec.loop(a.dtype);
  const outDt = spec.output(loop);
  const out = opts?.out;
  const shape = out !== undefined ? checkOut(spec, out, [a.shape], outDt) : a.shape;
  const target = out !== undefined && out.dtype === outDt ? out : newArray(shape, outDt);
  const [input, checked] = inPlaceInput(spec, loop, unalias(a, target), target);
  a = input;
  const o = target.data;
  const ad = a.data;
  const kernel = unaryFor(spec, loop, o, ad);
  const ran = spec.float64Run !== undefined && loop === float64 && sameShape(a.shape, shape) ? runFloat64(spec.float64Run, target, a) : Float64Run.NotRun;
  const fast = ran !== Float64Run.NotRun;
  let finite = ran === Float64Run.RanFinite;
  if (!fast && denseAs(a, shape) && (target !== out || denseAs(target, shape))) {
    finite = kernel(o, target.offset, 1, ad, a.offset, 1, shapeSize(shape));
  } else if (!fast) {
    const input = { data: ad, offset: a.offset, strides: broadcastStrides(a.shape, a.strides, shape) };
    forEachRun(shape, [target, input], (pos, steps, n) => kernel(o, pos[0], steps[0], ad, pos[1], steps[1], n));
  }
  warnErrors(spec, loop, shape, target, checked, null, finite);
  if (out !== undefined && target !== out) copyInto(out, target, spec.name);
  return out ?? target;
}

/**
 * A spec's float64 loop over the whole of `target` from `a` (same shape), through contiguous
 * copies when either is strided, so every layout gets the same bits.
 */
function runFloat64(run: NonNullable<UfuncSpec["float64Run"]>, target: NDArray, a: NDArray): Float64Run {
  const x = isCContiguous(a) ? a : ascontiguousarray(a);
  const dst = isCContiguous(target) ? target : newArray(target.shape, float64);
  const ran = run(dst.data as Float64Array, dst.offset, x.data as Float64Array, x.offset, target.size);
  if (ran !== Float64Run.NotRun && dst !== target) copyInto(target, dst);
  return ran;
}

/**
 * A two-input ufunc over C-contiguous real arrays of one dtype and shape into a fresh result
 * (the common call): the general path's loop without its broadcasting, `out`, aliasing and
 * layout set-up.
 */
function runDenseBinary(spec: UfuncSpec, p: NDArray, q: NDArray): NDArray {
  const loop = spec.loop(p.dtype);
  const outDt = spec.output(loop);
  const a = toLoop(p, loop);
  const b = toLoop(q, loop);
  const shape = a.shape;
  if (spec.validate !== undefined) spec.validate(loop, a, b);
  const target = newArray(shape, outDt);
  const n = shapeSize(shape);
  const o = target.data;
  const kernel = binaryFor(spec, loop, o, a.data, b.data);
  // only arrays of HEAP_MIN_BYTES or more live in the heap, where the SIMD loops run
  const simd = n * outDt.itemsize >= HEAP_MIN_BYTES ? simdPlan(spec.simd, loop, target, a, b) : null;
  let finite = false;
  if (simd === null || !runSimdPlane(simd, { rows: 1, n, steps: DENSE_STEPS, rowSteps: ONE_ROW }, [0, a.offset, b.offset])) {
    if (!compareOnSimd(spec, loop, n, target, a, b)) finite = kernel(o, 0, 1, a.data, a.offset, 1, b.data, b.offset, 1, n);
  }
  warnErrors(spec, loop, shape, target, a, b, finite);
  return target;
}

/**
 * True when `y` is an input the small `out=` path takes beside a dense float64 `out`: a Python
 * number, or a dense float64 array of out's shape that is out itself or apart from its memory.
 */
function smallIntoOperand(y: ArrayLike, out: NDArray): boolean {
  if (typeof y === "number") return true;
  return y instanceof NDArray && y.dtype === float64 && (y.shape === out.shape || sameShape(y.shape, out.shape)) &&
    isCContiguous(y) && (y.data !== out.data || y.offset === out.offset);
}

/**
 * `ufunc(x, y, out=out)` for small dense float64 arrays of one shape (the in-place operators'
 * `g /= n`, `w -= g`): the general path's loop without its broadcasting and aliasing set-up.
 * Null when the call is not of that kind. Larger arrays take the general path, where the
 * output lives in the shared heap and the SIMD loops run.
 */
function runSmallInto(spec: UfuncSpec, x: ArrayLike, y: ArrayLike, out: NDArray): NDArray | null {
  if (!(out instanceof NDArray) || out.dtype !== float64) return null;
  const n = out.size;
  if (8 * n >= HEAP_MIN_BYTES || !isCContiguous(out)) return null;
  if (!smallIntoOperand(x, out) || !smallIntoOperand(y, out) || (typeof x === "number" && typeof y === "number")) return null;
  const loop = spec.loop(float64);
  if (loop !== float64 || spec.output(loop) !== float64 || spec.linearSearch) return null;
  assertWriteable(out, "output array");
  if (spec.validate !== undefined) spec.validate(loop, x as NDArray | number, y as NDArray | number);
  const o = out.data;
  const [first, firstChecked] = typeof x === "number" ? [null, x] : inPlaceInput(spec, loop, x as NDArray, out, y);
  const [second, secondChecked] = typeof y === "number" ? [null, y] : inPlaceInput(spec, loop, y as NDArray, out);
  const ad = first === null ? scalarSlot(0, loop, x as number) : first.data;
  const bd = second === null ? scalarSlot(1, loop, y as number) : second.data;
  const kernel = binaryFor(spec, loop, o, ad, bd);
  const finite = kernel(o, out.offset, 1, ad, first === null ? 0 : first.offset, first === null ? 0 : 1, bd, second === null ? 0 : second.offset, second === null ? 0 : 1, n);
  warnErrors(spec, loop, out.shape, out, firstChecked, secondChecked, finite);
  return out;
}

/** A float64 comparison of dense operands in the heap (HEAP_MIN_BYTES of them or more) into a bool target on SIMD; false when it did not run. */
function compareOnSimd(spec: UfuncSpec, loop: DType, n: number, target: NDArray, a: NDArray | number, b: NDArray | number): boolean {
  return spec.compare !== undefined && loop === float64 && 8 * n >= HEAP_MIN_BYTES && simdCompare(spec.compare, target, a, b, n);
}

/** Runs a two-input ufunc with broadcasting. */
export function runBinary(spec: UfuncSpec, x: ArrayLike, y: ArrayLike, opts?: UfuncOptions): NDArray {
  if (
    opts === undefined && x instanceof NDArray && y instanceof NDArray && x.dtype === y.dtype && x.dtype.kind !== "c" &&
    (x.shape === y.shape || sameShape(x.shape, y.shape)) && isCContiguous(x) && isCContiguous(y)
  ) {
    return runDenseBinary(spec, x, y);
  }
  if (opts !== undefined && opts.out !== undefined) {
    const done = runSmallInto(spec, x, y, opts.out);
    if (done !== null) return done;
  }
  if (opts?.out instanceof NDArray) assertWriteable(opts.out, "output array");
  // Python numbers stay numbers (no 0-d array); arrays are used as they are
  const xNum = typeof x === "number";
  const yNum = typeof y === "number";
  const p = xNum ? null : x instanceof NDArray ? x : operand(x).arr;
  const q = yNum ? null : y instanceof NDArray ? y : operand(y).arr;
  if (p?.dtype.kind === "c" || q?.dtype.kind === "c") return runComplexBinary(spec.name, p ?? asarray(x), q ?? asarray(y), xNum, yNum, opts?.out);
  let dt: DType;
  if (p !== null && q !== null && p.dtype === q.dtype) {
    dt = p.dtype;
  } else if ((p !== null && q === null && p.dtype === float64 && p.ndim > 0) || (q !== null && p === null && q.dtype === float64 && q.ndim > 0)) {
    dt = float64; // a float64 array with a Python number stays float64
  } else {
    const ops: Operand[] = [
      p === null ? numberOperand(x as number) : { dtype: p.dtype, scalar: p.ndim === 0, value: p.ndim === 0 ? p.data[p.offset] : 0 },
      q === null ? numberOperand(y as number) : { dtype: q.dtype, scalar: q.ndim === 0, value: q.ndim === 0 ? q.data[q.offset] : 0 },
    ];
    dt = spec.linearSearch ? linearSearchType(ops) : resultTypeOf(ops);
  }
  const loop = spec.loop(dt);
  const outDt = spec.output(loop);
  if (p === null || q === null) {
    if (p === null && q === null) return runBinary(spec, operand(x).arr, operand(y).arr, opts);
    if (spec.validate !== undefined) spec.validate(loop, p ?? (x as number), q ?? (y as number));
    return runWithNumber(spec, loop, outDt, (p ?? q) as NDArray, p === null ? (x as number) : (y as number), p === null, opts);
  }
  let a = toLoop(p, loop);
  let b = toLoop(q, loop);
  const out = opts?.out;
  const same = a.shape === b.shape || sameShape(a.shape, b.shape);
  const shape = out !== undefined
    ? checkOut(spec, out, [a.shape, b.shape], outDt)
    : same ? a.shape : broadcastShapes([a.shape, b.shape]);
  if (spec.validate !== undefined) spec.validate(loop, a, b);
  const target = out !== undefined && out.dtype === outDt ? out : newArray(shape, outDt);
  const [firstInput, first] = inPlaceInput(spec, loop, unalias(a, target), target);
  const [secondInput, second] = inPlaceInput(spec, loop, unalias(b, target), target);
  a = firstInput;
  b = secondInput;
  const o = target.data;
  const ad = a.data;
  const bd = b.data;
  const kernel = binaryFor(spec, loop, o, ad, bd);
  const simd = simdPlan(spec.simd, loop, target, a, b);
  let finite = false;
  if (same && denseAs(a, shape) && denseAs(b, shape) && (target !== out || denseAs(target, shape))) {
    const n = shapeSize(shape);
    const done = simd !== null ? runSimdPlane(simd, { rows: 1, n, steps: DENSE_STEPS, rowSteps: ONE_ROW }, [target.offset, a.offset, b.offset])
      : compareOnSimd(spec, loop, n, target, a, b);
    if (!done) finite = kernel(o, target.offset, 1, ad, a.offset, 1, bd, b.offset, 1, n);
  } else {
    const ops = [
      target,
      { data: ad, offset: a.offset, strides: broadcastStrides(a.shape, a.strides, shape) },
      { data: bd, offset: b.offset, strides: broadcastStrides(b.shape, b.strides, shape) },
    ];
    // a whole broadcast plane (matrix and row, say) in one SIMD call, else run by run
    const plane = simd !== null ? coalescedPlane(shape, ops) : null;
    if (simd === null || plane === null || !runSimdPlane(simd, plane, [target.offset, a.offset, b.offset])) {
      const body: RowBody = simd !== null
        ? (pos, steps, n) => runSimdBinary(simd, kernel, o, ad, bd, pos, steps, n)
        : (pos, steps, n) => kernel(o, pos[0], steps[0], ad, pos[1], steps[1], bd, pos[2], steps[2], n);
      forEachRun(shape, ops, body);
    }
  }
  warnErrors(spec, loop, shape, target, first, second, finite);
  if (out !== undefined && target !== out) copyInto(out, target, spec.name);
  return out ?? target;
}

/** A binary ufunc of an array and a Python number (`numFirst`: the number is x1). */
function runWithNumber(spec: UfuncSpec, loop: DType, outDt: DType, arr: NDArray, value: number, numFirst: boolean, opts?: UfuncOptions): NDArray {
  let a = toLoop(arr, loop);
  const out = opts?.out;
  const shape = out !== undefined ? checkOut(spec, out, numFirst ? [[], a.shape] : [a.shape, []], outDt) : a.shape;
  const target = out !== undefined && out.dtype === outDt ? out : newArray(shape, outDt);
  const [arrayInput, arrayChecked] = inPlaceInput(spec, loop, unalias(a, target), target, numFirst ? undefined : value);
  a = arrayInput;
  const o = target.data;
  const ad = a.data;
  const sd = scalarSlot(numFirst ? 0 : 1, loop, value);
  const kernel = numFirst ? binaryFor(spec, loop, o, sd, ad) : binaryFor(spec, loop, o, ad, sd);
  let finite = false;
  if (denseAs(a, shape) && (target !== out || denseAs(target, shape))) {
    const n = shapeSize(shape);
    // a fresh result below HEAP_MIN_BYTES is not in the heap, where the SIMD loops run
    const simd = out === undefined && n * outDt.itemsize < HEAP_MIN_BYTES ? null
      : numFirst ? simdPlan(spec.simd, loop, target, sd[0] as number, a) : simdPlan(spec.simd, loop, target, a, sd[0] as number);
    const plane = simd === null ? null : { rows: 1, n, steps: numFirst ? NUMBER_FIRST_STEPS : NUMBER_SECOND_STEPS, rowSteps: ONE_ROW };
    const done = simd !== null ? runSimdPlane(simd, plane!, numFirst ? [target.offset, 0, a.offset] : [target.offset, a.offset, 0])
      : numFirst ? compareOnSimd(spec, loop, n, target, value, a) : compareOnSimd(spec, loop, n, target, a, value);
    if (!done && numFirst) finite = kernel(o, target.offset, 1, sd, 0, 0, ad, a.offset, 1, n);
    else if (!done) finite = kernel(o, target.offset, 1, ad, a.offset, 1, sd, 0, 0, n);
  } else {
    const input = { data: ad, offset: a.offset, strides: broadcastStrides(a.shape, a.strides, shape) };
    const num = { data: sd, offset: 0, strides: shape.map(() => 0) };
    forEachRun(shape, numFirst ? [target, num, input] : [target, input, num], (pos, steps, n) =>
      kernel(o, pos[0], steps[0], numFirst ? sd : ad, pos[1], steps[1], numFirst ? ad : sd, pos[2], steps[2], n));
  }
  const num = sd[0] as number;
  if (numFirst) warnErrors(spec, loop, shape, target, num, arrayChecked, finite);
  else warnErrors(spec, loop, shape, target, arrayChecked, num, finite);
  if (out !== undefined && target !== out) copyInto(out, target, spec.name);
  return out ?? target;
}

/**
 * Runs a three-input element function with broadcasting (np.where, np.clip); `loop` is the
 * output dtype, `expr` is over x, y, z.
 */
export function runTernary(name: string, expr: string, loop: DType, a: NDArray, b: NDArray, c: NDArray, out?: NDArray): NDArray {
  const spec: UfuncSpec = { name, loop: (d) => d, output: (d) => d, expr: () => expr };
  if (loop.kind === "c") {
    // np.where over complex values: the choice made for each part (the condition is real)
    if (name !== "where") throw noComplexLoop(name);
    const part = (arr: NDArray, k: 0 | 1) => partView(arr.dtype === loop ? arr : astype(arr, loop), k);
    const re = runTernary(name, expr, partDType(loop), a, part(b, 0), part(c, 0));
    const im = runTernary(name, expr, partDType(loop), a, part(b, 1), part(c, 1));
    const joined = joinParts(re, im, loop) as NDArray;
    if (out === undefined) return joined;
    copyInto(out, joined, name);
    return out;
  }
  if (out !== undefined) assertWriteable(out, "output array");
  const shape = out !== undefined ? checkOut(spec, out, [a.shape, b.shape, c.shape], loop) : broadcastShapes([a.shape, b.shape, c.shape]);
  const target = out !== undefined && out.dtype === loop ? out : newArray(shape, loop);
  const ad = unalias(toLoop(a, loop), target);
  const bd = unalias(toLoop(b, loop), target);
  const cd = unalias(toLoop(c, loop), target);
  const kernel = ternaryKernel(expr, target.data, ad.data, bd.data, cd.data);
  const o = target.data;
  forEachRun(
    shape,
    [
      target,
      { data: ad.data, offset: ad.offset, strides: broadcastStrides(ad.shape, ad.strides, shape) },
      { data: bd.data, offset: bd.offset, strides: broadcastStrides(bd.shape, bd.strides, shape) },
      { data: cd.data, offset: cd.offset, strides: broadcastStrides(cd.shape, cd.strides, shape) },
    ],
    (pos, steps, n) => kernel(o, pos[0], steps[0], ad.data, pos[1], steps[1], bd.data, pos[2], steps[2], cd.data, pos[3], steps[3], n),
  );
  if (out !== undefined && target !== out) copyInto(out, target, spec.name);
  return out ?? target;
}

const RESULT_TYPE = signature("numpy.result_type(*arrays_and_dtypes)");

/**
 * `numpy.result_type(*arrays_and_dtypes)`: the dtype NumPy's ufuncs would compute in, with
 * 1.24's value-based casting for numbers and 0-d arrays.
 */
export function result_type(...arrays_and_dtypes: (ArrayLike | DType)[]): DType {
  if (arrays_and_dtypes.length > 0 && Object.getPrototypeOf(arrays_and_dtypes[arrays_and_dtypes.length - 1]) === Object.prototype) {
    RESULT_TYPE.bind(arrays_and_dtypes);
  }
  return resultTypeOf(
    arrays_and_dtypes.map((x) => (x instanceof DType ? { dtype: x, scalar: false, value: 0 } : operand(x).op)),
  );
}
pyfunction(RESULT_TYPE, result_type);
