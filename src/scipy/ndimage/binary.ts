/**
 * `scipy.ndimage.binary_erosion`, `binary_dilation`, `binary_opening`, `binary_closing` and
 * `binary_fill_holes` (SciPy 1.10).
 */
import { NDArray } from "../../np/ndarray";
import { DTypeLike, bool, dtype as toDType } from "../../np/dtype";
import { copyInto } from "../../np/cast";
import { RuntimeError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { releaseHeapArray } from "../../np/heap/heap";
import { addressOf, byteKernels, heapBytes } from "./_u8_simd";
import { Offsets, offsetsOf } from "./_neighbours";
import { ARRAY_OR_NONE, NDArrayLike, OUTPUT, Output, castValues, inputArray, perAxis, stridesOf } from "./_support";
import { flagsOf, reflected, structureOf } from "./structure";
import { SIZE } from "./uniform";

const TYPES = {
  input: "array_like", structure: ARRAY_OR_NONE, iterations: "int", mask: ARRAY_OR_NONE, output: OUTPUT,
  border_value: "int|bool", origin: SIZE, brute_force: "bool",
} as const;
const BINARY_EROSION = signature("scipy.ndimage.binary_erosion(input, structure=None, iterations=1, mask=None, output=None, border_value=0, origin=0, brute_force=False)", { types: TYPES });
const BINARY_DILATION = signature("scipy.ndimage.binary_dilation(input, structure=None, iterations=1, mask=None, output=None, border_value=0, origin=0, brute_force=False)", { types: TYPES });
const BINARY_OPENING = signature("scipy.ndimage.binary_opening(input, structure=None, iterations=1, output=None, origin=0, mask=None, border_value=0, brute_force=False)", { types: TYPES });
const BINARY_CLOSING = signature("scipy.ndimage.binary_closing(input, structure=None, iterations=1, output=None, origin=0, mask=None, border_value=0, brute_force=False)", { types: TYPES });
const BINARY_FILL_HOLES = signature("scipy.ndimage.binary_fill_holes(input, structure=None, output=None, origin=0)", {
  types: { input: "array_like", structure: ARRAY_OR_NONE, output: OUTPUT, origin: SIZE },
});

/** Keyword arguments of the binary morphology functions. */
export interface BinaryOptions {
  structure?: NDArrayLike | null;
  /** Repetitions; below 1, until nothing changes. */
  iterations?: number;
  /** Only pixels where mask is set may change. */
  mask?: NDArrayLike | null;
  output?: Output;
  /** The value assumed outside the array. */
  border_value?: number | boolean;
  origin?: number | readonly number[];
  /** Accepted for compatibility: the result is the same either way. */
  brute_force?: boolean;
}

type ErosionArgs = PyArgs<[structure: NDArrayLike | null, iterations: number, mask: NDArrayLike | null, output: Output, border_value: number | boolean, origin: number | readonly number[], brute_force: boolean, options: BinaryOptions], BinaryOptions>;
type OpeningArgs = PyArgs<[structure: NDArrayLike | null, iterations: number, output: Output, origin: number | readonly number[], mask: NDArrayLike | null, border_value: number | boolean, brute_force: boolean, options: BinaryOptions], BinaryOptions>;

/**
 * `scipy.ndimage.binary_erosion(input, structure=None, iterations=1, mask=None, output=None,
 * border_value=0, origin=0, brute_force=False)`: a pixel stays set when every pixel under the
 * structure (centred at shape // 2 + origin) is set, `border_value` outside the array.
 */
export function binary_erosion(input: NDArrayLike, ...rest: ErosionArgs): NDArray;
export function binary_erosion(...args: unknown[]): NDArray {
  const b = BINARY_EROSION.bind(args);
  const img = inputArray(b.input);
  const flags = morph(img, b, false);
  return deliverFlags(flags, img.shape, b.output);
}
pyfunction(BINARY_EROSION, binary_erosion);

/**
 * `scipy.ndimage.binary_dilation(input, structure=None, iterations=1, mask=None, output=None,
 * border_value=0, origin=0, brute_force=False)`: a pixel is set when any pixel under the
 * reflected structure is set (`border_value` outside).
 */
export function binary_dilation(input: NDArrayLike, ...rest: ErosionArgs): NDArray;
export function binary_dilation(...args: unknown[]): NDArray {
  const b = BINARY_DILATION.bind(args);
  const img = inputArray(b.input);
  return deliverFlags(morph(img, b, true), img.shape, b.output);
}
pyfunction(BINARY_DILATION, binary_dilation);

/**
 * `scipy.ndimage.binary_opening(input, structure=None, iterations=1, output=None, origin=0,
 * mask=None, border_value=0, brute_force=False)`: erosion, then dilation, `iterations` times each.
 */
export function binary_opening(input: NDArrayLike, ...rest: OpeningArgs): NDArray;
export function binary_opening(...args: unknown[]): NDArray {
  const b = BINARY_OPENING.bind(args);
  const img = inputArray(b.input);
  const eroded = morph(img, b, false);
  const dilated = morph(NDArray.fromStorage(eroded, img.shape.slice(), bool), b, true);
  return deliverFlags(dilated, img.shape, b.output);
}
pyfunction(BINARY_OPENING, binary_opening);

/**
 * `scipy.ndimage.binary_closing(input, structure=None, iterations=1, output=None, origin=0,
 * mask=None, border_value=0, brute_force=False)`: dilation, then erosion, `iterations` times each.
 */
export function binary_closing(input: NDArrayLike, ...rest: OpeningArgs): NDArray;
export function binary_closing(...args: unknown[]): NDArray {
  const b = BINARY_CLOSING.bind(args);
  const img = inputArray(b.input);
  const dilated = morph(img, b, true);
  const eroded = morph(NDArray.fromStorage(dilated, img.shape.slice(), bool), b, false);
  return deliverFlags(eroded, img.shape, b.output);
}
pyfunction(BINARY_CLOSING, binary_closing);

/** Keyword arguments of binary_fill_holes. */
export interface FillHolesOptions {
  structure?: NDArrayLike | null;
  output?: Output;
  origin?: number | readonly number[];
}

/**
 * `scipy.ndimage.binary_fill_holes(input, structure=None, output=None, origin=0)`: sets every
 * background pixel that the background connected to the outside (through `structure`) does not
 * reach. Given an output array, it fills that and returns None (null), as scipy does.
 */
export function binary_fill_holes(input: NDArrayLike, structure: NDArrayLike | null, output: NDArray, ...rest: PyArgs<[origin: number | readonly number[], options: FillHolesOptions], FillHolesOptions>): null;
export function binary_fill_holes(input: NDArrayLike, options: FillHolesOptions & { output: NDArray }): null;
export function binary_fill_holes(input: NDArrayLike, ...rest: PyArgs<[structure: NDArrayLike | null, output: Output, origin: number | readonly number[], options: FillHolesOptions], FillHolesOptions>): NDArray;
export function binary_fill_holes(...args: unknown[]): NDArray | null {
  const b = BINARY_FILL_HOLES.bind(args);
  const img = inputArray(b.input);
  const flags = flagsOf(img);
  const mask = new Uint8Array(flags.length);
  for (let i = 0; i < flags.length; i++) mask[i] = flags[i] ? 0 : 1;
  const { offsets } = dilationPlan(img, b.structure, b.origin);
  const reached = propagate(new Uint8Array(flags.length), mask, img.shape, offsets, true);
  for (let i = 0; i < reached.length; i++) reached[i] = reached[i] ? 0 : 1;
  const result = deliverFlags(reached, img.shape, b.output);
  return b.output instanceof NDArray ? null : result;
}
pyfunction(BINARY_FILL_HOLES, binary_fill_holes);

/** A bool result, or written into `output` (an array or a dtype). */
function deliverFlags(flags: Uint8Array, shape: readonly number[], output: Output): NDArray {
  const result = NDArray.fromStorage(flags, shape.slice(), bool);
  if (output === null || output === undefined) return result;
  if (output instanceof NDArray) {
    if (output.shape.length !== shape.length || output.shape.some((d, k) => d !== shape[k])) throw new RuntimeError("output shape not correct");
    copyInto(output, result);
    return output;
  }
  const dt = toDType(output as DTypeLike);
  return NDArray.fromStorage(castValues(Float64Array.from(flags), dt), shape.slice(), dt);
}

/** The dilation's structure (reflected, origin mirrored as scipy does) as offsets. */
function dilationPlan(img: NDArray, structure: unknown, origin: number | number[]): { offsets: Offsets } {
  const s = reflected(structureOf(structure, img.ndim));
  const origins = perAxis<number>(origin, img.ndim).map((o, k) => -o - (s.shape[k] & 1 ? 0 : 1));
  return { offsets: offsetsOf(s.on, s.shape, origins, img.shape) };
}

/** Erosion (or, with `dilate`, dilation) of `img` as the bound arguments say. */
function morph(img: NDArray, b: Record<string, any>, dilate: boolean): Uint8Array {
  const rank = img.ndim;
  const s = structureOf(b.structure, rank);
  if (s.on.length < 1) throw new RuntimeError("structure must not be empty");
  let offsets: Offsets;
  if (dilate) offsets = dilationPlan(img, b.structure, b.origin).offsets;
  else offsets = offsetsOf(s.on, s.shape, perAxis<number>(b.origin, rank), img.shape);
  let mask: Uint8Array | null = null;
  if (b.mask !== null && b.mask !== undefined) {
    const m = inputArray(b.mask, "mask");
    if (m.shape.length !== rank || m.shape.some((d, k) => d !== img.shape[k])) throw new RuntimeError("mask and input must have equal sizes");
    mask = flagsOf(m);
  }
  const border = b.border_value ? 1 : 0;
  let cur = flagsOf(img);
  if (b.iterations < 1 && dilate) return propagate(cur, mask, img.shape, offsets, border === 1);
  if (img.ndim === 0) return cur;
  for (let it = 0; b.iterations < 1 || it < b.iterations; it++) {
    const next = erodeOnce(cur, img.shape, offsets, border, dilate, mask);
    let changed = false;
    for (let i = 0; i < next.length && !changed; i++) if (next[i] !== cur[i]) changed = true;
    cur = next;
    if (!changed) break;
  }
  return cur;
}

/** One pass: all (erosion) or any (dilation) of the pixels under the offsets. */
function erodeOnce(
  src: Uint8Array, shape: readonly number[], o: Offsets, border: number, dilate: boolean, mask: Uint8Array | null,
): Uint8Array {
  const n = src.length;
  const rank = shape.length;
  const out = heapBytes(n) ?? new Uint8Array(n);
  if (n === 0) return out;
  // a copy padded with the border value, so every offset reads without a bounds test
  const lo = new Array<number>(rank).fill(0);
  const hi = new Array<number>(rank).fill(0);
  for (let k = 0; k < o.count; k++) {
    for (let a = 0; a < rank; a++) {
      const d = o.delta[k * rank + a];
      if (-d > lo[a]) lo[a] = -d;
      if (d > hi[a]) hi[a] = d;
    }
  }
  const pshape = shape.map((d, a) => d + lo[a] + hi[a]);
  const pstrides = stridesOf(pshape);
  const psize = pshape.reduce((x, y) => x * y, 1);
  const padded = heapBytes(psize) ?? new Uint8Array(psize);
  padded.fill(border);
  const flat = new Int32Array(o.count);
  for (let k = 0; k < o.count; k++) {
    let f = 0;
    for (let a = 0; a < rank; a++) f += o.delta[k * rank + a] * pstrides[a];
    flat[k] = f;
  }
  const cols = shape[rank - 1];
  const rows = n / cols;
  const idx = new Array<number>(Math.max(rank - 1, 0)).fill(0);
  const bases = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let base = lo[rank - 1];
    for (let a = 0; a < rank - 1; a++) base += (idx[a] + lo[a]) * pstrides[a];
    bases[r] = base;
    padded.set(src.subarray(r * cols, r * cols + cols), base);
    for (let a = rank - 2; a >= 0; a--) {
      if (++idx[a] < shape[a]) break;
      idx[a] = 0;
    }
  }
  const count = o.count;
  // flags are 0 / 1: AND is the byte minimum, OR the maximum, sixteen pixels an instruction
  if (mask === null && count > 0 && byteRows(padded, bases, flat, out, cols, dilate)) {
    releaseHeapArray(padded);
    return out;
  }
  // row by row: AND (erosion) or OR (dilation) of the row shifted by each offset
  const row = new Uint8Array(cols);
  for (let r = 0; r < rows; r++) {
    const base = bases[r];
    row.fill(dilate ? 0 : 1);
    for (let k = 0; k < count; k++) {
      const from = base + flat[k];
      if (dilate) for (let c = 0; c < cols; c++) row[c] |= padded[from + c];
      else for (let c = 0; c < cols; c++) row[c] &= padded[from + c];
    }
    const ob = r * cols;
    if (mask === null) out.set(row, ob);
    else for (let c = 0; c < cols; c++) out[ob + c] = mask[ob + c] ? row[c] : src[ob + c];
  }
  return out;
}

