/**
 * Axes.errorbar: plot's data line (zorder 2.1, above its bars), one segment collection per
 * error direction (xerr first) and, with capsize, cap markers at the ends, as matplotlib draws them.
 */
import { ValueError } from "../errors";
import type { Axes } from "./axes";
import type { LineArtist, SegmentsArtist } from "./artists";
import { toCss, type ColorLike } from "./colors";
import { readArray, read1d, type NDArrayLike } from "./data";
import { linesFromArgs } from "./plotargs";
import { lineProps, LINE2D_KEYWORDS, LINE2D_TYPES } from "./line_props";
import { LINE2D, mplsig } from "./pysig";
import { rcParams } from "./rcparams";
import { withRepr } from "./pyobjects";
import type { Line2D } from "./line2d";
import { containerLine } from "./lines";

export const ERRORBAR = mplsig(
  "matplotlib.axes.Axes.errorbar(x, y, yerr=None, xerr=None, fmt='', ecolor=None, elinewidth=None, capsize=None, barsabove=False, " +
  `lolims=False, uplims=False, xlolims=False, xuplims=False, errorevery=1, capthick=None, *, data=None, ${LINE2D_KEYWORDS})`,
  {
    types: { ...LINE2D_TYPES, fmt: "str", elinewidth: "float|None", capsize: "float|None", capthick: "float|None" },
    unsupported: ["barsabove", "lolims", "uplims", "xlolims", "xuplims", "errorevery", "data"],
    kwargs: LINE2D,
  },
);

/** What errorbar returns: matplotlib's ErrorbarContainer (data_line, caplines, barlinecols), the lines as ax.lines lists them. */
export type ErrorbarContainer = [Line2D | null, Line2D[], SegmentsArtist[]];


/** Lower and upper error per point: a scalar, n values, or a (2, n) array. */
function errors(v: unknown, n: number, name: string): [Float64Array, Float64Array] {
  const { values, shape } = readArray(v as NDArrayLike | number, name);
  let lo: Float64Array;
  let hi: Float64Array;
  if (shape.length === 0 || values.length === 1) lo = hi = new Float64Array(n).fill(values[0]);
  else if (shape.length === 1 && shape[0] === n) lo = hi = values;
  else if (shape.length === 2 && shape[0] === 2 && shape[1] === n) [lo, hi] = [values.subarray(0, n), values.subarray(n)];
  else throw new ValueError(`'${name}' (shape: (${shape.join(", ")}${shape.length === 1 ? "," : ""})) must be a scalar or a 1D or (2, n) array-like whose shape matches 'x' and 'y' (shape: (${n},))`);
  if (lo.some((e) => e < 0) || hi.some((e) => e < 0)) throw new ValueError(`'${name}' must not contain negative values`);
  return [lo, hi];
}

function caps(x: Float64Array, y: Float64Array, marker: string, color: string, size: number, mew: number | null, zorder: number, alpha: number | undefined, linewidth: number): LineArtist {
  const cap: LineArtist = { kind: "line", x, y, color, linewidth, linestyle: "none", marker, markersize: size, zorder };
  if (mew !== null) cap.markeredgewidth = mew;
  if (alpha !== undefined) cap.alpha = alpha;
  return cap;
}

/** errorbar(x, y, yerr, xerr, fmt, ...) on `ax`. */
export function drawErrorbar(ax: Axes, args: ArrayLike<unknown>): ErrorbarContainer {
  const b = ERRORBAR.bind(args);
  const x = read1d(b.x, "x");
  const y = read1d(b.y, "y");
  if (x.length !== y.length) throw new ValueError(`'x' and 'y' must have the same size`);
  const n = x.length;
  const props = lineProps(b);
  const zorder = props.zorder ?? 2;
  let line: LineArtist | null = null;
  let color: string;
  if (b.fmt !== "none") {
    const call: unknown[] = b.fmt === "" ? [x, y] : [x, y, b.fmt];
    [line] = linesFromArgs(call, props, { scalex: true, scaley: true }, () => ax.nextColor());
    line.zorder = zorder + 0.1;
    color = line.color;
  } else color = props.color ?? ax.nextColor();
  const ecolor = b.ecolor != null ? toCss(b.ecolor as ColorLike, "ecolor") : color;
  const width = b.elinewidth ?? props.linewidth ?? rcParams["lines.linewidth"];
  // rcParams["errorbar.capsize"] is 0: no caps unless asked
  const capsize = Number(b.capsize ?? 0);
  const capLines: LineArtist[] = [];
  const bars: SegmentsArtist[] = [];
  for (const [name, orient] of [["xerr", "h"], ["yerr", "v"]] as const) {
    if (b[name] == null) continue;
    const [lo, hi] = errors(b[name], n, name);
    const [along, across] = orient === "h" ? [x, y] : [y, x];
    const low = along.map((v, i) => v - lo[i]);
    const high = along.map((v, i) => v + hi[i]);
    const seg: SegmentsArtist = { kind: "segments", orient, value: across, lo: low, hi: high, color: ecolor, linewidth: width, linestyle: "solid", zorder };
    if (props.alpha !== undefined) seg.alpha = props.alpha;
    bars.push(seg);
    if (capsize > 0) {
      const marker = orient === "h" ? "|" : "_";
      for (const end of [low, high]) {
        const [cx, cy] = orient === "h" ? [end, y] : [x, end];
        // caps take the call's line width and marker edge width unless capthick is given
        capLines.push(caps(cx, cy, marker, ecolor, 2 * capsize, b.capthick ?? props.markeredgewidth ?? null, zorder, props.alpha, props.linewidth ?? rcParams["lines.linewidth"]));
      }
    }
  }
  if (line !== null) ax.artists.push(line);
  // matplotlib's order: the bars' collections, then the caps (ax.collections / ax.lines)
  ax.artists.push(...bars, ...capLines);
  const out: ErrorbarContainer = [line === null ? null : containerLine(line), capLines.map(containerLine), bars];
  return withRepr(out, () => `<ErrorbarContainer object of 3 artists>`, ax.figure);
}
