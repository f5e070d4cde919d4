/**
 * Axes.bar_label and plt.bar_label: a text at each bar of a BarContainer, its value
 * (`fmt % value`) or the label given, at the bar's end ('edge') or centre ('center'), aligned
 * away from the bar as matplotlib aligns it.
 */
import { pyfunction } from "../signature";
import { Axes } from "./axes";
import type { BarContainer, Text } from "./artist_api";
import { mplsig, notInList, TEXT_PROPERTY } from "./pysig";
import { TEXT_KEYWORDS } from "./text_style";
import { percentFormat } from "./pyformat";
import { barsOf, childrenOf } from "./artist_lists";
import type { RectsArtist } from "./artists";
import { gca } from "./pyplot";

const BAR_LABEL = mplsig(`matplotlib.axes.Axes.bar_label(container, labels=None, *, fmt='%g', label_type='edge', padding=0, ${TEXT_KEYWORDS}, rotation=None, alpha=None, zorder=None)`, {
  types: { labels: "sequence|None", fmt: "str", label_type: "str", fontsize: "float|str|None", size: "float|str|None", rotation: "float|None", alpha: "float|None", zorder: "float|None" },
  // an offset in points from the bar's end: plt's annotations sit at data positions
  unsupported: ["padding"],
  kwargs: TEXT_PROPERTY,
});

/** Options of `bar_label`. */
export interface BarLabelOptions {
  labels?: readonly string[] | null;
  fmt?: string;
  label_type?: "edge" | "center";
  padding?: number;
  fontsize?: number | string | null;
  size?: number | string | null;
  color?: string | null;
  c?: string | null;
  fontweight?: string | number | null;
  weight?: string | number | null;
  rotation?: number | null;
  alpha?: number | null;
  zorder?: number | null;
}

declare module "./axes" {
  interface Axes {
    /** `Axes.bar_label(container, labels=None, *, fmt='%g', label_type='edge', padding=0, **kwargs)`: labels each bar; returns the Annotations. */
    bar_label(container: BarContainer, ...rest: [labels?: readonly string[] | null | BarLabelOptions, options?: BarLabelOptions]): Text[];
  }
}

const TEXT_KEYS = ["fontsize", "size", "color", "c", "fontweight", "weight", "rotation", "alpha", "zorder"];

function drawBarLabel(ax: Axes, args: ArrayLike<unknown>): Text[] {
  const b = BAR_LABEL.bind(args);
  if (b.label_type !== "edge" && b.label_type !== "center") throw notInList("label_type", b.label_type, ["edge", "center"]);
  // hist hands out its rectangles artist where matplotlib hands out a BarContainer
  const given = b.container as BarContainer | RectsArtist[];
  const bars = given.length > 0 && (given[0] as RectsArtist).kind === "rects" && !("patches" in given) ? barsOf(given[0] as RectsArtist).patches : (given as BarContainer).patches;
  if (bars.length === 0) return [];
  // barh's rectangles hold their base on x (sticky x edges), bar's and hist's on y
  const vertical = bars[0].artist.stickyX === undefined;
  const [ya, yb] = ax.get_ylim();
  const [xa, xb] = ax.get_xlim();
  const inverted = vertical ? ya > yb : xa > xb;
  const labels = (b.labels ?? []) as unknown[];
  const style: Record<string, unknown> = {};
  for (const k of TEXT_KEYS) if (b[k] != null) style[k] = b[k];
  const out: Text[] = [];
  bars.forEach((bar, i) => {
    const x0 = bar.get_x();
    const y0 = bar.get_y();
    const x1 = x0 + bar.get_width();
    const y1 = y0 + bar.get_height();
    const xc = (x0 + x1) / 2;
    const yc = (y0 + y1) / 2;
    const dat = vertical ? bar.get_height() : bar.get_width();
    const extrema = vertical ? (dat >= 0 ? Math.max(y0, y1) : Math.min(y0, y1)) : dat >= 0 ? Math.max(x0, x1) : Math.min(x0, x1);
    const length = vertical ? Math.abs(y1 - y0) : Math.abs(x1 - x0);
    const center = b.label_type === "center";
    const value = center ? (dat >= 0 ? 1 : -1) * length : extrema;
    const xy: [number, number] = center ? [xc, yc] : vertical ? [xc, extrema] : [extrema, yc];
    let ha = "center";
    let va = "center";
    if (!center && vertical) va = inverted ? (dat > 0 ? "top" : "bottom") : dat < 0 ? "top" : "bottom";
    if (!center && !vertical) ha = inverted ? (dat > 0 ? "right" : "left") : dat < 0 ? "right" : "left";
    let text = i < labels.length && labels[i] != null ? String(labels[i]) : percentFormat(String(b.fmt), value);
    if (Number.isNaN(dat)) text = "";
    (ax.annotate as (...a: unknown[]) => unknown)(text, xy, { ha, va, ...style });
    const texts = childrenOf(ax).texts;
    out.push(texts[texts.length - 1]);
  });
  return out;
}

Axes.prototype.bar_label = function bar_label(this: Axes): Text[] {
  return drawBarLabel(this, arguments);
};
pyfunction(BAR_LABEL, Axes.prototype.bar_label);

/** `plt.bar_label(container, labels=None, *, fmt='%g', label_type='edge', padding=0, **kwargs)` on the current axes. */
export function bar_label(container: BarContainer, ...rest: [labels?: readonly string[] | null | BarLabelOptions, options?: BarLabelOptions]): Text[];
export function bar_label(...args: unknown[]): Text[] {
  return (gca().bar_label as (...a: unknown[]) => Text[])(...args);
}
pyfunction(BAR_LABEL.twin("matplotlib.pyplot.bar_label"), bar_label);
