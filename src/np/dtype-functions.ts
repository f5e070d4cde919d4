/**
 * NumPy's dtype functions as the public API declares them: np.promote_types, np.can_cast and
 * np.min_scalar_type with their Python signatures (the library calls dtype.ts's versions).
 */
import { NotImplementedError, ValueError } from "../errors";
import { PyArgs, pyfunction, signature } from "../signature";
import { DType, DTypeLike, bool, can_cast as canCastDTypes, dtype as toDType, min_scalar_type as minScalarOfKind, promote_types as promote } from "./dtype";
import { DTYPE, isNDArray } from "./params";
import { ArrayLike, asarray } from "./create";
import type { Casting } from "./ndarray";

const PROMOTE_TYPES = signature("numpy.promote_types(type1, type2, /)", { types: { type1: DTYPE, type2: DTYPE } });
const CAN_CAST = signature("numpy.can_cast(from_, to, casting='safe')", { types: { to: DTYPE, casting: "str" } });
const MIN_SCALAR_TYPE = signature("numpy.min_scalar_type(a, /)");

const CASTINGS = ["no", "equiv", "safe", "same_kind", "unsafe"];

/** `numpy.promote_types(type1, type2, /)`: the smallest dtype both can be safely cast to. */
export function promote_types(type1: DTypeLike, type2: DTypeLike): DType {
  if (arguments.length !== 2) PROMOTE_TYPES.bind(arguments);
  return promote(type1, type2);
}
pyfunction(PROMOTE_TYPES, promote_types);

/** The dtype a Python number or 0-d array stands for in value-based casting; an array's dtype otherwise. */
function scalarOrArrayType(a: ArrayLike): DType {
  const arr = asarray(a);
  if (arr.ndim > 0) return arr.dtype;
  if (arr.dtype.kind === "b") return bool;
  const value = arr.data[arr.offset];
  if (arr.dtype.kind === "f") {
    // NumPy answers float16 for floats within its range, a dtype this library does not have
    if (Number.isFinite(value) && Math.abs(value) <= 65504 || Number.isNaN(value)) {
      throw new NotImplementedError(`min_scalar_type(${value}) is float16, which is not supported`);
    }
  }
  return minScalarOfKind(value, arr.dtype.kind);
}

/**
 * `numpy.min_scalar_type(a, /)`: for a Python number or 0-d array the smallest dtype holding
 * its value (`np.min_scalar_type(300)` is uint16); for an array its dtype.
 */
export function min_scalar_type(a: ArrayLike): DType {
  if (arguments.length !== 1) MIN_SCALAR_TYPE.bind(arguments);
  return scalarOrArrayType(a);
}
pyfunction(MIN_SCALAR_TYPE, min_scalar_type);

/** Keyword arguments of np.can_cast. */
export interface CanCastOptions {
  from_?: DTypeLike | ArrayLike;
  to?: DTypeLike;
  casting?: Casting;
}

/**
 * `numpy.can_cast(from_, to, casting='safe')`: whether a cast from a dtype (or a Python number /
 * array, by NumPy 1.24's value-based rules) to `to` keeps to the casting rule.
 */
export function can_cast(from_: DTypeLike | ArrayLike, ...rest: PyArgs<[to: DTypeLike, casting: Casting, options: CanCastOptions], CanCastOptions>): boolean;
export function can_cast(...args: unknown[]): boolean {
  const { from_, to, casting } = CAN_CAST.bind(args);
  if (!CASTINGS.includes(casting)) {
    throw new ValueError(`casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe' (got '${casting}')`);
  }
  let from: DType;
  if (typeof from_ === "string" || from_ instanceof DType) from = toDType(from_ as DTypeLike);
  else {
    const arr = isNDArray(from_) ? from_ : asarray(from_ as ArrayLike);
    from = arr.ndim > 0 ? arr.dtype : arr.dtype.kind === "b" ? bool : minScalarOfKind(arr.data[arr.offset], arr.dtype.kind);
  }
  return canCastDTypes(from, toDType(to), casting);
}
pyfunction(CAN_CAST, can_cast);
