/**
 * `Generator.integers`: bounded integers of every integer dtype and bool, drawn exactly as
 * NumPy's `_bounded_integers` does for Generator (Lemire's method, 8/16-bit and single-bit
 * slices of buffered 32-bit draws), scalar and broadcast bounds alike.
 */
import { PyTypeError, ValueError } from "../../../errors";
import { NDArray } from "../../ndarray";
import { uninitStorage } from "../../alloc";
import { DType, DTypeLike, Storage, dtype as toDType } from "../../dtype";
import { FlatParam, ParamLike, Size, expandParam, readParam, shapeSize, toShape } from "../args";
import { outputShape } from "../sampler";
import type { PCG64 } from "./pcg64";
import { SmallDraws, boundedUint64, lemire32 } from "./bounded";

const BOUNDS: Record<string, [number, number]> = {
  int8: [-128, 127], int16: [-32768, 32767], int32: [-2147483648, 2147483647],
  int64: [-9223372036854775808, 9223372036854775807], uint8: [0, 255], uint16: [0, 65535],
  uint32: [0, 4294967295], uint64: [0, 18446744073709551615], bool: [0, 1],
};

/** One value off + [0, rng] for the dtype's width (small widths share `small`'s buffer). */
function drawOne(bg: PCG64, width: number, off: number, rng: number, small: SmallDraws): number {
  if (rng === 0) return off;
  switch (width) {
    case 1:
      return small.bit();
    case 8:
    case 16:
      return off + (rng === (width === 8 ? 0xff : 0xffff) ? small.next(width) : small.lemire(width, rng));
    case 32:
      return off + (rng === 0xffffffff ? bg.next32() >>> 0 : lemire32(bg, rng));
    default:
      return boundedUint64(bg, off, rng);
  }
}

/** Fills `out` with l + Lemire draws in [0, rng] on 32-bit draws in the kernel; false where it cannot. */
function fillLemire32(bg: PCG64, out: Storage, l: number, rng: number): boolean {
  if (out instanceof Float64Array) return bg.fillBounded32(out, l, rng);
  const values = uninitStorage(Float64Array, out.length) as Float64Array;
  if (!bg.fillBounded32(values, l, rng)) return false;
  out.set(values);
  return true;
}

function boundsError(closed: boolean, lows: ArrayLike<number>): ValueError {
  let anyLow = false;
  for (let i = 0; i < lows.length; i++) if (lows[i] !== 0) anyLow = true;
  if (!anyLow) return new ValueError(`high ${closed ? "<" : "<="} 0`);
  return new ValueError(`low ${closed ? ">" : ">="} high`);
}

function truncated(p: FlatParam): FlatParam {
  return Array.prototype.every.call(p.data, Number.isInteger) ? p : { data: Float64Array.from(p.data, Math.trunc), shape: p.shape };
}

/** Keyword arguments after binding. */
export interface IntegersArgs {
  low: unknown;
  high: unknown;
  size: unknown;
  dtype: unknown;
  endpoint: boolean;
}

/**
 * Integers in [low, high) (or [low, high] with endpoint) of the given dtype; a number (a
 * boolean for bool) for scalar bounds without size. 64-bit values are exact below 2^53.
 */
export function integers(bg: PCG64, kw: IntegersArgs): number | boolean | NDArray {
  const dt: DType = toDType(kw.dtype as DTypeLike);
  const bounds = BOUNDS[dt.name];
  if (bounds === undefined) throw new PyTypeError(`Unsupported dtype dtype('${dt.name}') for integers`);
  const width = dt.name === "bool" ? 1 : dt.itemsize * 8;
  let low = kw.low;
  let high = kw.high;
  if (high === null || high === undefined) {
    high = low;
    low = 0;
  }
  const closed = kw.endpoint;
  if (kw.size !== null && kw.size !== undefined && shapeSize(toShape(kw.size as Size)) === 0) {
    return NDArray.fromStorage(uninitStorage(dt.storage, 0), toShape(kw.size as Size), dt);
  }
  // float bounds are truncated, as NumPy's int() and casts do
  const lo = truncated(readParam(low as ParamLike, "low"));
  const hi = truncated(readParam(high as ParamLike, "high"));
  const small = new SmallDraws(bg);
  if (lo.shape.length === 0 && hi.shape.length === 0) {
    const l = lo.data[0];
    const h = hi.data[0] - (closed ? 0 : 1);
    if (l < bounds[0]) throw new ValueError(`low is out of bounds for ${dt.name}`);
    if (h > bounds[1]) throw new ValueError(`high is out of bounds for ${dt.name}`);
    if (l > h) throw boundsError(closed, [l]);
    const rng = h - l;
    if (rng > Number.MAX_SAFE_INTEGER) throw new ValueError(`high - low must be at most 2**53 here (values are exact only to 2**53)`);
    if (kw.size === null || kw.size === undefined) {
      const v = drawOne(bg, width, l, rng, small);
      return dt.name === "bool" ? v !== 0 : v;
    }
    const shape = toShape(kw.size as Size);
    const out = uninitStorage(dt.storage, shapeSize(shape));
    if (!((width === 32 || width === 64) && rng > 0 && rng <= 0xffffffff && fillLemire32(bg, out, l, rng))) {
      for (let i = 0; i < out.length; i++) out[i] = drawOne(bg, width, l, rng, small);
    }
    return NDArray.fromStorage(out, shape, dt);
  }
  for (let i = 0; i < lo.data.length; i++) if (lo.data[i] < bounds[0]) throw new ValueError(`low is out of bounds for ${dt.name}`);
  for (let i = 0; i < hi.data.length; i++) {
    if (hi.data[i] - (closed ? 0 : 1) > bounds[1]) throw new ValueError(`high is out of bounds for ${dt.name}`);
  }
  const { shape } = outputShape(kw.size, [lo.shape, hi.shape]);
  const lows = expandParam(lo, shape);
  const highs = expandParam(hi, shape);
  for (let i = 0; i < lows.length; i++) if (lows[i] > highs[i] - (closed ? 0 : 1)) throw boundsError(closed, lo.data);
  const out = uninitStorage(dt.storage, lows.length);
  for (let i = 0; i < out.length; i++) out[i] = drawOne(bg, width, lows[i], highs[i] - (closed ? 0 : 1) - lows[i], small);
  return NDArray.fromStorage(out, shape, dt);
}
