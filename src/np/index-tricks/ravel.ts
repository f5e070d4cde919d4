/** np.ravel_multi_index and np.unravel_index: flat indices from coordinates and back. */
import { PyTypeError, ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { int64 } from "../dtype";
import { broadcast_arrays } from "../manipulation/broadcast";
import { contiguousStorage } from "../contiguous";
import { IndexMode, checkMode } from "../manipulation/take";
import { PyArgs, pyfunction, signature } from "../../signature";
import { SHAPE } from "../params";

type Dims = number | readonly number[];

/** Keyword arguments of np.ravel_multi_index. */
export interface RavelMultiIndexOptions {
  multi_index?: readonly ArrayLike[];
  dims?: Dims;
  mode?: IndexMode | readonly IndexMode[];
  order?: "C" | "F";
}

/** Keyword arguments of np.unravel_index. */
export interface UnravelIndexOptions {
  indices?: ArrayLike;
  shape?: Dims;
  order?: "C" | "F";
}

const RAVEL = signature("numpy.ravel_multi_index(multi_index, dims, mode='raise', order='C')", { types: { multi_index: "sequence", dims: SHAPE } });
const UNRAVEL = signature("numpy.unravel_index(indices, shape, order='C')", { types: { shape: SHAPE } });

function checkCF(order: unknown): void {
  if (order !== "C" && order !== "F") throw new ValueError("only 'C' or 'F' order is permitted");
}

/** The flat-index weight of each dimension in C or F order. */
function weights(dims: readonly number[], order: string): number[] {
  const w = new Array<number>(dims.length);
  let step = 1;
  const n = dims.length;
  for (let k = 0; k < n; k++) {
    const d = order === "C" ? n - 1 - k : k;
    w[d] = step;
    step *= dims[d];
  }
  return w;
}

function integerArray(v: ArrayLike): NDArray {
  const a = asarray(v);
  if (a.dtype.kind === "f" && a.size === 0 && !(v instanceof NDArray)) {
    throw new PyTypeError("indices must be integral: the provided empty sequence was inferred as float. Wrap it with 'np.array(indices, dtype=np.intp)'");
  }
  if (a.dtype.kind === "f") throw new PyTypeError("only int indices permitted");
  return a;
}

/**
 * `numpy.ravel_multi_index(multi_index, dims, mode='raise', order='C')`: the flat index of each
 * coordinate tuple (the coordinate arrays broadcast together) in an array of shape `dims`.
 * `mode` ('raise', 'wrap', 'clip', or one per dimension) handles coordinates out of range.
 */
export function ravel_multi_index(multi_index: readonly ArrayLike[], dims: Dims, ...rest: PyArgs<[mode: IndexMode | readonly IndexMode[], order: "C" | "F", options: RavelMultiIndexOptions], RavelMultiIndexOptions>): NDArray | number;
export function ravel_multi_index(...args: unknown[]): NDArray | number {
  const b = RAVEL.bind(args);
  const dims = typeof b.dims === "number" ? [b.dims] : (b.dims as number[]);
  checkCF(b.order);
  const coords = (b.multi_index as ArrayLike[]).map(integerArray);
  if (coords.length !== dims.length) throw new ValueError(`parameter multi_index must be a sequence of length ${dims.length}`);
  const modes = (Array.isArray(b.mode) ? b.mode : dims.map(() => b.mode)).map(checkMode);
  if (modes.length !== dims.length) throw new ValueError(`parameter mode must be a sequence of length ${dims.length}`);
  const flat = coords.length === 0 ? [] : broadcast_arrays(...coords);
  const shape = flat.length === 0 ? [] : flat[0].shape;
  const size = flat.length === 0 ? 1 : flat[0].size;
  const w = weights(dims, b.order);
  const out = new Float64Array(size);
  const data = flat.map((c) => contiguousStorage(c));
  for (let k = 0; k < dims.length; k++) {
    const n = dims[k], col = data[k], mode = modes[k];
    for (let i = 0; i < size; i++) {
      let j = col[i];
      if (j < 0 || j >= n) {
        if (mode === "raise") throw new ValueError("invalid entry in coordinates array");
        j = mode === "wrap" ? ((j % n) + n) % n : j < 0 ? 0 : n - 1;
      }
      out[i] += j * w[k];
    }
  }
  if (flat.length > 0 && coords.every((c) => c.ndim === 0)) return out[0];
  return NDArray.fromStorage(out, shape, int64);
}

/**
 * `numpy.unravel_index(indices, shape, order='C')`: the coordinate arrays (one per dimension of
 * `shape`) of flat indices; numbers for a scalar index.
 */
export function unravel_index(indices: number, shape: Dims, ...rest: PyArgs<[order: "C" | "F", options: UnravelIndexOptions], UnravelIndexOptions>): number[];
export function unravel_index(indices: ArrayLike, shape: Dims, ...rest: PyArgs<[order: "C" | "F", options: UnravelIndexOptions], UnravelIndexOptions>): NDArray[] | number[];
export function unravel_index(...args: unknown[]): NDArray[] | number[] {
  const b = args.length === 2 ? { indices: args[0], shape: args[1], order: "C" } : UNRAVEL.bind(args);
  const dims = typeof b.shape === "number" ? [b.shape] : (b.shape as number[]);
  checkCF(b.order);
  const idx = integerArray(b.indices as ArrayLike);
  const total = dims.reduce((p, d) => p * d, 1);
  const flat = contiguousStorage(idx);
  const outs = dims.map(() => new Float64Array(flat.length));
  const w = weights(dims, b.order as string);
  for (let i = 0; i < flat.length; i++) {
    let v = flat[i];
    if (v < 0 || v >= total) throw new ValueError(`index ${v} is out of bounds for array with size ${total}`);
    for (let k = 0; k < dims.length; k++) {
      const d = b.order === "C" ? k : dims.length - 1 - k;
      outs[d][i] = Math.floor(v / w[d]);
      v -= outs[d][i] * w[d];
    }
  }
  if (idx.ndim === 0) return outs.map((o) => o[0]);
  return outs.map((o) => NDArray.fromStorage(o, idx.shape, int64));
}

pyfunction(RAVEL, ravel_multi_index);
pyfunction(UNRAVEL, unravel_index);
