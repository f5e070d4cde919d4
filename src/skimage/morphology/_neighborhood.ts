/**
 * scikit-image's neighbourhood plumbing for the flood and extrema functions: a 3 x ... x 3
 * footprint (or the one of `connectivity`, default ndim) as flat offsets in a padded array,
 * centre excluded, and the padding by one element on every side.
 */
import { NDArray } from "../../np/ndarray";
import { ValueError } from "../../errors";
import { binaryStructure } from "../../scipy/ndimage/structure";
import { asNDArray, readFloat64 } from "../_internal/arrays";

/** _resolve_neighborhood: the footprint's set flags (3^ndim of them). */
export function resolveNeighborhood(footprint: unknown, connectivity: number | null, ndim: number): Uint8Array {
  if (footprint === null || footprint === undefined) {
    return binaryStructure(ndim, connectivity ?? ndim).data as Uint8Array;
  }
  const fp = asNDArray(footprint as NDArray, "footprint");
  if (fp.ndim !== ndim) throw new ValueError("number of dimensions in image and footprint do notmatch");
  if (fp.shape.some((s) => s !== 3)) throw new ValueError("dimension size in footprint is not 3");
  return Uint8Array.from(readFloat64(fp), (v) => (v ? 1 : 0));
}

/** Flat offsets (in an array of `shape`) of the set footprint elements around the centre, centre excluded. */
export function neighborOffsets(shape: readonly number[], on: Uint8Array): Int32Array {
  const ndim = shape.length;
  const strides: number[] = [];
  let step = 1;
  for (let a = ndim - 1; a >= 0; a--) {
    strides[a] = step;
    step *= shape[a];
  }
  const out: number[] = [];
  for (let i = 0; i < on.length; i++) {
    if (!on[i]) continue;
    let rem = i;
    let off = 0;
    for (let a = ndim - 1; a >= 0; a--) {
      off += ((rem % 3) - 1) * strides[a];
      rem = Math.floor(rem / 3);
    }
    if (off !== 0) out.push(off);
  }
  return Int32Array.from(out);
}

/** Row starts (offset in the padded array) of each row of `shape` padded by one on every side. */
function paddedRowStarts(shape: readonly number[]): Int32Array {
  const ndim = shape.length;
  const pshape = shape.map((d) => d + 2);
  const pstrides: number[] = [];
  let step = 1;
  for (let a = ndim - 1; a >= 0; a--) {
    pstrides[a] = step;
    step *= pshape[a];
  }
  const cols = shape[ndim - 1];
  const rows = cols === 0 ? 0 : shape.reduce((x, y) => x * y, 1) / cols;
  const starts = new Int32Array(rows);
  const idx = new Array<number>(Math.max(ndim - 1, 0)).fill(0);
  for (let r = 0; r < rows; r++) {
    let p = 1;
    for (let a = 0; a < ndim - 1; a++) p += (idx[a] + 1) * pstrides[a];
    starts[r] = p;
    for (let a = ndim - 2; a >= 0; a--) {
      if (++idx[a] < shape[a]) break;
      idx[a] = 0;
    }
  }
  return starts;
}

/** The values padded by one element of `value` on every side. */
export function padOne<T extends Float64Array | NDArray["data"]>(values: T, shape: readonly number[], value: number): { data: T; shape: number[] } {
  const pshape = shape.map((d) => d + 2);
  const data = new (values.constructor as new (n: number) => T)(pshape.reduce((a, b) => a * b, 1)).fill(value) as T;
  const cols = shape[shape.length - 1];
  paddedRowStarts(shape).forEach((start, r) => data.set(values.subarray(r * cols, r * cols + cols) as ArrayLike<number>, start));
  return { data, shape: pshape };
}

/** Flags of a padded array with its outer ring set to `value` (_set_border_values). */
export function borderFlags(pshape: readonly number[], value: number): Uint8Array {
  const n = pshape.reduce((a, b) => a * b, 1);
  const flags = new Uint8Array(n).fill(value);
  if (pshape.some((d) => d < 3)) return flags;
  // the interior rows are cleared; everything else is border
  const inner = pshape.map((d) => d - 2);
  const cols = inner[inner.length - 1];
  for (const start of paddedRowStarts(inner)) flags.fill(0, start, start + cols);
  return flags;
}

/** The interior of a padded C-ordered array (one element off every side), in C order. */
export function cropOne<T extends { length: number; [i: number]: number }>(data: T, pshape: readonly number[], out: T): T {
  const shape = pshape.map((d) => d - 2);
  const cols = shape[shape.length - 1];
  const starts = paddedRowStarts(shape);
  for (let r = 0; r < starts.length; r++) {
    const s = starts[r];
    for (let c = 0; c < cols; c++) out[r * cols + c] = data[s + c];
  }
  return out;
}
