/** More joining: dstack, row_stack, block (nested lists of blocks). */
import { ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { concatenate, reshape, vstack } from "../manipulate";
import { pyfunction, signature } from "../../signature";
import { atleast_3d } from "./atleast";

const DSTACK = signature("numpy.dstack(tup)", { types: { tup: "sequence" } });

/** `numpy.dstack(tup)`: stacks along the third axis (1-D (N,) and 2-D (M, N) inputs become (1, N, 1) and (M, N, 1)). */
export function dstack(tup: readonly ArrayLike[]): NDArray;
export function dstack(...args: unknown[]): NDArray {
  const { tup } = DSTACK.bind(args);
  const arrs = (tup as ArrayLike[]).map((x) => atleast_3d(x));
  return concatenate(arrs, 2);
}

/** `numpy.row_stack(tup, *, dtype=None, casting='same_kind')`: NumPy's other name for vstack, the same function. */
export { vstack as row_stack };

/** The blocks of np.block: arrays and numbers, nested in lists (the depth gives the axis). */
export interface BlockList extends ReadonlyArray<ArrayLike | BlockList> {}

const BLOCK = signature("numpy.block(arrays)");

const indexText = (index: readonly number[]) => "arrays" + index.map((i) => `[${i}]`).join("");

interface Depths {
  /** The index path of the first leaf (ends with -1 for an empty list at the bottom). */
  index: number[];
  maxNdim: number;
}

/** NumPy's check that every leaf sits at the same list depth; the deepest array's ndim. */
function checkDepths(x: unknown, parent: number[]): Depths {
  if (Array.isArray(x) && x.length === 0) return { index: [...parent, -1], maxNdim: 0 };
  if (!Array.isArray(x)) return { index: parent, maxNdim: asarray(x as ArrayLike).ndim };
  let first: Depths | null = null;
  x.forEach((item, i) => {
    const d = checkDepths(item, [...parent, i]);
    if (first === null) {
      first = d;
      return;
    }
    if (d.index.length !== first.index.length) {
      throw new ValueError(
        `List depths are mismatched. First element was at depth ${first.index.length}, but there is an element at depth ${d.index.length} (${indexText(d.index)})`,
      );
    }
    first.maxNdim = Math.max(first.maxNdim, d.maxNdim);
    if (d.index[d.index.length - 1] === -1) first.index = d.index;
  });
  return first!;
}

function assemble(x: unknown, depth: number, listDepth: number, ndim: number): NDArray {
  if (depth === listDepth) {
    const arr = asarray(x as ArrayLike);
    return arr.ndim >= ndim ? arr : reshape(arr, [...new Array<number>(ndim - arr.ndim).fill(1), ...arr.shape]);
  }
  const parts = (x as unknown[]).map((item) => assemble(item, depth + 1, listDepth, ndim));
  return concatenate(parts, -(listDepth - depth));
}

/**
 * `numpy.block(arrays)`: an array assembled from nested lists of blocks: the innermost lists
 * join along the last axis, the next ones along the axis before, and so on
 * (`np.block([[A, B], [C, D]])`). Arrays are given leading length-1 axes as needed.
 */
export function block(arrays: ArrayLike | BlockList): NDArray;
export function block(...args: unknown[]): NDArray {
  const { arrays } = BLOCK.bind(args);
  if (!Array.isArray(arrays)) return asarray(arrays as ArrayLike).copy();
  const { index, maxNdim } = checkDepths(arrays, []);
  if (index.length > 0 && index[index.length - 1] === -1) throw new ValueError(`List at ${indexText(index.slice(0, -1))} cannot be empty`);
  const listDepth = index.length;
  return assemble(arrays, 0, listDepth, Math.max(listDepth, maxNdim));
}

pyfunction(DSTACK, dstack);
pyfunction(BLOCK, block);
