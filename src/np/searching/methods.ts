/** ndarray.searchsorted, ndarray.partition and ndarray.argpartition, as the np functions. */
import { NDArray } from "../ndarray";
import type { ArrayLike } from "../create";
import { PyArgs, pyfunction, signature } from "../../signature";
import { argpartitioned, partitionInPlace } from "./partition";
import { searchsortedIn } from "./searchsorted";
import { ValueError } from "../../errors";

const SPEC = { types: { axis: "int" } };
const METHOD_SEARCHSORTED = signature("numpy.ndarray.searchsorted(v, side='left', sorter=None)");
const METHOD_PARTITION = signature("numpy.ndarray.partition(kth, axis=-1, kind='introselect', order=None)", SPEC);
const METHOD_ARGPARTITION = signature("numpy.ndarray.argpartition(kth, axis=-1, kind='introselect', order=None)", { ...SPEC, types: { axis: "int|None" } });

/** Keyword arguments of a.partition / a.argpartition. */
export interface PartitionMethodOptions {
  kth?: number | readonly number[];
  axis?: number | null;
  kind?: "introselect";
  order?: null;
}

/** Keyword arguments of a.searchsorted. */
export interface SearchsortedMethodOptions {
  v?: ArrayLike;
  side?: "left" | "right";
  sorter?: ArrayLike | null;
}

declare module "../ndarray" {
  interface NDArray {
    /** `a.searchsorted(v, side='left', sorter=None)`: as np.searchsorted with this 1-D sorted array. */
    searchsorted(v: ArrayLike, ...rest: PyArgs<[side: "left" | "right", sorter: ArrayLike | null, options: SearchsortedMethodOptions], SearchsortedMethodOptions>): NDArray | number;
    /** `a.partition(kth, axis=-1, kind='introselect', order=None)`: partitions in place, as np.partition. */
    partition(kth: number | readonly number[], ...rest: PyArgs<[axis: number, kind: "introselect", order: null, options: PartitionMethodOptions], PartitionMethodOptions>): void;
    /** `a.argpartition(kth, axis=-1, kind='introselect', order=None)`: as np.argpartition. */
    argpartition(kth: number | readonly number[], ...rest: PyArgs<[axis: number | null, kind: "introselect", order: null, options: PartitionMethodOptions], PartitionMethodOptions>): NDArray;
  }
}

function checkKindOrder(kind: unknown, order: unknown): void {
  if (kind !== "introselect") throw new ValueError(`select kind must be 'introselect' (got '${String(kind)}')`);
  if (order !== null) throw new ValueError("Cannot specify order when the array has no fields.");
}

const PROTO = NDArray.prototype;
PROTO.searchsorted = function searchsorted(this: NDArray, ...args: unknown[]): NDArray | number {
  if (args.length === 1) return searchsortedIn(this, args[0] as ArrayLike, "left", null);
  const b = METHOD_SEARCHSORTED.bind(args);
  return searchsortedIn(this, b.v, b.side, b.sorter);
};
PROTO.partition = function partition(this: NDArray, ...args: unknown[]): void {
  if (args.length === 1) return partitionInPlace(this, args[0], -1);
  const b = METHOD_PARTITION.bind(args);
  checkKindOrder(b.kind, b.order);
  partitionInPlace(this, b.kth, b.axis);
};
PROTO.argpartition = function argpartition(this: NDArray, ...args: unknown[]): NDArray {
  if (args.length === 1) return argpartitioned(this, args[0], -1);
  const b = METHOD_ARGPARTITION.bind(args);
  checkKindOrder(b.kind, b.order);
  return argpartitioned(this, b.kth, b.axis);
};
pyfunction(METHOD_SEARCHSORTED, PROTO.searchsorted);
pyfunction(METHOD_PARTITION, PROTO.partition);
pyfunction(METHOD_ARGPARTITION, PROTO.argpartition);
