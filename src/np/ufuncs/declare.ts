/**
 * NumPy's ufunc signature, declared once for every one- and two-input ufunc:
 * `numpy.add(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`.
 * A call with only the inputs skips binding; `out` may also be given positionally. `where`,
 * `casting` and `dtype` take the general path (ufunc-options.ts).
 */
import { PyArgs, Signature, check, pyfunction, signature } from "../../signature";
import { NDArray } from "../ndarray";
import type { ArrayLike } from "../create";
import type { DTypeLike } from "../dtype";
import { UfuncOptions, UfuncSpec, runBinary, runUnary } from "../ufunc";
import { DTYPE, Order, checkOrder, isNDArray } from "../params";
import { UfuncMethods, attachMethods } from "./methods";
import type { Casting } from "../ndarray";
import { GeneralOptions, runWithOptions } from "./ufunc-options";

/**
 * Every keyword a ufunc takes. Results are C-ordered for "K" and "A" too (NumPy keeps a
 * Fortran-ordered input's layout there; the values are the same).
 */
export interface UfuncKeywords extends UfuncOptions {
  out?: NDArray;
  /** Where false, `out` keeps its value (without `out`, those elements are unspecified, as NumPy's). */
  where?: ArrayLike;
  /** The rule for casting the inputs to the loop dtype and the result to `out` (NumPy's default "same_kind"). */
  casting?: Casting;
  /** The result's memory order: "F" gives a Fortran-ordered result, the others a C-ordered one. */
  order?: Order;
  /** The loop and output dtype; inputs are cast to it under `casting`. */
  dtype?: DTypeLike | null;
  /** Changes nothing: there are no ndarray subclasses here. */
  subok?: boolean;
}

/** What follows the inputs: `out` positionally, or the keywords. */
export type UfuncArgs = PyArgs<[out: NDArray | null, options: UfuncKeywords], UfuncKeywords>;
/** A two-input ufunc: `np.add(x1, x2, { out })`. */
export type BinaryUfunc = ((x1: ArrayLike, x2: ArrayLike, ...rest: UfuncArgs) => NDArray) & UfuncMethods;
/** A one-input ufunc: `np.exp(x, { out })`. */
export type UnaryUfunc = (x: ArrayLike, ...rest: UfuncArgs) => NDArray;

const OUT = check("ndarray, None, or tuple of ndarray and None", (v) =>
  v === null || isNDArray(v) || (Array.isArray(v) && v.length === 1 && (v[0] === null || isNDArray(v[0]))));

const TAIL = "out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True";
const SPEC = {
  types: { out: OUT, where: "array_like", casting: "str", order: "str", dtype: DTYPE, subok: "bool" },
  choices: { casting: ["no", "equiv", "safe", "same_kind", "unsafe"] },
};

/** The ufunc signature of `numpy.<name>` with `nin` inputs. */
export function ufuncSignature(name: string, nin: 1 | 2, aliases?: readonly string[]): Signature {
  return signature(`numpy.${name}(${nin === 1 ? "x" : "x1, x2"}, /, ${TAIL})`, aliases === undefined ? SPEC : { ...SPEC, aliases });
}

/** The bound keywords as runUnary/runBinary read them, or null when they need the general path. */
function optionsOf(sig: Signature, b: Record<string, any>): UfuncOptions | undefined | null {
  checkOrder(sig, b.order, ["K", "A", "C", "F"]);
  const out = Array.isArray(b.out) ? b.out[0] : b.out;
  b.out = out;
  if (b.where !== true || b.casting !== "same_kind" || b.dtype !== null || b.order === "F") return null;
  return out === null ? undefined : { out };
}

/** The array of `{ out: array }`, an options object with no other key (no binding needed), else null. */
function onlyOut(options: unknown): NDArray | null {
  if (typeof options !== "object" || options === null || Object.getPrototypeOf(options) !== Object.prototype) return null;
  let out: unknown = null;
  for (const key in options) {
    if (key !== "out") return null;
    out = (options as { out: unknown }).out;
  }
  return isNDArray(out) ? out : null;
}

function named<F extends Function>(fn: F, name: string): F {
  Object.defineProperty(fn, "name", { value: name });
  return fn;
}

/** A two-input ufunc over `spec`; `precheck` sees the inputs before the loop runs. */
export function binaryUfunc(spec: UfuncSpec, precheck?: (x1: ArrayLike, x2: ArrayLike) => void): BinaryUfunc {
  const sig = ufuncSignature(spec.name, 2);
  function ufunc(x1: ArrayLike, x2: ArrayLike): NDArray {
    if (arguments.length === 2) {
      precheck?.(x1, x2);
      return runBinary(spec, x1, x2);
    }
    // `out` alone, positionally (the in-place operators) or as the one keyword: no binding
    const out: unknown = arguments.length === 3 ? (isNDArray(arguments[2]) ? arguments[2] : onlyOut(arguments[2])) : null;
    if (out !== null) {
      precheck?.(x1, x2);
      return runBinary(spec, x1, x2, { out: out as NDArray });
    }
    const b = sig.bind(arguments);
    precheck?.(b.x1, b.x2);
    const opts = optionsOf(sig, b);
    return opts === null ? runWithOptions(spec, [b.x1, b.x2], b as GeneralOptions) : runBinary(spec, b.x1, b.x2, opts);
  }
  attachMethods(ufunc, spec);
  return pyfunction(sig, named(ufunc, spec.name)) as unknown as BinaryUfunc;
}

/** A one-input ufunc over `spec`. */
export function unaryUfunc(spec: UfuncSpec, aliases?: readonly string[]): UnaryUfunc {
  const sig = ufuncSignature(spec.name, 1, aliases);
  function ufunc(x: ArrayLike): NDArray {
    if (arguments.length === 1) return runUnary(spec, x);
    const out: unknown = arguments.length === 2 ? (isNDArray(arguments[1]) ? arguments[1] : onlyOut(arguments[1])) : null;
    if (out !== null) return runUnary(spec, x, { out: out as NDArray });
    const b = sig.bind(arguments);
    const opts = optionsOf(sig, b);
    return opts === null ? runWithOptions(spec, [b.x], b as GeneralOptions) : runUnary(spec, b.x, opts);
  }
  return pyfunction(sig, named(ufunc, spec.name)) as unknown as UnaryUfunc;
}
