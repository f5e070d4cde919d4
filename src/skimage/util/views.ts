/** `skimage.util.view_as_blocks` and `view_as_windows` (0.19): strided views, no copy. */
import { NDArray } from "../../np/ndarray";
import { PyTypeError, ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";

const BLOCKS = signature("skimage.util.view_as_blocks(arr_in, block_shape)", {
  types: { arr_in: "array_like", block_shape: "sequence" },
});

/**
 * `skimage.util.view_as_blocks(arr_in, block_shape)`: a view of the array as non-overlapping
 * blocks, shape (arr.shape / block_shape) + block_shape. Shares memory with `arr_in`; every
 * side must divide evenly.
 */
export function view_as_blocks(arr_in: NDArray, block_shape: readonly number[]): NDArray;
export function view_as_blocks(...args: unknown[]): NDArray {
  const { arr_in, block_shape } = BLOCKS.bind(args);
  if (!(arr_in instanceof NDArray)) throw new PyTypeError("`arr_in` must be a numpy ndarray");
  const block = block_shape as number[];
  if (block.some((b) => b <= 0)) throw new ValueError("'block_shape' elements must be strictly positive");
  if (block.length !== arr_in.ndim) throw new ValueError("'block_shape' must have the same length as 'arr_in.shape'");
  if (arr_in.shape.some((d, k) => d % block[k] !== 0)) throw new ValueError("'block_shape' is not compatible with 'arr_in'");
  const shape = [...arr_in.shape.map((d, k) => d / block[k]), ...block];
  const strides = [...arr_in.strides.map((s, k) => s * block[k]), ...arr_in.strides];
  return new NDArray(arr_in.data, shape, strides, arr_in.offset, arr_in.dtype);
}
pyfunction(BLOCKS, view_as_blocks);

const WINDOWS = signature("skimage.util.view_as_windows(arr_in, window_shape, step=1)", {
  types: { arr_in: "array_like", window_shape: "int|sequence", step: "int|sequence" },
});

/**
 * `skimage.util.view_as_windows(arr_in, window_shape, step=1)`: a view of every (overlapping)
 * window of `window_shape`, `step` apart; shape (number of windows per axis) + window_shape.
 * Shares memory with `arr_in`.
 */
export function view_as_windows(
  arr_in: NDArray, window_shape: number | readonly number[],
  ...rest: PyArgs<[step: number | readonly number[], options: { step?: number | readonly number[] }], { step?: number | readonly number[] }>
): NDArray;
export function view_as_windows(...args: unknown[]): NDArray {
  const { arr_in, window_shape, step } = WINDOWS.bind(args);
  if (!(arr_in instanceof NDArray)) throw new PyTypeError("`arr_in` must be a numpy ndarray");
  const ndim = arr_in.ndim;
  const win: number[] = typeof window_shape === "number" ? new Array(ndim).fill(window_shape) : (window_shape as number[]).slice();
  if (win.length !== ndim) throw new ValueError("`window_shape` is incompatible with `arr_in.shape`");
  let steps: number[];
  if (typeof step === "number") {
    if (step < 1) throw new ValueError("`step` must be >= 1");
    steps = new Array(ndim).fill(step);
  } else steps = (step as number[]).slice();
  if (steps.length !== ndim) throw new ValueError("`step` is incompatible with `arr_in.shape`");
  if (arr_in.shape.some((d, k) => d - win[k] < 0)) throw new ValueError("`window_shape` is too large");
  if (win.some((w) => w - 1 < 0)) throw new ValueError("`window_shape` is too small");
  const counts = arr_in.shape.map((d, k) => Math.floor((d - win[k]) / steps[k]) + 1);
  const shape = [...counts, ...win];
  const strides = [...arr_in.strides.map((s, k) => s * steps[k]), ...arr_in.strides];
  return new NDArray(arr_in.data, shape, strides, arr_in.offset, arr_in.dtype);
}
pyfunction(WINDOWS, view_as_windows);
