/**
 * Loop dtypes of the ufuncs whose type lists are narrower than add's: float-only loops,
 * integer-only loops, and the TypeErrors NumPy raises when no loop fits.
 */
import { PyTypeError } from "../../errors";
import { DType, float32, float64, int8 } from "../dtype";
import { UfuncSpec } from "../ufunc";

const NUMPY_TYPE: Record<string, string> = { b: "bool_" };

function typeName(d: DType): string {
  return `<class 'numpy.dtype[${NUMPY_TYPE[d.kind] ?? d.name}]'>`;
}

/** NumPy's "did not contain a loop" error for these input dtypes. */
export function noLoop(name: string, d: DType, nin: 1 | 2): PyTypeError {
  const types = nin === 1 ? typeName(d) : `(${typeName(d)}, ${typeName(d)})`;
  const e = new PyTypeError(`ufunc '${name}' did not contain a loop with signature matching types ${types} -> None`);
  e.name = "UFuncTypeError";
  return e;
}

/** NumPy's error when the inputs cannot be cast safely to any loop (floats into a bitwise ufunc). */
export function notSupported(name: string): PyTypeError {
  return new PyTypeError(`ufunc '${name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`);
}

/** The float loop of a float-only ufunc (NumPy's float16 for 8-bit inputs is float32 here). */
export function floatLoop(d: DType): DType {
  if (d.kind === "f") return d;
  return d.itemsize <= 2 ? float32 : float64;
}

/** An integer-only ufunc's loop: bool computes as int8, floats have no loop. */
export function intLoop(name: string, boolLoop: "int8" | "error", floats: "noloop" | "unsupported", nin: 1 | 2 = 2) {
  return (d: DType): DType => {
    if (d.kind === "f") throw floats === "noloop" ? noLoop(name, d, nin) : notSupported(name);
    if (d.kind === "b") {
      if (boolLoop === "error") throw noLoop(name, d, nin);
      return int8;
    }
    return d;
  };
}

const same = (d: DType) => d;

/** A ufunc spec: name, loop dtype, output dtype and element expression per loop. */
export function ufuncSpec(name: string, loop: (d: DType) => DType, expr: (loop: DType) => string, output: (d: DType) => DType = same): UfuncSpec {
  return { name, loop, output, expr };
}

/** A float-only ufunc computing `expr` for every float loop. */
export function floatSpec(name: string, expr: string | ((loop: DType) => string)): UfuncSpec {
  return ufuncSpec(name, floatLoop, typeof expr === "string" ? () => expr : expr);
}

/** True for the 64-bit integer dtypes (held as doubles: bit operations go through BigInt). */
export function is64(d: DType): boolean {
  return (d.kind === "i" || d.kind === "u") && d.itemsize === 8;
}
