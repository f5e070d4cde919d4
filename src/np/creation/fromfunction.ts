/** Index grids: indices, fromfunction. */
import { NDArray } from "../ndarray";
import { PyArgs, pyfunction, signature } from "../../signature";
import { DTYPE, SHAPE } from "../params";
import { DType, DTypeLike, dtype as toDType, float64, int64 } from "../dtype";
import { ShapeLike, normShape, shapeSize } from "../shape";
import { arange } from "../create-ranges";
import { astype } from "../cast";
import { broadcast_to, reshape } from "../manipulate";

/** Keyword arguments of np.indices. */
export interface IndicesOptions {
  dimensions?: ShapeLike;
  dtype?: DTypeLike;
  /** True: one array per axis, length 1 along the other axes (broadcastable). */
  sparse?: boolean;
}

const INDICES = signature("numpy.indices(dimensions, dtype=int, sparse=False)", {
  types: { dimensions: SHAPE, dtype: DTYPE, sparse: "bool" },
  defaults: { dtype: int64 },
});

function axisIndices(dims: readonly number[], dt: DType, k: number, sparse: boolean): NDArray {
  const ramp = reshape(astype(arange(dims[k]), dt), dims.map((n, d) => (d === k ? n : 1)));
  return sparse ? ramp : astype(broadcast_to(ramp, dims), dt);
}

/**
 * `numpy.indices(dimensions, dtype=int, sparse=False)`: the index grid of a shape, an array of
 * shape (ndim, *dimensions) whose k-th entry holds each position's k-th index; with
 * `sparse: true` a list of broadcastable arrays instead.
 */
export function indices(dimensions: ShapeLike, ...rest: PyArgs<[dtype: DTypeLike, sparse: false, options: IndicesOptions & { sparse?: false }], IndicesOptions & { sparse?: false }>): NDArray;
export function indices(dimensions: ShapeLike, ...rest: PyArgs<[dtype: DTypeLike, sparse: boolean, options: IndicesOptions], IndicesOptions>): NDArray | NDArray[];
export function indices(...args: unknown[]): NDArray | NDArray[] {
  const b = args.length === 1 ? { dimensions: args[0], dtype: int64, sparse: false } : INDICES.bind(args);
  const dims = normShape(b.dimensions as ShapeLike);
  const dt = toDType(b.dtype);
  const each = dims.map((_, k) => axisIndices(dims, dt, k, b.sparse));
  if (b.sparse) return each;
  const out = NDArray.fromStorage(new dt.storage(dims.length * shapeSize(dims)), [dims.length, ...dims], dt);
  each.forEach((ax, k) => out.set([k], ax));
  return out;
}

/** Keyword arguments of np.fromfunction. */
export interface FromfunctionOptions {
  dtype?: DTypeLike;
  like?: null;
}

// NumPy passes further **kwargs on to the function; a JavaScript closure does that here.
const FROMFUNCTION = signature("numpy.fromfunction(function, shape, *, dtype=float, like=None)", {
  types: { function: "callable", shape: SHAPE, dtype: DTYPE },
  unsupported: ["like"],
  defaults: { dtype: float64 },
});

/**
 * `numpy.fromfunction(function, shape, *, dtype=float, like=None, **kwargs)`: calls `function`
 * once with one index array per axis (of `dtype`, float64 by default) and returns what it
 * returns: `np.fromfunction((i, j) => np.add(i, j), [3, 3])`. Extra keyword arguments are
 * not passed on: close over them instead.
 */
export function fromfunction<R = NDArray>(fn: (...indices: NDArray[]) => R, shape: ShapeLike, options?: FromfunctionOptions): R;
export function fromfunction(...args: unknown[]): unknown {
  const b = FROMFUNCTION.bind(args);
  const grids = indices(b.shape as ShapeLike, b.dtype as DTypeLike) as NDArray;
  const n = grids.shape[0];
  const parts = Array.from({ length: n }, (_, k) => grids.get(k));
  return (b.function as (...a: NDArray[]) => unknown)(...parts);
}

pyfunction(INDICES, indices);
pyfunction(FROMFUNCTION, fromfunction);
