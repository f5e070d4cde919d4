/** `skimage.metrics.normalized_mutual_information` (0.19). */
import { NDArray } from "../../np/ndarray";
import { uninitStorage } from "../../np/alloc";
import { contiguousStorage } from "../../np/contiguous";
import { ValueError } from "../../errors";
import { pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { pairwiseSum } from "../_internal/correlate";
import { npLog } from "../../np/ufuncs/exact/log";

const NMI = signature("skimage.metrics.normalized_mutual_information(image0, image1, *, bins=100)", {
  types: { image0: "array_like", image1: "array_like", bins: "int|sequence" },
});

/** The values of `a` zero-padded at the end of every axis to `shape` (`_pad_to`). */
function padTo(a: NDArray, shape: readonly number[]): Float64Array {
  const src = contiguousStorage(a);
  if (a.shape.every((d, k) => d === shape[k])) return src instanceof Float64Array ? src : Float64Array.from(src);
  const out = new Float64Array(shape.reduce((p, q) => p * q, 1));
  const idx = new Array<number>(a.ndim).fill(0);
  for (let n = 0; n < src.length; n++) {
    let off = 0;
    for (let k = 0; k < a.ndim; k++) off = off * shape[k] + idx[k];
    out[off] = src[n];
    for (let k = a.ndim - 1; k >= 0; k--) {
      if (++idx[k] < a.shape[k]) break;
      idx[k] = 0;
    }
  }
  return out;
}

/** np.histogramdd's bin of every value: equal bins over [min, max], the last bin closed. */
function binIndices(x: Float64Array, bins: number): Int32Array {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo === hi) {
    lo -= 0.5;
    hi += 0.5;
  }
  const edges = new Float64Array(bins + 1);
  const step = (hi - lo) / bins;
  for (let k = 0; k <= bins; k++) edges[k] = k * step + lo;
  edges[bins] = hi;
  const out = uninitStorage(Int32Array, x.length) as Int32Array;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    // searchsorted(edges, v, 'right') - 1, values on the last edge into the last bin: the
    // equal bins give a first guess, the edges themselves the answer
    let k = Math.floor((v - lo) / step);
    k = k < 0 ? 0 : k > bins ? bins : k === k ? k : -1; // NaN: before the first edge
    while (k > 0 && !(edges[k] <= v)) k--;
    while (k < bins && edges[k + 1] <= v) k++;
    out[i] = v === hi ? bins - 1 : k;
  }
  return out;
}

/** scipy.stats.entropy of counts (natural log). */
function entropy(counts: Float64Array): number {
  const total = pairwiseSum(counts, 0, counts.length);
  const terms = new Float64Array(counts.length);
  for (let k = 0; k < counts.length; k++) {
    const p = counts[k] / total;
    terms[k] = p > 0 ? -p * npLog(p) : 0;
  }
  return pairwiseSum(terms, 0, terms.length);
}

/**
 * `skimage.metrics.normalized_mutual_information(image0, image1, *, bins=100)`:
 * (H(image0) + H(image1)) / H(image0, image1) from their joint histogram over `bins` equal
 * bins per image (1 for independent images, 2 for identical ones). Images of different shapes
 * are zero-padded to a common one.
 */
export function normalized_mutual_information(image0: NDArrayLike, image1: NDArrayLike, options?: { bins?: number | readonly [number, number] }): number;
export function normalized_mutual_information(...args: unknown[]): number {
  const { image0, image1, bins } = NMI.bind(args);
  const a = asNDArray(image0 as NDArrayLike, "image0");
  const b = asNDArray(image1 as NDArrayLike, "image1");
  if (a.ndim !== b.ndim) {
    throw new ValueError(`NMI requires images of same number of dimensions. Got ${a.ndim}D for \`image0\` and ${b.ndim}D for \`image1\`.`);
  }
  const shape = a.shape.map((d, k) => Math.max(d, b.shape[k]));
  const x = padTo(a, shape);
  const y = padTo(b, shape);
  const [b0, b1] = typeof bins === "number" ? [bins, bins] : (bins as number[]);
  const i0 = binIndices(x, b0);
  const i1 = binIndices(y, b1);
  const joint = new Float64Array(b0 * b1);
  for (let n = 0; n < x.length; n++) joint[i0[n] * b1 + i1[n]]++;
  const m0 = new Float64Array(b1);
  const m1 = new Float64Array(b0);
  for (let r = 0; r < b0; r++) {
    for (let c = 0; c < b1; c++) {
      m0[c] += joint[r * b1 + c];
      m1[r] += joint[r * b1 + c];
    }
  }
  return (entropy(m0) + entropy(m1)) / entropy(joint);
}
pyfunction(NMI, normalized_mutual_information);
