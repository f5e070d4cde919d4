/**
 * NumPy's memory orders for new arrays (`order=`): C (last index fastest), F (first index
 * fastest), A (F when the source is Fortran-contiguous, else C) and K (the source's layout,
 * here: F for a Fortran-contiguous source, else C), and index orders for reshape and ravel.
 */
import { NDArray } from "./ndarray";
import { Bound, Signature } from "../signature";
import { ValueError } from "../errors";
import { checkOrder } from "./params";
import type { ShapeLike } from "./shape";
import { isCContiguous } from "./contiguous";
import { astype } from "./cast";
import { reshape, transpose } from "./manipulate";

/** True when the array's elements fill its storage with the first index fastest. */
export function isFContiguous(a: NDArray): boolean {
  let step = 1;
  for (let axis = 0; axis < a.ndim; axis++) {
    const n = a.shape[axis];
    if (n !== 1 && a.strides[axis] !== step) return false;
    step *= n;
  }
  return true;
}

/** A Fortran-ordered copy (the C copy of the reversed axes, seen transposed). */
export function fortranCopy(a: NDArray): NDArray {
  const t = transpose(a);
  const copy = transpose(astype(t, t.dtype));
  copy._base = null; // the transposed C copy is nobody else's: this array owns it
  return copy;
}

/** True when `order` asks a new array for Fortran layout, given the array it is made from. */
export function wantsFortran(order: string | null, source?: NDArray): boolean {
  if (order === "F") return true;
  return (order === "A" || order === "K") && source !== undefined && isFContiguous(source) && !isCContiguous(source);
}

/** `a` (a new C-ordered array, or a view) in the memory order `order` asks for (copied only when it is not). */
export function inLayout(a: NDArray, order: string | null, source?: NDArray): NDArray {
  if (wantsFortran(order, source)) return isFContiguous(a) ? a : fortranCopy(a);
  return order === "C" && !isCContiguous(a) ? astype(a, a.dtype) : a;
}

/** The order reshape and ravel read elements in: "F" for Fortran index order, else "C". */
export function indexOrder(order: string, a: NDArray): "C" | "F" {
  return order === "F" || (order === "A" && isFContiguous(a) && !isCContiguous(a)) ? "F" : "C";
}

/** np.reshape in Fortran index order: the C reshape of the reversed axes, transposed back. */
export function reshapeFortran(a: NDArray, shape: readonly number[]): NDArray {
  return transpose(reshape(transpose(a), shape.slice().reverse()));
}

/**
 * `a` seen with its axes in memory order (ravel's order "K"): axes by decreasing stride size;
 * an axis with a negative stride keeps its index order, as NumPy's.
 */
export function memoryOrderView(a: NDArray): NDArray {
  const size = (i: number) => Math.abs(a.strides[i]);
  const axes = a.shape.map((_, i) => i).sort((x, y) => size(y) - size(x) || x - y);
  return transpose(a, axes);
}

/** Binds a reshape call and checks its order ("K" is NumPy's ValueError for reshaping). */
export function bindReshapeOrder(sig: Signature, args: ArrayLike<unknown>): Bound {
  const b = sig.bind(args);
  if (b.order === "K") throw new ValueError("order 'K' is not permitted for reshaping");
  checkOrder(sig, b.order, ["C", "F", "A"]);
  return b;
}

/** np.reshape with order "F" or "A" (C order is np.reshape itself). */
export function reshapeInOrder(a: NDArray, newshape: ShapeLike, order: string): NDArray {
  const dims = typeof newshape === "number" ? [newshape] : newshape;
  return indexOrder(order, a) === "F" ? reshapeFortran(a, dims) : reshape(a, dims);
}

/** np.ravel with order "F", "A" or "K" (C order is np.ravel itself). */
export function ravelInOrder(a: NDArray, order: string): NDArray {
  if (order === "K") return reshape(memoryOrderView(a), [a.size]);
  return indexOrder(order, a) === "F" ? reshape(transpose(a), [a.size]) : reshape(a, [a.size]);
}
