/**
 * NumPy dtypes and the TypedArray each one is stored in.
 * int64 and uint64 live in Float64Array storage with integer semantics: exact to 2^53.
 */
import { inspect } from "node:util";
import { NotImplementedError, PyTypeError } from "../errors";
import { PyArgs, isPlainObject, pyfunction, signature } from "../signature";
import type { Complex } from "./complex/scalar";

export type DTypeName =
  | "bool"
  | "int8" | "int16" | "int32" | "int64"
  | "uint8" | "uint16" | "uint32" | "uint64"
  | "float32" | "float64"
  | "complex64" | "complex128";

/** NumPy's dtype kind codes: b(ool), i(nt), u(nsigned), f(loat), c(omplex). */
export type DTypeKind = "b" | "i" | "u" | "f" | "c";

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

/**
 * Storage of a complex dtype: `n` elements take 2n floats (real, imaginary interleaved, as
 * NumPy lays them out), so every allocation of `n` elements made through the dtype is the
 * right size; strides and offsets stay counted in elements.
 */
function pairStorage(base: Float32ArrayConstructor | Float64ArrayConstructor): StorageConstructor {
  function PairStorage(lengthOrBuffer: number | ArrayBufferLike, byteOffset?: number, length?: number): Storage {
    if (typeof lengthOrBuffer === "number") return new base(2 * lengthOrBuffer);
    return new base(lengthOrBuffer, byteOffset, length === undefined ? undefined : 2 * length);
  }
  Object.defineProperty(PairStorage, "BYTES_PER_ELEMENT", { value: 2 * base.BYTES_PER_ELEMENT });
  return PairStorage as unknown as StorageConstructor;
}

/** A complex scalar as np.complex128(re, im) makes it (see complex/scalar.ts). */
export type ComplexLike = Complex;

/** A complex dtype is also NumPy's scalar type: `np.complex128(1, 2)` is the scalar (1+2j). */
export type ComplexDType = DType & ((real?: number | ComplexLike, imag?: number) => ComplexLike);

let makeComplex: (re: number, im: number, isFloat32: boolean) => ComplexLike = (re, im) => ({ re, im }) as ComplexLike;
/** @internal Installs the complex scalar class (complex/scalar.ts), which np's core does not import. */
export function setComplexMaker(make: (re: number, im: number, isFloat32: boolean) => ComplexLike): void {
  makeComplex = make;
}

function complexDType(name: "complex64" | "complex128", base: Float32ArrayConstructor | Float64ArrayConstructor): ComplexDType {
  const isFloat32 = name === "complex64";
  const aliases = isFloat32 ? ["csingle"] : ["complex_", "cdouble"];
  const sig = signature(`numpy.${name}(real=0, imag=0)`, { types: { imag: "float" }, aliases });
  const fn = function (real: number | ComplexLike = 0, imag = 0): ComplexLike {
    if (isPlainObject(real) || isPlainObject(imag)) ({ real, imag } = sig.bind(arguments));
    const r = typeof real === "object" ? real.re : Number(real);
    const i = (typeof real === "object" ? real.im : 0) + imag;
    return makeComplex(isFloat32 ? Math.fround(r) : r, isFloat32 ? Math.fround(i) : i, isFloat32);
  };
  Object.setPrototypeOf(fn, DType.prototype);
  Object.defineProperty(fn, "name", { value: name, writable: false });
  const self = fn as unknown as { kind: DTypeKind; itemsize: number; storage: StorageConstructor };
  self.kind = "c";
  self.itemsize = 2 * base.BYTES_PER_ELEMENT;
  self.storage = pairStorage(base);
  pyfunction(sig, fn);
  return fn as unknown as ComplexDType;
}

/**
 * `numpy.complex64(real=0, imag=0)`: the dtype of two float32 (interleaved in a Float32Array);
 * called, the complex64 scalar `real + imag*j` (Python's `np.complex64(1+2j)`).
 */
export const complex64 = complexDType("complex64", Float32Array);
/**
 * `numpy.complex128(real=0, imag=0)`: NumPy's default complex dtype, two float64; called, the
 * complex128 scalar `real + imag*j` (Python's `np.complex128(1+2j)`, or `complex(1, 2)`).
 */
export const complex128 = complexDType("complex128", Float64Array);

