/** `skimage.exposure.match_histograms` (0.19): each value mapped to the reference's quantile. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { astype } from "../../np/cast";
import { float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, warn } from "../_internal/arrays";
import { channelBack, channelLast, interpInto, supportedFloat } from "./_common";

const MATCH = signature("skimage.exposure.match_histograms(image, reference, *, channel_axis=None, multichannel=False)", {
  types: { image: "array_like", reference: "array_like", channel_axis: "int|None", multichannel: "bool" },
});

/** Keyword arguments of exposure.match_histograms. */
export interface MatchHistogramsOptions {
  channel_axis?: number | null;
  /** Deprecated in scikit-image 0.19: `channel_axis: -1` instead. */
  multichannel?: boolean;
}

/** Slots of the hash table of hashedUniqueCounts: at most half of them are filled. */
const HASH_SLOTS = 1 << 12;
const bitsOf = new Float64Array(1);
const wordsOf = new Uint32Array(bitsOf.buffer);

/**
 * uniqueCounts through a hash table of the values' bits, for images of few distinct values
 * (floats made from integers): null when there are more than HASH_SLOTS / 2 of them, or a
 * NaN or -0 (whose grouping the sort settles).
 */
function hashedUniqueCounts(values: ArrayLike<number>, withInverse: boolean): { uniq: Float64Array; counts: Float64Array; inverse: Int32Array | null } | null {
  const n = values.length;
  const keys = new Float64Array(HASH_SLOTS);
  const ids = new Int32Array(HASH_SLOTS).fill(-1);
  const limit = HASH_SLOTS >> 1;
  const seen = new Float64Array(limit);
  const seenCounts = new Float64Array(limit);
  const firstIds = withInverse ? new Int32Array(n) : null;
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === 0 ? 1 / v < 0 : v !== v) return null;
    bitsOf[0] = v;
    let slot = Math.imul(wordsOf[0] ^ Math.imul(wordsOf[1], 0x9e3779b1), 0x85ebca6b) >>> 20;
    let id = ids[slot];
    while (id >= 0 && keys[slot] !== v) {
      slot = (slot + 1) & (HASH_SLOTS - 1);
      id = ids[slot];
    }
    if (id < 0) {
      if (distinct === limit) return null;
      id = distinct++;
      ids[slot] = id;
      keys[slot] = v;
      seen[id] = v;
    }
    seenCounts[id]++;
    if (firstIds !== null) firstIds[i] = id;
  }
  const order = Array.from({ length: distinct }, (_, k) => k).sort((a, b) => seen[a] - seen[b]);
  const uniq = new Float64Array(distinct);
  const counts = new Float64Array(distinct);
  const rank = new Int32Array(distinct);
  order.forEach((id, k) => {
    uniq[k] = seen[id];
    counts[k] = seenCounts[id];
    rank[id] = k;
  });
  if (firstIds !== null) for (let i = 0; i < n; i++) firstIds[i] = rank[firstIds[i]];
  return { uniq, counts, inverse: firstIds };
}

/** Sorted distinct values with their counts, and each input value's index among them. */
function uniqueCounts(values: ArrayLike<number>, withInverse: boolean): { uniq: Float64Array; counts: Float64Array; inverse: Int32Array | null } {
  const n = values.length;
  let lo = Infinity;
  let hi = -Infinity;
  let integral = true;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    if (integral && !Number.isInteger(v)) integral = false;
  }
  if (n > 0 && integral && hi - lo < 4 * n + 1024) {
    // integer values in a modest range (every integer image): counted through a table
    const table = new Float64Array(hi - lo + 1);
    for (let i = 0; i < n; i++) table[values[i] - lo]++;
    const uniq: number[] = [];
    const counts: number[] = [];
    const rank = new Int32Array(table.length);
    for (let k = 0; k < table.length; k++) {
      if (table[k] > 0) {
        rank[k] = uniq.length;
        uniq.push(k + lo);
        counts.push(table[k]);
      }
    }
    let inverse: Int32Array | null = null;
    if (withInverse) {
      inverse = new Int32Array(n);
      for (let i = 0; i < n; i++) inverse[i] = rank[values[i] - lo];
    }
    return { uniq: Float64Array.from(uniq), counts: Float64Array.from(counts), inverse };
  }
  const hashed = n > 0 ? hashedUniqueCounts(values, withInverse) : null;
  if (hashed !== null) return hashed;
  const sorted = Float64Array.from(values);
  sorted.sort();
  const uniqList: number[] = [];
  const countList: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = sorted[i];
    if (i > 0 && (v === sorted[i - 1] || (v !== v && sorted[i - 1] !== sorted[i - 1]))) countList[countList.length - 1]++;
    else {
      uniqList.push(v);
      countList.push(1);
    }
  }
  const uniq = Float64Array.from(uniqList);
  let inverse: Int32Array | null = null;
  if (withInverse) {
    inverse = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const v = values[i];
      let a = 0;
      let b = uniq.length - 1;
      while (a < b) {
        const mid = (a + b) >> 1;
        if (uniq[mid] < v) a = mid + 1;
        else b = mid;
      }
      inverse[i] = a;
    }
  }
  return { uniq, counts: Float64Array.from(countList), inverse };
}

