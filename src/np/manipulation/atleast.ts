/** atleast_1d, atleast_2d, atleast_3d: views with leading/trailing length-1 axes added. */
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { pyfunction, signature } from "../../signature";
import { reshape } from "../manipulate";

const ATLEAST_1D = signature("numpy.atleast_1d(*arys)");
const ATLEAST_2D = signature("numpy.atleast_2d(*arys)");
const ATLEAST_3D = signature("numpy.atleast_3d(*arys)");

/** One array with the shape NumPy gives it: 0-d to (1,...), 1-D (N,) to (1, N) or (1, N, 1), 2-D to (M, N, 1). */
function atLeast(x: ArrayLike, n: 1 | 2 | 3): NDArray {
  const arr = asarray(x);
  if (arr.ndim >= n) return arr;
  const s = arr.shape;
  if (arr.ndim === 0) return reshape(arr, new Array<number>(n).fill(1));
  if (n === 2) return reshape(arr, [1, s[0]]);
  return reshape(arr, arr.ndim === 1 ? [1, s[0], 1] : [s[0], s[1], 1]);
}

function each(arys: unknown[], n: 1 | 2 | 3): NDArray | NDArray[] {
  const out = (arys as ArrayLike[]).map((x) => atLeast(x, n));
  return out.length === 1 ? out[0] : out;
}

/** `numpy.atleast_1d(*arys)`: each input as an array of at least one dimension (one array for one input, else a list). */
export function atleast_1d(ary: ArrayLike): NDArray;
export function atleast_1d(...arys: ArrayLike[]): NDArray[];
export function atleast_1d(...arys: ArrayLike[]): NDArray | NDArray[] {
  return each(ATLEAST_1D.bind(arys).arys, 1);
}

/** `numpy.atleast_2d(*arys)`: each input as an array of at least two dimensions (1-D (N,) becomes (1, N)). */
export function atleast_2d(ary: ArrayLike): NDArray;
export function atleast_2d(...arys: ArrayLike[]): NDArray[];
export function atleast_2d(...arys: ArrayLike[]): NDArray | NDArray[] {
  return each(ATLEAST_2D.bind(arys).arys, 2);
}

/** `numpy.atleast_3d(*arys)`: each input with at least three dimensions ((N,) to (1, N, 1), (M, N) to (M, N, 1)). */
export function atleast_3d(ary: ArrayLike): NDArray;
export function atleast_3d(...arys: ArrayLike[]): NDArray[];
export function atleast_3d(...arys: ArrayLike[]): NDArray | NDArray[] {
  return each(ATLEAST_3D.bind(arys).arys, 3);
}

pyfunction(ATLEAST_1D, atleast_1d);
pyfunction(ATLEAST_2D, atleast_2d);
pyfunction(ATLEAST_3D, atleast_3d);
