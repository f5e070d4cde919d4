/**
 * A ufunc call with `where=`, `casting=` or `dtype=`: the loop dtype is resolved and the
 * inputs are cast to it under the casting rule (Python numbers by their value, as NumPy 1.24),
 * the result is computed, then written into `out` under the rule where `where` is true.
 */
import { PyTypeError, ValueError } from "../../errors";
import { DType, DTypeLike, bool, can_cast, dtype as toDType, float64, min_scalar_type, resultTypeOf } from "../dtype";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { UfuncSpec, operand, runBinary, runTernary, runUnary } from "../ufunc";
import { astype, copyInto } from "../cast";
import { broadcastShapes, compactShape, sameShape } from "../shape";
import type { Casting } from "../ndarray";
import { inLayout } from "../layout";

/** The bound keywords the general path reads. */
export interface GeneralOptions {
  out: NDArray | null;
  order?: string;
  where: ArrayLike;
  casting: Casting;
  dtype: DTypeLike | null;
}

function ufuncTypeError(message: string): PyTypeError {
  const e = new PyTypeError(message);
  e.name = "UFuncTypeError";
  return e;
}

function noLoop(name: string): never {
  throw new PyTypeError(`No loop matching the specified signature and casting was found for ufunc ${name}`);
}

/** Whether an operand may be cast to `loop`: a Python number or 0-d array by its own dtype or by its value. */
function castable(op: { dtype: DType; scalar: boolean; value: number }, loop: DType, casting: Casting): boolean {
  if (can_cast(op.dtype, loop, casting)) return true;
  return op.scalar && op.dtype.kind !== "b" && can_cast(min_scalar_type(op.value, op.dtype.kind), loop, casting);
}

/** The inputs as the loop takes them, each checked against the casting rule. */
export function castInputs(spec: Pick<UfuncSpec, "name" | "loop" | "output">, inputs: readonly ArrayLike[], dtype: DTypeLike | null, casting: Casting): ArrayLike[] {
  const ops = inputs.map((x) => operand(x));
  const comparison = spec.output(float64) === bool;
  let loop: DType;
  if (dtype !== null) {
    const dt = toDType(dtype);
    if (comparison ? dt !== bool : spec.loop(dt) !== dt || spec.output(dt) !== dt) noLoop(spec.name);
    if (comparison) return inputs.slice();
    loop = dt;
  } else {
    if (casting === "same_kind" || casting === "unsafe") return inputs.slice();
    loop = spec.loop(resultTypeOf(ops.map((o) => o.op)));
  }
  return ops.map(({ arr, op }, i) => {
    if (!castable(op, loop, casting)) {
      throw ufuncTypeError(`Cannot cast ufunc '${spec.name}' input ${i} from dtype('${arr.dtype.name}') to dtype('${loop.name}') with casting rule '${casting}'`);
    }
    return arr.dtype === loop || comparison ? arr : astype(arr, loop);
  });
}


/** Runs `spec` over `inputs` with NumPy's where/casting/dtype semantics. */
export function runWithOptions(spec: UfuncSpec, inputs: readonly ArrayLike[], b: GeneralOptions): NDArray {
  const args = castInputs(spec, inputs, b.dtype, b.casting);
  const r = args.length === 2 ? runBinary(spec, args[0], args[1]) : runUnary(spec, args[0]);
  return deliver(spec.name, args, b.order === "F" && b.out === null ? inLayout(r, "F") : r, b);
}

/**
 * A ufunc's computed result `r` delivered as NumPy would: into `out` under the casting rule
 * where `where` is true (or as it is without `out`); `args` are the inputs, for the shapes.
 */
export function deliver(name: string, args: readonly ArrayLike[], r: NDArray, b: Pick<GeneralOptions, "out" | "where" | "casting">): NDArray {
  // any dtype serves as a mask: non-zero is true
  const mask = b.where === true ? null : asarray(b.where);
  const out = b.out;
  if (out === null) {
    if (mask === null) return r;
    // where the mask is false the values are unspecified (NumPy leaves them uninitialised)
    const shape = broadcastShapes([r.shape, mask.shape]);
    if (sameShape(shape, r.shape)) return r;
    const wide = NDArray.fromStorage(new r.dtype.storage(shape.reduce((p, d) => p * d, 1)), shape, r.dtype);
    copyInto(wide, r);
    return wide;
  }
  if (!can_cast(r.dtype, out.dtype, b.casting)) {
    throw ufuncTypeError(`Cannot cast ufunc '${name}' output from dtype('${r.dtype.name}') to dtype('${out.dtype.name}') with casting rule '${b.casting}'`);
  }
  const shapes = [...args.map((x) => (x instanceof NDArray ? x.shape : asarray(x).shape)), ...(mask === null ? [] : [mask.shape]), out.shape];
  let full: number[];
  try {
    full = broadcastShapes(shapes);
  } catch {
    throw new ValueError(`operands could not be broadcast together with shapes ${shapes.map(compactShape).join(" ")} `);
  }
  if (!sameShape(full, out.shape)) {
    throw new ValueError(`non-broadcastable output operand with shape ${compactShape(out.shape)} doesn't match the broadcast shape ${compactShape(full)}`);
  }
  const value = r.dtype === out.dtype ? r : astype(r, out.dtype);
  if (mask === null) copyInto(out, value);
  else runTernary(name, "(x !== 0 ? y : z)", out.dtype, mask, value, out, out);
  return out;
}
