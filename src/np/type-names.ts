/**
 * NumPy's dtype questions and legacy type-code helpers: issubdtype, issctype, issubsctype,
 * obj2sctype, sctype2char, maximum_sctype, mintypecode, common_type, find_common_type,
 * typename.
 */
import { KeyError, NotImplementedError, PyTypeError, ValueError } from "../errors";
import { DType, DTypeLike, bool, can_cast, dtype as toDType, float32, float64, int64, uint64 } from "./dtype";
import { NDArray } from "./ndarray";
import { ArrayLike, asarray } from "./create";
import { isNDArray } from "./params";
import { AbstractScalarType } from "./scalar-types";
import { PyArgs, pyfunction, signature } from "../signature";

/** A dtype, a dtype name or code, or an abstract scalar type (np.floating ...). */
export type TypeLike = DTypeLike | AbstractScalarType;

const CHARS: Record<string, string> = {
  bool: "?", int8: "b", uint8: "B", int16: "h", uint16: "H", int32: "i", uint32: "I", int64: "l", uint64: "L", float32: "f", float64: "d",
  complex64: "F", complex128: "D",
};

/** The concrete dtype a value names, or null when it names none. */
function concrete(v: unknown): DType | null {
  if (v instanceof DType) return v;
  if (isNDArray(v)) return v.dtype;
  if (typeof v === "string" || typeof v === "function") {
    try {
      return toDType(v as DTypeLike);
    } catch {
      return null;
    }
  }
  return null;
}

const ISSUBDTYPE = signature("numpy.issubdtype(arg1, arg2)");

/**
 * `numpy.issubdtype(arg1, arg2)`: whether `arg1` is `arg2` or below it in NumPy's type
 * hierarchy (`np.issubdtype(np.float32, np.floating)` is true; a concrete `arg2` must match).
 */
export function issubdtype(arg1: TypeLike, arg2: TypeLike): boolean;
export function issubdtype(...args: unknown[]): boolean {
  const { arg1, arg2 } = ISSUBDTYPE.bind(args);
  if (arg1 instanceof AbstractScalarType) return arg2 instanceof AbstractScalarType && arg2._above(arg1);
  const a = concrete(arg1);
  if (a === null) throw new PyTypeError(`Cannot interpret '${String(arg1)}' as a data type`);
  if (arg2 instanceof AbstractScalarType) return arg2._contains(a);
  const b = concrete(arg2);
  if (b === null) throw new PyTypeError(`Cannot interpret '${String(arg2)}' as a data type`);
  return a === b;
}

const ISSCTYPE = signature("numpy.issctype(rep)");

/** `numpy.issctype(rep)`: whether `rep` is a scalar type (a dtype object or np.floating ...; strings are not). */
export function issctype(rep: unknown): boolean;
export function issctype(...args: unknown[]): boolean {
  const { rep } = ISSCTYPE.bind(args);
  return rep instanceof DType || rep instanceof AbstractScalarType;
}

const OBJ2SCTYPE = signature("numpy.obj2sctype(rep, default=None)");

/** `numpy.obj2sctype(rep, default=None)`: the scalar type of a dtype, dtype name or array; `default` otherwise. */
export function obj2sctype<T = null>(rep: unknown, ...rest: PyArgs<[default_: T, options: { rep?: unknown; default?: T }], { rep?: unknown; default?: T }>): DType | AbstractScalarType | T;
export function obj2sctype(...args: unknown[]): unknown {
  const b = OBJ2SCTYPE.bind(args);
  if (b.rep instanceof AbstractScalarType) return b.rep;
  if (Array.isArray(b.rep)) return b.default;
  return concrete(b.rep) ?? b.default;
}

const ISSUBSCTYPE = signature("numpy.issubsctype(arg1, arg2)");

