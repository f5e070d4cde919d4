/** natsort's sorting functions: natsorted, realsorted, index_natsorted, order_by_index. */
import { IndexError } from "../errors";
import { PyArgs, pyfunction, signature } from "../signature";
import { NSType, ns } from "./ns";
import { ALG, natsort_keygen } from "./key";
import { compareKeys } from "./compare";

/** Keyword arguments of natsorted(seq, key=None, reverse=False, alg=ns.DEFAULT). */
export interface NatsortedOptions<T> {
  seq?: Iterable<T>;
  /** Applied to each element before building its natural-sort key. */
  key?: ((value: T) => unknown) | null;
  /** Sort descending; equal elements keep their original order (as Python's sorted). */
  reverse?: boolean;
  /** A combination of `ns` flags. */
  alg?: NSType;
}

type SortArgs<T> = PyArgs<[key: ((value: T) => unknown) | null, reverse: boolean, alg: NSType, options: NatsortedOptions<T>], NatsortedOptions<T>>;

const SORT_TYPES = { types: { key: "callable|None", reverse: "bool", alg: ALG }, defaults: { alg: ns.DEFAULT } } as const;
const NATSORTED = signature("natsort.natsorted(seq, key=None, reverse=False, alg=ns.DEFAULT)", SORT_TYPES);
const REALSORTED = signature("natsort.realsorted(seq, key=None, reverse=False, alg=ns.DEFAULT)", SORT_TYPES);
const INDEX_NATSORTED = signature("natsort.index_natsorted(seq, key=None, reverse=False, alg=ns.DEFAULT)", SORT_TYPES);
const ORDER_BY_INDEX = signature("natsort.order_by_index(seq, index, iter=False)", {
  types: { seq: "sequence", index: "sequence", iter: "bool" },
});

/** Stable sort of indices by natsort key. */
function sortedIndices<T>(seq: readonly T[], key: ((value: T) => unknown) | null, reverse: boolean, alg: NSType): number[] {
  const keyFn = natsort_keygen(key, alg);
  const keys = seq.map((v) => keyFn(v));
  const sign = reverse ? -1 : 1;
  const idx = seq.map((_, i) => i);
  idx.sort((i, j) => sign * compareKeys(keys[i], keys[j]));
  return idx;
}

/**
 * `natsort.natsorted(seq, key=None, reverse=False, alg=ns.DEFAULT)`: a new array sorted
 * naturally: digit runs compare as numbers ("file2" < "file10"), text by code point.
 */
export function natsorted<T>(seq: Iterable<T>, ...rest: SortArgs<T>): T[];
export function natsorted<T>(...args: unknown[]): T[] {
  const { seq, key, reverse, alg } = NATSORTED.bind(args);
  const items = Array.from(seq as Iterable<T>);
  return sortedIndices(items, key, reverse, alg).map((i) => items[i]);
}
pyfunction(NATSORTED, natsorted);

/** `natsort.realsorted(seq, key=None, reverse=False, alg=ns.DEFAULT)`: natsorted with ns.REAL (signed floats). */
export function realsorted<T>(seq: Iterable<T>, ...rest: SortArgs<T>): T[];
export function realsorted<T>(...args: unknown[]): T[] {
  const { seq, key, reverse, alg } = REALSORTED.bind(args);
  return natsorted(seq as Iterable<T>, key, reverse, alg | ns.REAL);
}
pyfunction(REALSORTED, realsorted);

/** `natsort.index_natsorted(seq, key=None, reverse=False, alg=ns.DEFAULT)`: the indices that would sort seq. */
export function index_natsorted<T>(seq: Iterable<T>, ...rest: SortArgs<T>): number[];
export function index_natsorted<T>(...args: unknown[]): number[] {
  const { seq, key, reverse, alg } = INDEX_NATSORTED.bind(args);
  return sortedIndices(Array.from(seq as Iterable<T>), key, reverse, alg);
}
pyfunction(INDEX_NATSORTED, index_natsorted);

/**
 * `natsort.order_by_index(seq, index, iter=False)`: seq's elements in the order given by
 * index; with iter: true an iterator over them instead of an array.
 */
export function order_by_index<T>(seq: readonly T[], index: readonly number[], options?: { iter?: false }): T[];
export function order_by_index<T>(seq: readonly T[], index: readonly number[], iter: true | { iter: true }): IterableIterator<T>;
export function order_by_index<T>(seq: readonly T[], index: readonly number[], iter?: boolean | { iter?: boolean }): T[] | IterableIterator<T>;
export function order_by_index<T>(...args: unknown[]): T[] | IterableIterator<T> {
  const { seq, index, iter } = ORDER_BY_INDEX.bind(args);
  const picked = (index as number[]).map((i) => {
    const j = i < 0 ? i + seq.length : i;
    if (!Number.isInteger(i) || j < 0 || j >= seq.length) throw new IndexError("list index out of range");
    return (seq as T[])[j];
  });
  return iter ? picked[Symbol.iterator]() : picked;
}
pyfunction(ORDER_BY_INDEX, order_by_index);
