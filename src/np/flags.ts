/**
 * Read-only arrays: `ndarray.flags.writeable`, and the checks and view rule that honour it
 * (np.broadcast_to's views are read-only, and so is every view of a read-only array).
 */
import { inspect } from "node:util";
import type { NDArray } from "./ndarray";
import { isCContiguous } from "./contiguous";
import { ValueError } from "../errors";

/** `ndarray.flags`: the memory layout and whether the array may be written. */
export class ArrayFlags {
  /** @internal */
  constructor(private readonly array: NDArray) {}

  /** False for read-only arrays: writes raise `ValueError: assignment destination is read-only`. */
  get writeable(): boolean {
    return !this.array._readonly;
  }

  set writeable(value: boolean) {
    if (value && this.array._readonlyBase) throw new ValueError("cannot set WRITEABLE flag to True of this array");
    this.array._readonly = !value;
  }

  /** True when the elements are contiguous in C order. */
  get c_contiguous(): boolean {
    return isCContiguous(this.array);
  }

  /** False for a view: the memory belongs to `base`. */
  get owndata(): boolean {
    return this.array._base === null;
  }

  [inspect.custom](): string {
    return `  C_CONTIGUOUS : ${this.c_contiguous ? "True" : "False"}\n  WRITEABLE : ${this.writeable ? "True" : "False"}`;
  }
}

/** A view made from `source`: read-only when the source is. */
export function viewOf(source: NDArray, view: NDArray): NDArray {
  view._base = source._base ?? source;
  if (source._readonly) {
    view._readonly = true;
    view._readonlyBase = true;
  }
  return view;
}

/** Throws NumPy's error when `a` is read-only (`what`: "assignment destination", "output array"). */
export function assertWriteable(a: NDArray, what = "assignment destination"): void {
  if (a._readonly) throw new ValueError(`${what} is read-only`);
}
