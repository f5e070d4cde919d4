/**
 * Axes.stem: a vertical segment from `bottom` to each value (matplotlib's LineCollection), a
 * marker line at the heads and a baseline across the locations, from three format strings.
 */
import { PyTypeError, ValueError } from "../errors";
import type { Line2D } from "./line2d";
import { containerLine } from "./lines";
import type { Axes } from "./axes";
import type { LineArtist, SegmentsArtist } from "./artists";
import { toCss } from "./colors";
import { read1d, type NDArrayLike } from "./data";
import { parseFmt, type Fmt } from "./fmt";
import { mplsig } from "./pysig";
import { rcParams } from "./rcparams";
import { withRepr } from "./pyobjects";

export const STEM = mplsig("matplotlib.axes.Axes.stem(*args, linefmt=None, markerfmt=None, basefmt=None, bottom=0, label=None, use_line_collection=True, orientation='vertical', data=None)", {
  types: { linefmt: "str|None", markerfmt: "str|None", basefmt: "str|None", bottom: "float", label: "str|None" },
  unsupported: ["use_line_collection", "orientation", "data"],
});

/** Options of `Axes.stem`. */
export interface StemOptions {
  linefmt?: string | null;
  markerfmt?: string | null;
  basefmt?: string | null;
  bottom?: number;
  label?: string | null;
  use_line_collection?: boolean;
  orientation?: "vertical" | "horizontal";
  data?: null;
}

/** What stem returns: matplotlib's StemContainer (markerline, stemlines, baseline), the lines as ax.lines lists them. */
export type StemContainer = [Line2D, SegmentsArtist, Line2D];

function line(x: Float64Array, y: Float64Array, fmt: Fmt, color: string): LineArtist {
  const out: LineArtist = {
    kind: "line", x, y, color, linewidth: rcParams["lines.linewidth"], linestyle: fmt.linestyle ?? "solid",
    markersize: rcParams["lines.markersize"],
  };
  if (fmt.marker !== undefined) out.marker = fmt.marker;
  return out;
}

/** stem([locs,] heads, [linefmt, markerfmt, basefmt], ...) on `ax`. */
export function drawStem(ax: Axes, args: ArrayLike<unknown>): StemContainer {
  const b = STEM.bind(args);
  const pos = b.args as unknown[];
  if (pos.length === 0) throw new PyTypeError("stem() missing 1 required positional argument: 'heads'");
  let locs: Float64Array;
  let heads: Float64Array;
  let fmts: unknown[];
  if (pos.length === 1 || typeof pos[1] === "string") {
    heads = read1d(pos[0] as NDArrayLike, "heads");
    locs = Float64Array.from(heads, (_, i) => i);
    fmts = pos.slice(1);
  } else {
    locs = read1d(pos[0] as NDArrayLike, "locs");
    heads = read1d(pos[1] as NDArrayLike, "heads");
    fmts = pos.slice(2);
  }
  if (locs.length !== heads.length) throw new ValueError(`shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (${locs.length},) and arg 2 with shape (${heads.length},).`);
  const linefmt = parseFmt(String(b.linefmt ?? fmts[0] ?? "C0-"));
  let markerfmt = parseFmt(String(b.markerfmt ?? fmts[1] ?? "o").replace(/^$/, " "));
  markerfmt = { marker: markerfmt.marker ?? "o", linestyle: markerfmt.linestyle ?? "none", color: markerfmt.color ?? linefmt.color };
  const basefmt = parseFmt(String(b.basefmt ?? fmts[2] ?? "C3-"));
  const bottom = Number(b.bottom);
  const stems: SegmentsArtist = {
    kind: "segments", orient: "v", value: locs, lo: new Float64Array(locs.length).fill(bottom), hi: heads,
    color: toCss(linefmt.color ?? String(rcParams["lines.color"] ?? "C0")), linewidth: rcParams["lines.linewidth"],
    linestyle: linefmt.linestyle ?? "solid",
  };
  // a format without a color takes the next color of the cycle, as plot does
  const markerline = line(locs, heads, markerfmt, markerfmt.color !== undefined ? toCss(markerfmt.color) : ax.nextColor());
  if (b.label != null) markerline.label = b.label;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of locs) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const baseline = line(Float64Array.of(lo, hi), Float64Array.of(bottom, bottom), basefmt, basefmt.color !== undefined ? toCss(basefmt.color) : ax.nextColor());
  ax.artists.push(stems, markerline, baseline);
  const out: StemContainer = [containerLine(markerline), stems, containerLine(baseline)];
  return withRepr(out, () => "<StemContainer object of 3 artists>", ax.figure);
}
