/** Writes under a mask, in place: np.copyto (casting, where), np.place and np.putmask. */
import { PyTypeError, ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { DType, bool, can_cast, float32 } from "../dtype";
import { astype, copyInto } from "../cast";
import { broadcast_to } from "../manipulate";
import { contiguousStorage } from "../contiguous";
import { compactShape } from "../shape";
import { assertWriteable } from "../flags";
import { bufferPositions } from "../manipulation/_views";
import { isNDArray } from "../params";
import type { Casting } from "../ndarray";
import { min_scalar_type } from "../dtype";
import { PyArgs, pyfunction, signature } from "../../signature";

const CASTINGS = ["no", "equiv", "safe", "same_kind", "unsafe"];

/** Keyword arguments of np.copyto. */
export interface CopytoOptions {
  dst?: NDArray;
  src?: ArrayLike;
  casting?: Casting;
  where?: ArrayLike;
}

const COPYTO = signature("numpy.copyto(dst, src, casting='same_kind', where=True)", { types: { casting: "str" } });
const PLACE = signature("numpy.place(arr, mask, vals)");
const PUTMASK = signature("numpy.putmask(a, mask, values)");

const dtypeRepr = (name: string) => `dtype('${name}')`;

/** The type value-based casting gives a Python number (float32 stands in for NumPy's float16). */
function scalarType(src: NDArray): DType {
  const value = src.item() as number;
  if (src.dtype.kind === "b") return src.dtype;
  if (src.dtype.kind === "f") return Math.abs(value) <= 3.4028234663852886e38 || !Number.isFinite(value) ? float32 : src.dtype;
  return min_scalar_type(value, src.dtype.kind);
}

/**
 * `numpy.copyto(dst, src, casting='same_kind', where=True)`: copies `src` (broadcast) into
 * `dst` in place where `where` (broadcast) is true, casting under the `casting` rule (Python
 * numbers by value, as NumPy 1.24).
 */
export function copyto(dst: NDArray, src: ArrayLike, ...rest: PyArgs<[casting: Casting, where: ArrayLike, options: CopytoOptions], CopytoOptions>): void;
export function copyto(...args: unknown[]): void {
  const b = args.length === 2 ? { dst: args[0], src: args[1], casting: "same_kind", where: true } : COPYTO.bind(args);
  const dst = b.dst as NDArray;
  if (!isNDArray(dst)) throw new PyTypeError(`copyto() argument 1 must be numpy.ndarray, not ${Array.isArray(dst) ? "list" : typeof dst}`);
  if (!CASTINGS.includes(b.casting)) {
    throw new ValueError(`casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe' (got '${b.casting}')`);
  }
  const src = asarray(b.src as ArrayLike);
  // a Python number stands for the smallest type of its kind holding it
  const from = !isNDArray(b.src) && src.ndim === 0 ? scalarType(src) : src.dtype;
  if (!can_cast(from, dst.dtype, b.casting)) {
    throw new PyTypeError(`Cannot cast array data from ${dtypeRepr(src.dtype.name)} to ${dtypeRepr(dst.dtype.name)} according to the rule '${b.casting}'`);
  }
  assertWriteable(dst);
  if (b.where === true) {
    copyInto(dst, src);
    return;
  }
  const mask = astype(asarray(b.where as ArrayLike), bool);
  let wide: NDArray;
  try {
    wide = broadcast_to(mask, dst.shape);
  } catch {
    throw new ValueError(`could not broadcast where mask from shape ${compactShape(mask.shape)} into shape ${compactShape(dst.shape)}`);
  }
  let values: NDArray;
  try {
    values = astype(broadcast_to(src, dst.shape), dst.dtype);
  } catch {
    throw new ValueError(`could not broadcast input array from shape ${compactShape(src.shape)} into shape ${compactShape(dst.shape)}`);
  }
  const positions = bufferPositions(dst);
  const m = contiguousStorage(wide), v = values.data, out = dst.data;
  for (let i = 0; i < positions.length; i++) if (m[i]) out[positions[i]] = v[i];
}

/** The array argument of place/putmask, checked as NumPy does. */
function target(a: unknown, what: string): NDArray {
  if (!isNDArray(a)) throw new PyTypeError(`${what} must be numpy.ndarray, not ${Array.isArray(a) ? "list" : typeof a}`);
  assertWriteable(a);
  return a;
}

/** The values as a's dtype, flattened (NumPy casts them unsafely). */
function flatValues(values: ArrayLike, a: NDArray): NDArray["data"] {
  return contiguousStorage(astype(asarray(values), a.dtype));
}

/**
 * `numpy.place(arr, mask, vals)`: in place, the elements of `arr` where `mask` is true (C
 * order) take the values of `vals` in turn, repeating them when they run out.
 */
export function place(arr: NDArray, mask: ArrayLike, vals: ArrayLike): void;
export function place(...args: unknown[]): void {
  const b = PLACE.bind(args);
  const a = target(b.arr, "argument 1");
  const m = contiguousStorage(astype(asarray(b.mask as ArrayLike), bool));
  if (m.length !== a.size) throw new ValueError("place: mask and data must be the same size");
  const v = flatValues(b.vals as ArrayLike, a);
  const positions = bufferPositions(a);
  let k = 0;
  for (let i = 0; i < m.length; i++) {
    if (!m[i]) continue;
    if (v.length === 0) throw new ValueError("Cannot insert from an empty array!");
    a.data[positions[i]] = v[k++ % v.length];
  }
}

/**
 * `numpy.putmask(a, mask, values)`: in place, `a.flat[i] = values.flat[i % len(values)]`
 * wherever `mask.flat[i]` is true.
 */
export function putmask(a: NDArray, mask: ArrayLike, values: ArrayLike): void;
export function putmask(...args: unknown[]): void {
  const b = PUTMASK.bind(args);
  const a = target(b.a, "putmask() argument 1");
  const m = contiguousStorage(astype(asarray(b.mask as ArrayLike), bool));
  if (m.length !== a.size) throw new ValueError("putmask: mask and data must be the same size");
  const v = flatValues(b.values as ArrayLike, a);
  if (v.length === 0) return;
  const positions = bufferPositions(a);
  for (let i = 0; i < m.length; i++) if (m[i]) a.data[positions[i]] = v[i % v.length];
}

pyfunction(COPYTO, copyto);
pyfunction(PLACE, place);
pyfunction(PUTMASK, putmask);
