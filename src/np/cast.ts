/**
 * Casting between dtypes: astype and the copy-with-cast used by assignment and ufunc outputs.
 */
import { allocating, uninitStorage } from "./alloc";
import { DType, DTypeLike, dtype as toDType, float64 } from "./dtype";
import { partView } from "./complex/parts";
import { NDArray, cContiguousStrides } from "./ndarray";
import { Strided, forEachRun } from "./iterate";
import { foldKernel, unaryKernel } from "./kernels";
import { warn } from "./warnings";
import { broadcastStrides, broadcastShapes, compactShape, shapeSize } from "./shape";
import { OverflowError, ValueError } from "../errors";
import { SimdCast, simdCast } from "./cast-simd";

/**
 * Float to integer casts as NumPy's C loops give them on x86-64: values the processor's
 * conversion cannot hold (NaN, infinities, out of range) become its "integer indefinite"
 * (INT32_MIN or INT64_MIN, which narrower types then wrap to 0); the rest truncate toward zero
 * and wrap on store (TypedArrays wrap as C does). Float64Array-backed int64/uint64 truncate
 * explicitly. Each entry: the cast, and the test for NumPy's "invalid value" flag.
 */
const FLOAT_TO_INT: Record<string, { cast: string; invalid: string }> = {
  int64: {
    cast: "(x >= -9223372036854775808 && x < 9223372036854775808 ? Math.trunc(x) + 0 : -9223372036854775808)",
    invalid: "!(x >= -9223372036854775808 && x < 9223372036854775808)",
  },
  uint64: {
    cast: "(x > -1 && x < 18446744073709551616 ? Math.trunc(x) + 0 : x <= -1 && x > -9223372036854775809 ? 18446744073709551616 + Math.trunc(x) : x >= 18446744073709551616 ? 0 : 9223372036854775808)",
    invalid: "!(x > -9223372036854775809 && x < 18446744073709551616)",
  },
  int32: { cast: "(x > -2147483649 && x < 2147483648 ? x : -2147483648)", invalid: "!(x > -2147483649 && x < 2147483648)" },
  uint32: {
    cast: "(x > -2147483649 && x < 4294967296 ? x : x >= 4294967296 ? 0 : 2147483648)",
    invalid: "!(x > -9223372036854775809 && x < 18446744073709551616)",
  },
  narrow: { cast: "(x > -2147483649 && x < 2147483648 ? x : 0)", invalid: "!(x > -2147483649 && x < 2147483648)" },
};

function floatToInt(to: DType): { cast: string; invalid: string } {
  return FLOAT_TO_INT[to.name] ?? FLOAT_TO_INT.narrow;
}

/** The per-element expression casting a value of `from` to `to` (over `x`). */
export function castExpr(from: DType, to: DType): string {
  if (to.kind === "b") return from.kind === "b" ? "x" : "(x !== 0 ? 1 : 0)";
  if (from.kind === "f" && (to.kind === "i" || to.kind === "u")) return floatToInt(to).cast;
  // the Float64Array-backed 64-bit types wrap by hand (exact while the result fits a double)
  if (to.name === "uint64" && from.kind === "i") return "(x < 0 ? 18446744073709551616 + x : x)";
  if (to.name === "int64" && from.name === "uint64") return "(x >= 9223372036854775808 ? x - 18446744073709551616 : x)";
  return "x";
}

/**
 * The test flagging an element NumPy warns about in this cast ("invalid value encountered in
 * cast" for floats into integers, "overflow encountered in cast" for float64 into float32), or
 * null when the cast never warns.
 */
function castWarning(from: DType, to: DType): { test: string; message: string } | null {
  if (from.kind !== "f") return null;
  if (to.kind === "i" || to.kind === "u") return { test: floatToInt(to).invalid, message: "invalid value encountered in cast" };
  if (from.itemsize === 8 && to.itemsize === 4) {
    return { test: "(x - x === 0 && Math.abs(Math.fround(x)) === Infinity)", message: "overflow encountered in cast" };
  }
  return null;
}

/** Whether some element of `src` (over `shape`) casts with a floating-point error. */
function castFlagged(src: Strided, shape: readonly number[], test: string): boolean {
  const fold = foldKernel(`(acc !== 0 || ${test} ? 1 : 0)`, src.data);
  let flagged = 0;
  forEachRun(shape, [src], (pos, steps, n) => {
    if (flagged === 0) flagged = fold(0, src.data, pos[0], steps[0], n);
  });
  return flagged !== 0;
}

/** Warns once, as NumPy does, when some element of `src` (over `shape`) casts with a floating-point error. */
function warnForCast(src: Strided, shape: readonly number[], from: DType, to: DType, operation: string): void {
  const check = castWarning(from, to);
  if (check !== null && castFlagged(src, shape, check.test)) warn(check.message.replace(/cast$/, operation));
}

/** Whether casting `a` to `to` raises NumPy's "invalid value" (or overflow) flag for some element. */
export function castWouldWarn(a: NDArray, to: DType): boolean {
  const check = castWarning(a.dtype, to);
  return check !== null && castFlagged(a, a.shape, check.test);
}

/**
 * Copies `src` into the view `dst`, casting to dst's dtype and broadcasting src's shape to
 * dst's (NumPy's "could not broadcast input array from shape ... into shape ..." otherwise).
 */
