/**
 * NumPy's abstract scalar types (np.generic, np.number, np.integer, np.signedinteger,
 * np.unsignedinteger, np.inexact, np.floating): what np.issubdtype tests a dtype against.
 */
import { inspect } from "node:util";
import type { DType } from "./dtype";

/** An abstract scalar type: the dtype kinds it stands for and its place in NumPy's hierarchy. */
export class AbstractScalarType {
  /** @internal */
  constructor(
    /** @internal */ readonly _name: string,
    /** @internal */ readonly _kinds: string,
    /** @internal */ readonly _parent: AbstractScalarType | null,
  ) {}

  /** @internal True when `dt` is of one of this type's kinds. */
  _contains(dt: DType): boolean {
    return this._kinds.includes(dt.kind);
  }

  /** @internal True when `other` is this type or below it. */
  _above(other: AbstractScalarType): boolean {
    for (let t: AbstractScalarType | null = other; t !== null; t = t._parent) if (t === this) return true;
    return false;
  }

  [inspect.custom](): string {
    return `<class 'numpy.${this._name}'>`;
  }

  toString(): string {
    return `<class 'numpy.${this._name}'>`;
  }
}

/** `np.generic`: every scalar type. */
export const generic = new AbstractScalarType("generic", "biufc", null);
/** `np.number`: the numeric types (not bool). */
export const number = new AbstractScalarType("number", "iufc", generic);
/** `np.integer`: signed and unsigned integers. */
export const integer = new AbstractScalarType("integer", "iu", number);
/** `np.signedinteger`: int8 ... int64. */
export const signedinteger = new AbstractScalarType("signedinteger", "i", integer);
/** `np.unsignedinteger`: uint8 ... uint64. */
export const unsignedinteger = new AbstractScalarType("unsignedinteger", "u", integer);
/** `np.inexact`: floating and complex types. */
export const inexact = new AbstractScalarType("inexact", "fc", number);
/** `np.floating`: float32, float64. */
export const floating = new AbstractScalarType("floating", "f", inexact);
