/**
 * The numpy object array plt.subplots returns for a grid of axes: 1-D for one row or column
 * (axes[i]), 2-D otherwise (axes[i][j] and axes.get(i, j)); ravel()/flat/flatten() list them
 * in C order. numpy's `axes.flat` is `axes.flat()` here (Array's own flat, same order).
 */
import { inspect } from "node:util";
import { IndexError, ValueError } from "../errors";
import type { Axes } from "./axes";
import { pyfunction } from "../signature";
import { mplsig } from "./pysig";

// "A" and "K" are C order for the arrays plt.subplots makes (always C-contiguous)
const RAVEL = mplsig("numpy.ndarray.ravel(order='C')", { types: { order: "str" } });
const FLATTEN = mplsig("numpy.ndarray.flatten(order='C')", { types: { order: "str" } });
const GETITEM = mplsig("numpy.ndarray.__getitem__(i, j=None, /)", { types: { i: "int", j: "int|None" } });

/** numpy's line wrapping of one element onto the current line (_extendLine). */
function extendLine(out: { s: string; line: string }, word: string, width: number, prefix: string): void {
  const needsWrap = out.line.length + word.length > width && out.line.length > prefix.length;
  if (needsWrap) {
    out.s += out.line.trimEnd() + "\n";
    out.line = prefix;
  }
  out.line += word;
}

/** numpy's _formatArray for a 1-D or 2-D object array of reprs (linewidth 75, ", " separator). */
function formatObjectArray(items: string[] | string[][], hanging: string, width: number): string {
  const nested = Array.isArray(items[0]);
  const nextHanging = hanging + " ";
  const nextWidth = width - 1;
  let s = "";
  if (!nested) {
    const words = items as string[];
    const elemWidth = width - 1;
    const out = { s: "", line: hanging };
    words.forEach((w, i) => {
      extendLine(out, w, elemWidth, hanging);
      if (i < words.length - 1) out.line += ", ";
    });
    s = out.s + out.line;
  } else {
    const rows = items as string[][];
    rows.forEach((row, i) => {
      s += hanging + formatObjectArray(row, nextHanging, nextWidth) + (i < rows.length - 1 ? ",\n" : "");
    });
  }
  return "[" + s.slice(hanging.length) + "]";
}

/** An array of Axes (1-D) or of rows of Axes (2-D), with numpy's ravel/flat/shape. */
export class AxesArray<T extends Axes | AxesArray<Axes> = Axes> extends Array<T> {
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  /** @internal */
  static of1d(items: Axes[]): AxesArray<Axes> {
    const out = new AxesArray<Axes>();
    out.push(...items);
    return out;
  }

  /** @internal */
  static of2d(rows: Axes[][]): AxesArray<AxesArray<Axes>> {
    const out = new AxesArray<AxesArray<Axes>>();
    for (const row of rows) out.push(AxesArray.of1d(row));
    return out;
  }

  /** numpy's shape: (n,) or (rows, cols). */
  get shape(): number[] {
    const first = this[0];
    return first instanceof AxesArray ? [this.length, first.length] : [this.length];
  }

  /** numpy's ndim. */
  get ndim(): number {
    return this.shape.length;
  }

  /** numpy's size: the number of axes. */
  get size(): number {
    return this.ravel().length;
  }

  /** `ndarray.ravel(order='C')`: all axes in C (row by row) or F (column by column) order, as a plain list. */
  ravel(order?: "C" | "F" | "A" | "K" | { order?: "C" | "F" | "A" | "K" }): Axes[];
  ravel(): Axes[] {
    const { order } = arguments.length > 0 ? RAVEL.bind(arguments) : { order: "C" };
    return this.inOrder(order);
  }

  /** `ndarray.flatten(order='C')`: same as ravel. */
  flatten(order?: "C" | "F" | "A" | "K" | { order?: "C" | "F" | "A" | "K" }): Axes[];
  flatten(): Axes[] {
    const { order } = arguments.length > 0 ? FLATTEN.bind(arguments) : { order: "C" };
    return this.inOrder(order);
  }

  private inOrder(order: string): Axes[] {
    if (!["C", "F", "A", "K"].includes(order)) throw new ValueError(`order must be one of 'C', 'F', 'A', or 'K' (got '${order}')`);
    const out: Axes[] = [];
    const rows = this as unknown as (Axes | AxesArray<Axes>)[];
    if (order === "F" && rows[0] instanceof AxesArray) {
      const ncols = (rows[0] as AxesArray<Axes>).length;
      for (let j = 0; j < ncols; j++) for (const row of rows) out.push((row as AxesArray<Axes>)[j]);
      return out;
    }
    for (const item of rows) {
      if (item instanceof AxesArray) out.push(...(item as AxesArray<Axes>));
      else out.push(item as Axes);
    }
    return out;
  }

  /**
   * numpy's repr of the object array, `array([<AxesSubplot: >, ...], dtype=object)`; in a
   * notebook the figure is shown too, as matplotlib's inline backend does at cell end.
   */
  override toString(): string {
    const rows = this.shape.length === 2
      ? (this as unknown as AxesArray<Axes>[]).map((r) => r.map((a) => a.toString()))
      : (this as unknown as Axes[]).map((a) => a.toString());
    const body = formatObjectArray(rows, "       ", 75 - 1);
    const text = "array(" + body + ",";
    const lastLine = text.length - (text.lastIndexOf("\n") + 1);
    const dtype = "dtype=object)";
    return text + (lastLine + dtype.length + 1 > 75 ? "\n      " : " ") + dtype;
  }

  [inspect.custom](): string {
    const first = this.ravel()[0];
    if (first !== undefined) first.figure.displayInline();
    return this.toString();
  }

  /** `axes[i]` or `axes[i, j]` (`ndarray.__getitem__`; negative indices count from the end). */
  get(i: number, j?: number | null): Axes {
    GETITEM.bind(arguments);
    const shape = this.shape;
    const at = <U>(arr: ArrayLike<U>, k: number, axis: number): U => {
      const n = arr.length;
      const kk = k < 0 ? k + n : k;
      if (!Number.isInteger(k) || kk < 0 || kk >= n) throw new IndexError(`index ${k} is out of bounds for axis ${axis} with size ${n}`);
      return arr[kk];
    };
    if (shape.length === 1) {
      if (j !== undefined && j !== null) throw new IndexError("too many indices for array: array is 1-dimensional, but 2 were indexed");
      return at(this, i, 0) as Axes;
    }
    if (j === undefined || j === null) throw new IndexError("a 2-D axes array needs two indices: axes.get(i, j)");
    return at(at(this, i, 0) as AxesArray<Axes>, j, 1);
  }
}

pyfunction(RAVEL, AxesArray.prototype.ravel);
pyfunction(FLATTEN, AxesArray.prototype.flatten);
pyfunction(GETITEM, AxesArray.prototype.get);