/** out row r = extreme over k of padded[bases[r] + flat[k] ...] on the SIMD byte kernels; false where they are missing. */
function byteRows(padded: Uint8Array, bases: Int32Array, flat: Int32Array, out: Uint8Array, cols: number, dilate: boolean): boolean {
  const k = byteKernels();
  const pa = addressOf(padded);
  const oa = addressOf(out);
  if (k === null || pa < 0 || oa < 0) return false;
  const op = dilate ? k.max : k.min;
  for (let r = 0; r < bases.length; r++) {
    const o = oa + r * cols;
    const from = pa + bases[r];
    if (flat.length === 1) out.set(padded.subarray(bases[r] + flat[0], bases[r] + flat[0] + cols), r * cols);
    else op(o, from + flat[0], from + flat[1], cols);
    for (let j = 2; j < flat.length; j++) op(o, o, from + flat[j], cols);
  }
  return true;
}

/**
 * Dilation repeated until nothing changes, as a flood: a pixel (where mask allows) becomes set
 * when a pixel under its offsets is set, or lies outside with `outsideSet`. The image is padded
 * by the offsets' reach, the padding set (outsideSet) or blocked, so neighbours need no bounds
 * test beyond the array's ends (a step across a row end lands in the padding).
 */
function propagate(start: Uint8Array, mask: Uint8Array | null, shape: readonly number[], o: Offsets, outsideSet: boolean): Uint8Array {
  const n = start.length;
  const rank = shape.length;
  if (n === 0 || rank === 0) return start.slice();
  const lo = new Array<number>(rank).fill(0);
  const hi = new Array<number>(rank).fill(0);
  for (let k = 0; k < o.count; k++) {
    for (let a = 0; a < rank; a++) {
      const d = o.delta[k * rank + a];
      if (Math.abs(d) > lo[a]) lo[a] = Math.abs(d);
    }
  }
  for (let a = 0; a < rank; a++) hi[a] = lo[a];
  const pshape = shape.map((d, a) => d + lo[a] + hi[a]);
  const pstrides = stridesOf(pshape);
  const total = pshape.reduce((x, y) => x * y, 1);
  // 0: may become set, 1: set, 2: stays unset
  const state = new Uint8Array(total).fill(outsideSet ? 1 : 2);
  const flat = new Int32Array(o.count);
  for (let k = 0; k < o.count; k++) {
    let f = 0;
    for (let a = 0; a < rank; a++) f += o.delta[k * rank + a] * pstrides[a];
    flat[k] = f;
  }
  const cols = shape[rank - 1];
  const rows = n / cols;
  const bases = new Int32Array(rows);
  const idx = new Array<number>(Math.max(rank - 1, 0)).fill(0);
  for (let r = 0; r < rows; r++) {
    let base = lo[rank - 1];
    for (let a = 0; a < rank - 1; a++) base += (idx[a] + lo[a]) * pstrides[a];
    bases[r] = base;
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      state[base + c] = start[i] ? 1 : mask === null || mask[i] ? 0 : 2;
    }
    for (let a = rank - 2; a >= 0; a--) {
      if (++idx[a] < shape[a]) break;
      idx[a] = 0;
    }
  }
  const queue = new Int32Array(total);
  let tail = 0;
  for (let p = 0; p < total; p++) if (state[p] === 1) queue[tail++] = p;
  // a set pixel q sets p when q = p + offset: p = q - offset
  for (let head = 0; head < tail; head++) {
    const q = queue[head];
    for (let k = 0; k < flat.length; k++) {
      const p = q - flat[k];
      if (p < 0 || p >= total || state[p] !== 0) continue;
      state[p] = 1;
      queue[tail++] = p;
    }
  }
  const out = new Uint8Array(n);
  for (let r = 0; r < rows; r++) {
    const base = bases[r];
    for (let c = 0; c < cols; c++) out[r * cols + c] = state[base + c] === 1 ? 1 : 0;
  }
  return out;
}