/** `numpy.issubsctype(arg1, arg2)`: issubdtype of the scalar types of two types or arrays. */
export function issubsctype(arg1: TypeLike | NDArray, arg2: TypeLike | NDArray): boolean;
export function issubsctype(...args: unknown[]): boolean {
  const { arg1, arg2 } = ISSUBSCTYPE.bind(args);
  const t1 = obj2sctype(arg1), t2 = obj2sctype(arg2);
  if (t1 === null || t2 === null) throw new PyTypeError("issubclass() arg 1 must be a class");
  return issubdtype(t1, t2);
}

const SCTYPE2CHAR = signature("numpy.sctype2char(sctype)");

/** `numpy.sctype2char(sctype)`: the one-letter type code of a scalar type ('d' for float64). */
export function sctype2char(sctype: TypeLike | NDArray): string;
export function sctype2char(...args: unknown[]): string {
  const t = obj2sctype(SCTYPE2CHAR.bind(args).sctype);
  if (t === null) throw new ValueError("unrecognized type");
  if (t instanceof AbstractScalarType) throw new KeyError(`<class 'numpy.${t._name}'>`);
  return CHARS[t.name];
}

const MAXIMUM_SCTYPE = signature("numpy.maximum_sctype(t)");

/**
 * `numpy.maximum_sctype(t)`: the widest scalar type of the same kind (int64, uint64, bool;
 * for floats NumPy's answer is longdouble, which this library does not have).
 */
export function maximum_sctype(t: TypeLike | NDArray): DType | AbstractScalarType;
export function maximum_sctype(...args: unknown[]): DType | AbstractScalarType {
  const arg = MAXIMUM_SCTYPE.bind(args).t;
  const g = obj2sctype(arg);
  if (g === null) throw new ValueError(`Cannot interpret '${String(arg)}' as a data type`);
  if (g instanceof AbstractScalarType) return g;
  if (g.kind === "i") return int64;
  if (g.kind === "u") return uint64;
  if (g.kind === "b") return bool;
  throw new NotImplementedError(`maximum_sctype(${g.name}) is longdouble, which is not supported`);
}

const MINTYPECODE = signature("numpy.mintypecode(typechars, typeset='GDFgdf', default='d')", { types: { typeset: "str", default: "str" } });
const BY_SIZE = "GDFgdfQqLlIiHhBb?";

/**
 * `numpy.mintypecode(typechars, typeset='GDFgdf', default='d')`: of the type codes (or
 * arrays) in `typechars` that are in `typeset`, the one of smallest item size ('D' for 'F'
 * with 'd'); `default` when none is.
 */
export function mintypecode(typechars: string | readonly (string | ArrayLike)[], ...rest: PyArgs<[typeset: string, default_: string, options: { typechars?: string | readonly (string | ArrayLike)[]; typeset?: string; default?: string }], { typechars?: string | readonly (string | ArrayLike)[]; typeset?: string; default?: string }>): string;
export function mintypecode(...args: unknown[]): string {
  const b = MINTYPECODE.bind(args);
  const chars = typeof b.typechars === "string" ? [...b.typechars] : (b.typechars as unknown[]);
  const codes = chars.map((t) => (typeof t === "string" && t !== "" ? t : CHARS[asarray(t as ArrayLike).dtype.name]));
  const found = new Set(codes.filter((t) => (b.typeset as string).includes(t)));
  if (found.size === 0) return b.default;
  if (found.has("F") && found.has("d")) return "D";
  return [...found].sort((x, y) => BY_SIZE.indexOf(x) - BY_SIZE.indexOf(y))[0];
}

const COMMON_TYPE = signature("numpy.common_type(*arrays)");

/**
 * `numpy.common_type(*arrays)`: the float type all the arrays fit: float64 when any is an
 * integer array, else the widest float among them.
 */
