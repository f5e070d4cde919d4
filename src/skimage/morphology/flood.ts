/** `skimage.morphology.flood` and `flood_fill` (0.19). */
import { NDArray } from "../../np/ndarray";
import { bool } from "../../np/dtype";
import { IndexError } from "../../errors";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { castValues } from "../../scipy/ndimage/_support";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { contiguousStorage } from "../../np/contiguous";
import { ARRAY_OR_NONE } from "./_support";
import { borderFlags, cropOne, neighborOffsets, padOne, resolveNeighborhood } from "./_neighborhood";

const SEED = check("int or tuple of ints", (v) => Number.isInteger(v) || (Array.isArray(v) && v.every(Number.isInteger)));
const FLOOD = signature("skimage.morphology.flood(image, seed_point, *, footprint=None, connectivity=None, tolerance=None)", {
  types: { image: "array_like", seed_point: SEED, footprint: ARRAY_OR_NONE, connectivity: "int|None", tolerance: "float|None" },
});
const FLOOD_FILL = signature("skimage.morphology.flood_fill(image, seed_point, new_value, *, footprint=None, connectivity=None, tolerance=None, in_place=False)", {
  types: { image: "array_like", seed_point: SEED, new_value: "float", footprint: ARRAY_OR_NONE, connectivity: "int|None", tolerance: "float|None", in_place: "bool" },
});

/** Keyword arguments of flood. */
export interface FloodOptions {
  footprint?: NDArrayLike | null;
  /** Neighbours at squared distance <= connectivity (default: ndim, all neighbours). */
  connectivity?: number | null;
  /** Also fill values within seed_value +- tolerance. */
  tolerance?: number | null;
}

/** The seed's flat index (negative coordinates wrap, as numpy indexing does). */
function seedIndex(seed: number | number[], shape: readonly number[]): number[] {
  const s = typeof seed === "number" ? [seed] : seed;
  if (s.length !== shape.length) throw new IndexError(`seed_point ${JSON.stringify(seed)} does not index an array of ${shape.length} dimensions`);
  return s.map((v, a) => {
    if (v < -shape[a] || v >= shape[a]) throw new IndexError(`index ${v} is out of bounds for axis ${a} with size ${shape[a]}`);
    return ((v % shape[a]) + shape[a]) % shape[a];
  });
}

/** The dtype's value limits, for the tolerance window (floats: unbounded). */
function limits(img: NDArray): [number, number] {
  const name = img.dtype.name;
  const table: Record<string, [number, number]> = {
    bool: [0, 1], uint8: [0, 255], int8: [-128, 127], uint16: [0, 65535], int16: [-32768, 32767],
    uint32: [0, 4294967295], int32: [-2147483648, 2147483647], uint64: [0, 2 ** 64 - 1], int64: [-(2 ** 63), 2 ** 63 - 1],
  };
  return table[name] ?? [-Number.MAX_VALUE, Number.MAX_VALUE];
}

function floodMask(img: NDArray, seedPoint: number | number[], footprint: unknown, connectivity: number | null, tolerance: number | null): Uint8Array {
  const shape = img.shape;
  if (img.size === 0) return new Uint8Array(0);
  const seed = seedIndex(seedPoint, shape);
  // the image's own storage: the comparisons below read its values as they are
  const values = contiguousStorage(img);
  let flat = 0;
  for (let a = 0; a < shape.length; a++) flat = flat * shape[a] + seed[a];
  const seedValue = values[flat];
  const on = resolveNeighborhood(footprint, connectivity, img.ndim);
  let lo = seedValue;
  let hi = seedValue;
  if (tolerance !== null) {
    const [dmin, dmax] = limits(img);
    hi = Math.min(dmax, seedValue + tolerance);
    lo = Math.max(dmin, seedValue - tolerance);
  }
  if (shape.length === 2) {
    const eight = on.every((x) => x === 1);
    const four = on.every((x, k) => x === (k % 2 === 1 || k === 4 ? 1 : 0));
    if (eight || four) return floodSpans(values, shape[0], shape[1], seed[0], seed[1], lo, hi, eight);
  }
  // the padding is flagged as border and never read: any value does
  const p = padOne(values, shape, 0);
  const flags = borderFlags(p.shape, 2);
  const offsets = neighborOffsets(p.shape, on);
  let start = 0;
  const pstrides: number[] = [];
  let step = 1;
  for (let a = shape.length - 1; a >= 0; a--) {
    pstrides[a] = step;
    step *= p.shape[a];
  }
  for (let a = 0; a < shape.length; a++) start += (seed[a] + 1) * pstrides[a];
  const queue = new Int32Array(p.data.length);
  let head = 0;
  let tail = 0;
  flags[start] = 1;
  queue[tail++] = start;
  while (head < tail) {
    const q = queue[head++];
    for (let k = 0; k < offsets.length; k++) {
      const r = q + offsets[k];
      if (flags[r]) continue;
      const v = p.data[r];
      if (v >= lo && v <= hi) {
        flags[r] = 1;
        queue[tail++] = r;
      }
    }
  }
  for (let i = 0; i < flags.length; i++) if (flags[i] === 2) flags[i] = 0;
  return cropOne(flags, p.shape, new Uint8Array(img.size));
}

