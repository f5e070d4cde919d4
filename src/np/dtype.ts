/**
 * NumPy dtypes and the TypedArray each one is stored in.
 * int64 and uint64 live in Float64Array storage with integer semantics: exact to 2^53.
 */
import { inspect } from "node:util";
import { PyTypeError } from "../errors";

export type DTypeName =
  | "bool"
  | "int8" | "int16" | "int32" | "int64"
  | "uint8" | "uint16" | "uint32" | "uint64"
  | "float32" | "float64";

/** NumPy's dtype kind codes: b(ool), i(nt), u(nsigned), f(loat). */
export type DTypeKind = "b" | "i" | "u" | "f";

export type Storage =
  | Uint8Array | Int8Array | Int16Array | Int32Array
  | Uint16Array | Uint32Array | Float32Array | Float64Array;

export type StorageConstructor = {
  new (length: number): Storage;
  new (buffer: ArrayBufferLike, byteOffset?: number, length?: number): Storage;
  readonly BYTES_PER_ELEMENT: number;
};

/** A NumPy dtype: its name, kind, item size in bytes and the TypedArray that stores it. */
export class DType {
  /** @internal */
  constructor(
    readonly name: DTypeName,
    readonly kind: DTypeKind,
    readonly itemsize: number,
    readonly storage: StorageConstructor,
  ) {}

  /** The dtype's name, as `str(np.dtype("int64"))` gives it. */
  toString(): string {
    return this.name;
  }

  [inspect.custom](): string {
    return `dtype('${this.name}')`;
  }
}

/** `np.bool_`: True/False, one byte each (Uint8Array). */
export const bool = new DType("bool", "b", 1, Uint8Array);
/** `np.int8` (Int8Array, wraps on overflow). */
export const int8 = new DType("int8", "i", 1, Int8Array);
/** `np.int16` (Int16Array). */
export const int16 = new DType("int16", "i", 2, Int16Array);
/** `np.int32` (Int32Array). */
export const int32 = new DType("int32", "i", 4, Int32Array);
/** `np.int64`, NumPy's default integer: Float64Array storage, exact to 2^53. */
export const int64 = new DType("int64", "i", 8, Float64Array);
/** `np.uint8`, the usual image type (Uint8Array, wraps on overflow). */
export const uint8 = new DType("uint8", "u", 1, Uint8Array);
/** `np.uint16` (Uint16Array). */
export const uint16 = new DType("uint16", "u", 2, Uint16Array);
/** `np.uint32` (Uint32Array). */
export const uint32 = new DType("uint32", "u", 4, Uint32Array);
/** `np.uint64`: Float64Array storage, exact to 2^53. */
export const uint64 = new DType("uint64", "u", 8, Float64Array);
/** `np.float32` (Float32Array). */
export const float32 = new DType("float32", "f", 4, Float32Array);
/** `np.float64`, NumPy's default float (Float64Array). */
export const float64 = new DType("float64", "f", 8, Float64Array);

const BY_NAME: Record<string, DType> = {
  bool, int8, int16, int32, int64, uint8, uint16, uint32, uint64, float32, float64,
  // NumPy's aliases for the same types
  bool_: bool, int_: int64, float_: float64, double: float64, single: float32,
  ubyte: uint8, byte: int8, short: int16, ushort: uint16, intc: int32, uintc: uint32,
  float: float64, int: int64,
};

/** Anything NumPy accepts as a dtype here: a DType object or its name. */
export type DTypeLike = DType | DTypeName | "float" | "int" | "double" | "single";

/** `np.dtype(x)`: the DType for a name or DType; throws NumPy's TypeError for an unknown name. */
export function dtype(like: DTypeLike): DType {
  if (like instanceof DType) return like;
  const found = typeof like === "string" ? BY_NAME[like] : undefined;
  if (found === undefined) {
    throw new PyTypeError(`data type ${JSON.stringify(String(like)).replace(/"/g, "'")} not understood`);
  }
  return found;
}

/** All dtypes, for lookups by name. */
export const DTYPES: readonly DType[] = [bool, int8, int16, int32, int64, uint8, uint16, uint32, uint64, float32, float64];

const SIGNED_BY_SIZE: Record<number, DType> = { 1: int8, 2: int16, 4: int32, 8: int64 };
const UNSIGNED_BY_SIZE: Record<number, DType> = { 1: uint8, 2: uint16, 4: uint32, 8: uint64 };

