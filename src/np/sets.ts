/**
 * Set routines on flattened arrays, as numpy/lib/arraysetops.py computes them: intersect1d,
 * union1d, setdiff1d, setxor1d, in1d and isin. Results are sorted; NaN equals nothing.
 */
import { ValueError } from "../errors";
import { pyfunction, signature } from "../signature";
import { DType, bool, int64, promote_types } from "./dtype";
import { NDArray } from "./ndarray";
import { ArrayLike, asarray } from "./create";
import { contiguousStorage } from "./contiguous";
import { unique } from "./sorting";

/** Keyword arguments of np.intersect1d. */
export interface Intersect1dOptions {
  assume_unique?: boolean;
  return_indices?: boolean;
}
/** Keyword arguments of np.in1d / np.isin. */
export interface In1dOptions {
  assume_unique?: boolean;
  invert?: boolean;
  kind?: "sort" | "table" | null;
}

const INTERSECT1D = signature("numpy.intersect1d(ar1, ar2, assume_unique=False, return_indices=False)", {
  types: { ar1: "array_like", ar2: "array_like", assume_unique: "bool", return_indices: "bool" },
});
const UNION1D = signature("numpy.union1d(ar1, ar2)", { types: { ar1: "array_like", ar2: "array_like" } });
const SETDIFF1D = signature("numpy.setdiff1d(ar1, ar2, assume_unique=False)", { types: { ar1: "array_like", ar2: "array_like", assume_unique: "bool" } });
const SETXOR1D = signature("numpy.setxor1d(ar1, ar2, assume_unique=False)", { types: { ar1: "array_like", ar2: "array_like", assume_unique: "bool" } });
const IN1D_SPEC = {
  types: { assume_unique: "bool", invert: "bool" },
  choices: { kind: [null, "sort", "table"] },
};
const IN1D = signature("numpy.in1d(ar1, ar2, assume_unique=False, invert=False, *, kind=None)", { ...IN1D_SPEC, types: { ...IN1D_SPEC.types, ar1: "array_like", ar2: "array_like" } });
const ISIN = signature("numpy.isin(element, test_elements, assume_unique=False, invert=False, *, kind=None)", { ...IN1D_SPEC, types: { ...IN1D_SPEC.types, element: "array_like", test_elements: "array_like" } });

/** NumPy's sort order: NaN after every number. */
function compare(x: number, y: number): number {
  if (x < y) return -1;
  if (x > y) return 1;
  if (x === y) return 0;
  return x !== x ? (y !== y ? 0 : 1) : -1;
}

function values(a: NDArray): number[] {
  return Array.from(contiguousStorage(a));
}

function make(vals: readonly number[], dt: DType): NDArray {
  const data = new dt.storage(vals.length);
  for (let i = 0; i < vals.length; i++) data[i] = vals[i];
  return NDArray.fromStorage(data, [vals.length], dt);
}

function sortedUnique(a: NDArray): NDArray {
  return unique(a) as NDArray;
}

/**
 * `numpy.intersect1d(ar1, ar2, assume_unique=False, return_indices=False)`: the sorted values
 * in both arrays; with `return_indices: true`, `[values, indices in ar1, indices in ar2]`
 * (first occurrences).
 */
export function intersect1d(ar1: ArrayLike, ar2: ArrayLike, assume_unique?: boolean | Intersect1dOptions, return_indices?: boolean | Intersect1dOptions, options?: Intersect1dOptions): NDArray | [NDArray, NDArray, NDArray];
export function intersect1d(...args: unknown[]): NDArray | [NDArray, NDArray, NDArray] {
  const b = INTERSECT1D.bind(args);
  const a1 = asarray(b.ar1);
  const a2 = asarray(b.ar2);
  let u1: NDArray;
  let u2: NDArray;
  let ind1: number[] | null = null;
  let ind2: number[] | null = null;
  if (!b.assume_unique) {
    if (b.return_indices) {
      const r1 = unique(a1, { return_index: true }) as NDArray[];
      const r2 = unique(a2, { return_index: true }) as NDArray[];
      [u1, u2] = [r1[0], r2[0]];
      [ind1, ind2] = [values(r1[1]), values(r2[1])];
    } else {
      [u1, u2] = [sortedUnique(a1), sortedUnique(a2)];
    }
  } else {
    [u1, u2] = [a1.ravel(), a2.ravel()];
  }
  const dt = promote_types(u1.dtype, u2.dtype);
  const aux = [...values(u1), ...values(u2)];
  // a stable sort (NumPy's mergesort): equal values keep ar1's before ar2's
  const order = aux.map((_, i) => i).sort((x, y) => compare(aux[x], aux[y]) || x - y);
  const common: number[] = [];
  const i1: number[] = [];
  const i2: number[] = [];
  for (let k = 0; k + 1 < order.length; k++) {
    if (aux[order[k]] !== aux[order[k + 1]]) continue;
    common.push(aux[order[k]]);
    i1.push(order[k]);
    i2.push(order[k + 1] - u1.size);
  }
  const result = make(common, dt);
  if (!b.return_indices) return result;
  const map1 = ind1 === null ? i1 : i1.map((i) => ind1![i]);
  const map2 = ind2 === null ? i2 : i2.map((i) => ind2![i]);
  return [result, make(map1, int64), make(map2, int64)];
}
pyfunction(INTERSECT1D, intersect1d);

