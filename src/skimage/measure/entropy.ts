/** `skimage.measure.shannon_entropy` (0.19). */
import { PyArgs, pyfunction, signature } from "../../signature";
import { contiguousStorage } from "../../np/contiguous";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";

const SHANNON_ENTROPY = signature("skimage.measure.shannon_entropy(image, base=2)", { types: { image: "array_like", base: "float" } });

/** How often each distinct value occurs, in increasing order of value (np.unique's counts). */
function sortedRunCounts(v: Float64Array): number[] {
  const sorted = Float64Array.from(v).sort();
  const counts: number[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    counts.push(j - i);
    i = j;
  }
  return counts;
}

/** sortedRunCounts of 8- and 16-bit integers (bool too), from a histogram over their range. */
function levelCounts(v: ArrayLike<number>, bits: number, signed: boolean): number[] {
  const offset = signed ? 2 ** (bits - 1) : 0; // the lowest value lands on 0
  const hist = new Float64Array(2 ** bits);
  for (let i = 0; i < v.length; i++) hist[v[i] + offset]++;
  const counts: number[] = [];
  for (let k = 0; k < hist.length; k++) if (hist[k] > 0) counts.push(hist[k]);
  return counts;
}

/**
 * `skimage.measure.shannon_entropy(image, base=2)`: -sum(p log(p)) over the frequencies p of the
 * image's distinct values (scipy.stats.entropy of the counts), in units of log `base`.
 */
export function shannon_entropy(image: NDArrayLike, ...rest: PyArgs<[base: number, options: { base?: number }], { base?: number }>): number;
export function shannon_entropy(...args: unknown[]): number {
  const { image, base } = SHANNON_ENTROPY.bind(args);
  const img = asNDArray(image);
  const counts = img.dtype.itemsize <= 2 && img.dtype.kind !== "f" ? levelCounts(contiguousStorage(img), 8 * img.dtype.itemsize, img.dtype.kind === "i") : sortedRunCounts(readFloat64(img));
  let total = 0;
  for (const c of counts) total += c;
  // scipy: pk / sum(pk), then sum of entr(pk) = -pk log pk, divided by log(base)
  let s = 0;
  for (const c of counts) {
    const p = c / total;
    s += -p * Math.log(p);
  }
  return s / Math.log(base);
}
pyfunction(SHANNON_ENTROPY, shannon_entropy);
