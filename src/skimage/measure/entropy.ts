/** `skimage.measure.shannon_entropy` (0.19). */
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";

const SHANNON_ENTROPY = signature("skimage.measure.shannon_entropy(image, base=2)", { types: { image: "array_like", base: "float" } });

/**
 * `skimage.measure.shannon_entropy(image, base=2)`: -sum(p log(p)) over the frequencies p of the
 * image's distinct values (scipy.stats.entropy of the counts), in units of log `base`.
 */
export function shannon_entropy(image: NDArrayLike, ...rest: PyArgs<[base: number, options: { base?: number }], { base?: number }>): number;
export function shannon_entropy(...args: unknown[]): number {
  const { image, base } = SHANNON_ENTROPY.bind(args);
  const v = readFloat64(asNDArray(image));
  const sorted = Float64Array.from(v).sort();
  const counts: number[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    counts.push(j - i);
    i = j;
  }
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
