/**
 * NumPy's floating-point error warnings for ufuncs ("divide by zero encountered in divide",
 * "overflow ...", "invalid value ..."). NumPy reads the processor's status flags after a loop;
 * here the result is scanned once for NaN and infinities (cheap, and usually clean), and only
 * a result holding some is classified element by element against the inputs.
 */
import type { DType, Storage } from "../dtype";
import { NDArray } from "../ndarray";
import { astype } from "../cast";
import { broadcastStrides } from "../shape";
import type { UfuncSpec } from "../ufunc";
import { Strided, forEachRun } from "../iterate";
import { foldKernel } from "../kernels";
import { warnFloatErrors } from "../warnings";
import { heapHasNonFinite } from "../wasm/finite";

export const DIVIDE = 1;
export const OVERFLOW = 2;
export const INVALID = 4;

/** The error flags one element raised: r = f(x, y) (y is 0 for one-input functions). */
export type FpeClassifier = (r: number, x: number, y: number) => number;

const finite = (v: number): boolean => v - v === 0;

/** NaN out of non-NaN inputs is invalid; an infinity out of finite inputs is an overflow. */
export const floatErrors: FpeClassifier = (r, x, y) => {
  if (r !== r) return x !== x || y !== y ? 0 : INVALID;
  if (!finite(r) && finite(x) && finite(y)) return OVERFLOW;
  return 0;
};

/** Division: a finite non-zero number over zero divides by zero. */
export const divisionErrors: FpeClassifier = (r, x, y) => (y === 0 && x !== 0 && finite(x) ? DIVIDE : floatErrors(r, x, y));

/** Floor division by zero: divide by zero for finite numbers, invalid for 0 and NaN (as NumPy's loop). */
export const floorDivisionErrors: FpeClassifier = (r, x, y) =>
  y === 0 ? (x === 0 || x !== x ? INVALID : finite(x) ? DIVIDE : 0) : floatErrors(r, x, y);

/** Power: zero to a negative power divides by zero. */
export const powerErrors: FpeClassifier = (r, x, y) => (x === 0 && y < 0 ? DIVIDE : floatErrors(r, x, y));

/** Logarithms: the pole (log(0), log1p(-1)) divides by zero. */
export function logErrors(pole: number): FpeClassifier {
  return (r, x, y) => (x === pole ? DIVIDE : floatErrors(r, x, y));
}

/** Integer remainder: a zero divisor. */
export const integerRemainderErrors: FpeClassifier = (r, x, y) => (y === 0 ? DIVIDE : 0);

/** Integer floor division: a zero divisor, and MIN // -1 (which wraps back to MIN) overflows. */
export const integerDivisionErrors: FpeClassifier = (r, x, y) => (y === 0 ? DIVIDE : y === -1 && x < 0 && r === x ? OVERFLOW : 0);

/** True when a contiguous run holds a NaN or an infinity (x * 0 is NaN exactly for those). */
function runHasNonFinite(d: Storage, start: number, n: number): boolean {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = start;
  const end = start + n;
  for (; i + 4 <= end; i += 4) {
    s0 += d[i] * 0;
    s1 += d[i + 1] * 0;
    s2 += d[i + 2] * 0;
    s3 += d[i + 3] * 0;
  }
  for (; i < end; i++) s0 += d[i] * 0;
  return s0 + s1 + s2 + s3 !== 0;
}

/** True when float storage seen over `shape` holds a NaN or an infinity. */
export function hasNonFinite(target: Strided, shape: readonly number[]): boolean {
  let step = 1;
  let dense = true;
  for (let k = shape.length - 1; k >= 0; k--) {
    if (shape[k] !== 1 && target.strides[k] !== step) dense = false;
    step *= shape[k];
  }
  if (dense) {
    const d = target.data;
    const head = step - (step % 8);
    if (head >= 4096 && d instanceof Float64Array) {
      const found = heapHasNonFinite(d, target.offset, head);
      if (found !== null) return found || runHasNonFinite(d, target.offset + head, step - head);
    }
    return runHasNonFinite(d, target.offset, step);
  }
  const fold = foldKernel("(acc !== 0 || x - x !== 0 ? 1 : 0)", target.data);
  let found = 0;
  forEachRun(shape, [target], (pos, steps, n) => {
    if (found === 0) found = fold(0, target.data, pos[0], steps[0], n);
  });
  return found !== 0;
}