export function copyInto(dst: NDArray, src: NDArray, operation = "cast"): void {
  let srcStrides: number[];
  try {
    const b = broadcastShapes([src.shape, dst.shape]);
    if (b.length !== dst.shape.length || b.some((d, i) => d !== dst.shape[i])) throw new Error();
    srcStrides = broadcastStrides(src.shape, src.strides, dst.shape);
  } catch {
    throw new ValueError(`could not broadcast input array from shape ${compactShape(src.shape)} into shape ${compactShape(dst.shape)}`);
  }
  if (src.dtype.kind === "c" || dst.dtype.kind === "c") {
    copyComplex(dst, new NDArray(src.data, dst.shape, srcStrides, src.offset, src.dtype), operation);
    return;
  }
  const source = { data: src.data, offset: src.offset, strides: srcStrides };
  if (src.dtype !== dst.dtype) {
    // the SIMD casts check float32 overflow themselves
    const simd = simdCast(dst, src);
    if (simd === SimdCast.Overflowed) warn(`overflow encountered in ${operation}`);
    if (simd !== SimdCast.NotRun) return;
    warnForCast(source, dst.shape, src.dtype, dst.dtype, operation);
  }
  const kernel = unaryKernel(castExpr(src.dtype, dst.dtype), dst.data, src.data);
  const o = dst.data;
  const a = src.data;
  const same = src.dtype === dst.dtype;
  forEachRun(dst.shape, [dst, source], (pos, steps, n) => {
    // contiguous runs of one dtype are block copies (set copies through a clone when they overlap)
    if (same && n >= BLOCK_COPY && steps[0] === 1 && steps[1] === 1) o.set(a.subarray(pos[1], pos[1] + n) as never, pos[0]);
    else kernel(o, pos[0], steps[0], a, pos[1], steps[1], n);
  });
}

/** Runs at least this long are copied by TypedArray.set rather than element by element. */
const BLOCK_COPY = 32;

let zero: NDArray | undefined;

/** copyInto where either side is complex (`src` already broadcast to dst's shape), part by part. */
function copyComplex(dst: NDArray, src: NDArray, operation: string): void {
  if (dst.dtype.kind !== "c") {
    warn("Casting complex values to real discards the imaginary part", "ComplexWarning");
    copyInto(dst, partView(src, 0), operation);
  } else if (src.dtype.kind !== "c") {
    copyInto(partView(dst, 0), src, operation);
    copyInto(partView(dst, 1), (zero ??= NDArray.fromStorage(new Float64Array(1), [], float64)), operation);
  } else {
    copyInto(partView(dst, 0), partView(src, 0), operation);
    copyInto(partView(dst, 1), partView(src, 1), operation);
  }
}

/**
 * A new C-contiguous array with a's values cast to `dt`; NumPy's cast warnings name
 * `operation` ("invalid value encountered in cast", or "... in reduce" for a reduction's dtype).
 */
export function astype(a: NDArray, dt: DTypeLike, operation = "cast"): NDArray {
  const to = toDType(dt);
  const shape = a.shape.slice();
  const out = new NDArray(allocating(shape, to, () => uninitStorage(to.storage, shapeSize(shape))), shape, cContiguousStrides(shape), 0, to);
  copyInto(out, a, operation);
  return out;
}

const OUT_OF_BOUND_INT = (value: number, dt: DType): string =>
  "NumPy will stop allowing conversion of out-of-bound Python integers to integer arrays.  " +
  `The conversion of ${value} to ${dt.name} will fail in the future.\n` +
  "For the old behavior, usually:\n    np.array(value).astype(dtype)`\nwill give the desired result (the cast overflows).";

/**
 * A Python number assigned into an array of `dt` (`a[i] = value`), as NumPy 1.24 converts it:
 * NaN and infinities into integers raise (ValueError / OverflowError), numbers beyond int64
 * raise OverflowError, out-of-range integers warn (DeprecationWarning) and wrap, float64
 * overflowing float32 warns. Returns the value to store (wrapping happens on store).
 */
export function pythonNumberInto(value: number, dt: DType): number {
  if (dt.kind === "b") return value !== 0 ? 1 : 0;
  if (dt.kind === "f" || dt.kind === "c") {
    if (dt.itemsize === 4 && Number.isFinite(value) && !Number.isFinite(Math.fround(value))) warn("overflow encountered in cast");
    return value;
  }
  if (Number.isNaN(value)) throw new ValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(value)) throw new OverflowError("cannot convert float infinity to integer");
  const int = Math.trunc(value);
  if (int >= 2 ** 63 || int < -(2 ** 63)) throw new OverflowError("Python int too large to convert to C long");
  const bits = dt.itemsize * 8;
  const lo = dt.kind === "u" ? 0 : -(2 ** (bits - 1));
  const hi = dt.kind === "u" ? 2 ** bits : 2 ** (bits - 1);
  if (Number.isInteger(value) && (int < lo || int >= hi)) warn(OUT_OF_BOUND_INT(int, dt), "DeprecationWarning");
  // stores wrap the narrow types; uint64 in a Float64Array wraps here
  return dt.name === "uint64" && int < 0 ? 2 ** 64 + int : int + 0;
}