/** Every name and type code NumPy 1.24 resolves to one of the dtypes above. */
const BY_NAME: Record<string, DType> = {
  bool, int8, int16, int32, int64, uint8, uint16, uint32, uint64, float32, float64,
  bool_: bool, "?": bool, b1: bool,
  i1: int8, b: int8, byte: int8,
  i2: int16, h: int16, short: int16,
  i4: int32, i: int32, intc: int32,
  i8: int64, l: int64, q: int64, p: int64, long: int64, longlong: int64, intp: int64, int_: int64, int: int64,
  u1: uint8, B: uint8, ubyte: uint8,
  u2: uint16, H: uint16, ushort: uint16,
  u4: uint32, I: uint32, uintc: uint32,
  u8: uint64, L: uint64, Q: uint64, P: uint64, ulong: uint64, ulonglong: uint64, uintp: uint64, uint: uint64,
  f4: float32, f: float32, single: float32,
  f8: float64, d: float64, double: float64, float: float64, float_: float64,
  complex64, complex128,
  c8: complex64, F: complex64, csingle: complex64, singlecomplex: complex64,
  c16: complex128, D: complex128, complex: complex128, complex_: complex128, cdouble: complex128, cfloat: complex128,
};

/** NumPy dtypes this library does not have, by the names and codes NumPy knows them by. */
const MISSING: Record<string, string> = {
  float16: "float16", f2: "float16", e: "float16", half: "float16",
  float128: "float128", f16: "float128", g: "float128", longdouble: "float128", longfloat: "float128",
  complex256: "complex256", c32: "complex256", G: "complex256", clongdouble: "complex256",
  object: "object", O: "object", object_: "object",
  str: "str", U: "str", str_: "str", unicode: "str",
  bytes: "bytes", S: "bytes", a: "bytes", bytes_: "bytes",
  V: "void", void: "void",
  datetime64: "datetime64", M: "datetime64", M8: "datetime64",
  timedelta64: "timedelta64", m: "timedelta64", m8: "timedelta64",
};

/** The dtype names and codes accepted as strings (NumPy's spellings: "f8", "<i4", "float", "uint", ...). */
export type DTypeString =
  | DTypeName
  | "bool_" | "?" | "b1" | "i1" | "b" | "byte" | "i2" | "h" | "short" | "i4" | "i" | "intc"
  | "i8" | "l" | "q" | "p" | "long" | "longlong" | "intp" | "int_" | "int"
  | "u1" | "B" | "ubyte" | "u2" | "H" | "ushort" | "u4" | "I" | "uintc"
  | "u8" | "L" | "Q" | "P" | "ulong" | "ulonglong" | "uintp" | "uint"
  | "f4" | "f" | "single" | "f8" | "d" | "double" | "float" | "float_"
  | "c8" | "F" | "csingle" | "singlecomplex" | "c16" | "D" | "complex" | "complex_" | "cdouble" | "cfloat"
  | `${"<" | "=" | "|"}${"b1" | "i1" | "i2" | "i4" | "i8" | "u1" | "u2" | "u4" | "u8" | "f4" | "f8" | "c8" | "c16"}`;

/** Anything NumPy accepts as a dtype here: a DType object, its name, or one of NumPy's aliases and codes. */
export type DTypeLike = DType | DTypeString;

const BYTE_ORDER = /^[<=|>]/;
const TYPE_CODE = /^[a-zA-Z?]\d*$/;

/** The DType a name or code stands for; NumPy's TypeError, or NotImplementedError for a NumPy dtype not here. */
function resolveDType(like: unknown): DType {
  if (like instanceof DType) return like;
  if (typeof like !== "string") {
    throw new PyTypeError(`Cannot interpret '${like === null || like === undefined ? "None" : String(like)}' as a data type`);
  }
  const found = BY_NAME[like];
  if (found !== undefined) return found;
  let key = like;
  if (BYTE_ORDER.test(like) && TYPE_CODE.test(like.slice(1))) key = like.slice(1);
  const coded = key !== like ? BY_NAME[key] : undefined;
  if (coded !== undefined) {
    if (like[0] === ">" && coded.itemsize > 1) {
      throw new NotImplementedError(`data type '${like}' (big-endian ${coded.name}) is not supported: arrays are in the machine's byte order`);
    }
    return coded;
  }
  const missing = MISSING[key];
  if (missing !== undefined) throw new NotImplementedError(`data type '${like}' (${missing}) is not supported yet`);
  throw new PyTypeError(`data type '${like}' not understood`);
}

/** Keyword arguments of np.dtype. */
export interface DTypeCallOptions {
  dtype?: DTypeLike;
  align?: boolean;
  copy?: false;
}

