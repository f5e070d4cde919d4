/**
 * Axes.eventplot and plt.eventplot: one row (or column) of short parallel lines per sequence of
 * event positions, each sequence a LineCollection (matplotlib's EventCollection) with its own
 * offset, length, width, color and style; autoscaling covers matplotlib's data limits (which
 * reach a whole line length past the offsets).
 */
import { AttributeError, ValueError } from "../errors";
import { pyfunction } from "../signature";
import { Axes } from "./axes";
import type { SegmentsArtist } from "./artists";
import { checkAlpha, toCss, type ColorLike } from "./colors";
import { read1d, type NDArrayLike } from "./data";
import { lineStyle } from "./fmt";
import { ARTIST_PROPERTIES } from "./properties";
import { KwargsSink, mplsig, notInList } from "./pysig";
import { rcParams } from "./rcparams";
import { childrenOf } from "./artist_lists";
import type { LineCollection } from "./artist_api";
import { gca } from "./pyplot";

const EVENT_COLLECTION: KwargsSink = {
  known: new Set(ARTIST_PROPERTIES.PathCollection),
  refuse: (key) => new AttributeError(`EventCollection.set() got an unexpected keyword argument '${key}'`),
};

const EVENTPLOT = mplsig(
  "matplotlib.axes.Axes.eventplot(positions, orientation='horizontal', lineoffsets=1, linelengths=1, linewidths=None, colors=None, linestyles='solid', *, data=None, alpha=None, label=None, zorder=None)",
  {
    types: { orientation: "str", alpha: "float|None", label: "str|None", zorder: "float|None" },
    unsupported: ["data"],
    kwargs: EVENT_COLLECTION,
  },
);

/** Options of `eventplot`. */
export interface EventplotOptions {
  orientation?: "horizontal" | "vertical";
  lineoffsets?: number | readonly number[];
  linelengths?: number | readonly number[];
  linewidths?: number | readonly number[] | null;
  colors?: ColorLike | readonly ColorLike[] | null;
  linestyles?: string | readonly string[];
  data?: null;
  alpha?: number | null;
  label?: string | null;
  zorder?: number | null;
}

type EventplotArgs = [orientation?: EventplotOptions["orientation"] | EventplotOptions, lineoffsets?: EventplotOptions["lineoffsets"] | EventplotOptions, linelengths?: EventplotOptions["linelengths"] | EventplotOptions, linewidths?: EventplotOptions["linewidths"] | EventplotOptions, colors?: EventplotOptions["colors"] | EventplotOptions, linestyles?: EventplotOptions["linestyles"] | EventplotOptions, options?: EventplotOptions];

declare module "./axes" {
  interface Axes {
    /**
     * `Axes.eventplot(positions, orientation='horizontal', lineoffsets=1, linelengths=1, linewidths=None, colors=None, linestyles='solid', *, data=None, **kwargs)`:
     * a line at each event position, one LineCollection per sequence.
     */
    eventplot(positions: NDArrayLike | readonly NDArrayLike[], ...rest: EventplotArgs): LineCollection[];
  }
}

/** A per-sequence parameter as a list (a scalar or a string is one value for all). */
function perSequence<T>(v: unknown, n: number, name: string): T[] {
  let list = typeof v === "string" || v == null || !(Array.isArray(v) || ArrayBuffer.isView(v)) ? [v] : Array.from(v as ArrayLike<unknown>);
  if (list.length === 0) list = [null];
  if (list.length === 1) list = Array.from({ length: n }, () => list[0]);
  if (list.length !== n) throw new ValueError(`${name} and positions are unequal sized sequences`);
  return list as T[];
}

function isColor(v: unknown): boolean {
  return typeof v === "string" || (Array.isArray(v) && v.length >= 3 && v.length <= 4 && v.every((x) => typeof x === "number"));
}

function drawEventplot(ax: Axes, args: ArrayLike<unknown>): LineCollection[] {
  const b = EVENTPLOT.bind(args);
  if (b.orientation !== "horizontal" && b.orientation !== "vertical") throw notInList("orientation", b.orientation, ["horizontal", "vertical"]);
  const p = b.positions;
  const nested = Array.isArray(p) && p.some((x) => Array.isArray(x) || ArrayBuffer.isView(x) || (typeof x === "object" && x !== null));
  const positions = (nested ? (p as NDArrayLike[]) : [p as NDArrayLike]).map((x) => read1d(x as NDArrayLike, "positions"));
  const n = positions.length;
  if (n === 0) return [];
  // one offset for several sequences: 0, offset, 2 * offset, ...
  const given = Array.isArray(b.lineoffsets) ? (b.lineoffsets as number[]) : [b.lineoffsets as number];
  const offsets = given.length === 1 && n > 1 ? Array.from({ length: n }, (_, i) => i * Number(given[0])) : perSequence<number>(given, n, "lineoffsets").map(Number);
  const lengths = perSequence<number>(b.linelengths, n, "linelengths").map(Number);
  const widths = perSequence<number | null>(b.linewidths, n, "linewidths");
  const colors = perSequence<ColorLike | null>(isColor(b.colors) ? [b.colors] : b.colors, n, "colors");
  const styles = perSequence<string>(b.linestyles, n, "linestyles");
  const vertical = b.orientation === "vertical";
  const first = ax.artists.length;
  positions.forEach((pos, k) => {
    const half = lengths[k] / 2;
    const artist: SegmentsArtist = {
      kind: "segments",
      orient: vertical ? "h" : "v",
      value: Float64Array.from(pos),
      // matplotlib's EventCollection segments run from offset + half to offset - half
      lo: new Float64Array(pos.length).fill(offsets[k] + half),
      hi: new Float64Array(pos.length).fill(offsets[k] - half),
      color: toCss((colors[k] ?? rcParams["lines.color"]) as ColorLike),
      linewidth: widths[k] ?? Number(rcParams["lines.linewidth"]),
      linestyle: lineStyle(String(styles[k])),
    };
    if (b.alpha != null) artist.alpha = checkAlpha(b.alpha);
    if (b.label != null) artist.label = String(b.label);
    if (b.zorder != null) artist.zorder = b.zorder;
    ax.artists.push(artist);
  });
  // matplotlib's data limits: the positions' range by the offsets -/+ a whole line length
  const all = positions.flatMap((a) => Array.from(a));
  if (all.length > 0) {
    const along: [number, number] = [Math.min(...all), Math.max(...all)];
    const across: [number, number] = [Math.min(...offsets.map((o, i) => o - lengths[i])), Math.max(...offsets.map((o, i) => o + lengths[i]))];
    const a0 = ax.artists[first] as SegmentsArtist;
    a0.limX = vertical ? across : along;
    a0.limY = vertical ? along : across;
  }
  const cols = childrenOf(ax).collections;
  return cols.slice(cols.length - n) as LineCollection[];
}

Axes.prototype.eventplot = function eventplot(this: Axes): LineCollection[] {
  return drawEventplot(this, arguments);
};
pyfunction(EVENTPLOT, Axes.prototype.eventplot);

/** `plt.eventplot(positions, orientation='horizontal', lineoffsets=1, linelengths=1, linewidths=None, colors=None, linestyles='solid', *, data=None, **kwargs)` on the current axes. */
export function eventplot(positions: NDArrayLike | readonly NDArrayLike[], ...rest: EventplotArgs): LineCollection[];
export function eventplot(...args: unknown[]): LineCollection[] {
  return (gca().eventplot as (...a: unknown[]) => LineCollection[])(...args);
}
pyfunction(EVENTPLOT.twin("matplotlib.pyplot.eventplot"), eventplot);