/**
 * The 2-D flood by spans: each run of pixels within [lo, hi] along a row is filled at once,
 * and the rows above and below are searched over the run (one pixel wider on each side with
 * 8-connectivity) for the runs it reaches. The seed is filled whatever its value, as the
 * queue-based fill starts from it. Same pixels as the queue, far fewer steps.
 */
function floodSpans(values: ArrayLike<number>, rows: number, cols: number, seedRow: number, seedCol: number, lo: number, hi: number, eight: boolean): Uint8Array {
  const filled = new Uint8Array(rows * cols);
  const reach = eight ? 1 : 0;
  const stack: number[] = [];
  const fillRun = (r: number, c: number): void => {
    // c is filled already; extend both ways, then look at the neighbouring rows
    const base = r * cols;
    let left = c;
    while (left > 0 && !filled[base + left - 1] && inRange(values[base + left - 1], lo, hi)) filled[base + --left] = 1;
    let right = c;
    while (right < cols - 1 && !filled[base + right + 1] && inRange(values[base + right + 1], lo, hi)) filled[base + ++right] = 1;
    const from = Math.max(0, left - reach);
    const to = Math.min(cols - 1, right + reach);
    for (const nr of [r - 1, r + 1]) {
      if (nr < 0 || nr >= rows) continue;
      const nb = nr * cols;
      for (let x = from; x <= to; x++) {
        if (filled[nb + x] || !inRange(values[nb + x], lo, hi)) continue;
        // the first pixel of a run: its fill takes the rest of the run
        filled[nb + x] = 1;
        stack.push(nr, x);
        while (x < to && !filled[nb + x + 1] && inRange(values[nb + x + 1], lo, hi)) x++;
      }
    }
  };
  filled[seedRow * cols + seedCol] = 1;
  fillRun(seedRow, seedCol);
  while (stack.length > 0) {
    const c = stack.pop()!;
    const r = stack.pop()!;
    fillRun(r, c);
  }
  return filled;
}

function inRange(v: number, lo: number, hi: number): boolean {
  return v >= lo && v <= hi;
}

/**
 * `skimage.morphology.flood(image, seed_point, *, footprint=None, connectivity=None,
 * tolerance=None)`: the bool mask of the pixels connected to seed_point with its value (or
 * within tolerance of it).
 */
export function flood(image: NDArrayLike, seed_point: number | readonly number[], options?: FloodOptions): NDArray;
export function flood(...args: unknown[]): NDArray {
  const { image, seed_point, footprint, connectivity, tolerance } = FLOOD.bind(args);
  const img = asNDArray(image);
  return NDArray.fromStorage(floodMask(img, seed_point, footprint, connectivity, tolerance), img.shape.slice(), bool);
}
pyfunction(FLOOD, flood);

/** Keyword arguments of flood_fill. */
export interface FloodFillOptions extends FloodOptions {
  /** Fill `image` itself (an NDArray) instead of a copy. */
  in_place?: boolean;
}

/**
 * `skimage.morphology.flood_fill(image, seed_point, new_value, *, footprint=None,
 * connectivity=None, tolerance=None, in_place=False)`: a copy of the image (or the image, in
 * place) with the flooded region set to new_value (cast to the image's dtype).
 */
export function flood_fill(image: NDArrayLike, seed_point: number | readonly number[], new_value: number, options?: FloodFillOptions): NDArray;
export function flood_fill(...args: unknown[]): NDArray {
  const { image, seed_point, new_value, footprint, connectivity, tolerance, in_place } = FLOOD_FILL.bind(args);
  const img = asNDArray(image);
  const mask = floodMask(img, seed_point, footprint, connectivity, tolerance);
  // new_value cast to the dtype once (C's cast, as for every filled element)
  const fill = castValues(Float64Array.of(new_value), img.dtype)[0];
  const values = contiguousStorage(img).slice();
  for (let i = 0; i < mask.length; i++) if (mask[i]) values[i] = fill;
  const result = NDArray.fromStorage(values, img.shape.slice(), img.dtype);
  if (in_place && image instanceof NDArray) {
    image.set("...", result);
    return image;
  }
  return result;
}
pyfunction(FLOOD_FILL, flood_fill);