export function common_type(...arrays: NDArray[]): DType;
export function common_type(...args: unknown[]): DType {
  const arrays = COMMON_TYPE.bind(args).arrays as NDArray[];
  if (arrays.length === 0) throw new NotImplementedError("common_type() of no arrays is float16, which is not supported");
  let result: DType = float32;
  for (const a of arrays) {
    const dt = asarray(a).dtype;
    if (dt.kind === "b" || (dt.kind !== "i" && dt.kind !== "u" && dt.kind !== "f")) throw new PyTypeError("can't get common type for non-numeric array");
    const p = dt.kind === "f" ? dt : float64;
    if (p.itemsize > result.itemsize) result = p;
  }
  return result;
}

const FIND_COMMON_TYPE = signature("numpy.find_common_type(array_types, scalar_types)", { types: { array_types: "sequence", scalar_types: "sequence" } });
// NumPy's search order of types, without the ones this library lacks (float16, longdouble, complex)
const TEST_TYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float32", "float64"].map((n) => toDType(n as DTypeLike));
const KIND_ORDER = "buifc";

function coerceAll(types: DType[], start = 0): DType | null {
  if (types.length === 0) return null;
  if (types.length === 1) return types[0];
  for (let i = start; i < TEST_TYPES.length; i++) {
    const candidate = TEST_TYPES[i];
    if (types.every((t) => can_cast(t, candidate, "safe"))) return candidate;
  }
  return null;
}

/**
 * `numpy.find_common_type(array_types, scalar_types)`: the type arrays of `array_types`
 * combined with scalars of `scalar_types` give, by NumPy's legacy rule (scalars count only
 * when of a higher kind).
 */
export function find_common_type(array_types: readonly DTypeLike[], scalar_types: readonly DTypeLike[]): DType | null;
export function find_common_type(...args: unknown[]): DType | null {
  const b = FIND_COMMON_TYPE.bind(args);
  const arrays = (b.array_types as DTypeLike[]).map((t) => toDType(t));
  const scalars = (b.scalar_types as DTypeLike[]).map((t) => toDType(t));
  const maxa = coerceAll(arrays);
  const maxsc = coerceAll(scalars);
  if (maxa === null) return maxsc;
  if (maxsc === null) return maxa;
  if (KIND_ORDER.indexOf(maxsc.kind) > KIND_ORDER.indexOf(maxa.kind)) {
    if (can_cast(maxa, maxsc, "safe") && maxa !== maxsc) return maxsc;
    return coerceAll([maxsc, maxa], TEST_TYPES.indexOf(maxsc));
  }
  return maxa;
}

const TYPENAME = signature("numpy.typename(char)", { types: { char: "str" } });
const NAMES: Record<string, string> = {
  S1: "character", "?": "bool", b: "signed char", B: "unsigned char", h: "short", H: "unsigned short", i: "integer",
  I: "unsigned integer", l: "long integer", L: "unsigned long integer", q: "long long integer", Q: "unsigned long long integer",
  f: "single precision", d: "double precision", g: "long precision", F: "complex single precision", D: "complex double precision",
  G: "complex long double precision", S: "string", U: "unicode", V: "void", O: "object",
};

/** `numpy.typename(char)`: the description of a one-letter type code ('d' is "double precision"). */
export function typename(char: string): string;
export function typename(...args: unknown[]): string {
  const { char } = TYPENAME.bind(args);
  if (!(char in NAMES)) throw new KeyError(`'${char}'`);
  return NAMES[char];
}

pyfunction(ISSUBDTYPE, issubdtype);
pyfunction(ISSCTYPE, issctype);
pyfunction(OBJ2SCTYPE, obj2sctype);
pyfunction(ISSUBSCTYPE, issubsctype);
pyfunction(SCTYPE2CHAR, sctype2char);
pyfunction(MAXIMUM_SCTYPE, maximum_sctype);
pyfunction(MINTYPECODE, mintypecode);
pyfunction(COMMON_TYPE, common_type);
pyfunction(FIND_COMMON_TYPE, find_common_type);
pyfunction(TYPENAME, typename);