/**
 * Warns as NumPy's ufunc `name` would after writing `target` from `x` (and `y`), all seen over
 * `shape`, classifying every element (callers first check the result for NaN and infinities).
 */
export function warnUfuncErrors(
  name: string, classify: FpeClassifier, shape: readonly number[], target: Strided, x: Strided, y: Strided | null,
): void {
  let flags = 0;
  const o: Storage = target.data;
  const a: Storage = x.data;
  const b: Storage | null = y === null ? null : y.data;
  const ops = y === null ? [target, x] : [target, x, y];
  forEachRun(shape, ops, (pos, steps, n) => {
    let op = pos[0];
    let ap = pos[1];
    let bp = b === null ? 0 : pos[2];
    const bs = b === null ? 0 : steps[2];
    for (let i = 0; i < n; i++) {
      flags |= classify(o[op], a[ap], b === null ? 0 : b[bp]);
      op += steps[0];
      ap += steps[1];
      bp += bs;
    }
  });
  if (flags !== 0) warnFloatErrors(name, { divide: (flags & DIVIDE) !== 0, overflow: (flags & OVERFLOW) !== 0, invalid: (flags & INVALID) !== 0 });
}

/**
 * An operand as the warning check reads it: an input array, a Python number, or a stand-in
 * (see inPlaceInput). Turned into a strided view only when a check needs the values.
 */
export type Checked = NDArray | number | typeof FINITE_STAND_IN;

/** Stands for an all-finite input that the loop overwrote (only finiteness matters to the default check). */
const FINITE_STAND_IN = { standIn: true } as const;

function checkedAs(x: Checked, shape: readonly number[]): Strided {
  if (x instanceof NDArray) return { data: x.data, offset: x.offset, strides: broadcastStrides(x.shape, x.strides, shape) };
  const value = typeof x === "number" ? x : 1;
  return { data: new Float64Array([value]), offset: 0, strides: shape.map(() => 0) };
}

/**
 * NumPy's floating-point warnings for a finished loop (target over shape, from x and y);
 * `finite`: the loop found every result finite already (nothing to warn about in a float loop).
 */
export function warnErrors(spec: UfuncSpec, loop: DType, shape: readonly number[], target: NDArray, x: Checked, y: Checked | null, finite = false): void {
  if (loop.kind === "f") {
    if (!finite && target.dtype.kind === "f" && hasNonFinite(target, shape)) {
      warnUfuncErrors(spec.name, spec.fpe ?? floatErrors, shape, target, checkedAs(x, shape), y === null ? null : checkedAs(y, shape));
    }
  } else if (spec.intFpe !== undefined && !(typeof y === "number" && y !== 0 && y !== -1)) {
    // integer division: only a divisor of 0 (or -1, for MIN // -1) can raise
    warnUfuncErrors(spec.name, spec.intFpe, shape, target, checkedAs(x, shape), y === null ? null : checkedAs(y, shape));
  }
}

/**
 * An input that the loop overwrites (in-place operators) cannot be read back to classify
 * NumPy's warnings: one holding NaN or infinities (or any, for division-like ufuncs) is copied
 * first; an all-finite one is then stood for by a finite number. `other` is the second input
 * when `a` is the first. Returns the input to compute from and what the check reads.
 */
export function inPlaceInput(spec: UfuncSpec, loop: DType, a: NDArray, target: NDArray, other?: unknown): [NDArray, Checked] {
  if (a.data !== target.data || loop.kind !== "f" || target.dtype.kind !== "f") return [a, a];
  // the default classification needs only finiteness; division-like ones need the values,
  // except beside a positive Python number, where they classify as the default one does
  const needsValues = spec.fpe !== undefined && !(typeof other === "number" && other > 0 && other < Infinity);
  if (needsValues || hasNonFinite(a, a.shape)) {
    const copy = astype(a, a.dtype);
    return [copy, copy];
  }
  return [a, FINITE_STAND_IN];
}
