/**
 * np.pad with every NumPy mode: constant, edge, linear_ramp, maximum, mean, median, minimum,
 * reflect, symmetric, wrap, empty. The modes fill axis after axis as NumPy's arraypad does,
 * so corners come out the same.
 */
import { PyTypeError, ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { PyArgs, isPlainObject, pyfunction, signature } from "../../signature";
import { zeros } from "../create-filled";
import { getItem, setItem } from "../indexing/access";
import { IndexElement, Slice } from "../indexing/parse";
import { float64 } from "../dtype";
import { astype } from "../cast";
import { amax, amin, mean } from "../reduce/stats";
import { median } from "../reduce/quantile";
import { around, floor } from "../ufuncs/unary";
import { multiply, subtract } from "../ufuncs/binary";
import { moveaxis } from "./move-axes";
import { flip } from "./flip";

/** np.pad's modes. */
export type PadMode = "constant" | "edge" | "linear_ramp" | "maximum" | "mean" | "median" | "minimum" | "reflect" | "symmetric" | "wrap" | "empty";

/**
 * A function as np.pad's mode: called once per 1-D vector along each axis in turn (axis 0
 * first, vectors in C order) with a writable view of the padded vector, that axis's
 * (before, after) widths, the axis, and the keywords the call gave; it fills the pad areas.
 */
export type PadFunction = (vector: NDArray, iaxis_pad_width: readonly [number, number], iaxis: number, kwargs: Partial<PadOptions>) => void;

/** A per-axis (before, after) amount: one number, one pair, or one pair per axis. */
export type PadPairs = number | readonly number[] | readonly (readonly number[])[] | NDArray;

/** Keyword arguments of np.pad (NumPy takes them as **kwargs; each mode allows its own). */
export interface PadOptions {
  array?: ArrayLike;
  pad_width?: PadPairs;
  mode?: PadMode | PadFunction;
  /** maximum, mean, median, minimum: how many values at each edge the statistic uses (None: all). */
  stat_length?: PadPairs | null;
  /** constant: the values before and after, per axis. */
  constant_values?: PadPairs;
  /** linear_ramp: the values the ramps end at. */
  end_values?: PadPairs;
  /** reflect, symmetric: "even" (plain mirror) or "odd" (mirrored about the edge value). */
  reflect_type?: "even" | "odd";
}

const PAD = signature("numpy.pad(array, pad_width, mode='constant', *, stat_length=None, constant_values=0, end_values=0, reflect_type='even')", {
  types: { mode: "str|callable" },
  choices: { reflect_type: ["even", "odd"] },
});

const ALLOWED: Record<PadMode, string[]> = {
  empty: [], edge: [], wrap: [],
  constant: ["constant_values"],
  linear_ramp: ["end_values"],
  maximum: ["stat_length"], mean: ["stat_length"], median: ["stat_length"], minimum: ["stat_length"],
  reflect: ["reflect_type"], symmetric: ["reflect_type"],
};
const KEYWORDS = ["stat_length", "constant_values", "end_values", "reflect_type"];

/** NumPy's _as_pairs: (before, after) for each of ndim axes; `asIndex` rounds and refuses negatives. */
function asPairs(x: unknown, ndim: number, asIndex: boolean): [number | null, number | null][] {
  if (x === null || x === undefined) return Array.from({ length: ndim }, () => [null, null]);
  const arr = typeof x === "number" ? null : asarray(x as ArrayLike);
  if (arr === null || arr.size === 1) {
    // one number for every axis and side (the common call, kept cheap)
    const v = arr === null ? (x as number) : Number(arr.ravel().tolist()[0]);
    const value = asIndex ? roundHalfEven(v) : v;
    if (asIndex && value < 0) throw new ValueError("index can't contain negative values");
    return Array.from({ length: ndim }, () => [value, value]);
  }
  const flat = arr.size === 0 ? [] : (arr.ravel().tolist() as number[]).map((v) => (asIndex ? roundHalfEven(Number(v)) : Number(v)));
  const negative = () => new ValueError("index can't contain negative values");
  if (arr.ndim < 3) {
    if (arr.size === 1) {
      if (asIndex && flat[0] < 0) throw negative();
      return Array.from({ length: ndim }, () => [flat[0], flat[0]]);
    }
    if (arr.size === 2 && !(arr.ndim === 2 && arr.shape[0] === 2 && arr.shape[1] === 1)) {
      if (asIndex && (flat[0] < 0 || flat[1] < 0)) throw negative();
      return Array.from({ length: ndim }, () => [flat[0], flat[1]]);
    }
  }
  if (asIndex && flat.some((v) => v < 0)) throw negative();
  const fits = arr.ndim <= 2 && (arr.ndim < 2 || arr.shape[0] === ndim || arr.shape[0] === 1) && (arr.ndim < 1 || arr.shape[arr.ndim - 1] === 2 || arr.shape[arr.ndim - 1] === 1);
  if (!fits) {
    const shape = arr.ndim === 1 ? `(${arr.shape[0]},)` : `(${arr.shape.join(",")})`;
    throw new ValueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${shape}  and requested shape (${ndim},2)`);
  }
  const rows = arr.ndim === 2 ? arr.shape[0] : 1;
  const cols = arr.ndim === 0 ? 1 : arr.shape[arr.ndim - 1];
  return Array.from({ length: ndim }, (_, i) => {
    const r = rows === 1 ? 0 : i;
    return [flat[r * cols], flat[r * cols + (cols === 1 ? 0 : 1)]];
  });
}

/** np.round's halves to even, for widths and lengths given as floats. */
function roundHalfEven(v: number): number {
  const r = Math.round(v);
  return Math.abs(v % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** The index selecting `el` along `axis` (all of the other axes). */
function along(axis: number, el: IndexElement): IndexElement[] {
  const index: IndexElement[] = new Array<IndexElement>(axis).fill(":");
  index.push(el);
  return index;
}

const sl = (start: number | null, stop: number | null, step: number | null = null) => new Slice(start, stop, step);

/** `padded[..., :before] = v0; padded[..., n-after:] = v1` along axis. */
function setPadArea(padded: NDArray, axis: number, [before, after]: [number, number], [v0, v1]: [ArrayLike, ArrayLike]): void {
  setItem(padded, along(axis, sl(null, before)), v0);
  setItem(padded, along(axis, sl(padded.shape[axis] - after, null)), v1);
}

/** The first and last original slices along axis (length 1, kept as an axis). */
function edges(padded: NDArray, axis: number, [before, after]: [number, number]): [NDArray, NDArray] {
  const right = padded.shape[axis] - after;
  return [getItem(padded, along(axis, sl(before, before + 1))), getItem(padded, along(axis, sl(right - 1, right)))];
}

/** np.linspace(end, edge, width, endpoint=False, dtype=padded.dtype, axis) as NumPy computes it. */
function ramp(padded: NDArray, axis: number, end: number, edge: NDArray, width: number, reverse: boolean): NDArray {
  const stops = astype(edge, float64).ravel().tolist() as number[];
  const n = stops.length;
  const deltas = stops.map((e) => e - end);
  // NumPy divides the ramp first when any step is zero, else multiplies by the step
  const anyZero = deltas.some((d) => d / width === 0);
  const values = new Float64Array(width * n);
  for (let i = 0; i < width; i++) {
    for (let j = 0; j < n; j++) values[i * n + j] = (anyZero ? (i / width) * deltas[j] : i * (deltas[j] / width)) + end;
  }
  const squeezed = edge.shape.filter((_, d) => d !== axis);
  let out = moveaxis(NDArray.fromStorage(values, [width, ...squeezed], float64), 0, axis);
  if (reverse) out = flip(out, axis);
  return astype(padded.dtype.kind === "f" ? out : floor(out), padded.dtype);
}

type Stat = (chunk: NDArray, axis: number) => NDArray;
const STATS: Record<string, Stat> = {
  maximum: (c, axis) => amax(c, { axis, keepdims: true }) as NDArray,
  minimum: (c, axis) => amin(c, { axis, keepdims: true }) as NDArray,
  mean: (c, axis) => mean(c, { axis, keepdims: true }) as NDArray,
  median: (c, axis) => median(c, { axis, keepdims: true }) as NDArray,
};

/** NumPy's _get_stats: the statistic of the first and last `stat_length` original values. */
function stats(padded: NDArray, axis: number, [before, after]: [number, number], [lenL, lenR]: [number | null, number | null], mode: string): [NDArray, NDArray] {
  const left = before;
  const right = padded.shape[axis] - after;
  const max = right - left;
  const l = lenL === null || max < lenL ? max : lenL;
  const r = lenR === null || max < lenR ? max : lenR;
  if ((l === 0 || r === 0) && (mode === "maximum" || mode === "minimum")) throw new ValueError("stat_length of 0 yields no value for padding");
  const round = (v: NDArray) => (padded.dtype.kind === "f" ? v : around(v));
  const leftStat = round(STATS[mode](getItem(padded, along(axis, sl(left, left + l))), axis));
  if (l === max && r === max) return [leftStat, leftStat];
  return [leftStat, round(STATS[mode](getItem(padded, along(axis, sl(right - r, right))), axis))];
}

/** One round of NumPy's _set_reflect_both; returns the padding still to fill. */
function reflectBoth(padded: NDArray, axis: number, [leftPad, rightPad]: [number, number], odd: boolean, includeEdge: boolean): [number, number] {
  let oldLength = padded.shape[axis] - rightPad - leftPad;
  const edgeOffset = includeEdge ? 1 : 0;
  if (!includeEdge) oldLength -= 1;
  if (leftPad > 0) {
    const chunkLength = Math.min(oldLength, leftPad);
    const stop = leftPad - edgeOffset;
    let chunk = getItem(padded, along(axis, sl(stop + chunkLength, stop, -1)));
    if (odd) chunk = subtract(multiply(2, getItem(padded, along(axis, sl(leftPad, leftPad + 1)))), chunk) as NDArray;
    setItem(padded, along(axis, sl(leftPad - chunkLength, leftPad)), chunk);
    leftPad -= chunkLength;
  }
  if (rightPad > 0) {
    const chunkLength = Math.min(oldLength, rightPad);
    const start = -rightPad + edgeOffset - 2;
    let chunk = getItem(padded, along(axis, sl(start, start - chunkLength, -1)));
    if (odd) chunk = subtract(multiply(2, getItem(padded, along(axis, sl(-rightPad - 1, -rightPad)))), chunk) as NDArray;
    const at = padded.shape[axis] - rightPad;
    setItem(padded, along(axis, sl(at, at + chunkLength)), chunk);
    rightPad -= chunkLength;
  }
  return [leftPad, rightPad];
}

/** One round of NumPy's _set_wrap_both; returns the padding still to fill. */
function wrapBoth(padded: NDArray, axis: number, [leftPad, rightPad]: [number, number]): [number, number] {
  const period = padded.shape[axis] - rightPad - leftPad;
  let newLeft = 0;
  let newRight = 0;
  if (leftPad > 0) {
    const chunk = getItem(padded, along(axis, sl(-rightPad - Math.min(period, leftPad), rightPad !== 0 ? -rightPad : null)));
    if (leftPad > period) {
      setItem(padded, along(axis, sl(leftPad - period, leftPad)), chunk);
      newLeft = leftPad - period;
    } else {
      setItem(padded, along(axis, sl(null, leftPad)), chunk);
    }
  }
  if (rightPad > 0) {
    const chunk = getItem(padded, along(axis, sl(leftPad, leftPad + Math.min(period, rightPad))));
    if (rightPad > period) {
      setItem(padded, along(axis, sl(-rightPad, -rightPad + period)), chunk);
      newRight = rightPad - period;
    } else {
      setItem(padded, along(axis, sl(-rightPad, null)), chunk);
    }
  }
  return [newLeft, newRight];
}

/** The widths as NumPy checks them: integers, none negative, one pair per axis. */
function padWidths(padWidth: unknown, ndim: number): [number, number][] {
  const arr = asarray(padWidth as ArrayLike);
  if (arr.dtype.kind !== "i" && arr.dtype.kind !== "u") throw new PyTypeError("`pad_width` must be of integral type.");
  return asPairs(arr, ndim, true) as [number, number][];
}

/**
 * `numpy.pad(array, pad_width, mode='constant', **kwargs)`: a copy padded by pad_width
 * (an int, a (before, after) pair, or one pair per axis) filled as `mode` says; the mode's
 * keywords (stat_length, constant_values, end_values, reflect_type) go in the options object:
 * `np.pad(a, [[1, 2]], "constant", { constant_values: [[0, 9]] })`. A function as mode
 * (PadFunction) fills each vector's pad areas in place, as NumPy calls it; further keywords of
 * its own are not passed on: close over them instead.
 */
export function pad(array: ArrayLike, pad_width: PadPairs, ...rest: PyArgs<[mode: PadMode | PadFunction, options: PadOptions], PadOptions>): NDArray;
export function pad(...args: unknown[]): NDArray {
  const b = PAD.bind(args);
  const last = args[args.length - 1];
  const given = isPlainObject(last) ? Object.keys(last).filter((k) => KEYWORDS.includes(k)) : [];
  if (typeof b.mode === "function") {
    const kwargs = Object.fromEntries(given.map((k) => [k, (last as Record<string, unknown>)[k]])) as Partial<PadOptions>;
    return padWithFunction(asarray(b.array as ArrayLike), padWidths(b.pad_width, asarray(b.array as ArrayLike).ndim), b.mode as PadFunction, kwargs);
  }
  const mode = b.mode as PadMode;
  if (!(mode in ALLOWED)) throw new ValueError(`mode '${mode}' is not supported`);
  const extra = given.filter((k) => !ALLOWED[mode].includes(k));
  if (extra.length > 0) throw new ValueError(`unsupported keyword arguments for mode '${mode}': {${extra.map((k) => `'${k}'`).join(", ")}}`);
  const arr = asarray(b.array as ArrayLike);
  const widths = padWidths(b.pad_width, arr.ndim);
  const shape = arr.shape.map((n, d) => n + widths[d][0] + widths[d][1]);
  const padded = zeros(shape, arr.dtype);
  const original = arr.shape.map((n, d) => sl(widths[d][0], widths[d][0] + n));
  setItem(padded, original, arr);
  // axes before `axis` and `axis` itself in full, later axes only over the original values
  const roi = (axis: number) => getItem(padded, [...new Array<IndexElement>(axis + 1).fill(":"), ...original.slice(axis + 1)]);
  const axes = arr.shape.map((_, d) => d);
  if (mode === "constant") {
    const values = asPairs(b.constant_values, arr.ndim, false) as [number, number][];
    for (const d of axes) setPadArea(roi(d), d, widths[d], values[d]);
    return padded;
  }
  if (mode === "empty") return padded;
  if (arr.size === 0) {
    for (const d of axes) {
      if (arr.shape[d] === 0 && (widths[d][0] > 0 || widths[d][1] > 0)) {
        throw new ValueError(`can't extend empty axis ${d} using modes other than 'constant' or 'empty'`);
      }
    }
    return padded;
  }
  if (mode === "edge") {
    for (const d of axes) setPadArea(roi(d), d, widths[d], edges(roi(d), d, widths[d]));
  } else if (mode === "linear_ramp") {
    const ends = asPairs(b.end_values, arr.ndim, false) as [number, number][];
    for (const d of axes) {
      const view = roi(d);
      const [l, r] = edges(view, d, widths[d]);
      setPadArea(view, d, widths[d], [ramp(view, d, ends[d][0], l, widths[d][0], false), ramp(view, d, ends[d][1], r, widths[d][1], true)]);
    }
  } else if (mode in STATS) {
    const lengths = asPairs(b.stat_length, arr.ndim, true);
    for (const d of axes) setPadArea(roi(d), d, widths[d], stats(roi(d), d, widths[d], lengths[d], mode));
  } else if (mode === "reflect" || mode === "symmetric") {
    for (const d of axes) {
      let [l, r] = widths[d];
      if (arr.shape[d] === 1 && (l > 0 || r > 0)) {
        setPadArea(padded, d, widths[d], edges(padded, d, widths[d]));
        continue;
      }
      const view = roi(d);
      while (l > 0 || r > 0) [l, r] = reflectBoth(view, d, [l, r], b.reflect_type === "odd", mode === "symmetric");
    }
  } else {
    for (const d of axes) {
      let [l, r] = widths[d];
      const view = roi(d);
      while (l > 0 || r > 0) [l, r] = wrapBoth(view, d, [l, r]);
    }
  }
  return padded;
}

pyfunction(PAD, pad);

/** NumPy's callable mode: zeros around the array, then the function on every vector along each axis. */
function padWithFunction(arr: NDArray, widths: [number, number][], fn: PadFunction, kwargs: Partial<PadOptions>): NDArray {
  const padded = zeros(arr.shape.map((n, d) => n + widths[d][0] + widths[d][1]), arr.dtype);
  setItem(padded, arr.shape.map((n, d) => sl(widths[d][0], widths[d][0] + n)), arr);
  for (let axis = 0; axis < padded.ndim; axis++) {
    const view = moveaxis(padded, axis, -1);
    const outer = view.shape.slice(0, -1);
    const count = outer.reduce((p, d) => p * d, 1);
    const index = new Array<number>(outer.length).fill(0);
    for (let c = 0; c < count; c++) {
      fn(getItem(view, [...index, "..."]), [widths[axis][0], widths[axis][1]], axis, kwargs);
      // the next index in C order
      for (let d = outer.length - 1; d >= 0; d--) {
        if (++index[d] < outer[d]) break;
        index[d] = 0;
      }
    }
  }
  return padded;
}
