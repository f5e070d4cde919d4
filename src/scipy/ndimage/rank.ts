/** `scipy.ndimage.minimum_filter`, `maximum_filter` and `median_filter` (SciPy 1.10). */
import { NDArray } from "../../np/ndarray";
import { RuntimeError, ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { filterMode } from "../../skimage/_internal/correlate";
import { filterLines, maximumLine, minimumLine } from "./_lines";
import { FootprintPlan, footprintOf, forEachWindow, onesFootprint, planFootprint, rowBases } from "./_footprint";
import { ARRAY_OR_NONE, MODE, Mode, NDArrayLike, OUTPUT, Output, checkOrigin, deliver, inputArray, modeOf, modesOf, outputDType, perAxis, roundTripInPlace, valuesOf } from "./_support";
import { SIZE } from "./uniform";
import { footprintExtremeByRuns } from "./_runs";
import { boxExtreme, narrowStorage } from "./_native_extreme";
import { footprintExtremeBytes } from "./_u8_extreme";

const TYPES = { input: "array_like", size: [SIZE, "None"], footprint: ARRAY_OR_NONE, output: OUTPUT, mode: MODE, cval: "float", origin: SIZE } as const;
const MINIMUM_FILTER = signature("scipy.ndimage.minimum_filter(input, size=None, footprint=None, output=None, mode='reflect', cval=0.0, origin=0)", { types: TYPES });
const MAXIMUM_FILTER = signature("scipy.ndimage.maximum_filter(input, size=None, footprint=None, output=None, mode='reflect', cval=0.0, origin=0)", { types: TYPES });
const MEDIAN_FILTER = signature("scipy.ndimage.median_filter(input, size=None, footprint=None, output=None, mode='reflect', cval=0.0, origin=0)", { types: TYPES });

/** Keyword arguments of the rank filters. */
export interface RankFilterOptions {
  size?: number | readonly number[] | null;
  footprint?: NDArrayLike | null;
  output?: Output;
  mode?: Mode | readonly Mode[];
  cval?: number;
  origin?: number | readonly number[];
}

type RankArgs = PyArgs<[size: number | readonly number[] | null, footprint: NDArrayLike | null, output: Output, mode: Mode | readonly Mode[], cval: number, origin: number | readonly number[], options: RankFilterOptions], RankFilterOptions>;

/**
 * `scipy.ndimage.minimum_filter(input, size=None, footprint=None, output=None, mode='reflect',
 * cval=0.0, origin=0)`: the minimum over `size` (a box, separable) or the set elements of
 * `footprint`.
 */
export function minimum_filter(input: NDArrayLike, ...rest: RankArgs): NDArray;
export function minimum_filter(...args: unknown[]): NDArray {
  return minOrMax(MINIMUM_FILTER.bind(args), false);
}
pyfunction(MINIMUM_FILTER, minimum_filter);

/**
 * `scipy.ndimage.maximum_filter(input, size=None, footprint=None, output=None, mode='reflect',
 * cval=0.0, origin=0)`: the maximum over `size` (a box, separable) or the set elements of
 * `footprint`.
 */
export function maximum_filter(input: NDArrayLike, ...rest: RankArgs): NDArray;
export function maximum_filter(...args: unknown[]): NDArray {
  return minOrMax(MAXIMUM_FILTER.bind(args), true);
}
pyfunction(MAXIMUM_FILTER, maximum_filter);

/**
 * `scipy.ndimage.median_filter(input, size=None, footprint=None, output=None, mode='reflect',
 * cval=0.0, origin=0)`: the median over the footprint (for an even count, the upper of the two
 * middle values: scipy's rank filter_size // 2).
 */
export function median_filter(input: NDArrayLike, ...rest: RankArgs): NDArray;
export function median_filter(...args: unknown[]): NDArray {
  return rankFilter(MEDIAN_FILTER.bind(args), (count) => count >> 1);
}
pyfunction(MEDIAN_FILTER, median_filter);

const RANK_FILTER = signature("scipy.ndimage.rank_filter(input, rank, size=None, footprint=None, output=None, mode='reflect', cval=0.0, origin=0)", { types: { ...TYPES, rank: "int" } });
const PERCENTILE_FILTER = signature("scipy.ndimage.percentile_filter(input, percentile, size=None, footprint=None, output=None, mode='reflect', cval=0.0, origin=0)", { types: { ...TYPES, percentile: "float" } });

/**
 * `scipy.ndimage.rank_filter(input, rank, size=None, footprint=None, output=None,
 * mode='reflect', cval=0.0, origin=0)`: the rank-th smallest value under the footprint
 * (negative ranks count from the largest).
 */
export function rank_filter(input: NDArrayLike, rank: number, ...rest: RankArgs): NDArray;
export function rank_filter(...args: unknown[]): NDArray {
  const b = RANK_FILTER.bind(args);
  return rankFilter(b, (count) => {
    const r = b.rank < 0 ? count + b.rank : b.rank;
    if (r < 0 || r >= count) throw new RuntimeError("rank not within filter footprint size");
    return r;
  });
}
pyfunction(RANK_FILTER, rank_filter);

/**
 * `scipy.ndimage.percentile_filter(input, percentile, size=None, footprint=None, output=None,
 * mode='reflect', cval=0.0, origin=0)`: the value at rank int(count * percentile / 100)
 * (count - 1 for 100; negative percentiles count from 100).
 */
export function percentile_filter(input: NDArrayLike, percentile: number, ...rest: RankArgs): NDArray;
export function percentile_filter(...args: unknown[]): NDArray {
  const b = PERCENTILE_FILTER.bind(args);
  return rankFilter(b, (count) => {
    let percent = b.percentile;
    if (percent < 0) percent += 100;
    if (percent < 0 || percent > 100) throw new RuntimeError("invalid percentile");
    return percent === 100 ? count - 1 : Math.trunc((count * percent) / 100);
  });
}
pyfunction(PERCENTILE_FILTER, percentile_filter);

const GENERIC_FILTER = signature("scipy.ndimage.generic_filter(input, function, size=None, footprint=None, output=None, mode='reflect', cval=0.0, origin=0, extra_arguments=(), extra_keywords=None)", {
  types: { ...TYPES, function: "callable", extra_arguments: "sequence" },
  unsupported: ["extra_keywords"],
});

/** Keyword arguments of generic_filter. */
export interface GenericFilterOptions extends RankFilterOptions {
  /** More arguments passed to `function` after the values. */
  extra_arguments?: readonly unknown[];
  extra_keywords?: null;
}

/**
 * `scipy.ndimage.generic_filter(input, function, size=None, footprint=None, output=None,
 * mode='reflect', cval=0.0, origin=0, extra_arguments=(), extra_keywords=None)`: calls
 * function(values, ...extra_arguments) for every pixel with the float64 values under the
 * footprint (in its C order) and stores the number it returns.
 */
export function generic_filter(input: NDArrayLike, fn: (values: Float64Array, ...extra: any[]) => number, ...rest: PyArgs<[size: number | readonly number[] | null, footprint: NDArrayLike | null, output: Output, mode: Mode, cval: number, origin: number | readonly number[], extra_arguments: readonly unknown[], options: GenericFilterOptions], GenericFilterOptions>): NDArray;
export function generic_filter(...args: unknown[]): NDArray {
  const b = GENERIC_FILTER.bind(args);
  const img = inputArray(b.input);
  const rank = img.ndim;
  let fp: { shape: number[]; on: Uint8Array };
  if (b.footprint === null) {
    if (b.size === null) throw new RuntimeError("no footprint or filter size provided");
    fp = onesFootprint(perAxis<number>(b.size, rank));
  } else {
    fp = footprintOf(b.footprint, rank, "filter footprint");
  }
  const origins = perAxis<number>(b.origin, rank);
  fp.shape.forEach((len, k) => validOrigin(origins[k], len));
  if (typeof b.mode !== "string") throw new RuntimeError("A sequence of modes is not supported");
  const plan = planFootprint(valuesOf(img), img.shape, fp.shape, fp.on, origins, filterMode(modeOf(b.mode)), b.cval);
  const count = plan.offsets.length;
  const out = new Float64Array(img.size);
  const fn = b.function as (values: Float64Array, ...extra: unknown[]) => number;
  const extra = b.extra_arguments as unknown[];
  const { offsets, padded } = plan;
  forEachWindow(img.shape, plan.paddedShape, (o, base) => {
    // a fresh buffer per call: the function may keep or change it
    const window = new Float64Array(count);
    for (let j = 0; j < count; j++) window[j] = padded[base + offsets[j]];
    out[o] = Number(fn(window, ...extra));
  });
  return deliver(out, img.shape, b.output, img);
}
pyfunction(GENERIC_FILTER, generic_filter);

/** scipy's _rank_filter: the footprint, the rank `pick` chooses, ranks 0 and count-1 through the minimum / maximum filters. */
function rankFilter(b: Record<string, any>, pick: (count: number) => number): NDArray {
  const img = inputArray(b.input);
  const rank = img.ndim;
  let fp: { shape: number[]; on: Uint8Array };
  if (b.footprint === null) {
    if (b.size === null) throw new RuntimeError("no footprint or filter size provided");
    fp = onesFootprint(perAxis<number>(b.size, rank));
  } else {
    fp = footprintOf(b.footprint, rank, "filter footprint");
  }
  const count = fp.on.reduce((s, x) => s + x, 0);
  const origins = perAxis<number>(b.origin, rank);
  fp.shape.forEach((len, k) => validOrigin(origins[k], len));
  const target = pick(count);
  if (target === 0 || target === count - 1) {
    return minOrMax({ ...b, size: null, footprint: NDArray.fromStorage(fp.on, fp.shape, inputArray(true).dtype) }, target !== 0);
  }
  if (typeof b.mode !== "string") throw new RuntimeError("A sequence of modes is not supported by non-separable rank filters");
  const plan = planFootprint(valuesOf(img), img.shape, fp.shape, fp.on, origins, filterMode(modeOf(b.mode)), b.cval);
  const out = new Float64Array(img.size);
  const window = new Float64Array(count);
  const { offsets, padded } = plan;
  forEachWindow(img.shape, plan.paddedShape, (o, base) => {
    for (let j = 0; j < count; j++) window[j] = padded[base + offsets[j]];
    out[o] = select(window, target);
  });
  return deliver(out, img.shape, b.output, img);
}

/** scipy's origin test for footprint filters. */
function validOrigin(origin: number, len: number): void {
  if ((len >> 1) + origin < 0 || (len >> 1) + origin >= len) throw new ValueError("invalid origin");
}

/** The k-th smallest of `a` (reorders a, leaving nothing larger before position k): Hoare's selection. */
export function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

function minOrMax(b: Record<string, any>, max: boolean): NDArray {
  const img = inputArray(b.input);
  const rank = img.ndim;
  let sizes: number[] | null = null;
  let fp: { shape: number[]; on: Uint8Array } | null = null;
  if (b.footprint === null) {
    if (b.size === null) throw new RuntimeError("no footprint provided");
    sizes = perAxis<number>(b.size, rank);
  } else {
    fp = footprintOf(b.footprint, rank);
    if (!fp.on.some((x) => x)) throw new ValueError("All-zero footprint is not supported.");
    if (fp.on.every((x) => x)) {
      sizes = fp.shape;
      fp = null;
    }
  }
  const origins = perAxis<number>(b.origin, rank);
  const dt = outputDType(b.output, img);
  // integer images whose result keeps their dtype: filtered in their own storage
  const narrow = dt === img.dtype ? narrowStorage(img, b.cval) : null;
  if (sizes !== null && narrow !== null) {
    sizes.forEach((len, k) => len > 1 && checkOrigin(origins[k], len, "size"));
    const modes = modesOf(b.mode, rank).map(filterMode);
    return deliver(boxExtreme(narrow, img.shape, sizes, origins, modes, b.cval, max), img.shape, b.output, img);
  }
  if (sizes !== null) {
    const modes = modesOf(b.mode, rank);
    let cur = valuesOf(img);
    let copied = false;
    for (let axis = 0; axis < rank; axis++) {
      if (sizes[axis] <= 1) continue;
      checkOrigin(origins[axis], sizes[axis], "size");
      cur = filterLines(cur, img.shape, axis, sizes[axis], origins[axis], filterMode(modes[axis]), b.cval, max ? maximumLine() : minimumLine());
      copied = true;
      roundTripInPlace(cur, dt);
    }
    return deliver(copied ? cur : cur.slice(), img.shape, b.output, img);
  }
  if (typeof b.mode !== "string") throw new RuntimeError("A sequence of modes is not supported for non-separable footprints");
  const footprint = fp!;
  footprint.shape.forEach((len, k) => validOrigin(origins[k], len));
  if (narrow !== null && img.ndim > 0) {
    const plan = planFootprint(narrow, img.shape, footprint.shape, footprint.on, origins, filterMode(modeOf(b.mode)), b.cval);
    const bytes = plan.padded instanceof Uint8Array ? footprintExtremeBytes(plan as FootprintPlan<Uint8Array>, footprint.shape, img.shape, max) : null;
    return deliver(bytes ?? footprintExtremeByRuns(plan, footprint.shape, img.shape, max)!, img.shape, b.output, img);
  }
  const plan = planFootprint(valuesOf(img), img.shape, footprint.shape, footprint.on, origins, filterMode(modeOf(b.mode)), b.cval);
  if (img.ndim > 0 && img.size > 0) {
    const byRuns = footprintExtremeByRuns(plan, footprint.shape, img.shape, max);
    if (byRuns) return deliver(byRuns, img.shape, b.output, img);
  }
  const { offsets, padded } = plan;
  const count = offsets.length;
  const out = new Float64Array(img.size);
  // row by row: the running extreme of the row shifted by each footprint offset
  const cols = img.ndim === 0 ? 1 : img.shape[img.ndim - 1];
  const bases = rowBases(img.shape, plan.paddedShape);
  for (let r = 0; r < bases.length; r++) {
    const ob = r * cols;
    const first = bases[r] + offsets[0];
    for (let c = 0; c < cols; c++) out[ob + c] = padded[first + c];
    for (let j = 1; j < count; j++) {
      const from = bases[r] + offsets[j];
      if (max) {
        for (let c = 0; c < cols; c++) {
          const v = padded[from + c];
          if (v > out[ob + c]) out[ob + c] = v;
        }
      } else {
        for (let c = 0; c < cols; c++) {
          const v = padded[from + c];
          if (v < out[ob + c]) out[ob + c] = v;
        }
      }
    }
  }
  return deliver(out, img.shape, b.output, img);
}