/** `np.promote_types(a, b)`: the smallest dtype both can be safely cast to. */
export function promote_types(a: DTypeLike, b: DTypeLike): DType {
  const x = dtype(a);
  const y = dtype(b);
  if (x === y) return x;
  if (x.kind === "b") return y;
  if (y.kind === "b") return x;
  if (x.kind === "f" || y.kind === "f") {
    if (x.kind === "f" && y.kind === "f") return x.itemsize >= y.itemsize ? x : y;
    const [f, i] = x.kind === "f" ? [x, y] : [y, x];
    if (f === float64) return float64;
    return i.itemsize <= 2 ? float32 : float64;
  }
  if (x.kind === y.kind) return x.itemsize >= y.itemsize ? x : y;
  const [u, s] = x.kind === "u" ? [x, y] : [y, x];
  if (s.itemsize > u.itemsize) return s;
  return u.itemsize === 8 ? float64 : SIGNED_BY_SIZE[u.itemsize * 2];
}

/** NumPy's kind order for value-based casting: bool < integer < float. */
function category(dt: DType): number {
  return dt.kind === "b" ? 0 : dt.kind === "f" ? 2 : 1;
}

/**
 * `np.min_scalar_type(value)` for a value of the given kind (float16 is not supported here:
 * a value that fits float16 reports float32, which promotes identically with float arrays).
 */
export function min_scalar_type(value: number, kind: DTypeKind): DType {
  if (kind === "b") return bool;
  if (kind === "f") {
    if (!Number.isFinite(value) || Math.abs(value) <= 3.4028234663852886e38) return float32;
    return float64;
  }
  if (value >= 0) {
    if (value < 256) return uint8;
    if (value < 65536) return uint16;
    if (value < 4294967296) return uint32;
    return uint64;
  }
  if (value >= -128) return int8;
  if (value >= -32768) return int16;
  if (value >= -2147483648) return int32;
  return int64;
}

/** An operand seen by result_type: its dtype, and for scalars (0-d) its value. */
export interface Operand {
  dtype: DType;
  scalar: boolean;
  value: number;
}

/**
 * `np.result_type(*operands)` with NumPy 1.24's value-based casting: when scalars (Python
 * numbers and 0-d arrays) are of a kind no higher than the arrays', each scalar counts as
 * the smallest dtype holding its value (uint8 array + 1 -> uint8, + 300 -> uint16).
 */
export function resultTypeOf(ops: readonly Operand[]): DType {
  let maxArray = -1;
  let maxScalar = -1;
  for (const op of ops) {
    const c = category(op.dtype);
    if (op.scalar) maxScalar = Math.max(maxScalar, c);
    else maxArray = Math.max(maxArray, c);
  }
  const useMin = maxArray >= 0 && maxScalar >= 0 && maxScalar <= maxArray;
  // NumPy folds the operands in order; a positive integer scalar that also fits the signed
  // type of its size ("small unsigned") promotes as that signed type next to a signed or
  // float type: int8 array * 3 stays int8, int32 with 2**53 - 1 gives int64, not float64.
  let out: DType | undefined;
  let outSmall = false;
  for (const op of ops) {
    let dt = op.dtype;
    let small = false;
    if (useMin && op.scalar) {
      dt = min_scalar_type(op.value, op.dtype.kind);
      small = dt.kind === "u" && op.value < 2 ** (dt.itemsize * 8 - 1);
    }
    if (out === undefined) {
      out = dt;
      outSmall = small;
      continue;
    }
    if (small && out.kind !== "b" && out.kind !== "u") out = promote_types(SIGNED_BY_SIZE[dt.itemsize], out);
    else if (outSmall && dt.kind !== "b" && dt.kind !== "u") out = promote_types(out.kind === "u" ? SIGNED_BY_SIZE[out.itemsize] : out, dt);
    else out = promote_types(dt, out);
    outSmall = small && outSmall;
  }
  return out ?? float64;
}

/** `np.can_cast(from, to, casting)` for "safe", "same_kind" and "unsafe". */
export function can_cast(from: DTypeLike, to: DTypeLike, casting: "no" | "equiv" | "safe" | "same_kind" | "unsafe" = "safe"): boolean {
  const f = dtype(from);
  const t = dtype(to);
  if (casting === "unsafe") return true;
  if (casting === "no" || casting === "equiv") return f === t;
  if (promote_types(f, t) === t) return true;
  if (casting === "safe") return false;
  // same_kind: a cast within a kind, or to a higher kind (b < u < i < f), is allowed
  const order = { b: 0, u: 1, i: 2, f: 3 };
  if (f.kind === t.kind) return true;
  return order[f.kind] <= order[t.kind] && !(f.kind === "i" && t.kind === "u");
}