/** `_match_cumulative_cdf`: source values moved onto the template's quantiles (float64). */
function matchCdf(source: ArrayLike<number>, template: ArrayLike<number>): Float64Array {
  const src = uniqueCounts(source, true);
  const tmpl = uniqueCounts(template, false);
  const quantiles = (counts: Float64Array, size: number) => {
    const q = new Float64Array(counts.length);
    let s = 0;
    for (let k = 0; k < counts.length; k++) q[k] = (s += counts[k]) / size;
    return q;
  };
  const srcQ = quantiles(src.counts, source.length);
  const tmplQ = quantiles(tmpl.counts, template.length);
  const mapped = new Float64Array(srcQ.length);
  interpInto(srcQ, tmplQ, tmpl.uniq, mapped);
  const out = new Float64Array(source.length);
  const inv = src.inverse!;
  for (let i = 0; i < out.length; i++) out[i] = mapped[inv[i]];
  return out;
}

/**
 * `skimage.exposure.match_histograms(image, reference, *, channel_axis=None,
 * multichannel=False)`: the image with its cumulative histogram matched to the reference's,
 * channel by channel with `channel_axis` (then in the image's dtype, integers truncated);
 * float64 otherwise (float32 for float32 images).
 */
export function match_histograms(
  image: NDArrayLike,
  reference: NDArrayLike,
  options?: MatchHistogramsOptions,
): NDArray;
export function match_histograms(...args: unknown[]): NDArray {
  const bound = MATCH.bind(args);
  let channel_axis: number | null = bound.channel_axis;
  if (bound.multichannel) {
    warn("`multichannel` is a deprecated argument name for `match_histograms`. It will be removed in version 1.0. Please use `channel_axis` instead.", "FutureWarning");
    channel_axis = -1;
  }
  const img = asNDArray(bound.image as NDArrayLike);
  const ref = asNDArray(bound.reference as NDArrayLike, "reference");
  if (img.ndim !== ref.ndim) throw new ValueError("Image and reference must have the same number of channels.");
  if (channel_axis === null) {
    const out = matchCdf(contiguousStorage(img), contiguousStorage(ref));
    const dt = supportedFloat(img.dtype);
    return astype(NDArray.fromStorage(out, img.shape.slice(), float64), dt);
  }
  const im = channelLast(img, channel_axis);
  const rf = channelLast(ref, channel_axis);
  const c = im.shape[im.ndim - 1];
  if (c !== rf.shape[rf.ndim - 1]) throw new ValueError("Number of channels in the input image and reference image must match!");
  const iv = contiguousStorage(im);
  const rv = contiguousStorage(rf);
  const n = iv.length / c;
  const m = rv.length / c;
  const out = new Float64Array(iv.length);
  const a = new Float64Array(n);
  const b = new Float64Array(m);
  for (let ch = 0; ch < c; ch++) {
    for (let i = 0; i < n; i++) a[i] = iv[i * c + ch];
    for (let i = 0; i < m; i++) b[i] = rv[i * c + ch];
    const matched = matchCdf(a, b);
    for (let i = 0; i < n; i++) out[i * c + ch] = matched[i];
  }
  // assigned into an array of the image's dtype, as scikit-image does
  let result = astype(NDArray.fromStorage(out, im.shape.slice(), float64), img.dtype);
  if (result.dtype.kind === "f") result = astype(result, supportedFloat(img.dtype));
  return channelBack(result, channel_axis);
}
pyfunction(MATCH, match_histograms);
