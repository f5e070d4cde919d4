/**
 * Memory questions about arrays: np.isfortran, np.may_share_memory, np.shares_memory and
 * np.byte_bounds. Arrays share memory when their elements live in the same ArrayBuffer.
 */
import { TooHardError } from "../errors";
import { NDArray } from "./ndarray";
import { ArrayLike, asarray } from "./create";
import { isCContiguous } from "./contiguous";
import { isFContiguous } from "./layout";
import { bufferPositions } from "./manipulation/_views";
import { isNDArray } from "./params";
import { PyArgs, pyfunction, signature } from "../signature";

const ISFORTRAN = signature("numpy.isfortran(a)");
const MAY_SHARE = signature("numpy.may_share_memory(a, b, /, max_work=None)", { types: { max_work: "int|None" } });
const SHARES = signature("numpy.shares_memory(a, b, /, max_work=None)", { types: { max_work: "int|None" } });
const BYTE_BOUNDS = signature("numpy.byte_bounds(a)");

/** `numpy.isfortran(a)`: true when `a` is Fortran-contiguous and not also C-contiguous. */
export function isfortran(a: NDArray): boolean;
export function isfortran(...args: unknown[]): boolean {
  const a = asarray(ISFORTRAN.bind(args).a as ArrayLike);
  return isFContiguous(a) && !isCContiguous(a);
}

/** Byte offsets [low, high) of the elements of `a` within its ArrayBuffer. */
function bounds(a: NDArray): [number, number] {
  const item = a.data.BYTES_PER_ELEMENT;
  if (a.size === 0) return [a.data.byteOffset + a.offset * item, a.data.byteOffset + a.offset * item];
  let lo = a.offset, hi = a.offset;
  for (let d = 0; d < a.ndim; d++) {
    const span = (a.shape[d] - 1) * a.strides[d];
    if (span < 0) lo += span;
    else hi += span;
  }
  return [a.data.byteOffset + lo * item, a.data.byteOffset + (hi + 1) * item];
}

function sameBuffer(a: unknown, b: unknown): boolean {
  return isNDArray(a) && isNDArray(b) && a.data.buffer === b.data.buffer;
}

function overlapBounds(a: NDArray, b: NDArray): boolean {
  const [alo, ahi] = bounds(a), [blo, bhi] = bounds(b);
  return alo < bhi && blo < ahi;
}

/** Keyword arguments of np.may_share_memory / np.shares_memory. */
export interface SharesMemoryOptions {
  max_work?: number | null;
}

/**
 * `numpy.may_share_memory(a, b, /, max_work=None)`: whether the memory extents of `a` and `b`
 * overlap (a quick bounds test; `max_work: -1` asks for the exact answer of shares_memory).
 */
export function may_share_memory(a: ArrayLike, b: ArrayLike, ...rest: PyArgs<[max_work: number | null, options: SharesMemoryOptions], SharesMemoryOptions>): boolean;
export function may_share_memory(...args: unknown[]): boolean {
  const bound = args.length === 2 ? { a: args[0], b: args[1], max_work: null } : MAY_SHARE.bind(args);
  if (bound.max_work === -1) return sharesExactly(bound.a, bound.b);
  return sameBuffer(bound.a, bound.b) && overlapBounds(bound.a as NDArray, bound.b as NDArray);
}

function sharesExactly(a: unknown, b: unknown): boolean {
  if (!sameBuffer(a, b)) return false;
  const x = a as NDArray, y = b as NDArray;
  if (!overlapBounds(x, y)) return false;
  const item = x.data.BYTES_PER_ELEMENT, itemY = y.data.BYTES_PER_ELEMENT;
  const bytes = new Set<number>();
  for (const p of bufferPositions(x)) for (let k = 0; k < item; k++) bytes.add(x.data.byteOffset + p * item + k);
  for (const p of bufferPositions(y)) for (let k = 0; k < itemY; k++) if (bytes.has(y.data.byteOffset + p * itemY + k)) return true;
  return false;
}

/**
 * `numpy.shares_memory(a, b, /, max_work=None)`: whether some element of `a` and some element
 * of `b` occupy the same bytes, found exactly (any positive `max_work` is budget enough here;
 * `max_work: 0` answers only when the extents do not overlap, else TooHardError as NumPy).
 */
export function shares_memory(a: ArrayLike, b: ArrayLike, ...rest: PyArgs<[max_work: number | null, options: SharesMemoryOptions], SharesMemoryOptions>): boolean;
export function shares_memory(...args: unknown[]): boolean {
  const bound = args.length === 2 ? { a: args[0], b: args[1], max_work: null } : SHARES.bind(args);
  if (bound.max_work === 0) {
    // NumPy's budget of zero steps settles only arrays whose extents do not overlap
    if (!sameBuffer(bound.a, bound.b) || !overlapBounds(bound.a as NDArray, bound.b as NDArray)) return false;
    throw new TooHardError("Exceeded max_work");
  }
  return sharesExactly(bound.a, bound.b);
}

/**
 * `numpy.byte_bounds(a)`: `[low, high]`, the first byte of `a`'s elements and one past the
 * last. JavaScript has no addresses: they count from the start of `a`'s ArrayBuffer, so their
 * difference (and comparisons between arrays of one buffer) mean what NumPy's do.
 */
export function byte_bounds(a: NDArray): [number, number];
export function byte_bounds(...args: unknown[]): [number, number] {
  return bounds(asarray(BYTE_BOUNDS.bind(args).a as ArrayLike));
}

pyfunction(ISFORTRAN, isfortran);
pyfunction(MAY_SHARE, may_share_memory);
pyfunction(SHARES, shares_memory);
pyfunction(BYTE_BOUNDS, byte_bounds);
