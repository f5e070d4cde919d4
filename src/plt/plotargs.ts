/**
 * Argument handling of `plot(*args, **kwargs)`: [x], y, [fmt] groups (the keywords already
 * bound), and the lines they make.
 */
import { NDArray } from "../np/ndarray";
import { ValueError } from "../errors";
import { NDArrayLike, readArray } from "./data";
import { parseFmt, LineStyle } from "./fmt";
import { toCss } from "./colors";
import { rcParams } from "./rcparams";
import type { LineArtist } from "./artists";
import type { LineProps } from "./line_props";

/** One positional argument of plot: data or a format string. */
export type PlotArg = NDArrayLike | string;

/** Columns of a 1-D or 2-D array: a 2-D y draws one line per column, as matplotlib does. */
function columns(a: NDArrayLike, what: string): { n: number; cols: Float64Array[]; shape: number[] } {
  const { values, shape } = readArray(a, what);
  if (shape.length <= 1) return { n: values.length, cols: [values], shape };
  const [rows, ncol] = shape;
  const cols: Float64Array[] = [];
  for (let j = 0; j < ncol; j++) {
    const c = new Float64Array(rows);
    for (let i = 0; i < rows; i++) c[i] = values[i * ncol + j];
    cols.push(c);
  }
  return { n: rows, cols, shape };
}

function shapeText(shape: number[]): string {
  return `(${shape.join(", ")}${shape.length === 1 ? "," : ""})`;
}

/** Where a line sits in autoscaling (plot's scalex / scaley). */
export interface LineScaling {
  scalex: boolean;
  scaley: boolean;
}

/**
 * Turns plot's positional arguments into lines; `nextColor` hands out cycle colors for lines
 * without one.
 */
export function linesFromArgs(args: readonly unknown[], props: LineProps, scaling: LineScaling, nextColor: () => string): LineArtist[] {
  let rest = args.slice();
  const out: LineArtist[] = [];
  while (rest.length > 0) {
    const a0 = rest[0];
    if (typeof a0 === "string") throw new ValueError(`plot: a format string must follow data, got ${JSON.stringify(a0)} first`);
    let x: NDArrayLike | undefined;
    let y: NDArrayLike;
    let fmt: string | undefined;
    const a1 = rest[1];
    if (a1 !== undefined && typeof a1 !== "string") {
      x = a0 as NDArrayLike;
      y = a1 as NDArrayLike;
      rest = rest.slice(2);
    } else {
      y = a0 as NDArrayLike;
      rest = rest.slice(1);
    }
    if (typeof rest[0] === "string") {
      fmt = rest[0] as string;
      rest = rest.slice(1);
    }
    out.push(...makeLines(x, y, fmt, props, scaling, nextColor));
  }
  return out;
}

function makeLines(xIn: NDArrayLike | undefined, yIn: NDArrayLike, fmtText: string | undefined, props: LineProps, scaling: LineScaling, nextColor: () => string): LineArtist[] {
  const ys = columns(yIn, "y");
  let xs: Float64Array[];
  let xShape: number[];
  if (xIn === undefined) {
    const idx = new Float64Array(ys.n);
    for (let i = 0; i < ys.n; i++) idx[i] = i;
    xs = [idx];
    xShape = [ys.n];
  } else {
    const xc = columns(xIn, "x");
    xShape = xc.shape;
    if (xc.shape.length <= 2 && ys.shape.length <= 2 && xc.n !== ys.n) {
      throw new ValueError(`x and y must have same first dimension, but have shapes ${shapeText(xc.shape)} and ${shapeText(ys.shape)}`);
    }
    xs = xc.cols;
  }
  if (xShape.length > 2 || ys.shape.length > 2) {
    throw new ValueError(`x and y can be no greater than 2D, but have shapes ${shapeText(xShape)} and ${shapeText(ys.shape)}`);
  }
  const fmt = fmtText === undefined ? {} : parseFmt(fmtText);
  const fmtColor = fmt.color !== undefined ? toCss(fmt.color) : undefined;
  const marker = props.marker ?? fmt.marker;
  const style: LineStyle = props.linestyle ?? fmt.linestyle ?? "solid";
  const n = Math.max(xs.length, ys.cols.length);
  if (xs.length !== 1 && ys.cols.length !== 1 && xs.length !== ys.cols.length) {
    throw new ValueError(`x has ${xs.length} columns but y has ${ys.cols.length} columns`);
  }
  const lines: LineArtist[] = [];
  for (let k = 0; k < n; k++) {
    const line: LineArtist = {
      kind: "line",
      x: xs[xs.length === 1 ? 0 : k],
      y: ys.cols[ys.cols.length === 1 ? 0 : k],
      color: props.color ?? fmtColor ?? nextColor(),
      linewidth: props.linewidth ?? rcParams["lines.linewidth"],
      linestyle: style,
      marker: marker === "" || marker === "None" || marker === "none" ? undefined : marker,
      markersize: props.markersize ?? rcParams["lines.markersize"],
      alpha: props.alpha,
      label: props.label,
    };
    if (props.markerfacecolor !== undefined) line.markerfacecolor = props.markerfacecolor;
    if (props.markeredgecolor !== undefined) line.markeredgecolor = props.markeredgecolor;
    if (props.markeredgewidth !== undefined) line.markeredgewidth = props.markeredgewidth;
    if (props.zorder !== undefined) line.zorder = props.zorder;
    if (!scaling.scalex) line.scalex = false;
    if (!scaling.scaley) line.scaley = false;
    lines.push(line);
  }
  return lines;
}

/** True for an argument that is data (an array, a list, an NDArray). */
export function isData(a: unknown): boolean {
  return a instanceof NDArray || Array.isArray(a) || ArrayBuffer.isView(a) || typeof a === "number";
}

export type { PlotOptions } from "./axes";