/** `numpy.union1d(ar1, ar2)`: the sorted values in either array. */
export function union1d(ar1: ArrayLike, ar2: ArrayLike): NDArray;
export function union1d(...args: unknown[]): NDArray {
  const b = UNION1D.bind(args);
  const a1 = asarray(b.ar1);
  const a2 = asarray(b.ar2);
  return sortedUnique(make([...values(a1), ...values(a2)], promote_types(a1.dtype, a2.dtype)));
}
pyfunction(UNION1D, union1d);

/** Membership of each element of `a` (flattened) in `b`: NaN is never a member. */
function membership(a: NDArray, b: NDArray, invert: boolean, kind: string | null): boolean[] {
  if (kind === "table" && (a.dtype.kind === "f" || b.dtype.kind === "f")) {
    throw new ValueError("The 'table' method is only supported for boolean or integer arrays. Please select 'sort' or None for kind.");
  }
  const set = new Set<number>();
  for (const v of values(b)) if (v === v) set.add(v === 0 ? 0 : v);
  return values(a).map((v) => set.has(v) !== invert);
}

/** `numpy.setdiff1d(ar1, ar2, assume_unique=False)`: the sorted unique values of ar1 not in ar2. */
export function setdiff1d(ar1: ArrayLike, ar2: ArrayLike, assume_unique?: boolean | { assume_unique?: boolean }, options?: { assume_unique?: boolean }): NDArray;
export function setdiff1d(...args: unknown[]): NDArray {
  const b = SETDIFF1D.bind(args);
  const a1 = b.assume_unique ? asarray(b.ar1).ravel() : sortedUnique(asarray(b.ar1));
  const a2 = b.assume_unique ? asarray(b.ar2) : sortedUnique(asarray(b.ar2));
  const keep = membership(a1, a2, true, null);
  return make(values(a1).filter((_, i) => keep[i]), a1.dtype);
}
pyfunction(SETDIFF1D, setdiff1d);

/** `numpy.setxor1d(ar1, ar2, assume_unique=False)`: the sorted values in exactly one of the arrays. */
export function setxor1d(ar1: ArrayLike, ar2: ArrayLike, assume_unique?: boolean | { assume_unique?: boolean }, options?: { assume_unique?: boolean }): NDArray;
export function setxor1d(...args: unknown[]): NDArray {
  const b = SETXOR1D.bind(args);
  let a1 = asarray(b.ar1);
  let a2 = asarray(b.ar2);
  if (!b.assume_unique) [a1, a2] = [sortedUnique(a1), sortedUnique(a2)];
  const aux = [...values(a1), ...values(a2)].sort(compare);
  const dt = promote_types(a1.dtype, a2.dtype);
  // keep a value when it differs from both neighbours (NaN differs from everything)
  const out = aux.filter((v, i) => (i === 0 || aux[i - 1] !== v) && (i === aux.length - 1 || aux[i + 1] !== v));
  return make(out, dt);
}
pyfunction(SETXOR1D, setxor1d);

/**
 * `numpy.in1d(ar1, ar2, assume_unique=False, invert=False, *, kind=None)`: for each element of
 * the flattened ar1, whether it is in ar2 (not in it with `invert: true`); a 1-d bool array.
 */
export function in1d(ar1: ArrayLike, ar2: ArrayLike, assume_unique?: boolean | In1dOptions, invert?: boolean | In1dOptions, options?: In1dOptions): NDArray;
export function in1d(...args: unknown[]): NDArray {
  const b = IN1D.bind(args);
  const a1 = asarray(b.ar1);
  const found = membership(a1, asarray(b.ar2), b.invert, b.kind);
  return make(found.map(Number), bool);
}
pyfunction(IN1D, in1d);

/**
 * `numpy.isin(element, test_elements, assume_unique=False, invert=False, *, kind=None)`:
 * in1d keeping element's shape (a 0-d array for a scalar).
 */
export function isin(element: ArrayLike, test_elements: ArrayLike, assume_unique?: boolean | In1dOptions, invert?: boolean | In1dOptions, options?: In1dOptions): NDArray;
export function isin(...args: unknown[]): NDArray {
  const b = ISIN.bind(args);
  const el = asarray(b.element);
  const found = membership(el, asarray(b.test_elements), b.invert, b.kind);
  return make(found.map(Number), bool).reshape(el.shape.slice());
}
pyfunction(ISIN, isin);
