/** Splitting: split, array_split, hsplit, vsplit, dsplit (lists of views). */
import { IndexError, ValueError, ZeroDivisionError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { Slice, sliceIndices } from "../indexing/parse";
import { isNDArray } from "../params";
import { axisSlice } from "./_views";

/** A number of equal sections, or the sorted indices to split before. */
export type IndicesOrSections = number | readonly number[] | NDArray;

const SECTIONS = check("int or 1-D array of ints", (v) => Number.isInteger(v) || Array.isArray(v) || isNDArray(v));

/** Keyword arguments of np.split / np.array_split. */
export interface SplitOptions {
  ary?: ArrayLike;
  indices_or_sections?: IndicesOrSections;
  axis?: number;
}

const SPLIT = signature("numpy.split(ary, indices_or_sections, axis=0)", { types: { indices_or_sections: SECTIONS, axis: "int" } });
const ARRAY_SPLIT = signature("numpy.array_split(ary, indices_or_sections, axis=0)", { types: { indices_or_sections: SECTIONS, axis: "int" } });

/** The views `ary[div[i]:div[i+1]]` along `axis`, the bounds read as Python slices read them. */
function pieces(arr: NDArray, axis: number, bounds: readonly number[]): NDArray[] {
  const n = arr.shape[axis];
  const out: NDArray[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const { start, length } = sliceIndices(new Slice(bounds[i], bounds[i + 1], null), n);
    out.push(axisSlice(arr, axis, start, start + length));
  }
  return out;
}

function splitAt(arr: NDArray, sections: IndicesOrSections, axis: number, equal: boolean): NDArray[] {
  // NumPy reads ary.shape[axis] first: a bad axis is Python's IndexError
  if (axis >= arr.ndim || axis < -arr.ndim) throw new IndexError("tuple index out of range");
  const ax = axis < 0 ? axis + arr.ndim : axis;
  const total = arr.shape[ax];
  if (typeof sections === "number") {
    if (equal && sections === 0) throw new ZeroDivisionError("integer modulo by zero");
    if (sections <= 0) throw new ValueError("number sections must be larger than 0.");
    if (equal && total % sections !== 0) throw new ValueError("array split does not result in an equal division");
    const each = Math.floor(total / sections);
    const extras = total % sections;
    const bounds = [0];
    for (let i = 0; i < sections; i++) bounds.push(bounds[i] + each + (i < extras ? 1 : 0));
    return pieces(arr, ax, bounds);
  }
  const list = sections instanceof NDArray ? (sections.tolist() as number[]) : Array.from(sections);
  return pieces(arr, ax, [0, ...list, total]);
}

/**
 * `numpy.array_split(ary, indices_or_sections, axis=0)`: views of the pieces; an int asks for
 * that many near-equal pieces (the first ones one longer), a list gives the split points.
 */
export function array_split(ary: ArrayLike, indices_or_sections: IndicesOrSections, ...rest: PyArgs<[axis: number, options: SplitOptions], SplitOptions>): NDArray[];
export function array_split(...args: unknown[]): NDArray[] {
  const b = args.length === 2 ? { ary: args[0], indices_or_sections: args[1], axis: 0 } : ARRAY_SPLIT.bind(args);
  return splitAt(asarray(b.ary as ArrayLike), b.indices_or_sections, b.axis, false);
}

/**
 * `numpy.split(ary, indices_or_sections, axis=0)`: as array_split, but an int must divide the
 * axis evenly (ValueError otherwise).
 */
export function split(ary: ArrayLike, indices_or_sections: IndicesOrSections, ...rest: PyArgs<[axis: number, options: SplitOptions], SplitOptions>): NDArray[];
export function split(...args: unknown[]): NDArray[] {
  const b = args.length === 2 ? { ary: args[0], indices_or_sections: args[1], axis: 0 } : SPLIT.bind(args);
  return splitAt(asarray(b.ary as ArrayLike), b.indices_or_sections, b.axis, true);
}

const HSPLIT = signature("numpy.hsplit(ary, indices_or_sections)", { types: { indices_or_sections: SECTIONS } });
const VSPLIT = signature("numpy.vsplit(ary, indices_or_sections)", { types: { indices_or_sections: SECTIONS } });
const DSPLIT = signature("numpy.dsplit(ary, indices_or_sections)", { types: { indices_or_sections: SECTIONS } });

/** `numpy.hsplit(ary, indices_or_sections)`: split along axis 1 (axis 0 for 1-D arrays). */
export function hsplit(ary: ArrayLike, indices_or_sections: IndicesOrSections): NDArray[];
export function hsplit(...args: unknown[]): NDArray[] {
  const { ary, indices_or_sections } = HSPLIT.bind(args);
  const arr = asarray(ary);
  if (arr.ndim === 0) throw new ValueError("hsplit only works on arrays of 1 or more dimensions");
  return splitAt(arr, indices_or_sections, arr.ndim > 1 ? 1 : 0, true);
}

/** `numpy.vsplit(ary, indices_or_sections)`: split along axis 0 (arrays of 2 or more dimensions). */
export function vsplit(ary: ArrayLike, indices_or_sections: IndicesOrSections): NDArray[];
export function vsplit(...args: unknown[]): NDArray[] {
  const { ary, indices_or_sections } = VSPLIT.bind(args);
  const arr = asarray(ary);
  if (arr.ndim < 2) throw new ValueError("vsplit only works on arrays of 2 or more dimensions");
  return splitAt(arr, indices_or_sections, 0, true);
}

/** `numpy.dsplit(ary, indices_or_sections)`: split along axis 2 (arrays of 3 or more dimensions). */
export function dsplit(ary: ArrayLike, indices_or_sections: IndicesOrSections): NDArray[];
export function dsplit(...args: unknown[]): NDArray[] {
  const { ary, indices_or_sections } = DSPLIT.bind(args);
  const arr = asarray(ary);
  if (arr.ndim < 3) throw new ValueError("dsplit only works on arrays of 3 or more dimensions");
  return splitAt(arr, indices_or_sections, 2, true);
}

pyfunction(SPLIT, split);
pyfunction(ARRAY_SPLIT, array_split);
pyfunction(HSPLIT, hsplit);
pyfunction(VSPLIT, vsplit);
pyfunction(DSPLIT, dsplit);