const DTYPE_SIG = signature("numpy.dtype(dtype, align=False, copy=False)", {
  types: { align: "bool", copy: "bool" },
  unsupported: ["copy"],
});

/**
 * `numpy.dtype(dtype, align=False, copy=False)`: the DType for a DType, a name or a type code
 * ("float64", "f8", "<f8", "float", "int", "uint", "d", "?", ...). An unknown name is NumPy's
 * `TypeError: data type 'xyz' not understood`; a NumPy dtype this library does not have
 * (float16, complex128, str, ...) is NotImplementedError naming it. `align` changes nothing
 * for these unstructured dtypes, as in NumPy.
 */
export function dtype(dtype: DTypeLike, ...rest: PyArgs<[align: boolean, copy: false, options: DTypeCallOptions], DTypeCallOptions>): DType;
export function dtype(...args: unknown[]): DType {
  if (args.length === 1 && (typeof args[0] === "string" || args[0] instanceof DType)) return resolveDType(args[0]);
  return resolveDType(DTYPE_SIG.bind(args).dtype);
}
pyfunction(DTYPE_SIG, dtype);

/** `np.int_`: NumPy's default integer (int64). */
export const int_ = int64;
/** `np.intp`: the pointer-sized integer (int64). */
export const intp = int64;
/** `np.uintp`: the pointer-sized unsigned integer (uint64). */
export const uintp = uint64;
/** `np.uint`: uint64. */
export const uint = uint64;
/** `np.longlong`: int64. */
export const longlong = int64;
/** `np.ulonglong`: uint64. */
export const ulonglong = uint64;
/** `np.float_`: float64. */
export const float_ = float64;
/** `np.double`: float64. */
export const double = float64;
/** `np.single`: float32. */
export const single = float32;
/** `np.bool_`: the bool dtype. */
export const bool_ = bool;
/** `np.byte`: int8. */
export const byte = int8;
/** `np.ubyte`: uint8. */
export const ubyte = uint8;
/** `np.short`: int16. */
export const short = int16;
/** `np.ushort`: uint16. */
export const ushort = uint16;
/** `np.intc`: C's int (int32). */
export const intc = int32;
/** `np.uintc`: C's unsigned int (uint32). */
export const uintc = uint32;

/** `np.complex_`: complex128. */
export const complex_ = complex128;
/** `np.cdouble`: complex128. */
export const cdouble = complex128;
/** `np.csingle`: complex64. */
export const csingle = complex64;

/** All dtypes, for lookups by name. */
export const DTYPES: readonly DType[] = [bool, int8, int16, int32, int64, uint8, uint16, uint32, uint64, float32, float64, complex64, complex128];

const SIGNED_BY_SIZE: Record<number, DType> = { 1: int8, 2: int16, 4: int32, 8: int64 };

/** `np.promote_types(a, b)`: the smallest dtype both can be safely cast to. */
export function promote_types(a: DTypeLike, b: DTypeLike): DType {
  const x = dtype(a);
  const y = dtype(b);
  if (x === y) return x;
  if (x.kind === "b") return y;
  if (y.kind === "b") return x;
  if (x.kind === "c" || y.kind === "c") {
    // the complex type whose parts hold the other operand: float32's or smaller -> complex64
    const part = (d: DType): DType => (d.kind === "c" ? (d === complex64 ? float32 : float64) : d);
    return promote_types(part(x), part(y)) === float32 ? complex64 : complex128;
  }
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

/** NumPy's kind order for value-based casting: bool < integer < float and complex. */
function category(dt: DType): number {
  return dt.kind === "b" ? 0 : dt.kind === "f" || dt.kind === "c" ? 2 : 1;
}

/**
 * `np.min_scalar_type(value)` for a value of the given kind (float16 is not supported here:
 * a value that fits float16 reports float32, which promotes identically with float arrays).
 */
export function min_scalar_type(value: number, kind: DTypeKind, imag = 0): DType {
  if (kind === "b") return bool;
  if (kind === "c") return min_scalar_type(value, "f") === float32 && min_scalar_type(imag, "f") === float32 ? complex64 : complex128;
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
  /** A complex scalar's imaginary part. */
  imag?: number;
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
      dt = min_scalar_type(op.value, op.dtype.kind, op.imag);
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
  const order = { b: 0, u: 1, i: 2, f: 3, c: 4 };
  if (f.kind === t.kind) return true;
  return order[f.kind] <= order[t.kind] && !(f.kind === "i" && t.kind === "u");
}
