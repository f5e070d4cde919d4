/** `sklearn.utils.shuffle`: the same random row permutation applied to several arrays. */
import { ValueError } from "../../errors";
import { shuffleIndices } from "../../np/random/shuffle";
import { pyfunction, signature } from "../../signature";
import { RANDOM_STATE, RandomStateLike, check_random_state } from "./check_random_state";
import { Indexable, checkConsistentLength, numSamples, takeRows } from "./indexing";

/** Keyword arguments of `shuffle(*arrays, random_state=None, n_samples=None)`. */
export interface ShuffleOptions {
  random_state?: RandomStateLike;
  n_samples?: number | null;
}

const SHUFFLE = signature("sklearn.utils.shuffle(*arrays, random_state=None, n_samples=None)", {
  types: { random_state: RANDOM_STATE, n_samples: "int|None" },
});

/**
 * `sklearn.utils.shuffle(*arrays, random_state=None, n_samples=None)`: draws one permutation of the rows
 * (arange(n) shuffled by the RandomState, as scikit-learn's resample without replacement)
 * and applies it to every array. Pass the options object last. As in scikit-learn, one array
 * comes back as that array (`X = shuffle(X)`), several as a list (`[X, y] = shuffle(X, y)`),
 * none as null.
 */
export function shuffle<A extends Indexable>(array: A, options?: ShuffleOptions): A;
export function shuffle<T extends Indexable[]>(...args: [...T] | [...T, ShuffleOptions]): T;
export function shuffle(...args: unknown[]): Indexable | Indexable[] | null {
  const bound = SHUFFLE.bind(args);
  const arrays = bound.arrays as Indexable[];
  if (arrays.length === 0) return null;
  const rs = check_random_state(bound.random_state);
  checkConsistentLength(arrays);
  const n = numSamples(arrays[0]);
  const max: number = bound.n_samples ?? n;
  if (max > n) {
    throw new ValueError(`Cannot sample ${max} out of arrays with dim ${n} when replace is False`);
  }
  const idx = new Float64Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  shuffleIndices(rs._mt, idx);
  // a negative n_samples slices as Python's indices[:n_samples] does
  const chosen = idx.subarray(0, max);
  const out = arrays.map((a) => takeRows(a, chosen));
  return out.length === 1 ? out[0] : out;
}
pyfunction(SHUFFLE, shuffle);
