/**
 * An Axes' children as matplotlib lists them (ax.lines, ax.collections, ax.patches, ax.texts,
 * ax.images, ax.containers), built from the figure model's artists. Each model artist keeps one
 * wrapper, so `ax.lines[0] === ax.lines[0]` and a scatter's return value is ax.collections[i].
 */
import type { Artist, FillArtist, LineArtist, RectsArtist, TextArtist, WedgeArtist } from "./artists";
import type { SpanLineArtist } from "./artists";
import type { Axes } from "./axes";
import { Line2D } from "./line2d";
import { BarContainer, Legend, LineCollection, PathPatch, Polygon, PolyCollection, Rectangle, Text, Wedge, plainText } from "./artist_api";
import { PathCollection } from "./scatter";
import { AxesImage } from "./imshow";
import { QuadMesh } from "./mesh";
import { ContourCollection } from "./contour_collections";
import { originalData } from "./categories";
import { withRepr } from "./pyobjects";
import { legendEntries } from "./compile/legend";
import { currentTicks } from "./axes_ticks";
import { tickDecimals } from "./ticks";
import { scaledTickLabels } from "./scale_ticks";

const WRAPPERS = new WeakMap<object, unknown>();
/** errorbar's and stem's containers per axes, each with the number of artists the axes held before it. */
const OTHER_CONTAINERS = new WeakMap<Axes, { at: number; container: object }[]>();

/** Lists an errorbar / stem container in ax.containers, after the bars among the axes' first `artistsBefore` artists. */
export function rememberContainer<T extends object>(ax: Axes, container: T, artistsBefore: number): T {
  let list = OTHER_CONTAINERS.get(ax);
  if (list === undefined) OTHER_CONTAINERS.set(ax, (list = []));
  list.push({ at: artistsBefore, container });
  // the container carries the legend label; matplotlib labels its parts '_nolegend_'
  const parts = (c: unknown): void => {
    if (Array.isArray(c)) c.forEach(parts);
    else if (c !== null && typeof c === "object") NOLEGEND.add(c);
  };
  parts(container);
  return container;
}

/** Artists that belong to an errorbar / stem container. */
const NOLEGEND = new WeakSet<object>();

/** Makes `wrapper` the object the axes' lists hand out for `artist` (scatter's and imshow's return values). */
export function remember<T extends { artist: object }>(wrapper: T): T {
  WRAPPERS.set(wrapper.artist, wrapper);
  return wrapper;
}

function wrapped<T>(artist: object, make: () => T): T {
  let w = WRAPPERS.get(artist) as T | undefined;
  if (w === undefined) WRAPPERS.set(artist, (w = make()));
  return w;
}

/** How many matplotlib children an artist stands for (one Rectangle per bar, one Wedge per slice). */
function childCount(a: Artist): number {
  return a.kind === "rects" ? a.x0.length : a.kind === "wedges" ? a.cx.length : 1;
}

export interface Children {
  lines: Line2D[];
  /** (A QuadMesh and a contour set's per-level collections are listed too, typed by the common getters.) */
  collections: (PathCollection | PolyCollection | LineCollection)[];
  patches: (Rectangle | Wedge | PathPatch)[];
  texts: Text[];
  images: AxesImage[];
  /** Lines, collections and patches in the order added (the legend's candidate handles). */
  handles: (Line2D | PathCollection | PolyCollection | LineCollection | Rectangle | Wedge | PathPatch)[];
  /** BarContainers, and errorbar's / stem's containers ([data_line, caplines, barlinecols], [markerline, stemlines, baseline]). */
  containers: (BarContainer | object)[];
}

/** The axes' children lists, in the order the artists were added. */
export function childrenOf(ax: Axes): Children {
  const out: Children = { lines: [], collections: [], patches: [], texts: [], images: [], containers: [], handles: [] };
  const others = OTHER_CONTAINERS.get(ax) ?? [];
  let next = 0;
  let child = 0;
  for (const [k, a] of ax.artists.entries()) {
    while (next < others.length && others[next].at <= k) out.containers.push(others[next++].container);
    const label = NOLEGEND.has(a) ? "_nolegend_" : `_child${child}`;
    const before = [out.lines.length, out.collections.length, out.patches.length];
    child += childCount(a);
    switch (a.kind) {
      case "line":
      case "axline":
        out.lines.push(wrapped(a, () => new Line2D(a, label, originalData(a))));
        break;
      case "scatter":
        out.collections.push(wrapped(a, () => new PathCollection(a, ax)));
        (out.collections[out.collections.length - 1] as PathCollection)._defaultLabel ??= label;
        break;
      case "fill":
        // boxplot adds its boxes with add_artist, which leaves the label empty
        if (a.asPatch) out.patches.push(wrapped(a, () => new PathPatch(a, "")));
        else out.collections.push(wrapped(a, () => new PolyCollection(a, label)));
        break;
      case "segments":
        out.collections.push(wrapped(a, () => new LineCollection(a, label)));
        break;
      case "span":
        out.patches.push(wrapped(a, () => new Polygon(a, label)));
        break;
      case "rects": {
        const bars = barsOf(a);
        out.patches.push(...bars);
        out.containers.push(bars);
        break;
      }
      case "wedges":
        out.patches.push(...wedgesOf(a));
        break;
      case "image":
        out.images.push(wrapped(a, () => new AxesImage(a, ax)));
        break;
      case "text":
        out.texts.push(wrapped(a, () => new Text(a)));
        break;
      case "mesh":
        out.collections.push(wrapped(a, () => new QuadMesh(a, ax)) as never);
        before[1] = out.collections.length;
        break;
      case "contour":
        // one collection per level or band; not legend candidates
        out.collections.push(...(wrapped(a, () => a.layers.map((_, i) => new ContourCollection(a, i))) as never[]));
        before[1] = out.collections.length;
        break;
    }
    out.handles.push(...out.lines.slice(before[0]), ...out.collections.slice(before[1]), ...out.patches.slice(before[2]));
  }
  while (next < others.length) out.containers.push(others[next++].container);
  return out;
}

/** ax.get_legend(): the Legend, or null (None) when legend() was not called. */
export function legendOf(ax: Axes): Legend | null {
  if (!ax.legendShown) return null;
  const labels = ax.customLegend ? ax.customLegend.entries.map((e) => e.label) : legendEntries(ax.legendHandles ?? ax.artists, 1).map((e) => e.label);
  return new Legend(labels, ax.legendOptions.title ?? ax.customLegend?.title ?? "");
}

/**
 * The tick locations matplotlib's locator gives: fixed ones as set; on a linear axis the
 * AutoLocator's ticks, which reach one step past each end of the view unless a tick sits on it.
 */
export function locatorTicks(ax: Axes, axis: "x" | "y"): number[] {
  const locs = currentTicks(ax, axis);
  const fixed = axis === "x" ? ax._xticks : ax._yticks;
  if (fixed?.locs || ax._scales[axis] !== "linear" || locs.length < 2) return locs;
  const [a, b] = axis === "x" ? ax.get_xlim() : ax.get_ylim();
  const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
  const step = locs[1] - locs[0];
  const tol = step * 1e-10;
  const out = locs.slice();
  if (out[0] > lo + tol) out.unshift(roundTick(out[0] - step, step));
  if (out[out.length - 1] < hi - tol) out.push(roundTick(out[out.length - 1] + step, step));
  return out;
}

/** A tick value without the float noise of adding the step (as matplotlib's multiples of it). */
function roundTick(v: number, step: number): number {
  const k = Math.round(v / step);
  return Math.abs(k * step - v) < step * 1e-9 ? k * step : v;
}

/** matplotlib's tick labels of an axis: fixed labels, or ScalarFormatter's text (U+2212 minus). */
export function tickLabelsOf(ax: Axes, axis: "x" | "y"): Text[] {
  const fixed = axis === "x" ? ax._xticks : ax._yticks;
  const locs = locatorTicks(ax, axis);
  const at = (v: number) => (axis === "x" ? plainText("", v, 0) : plainText("", 0, v));
  if (fixed?.labels && fixed.locs) {
    return locs.map((v) => {
      const i = fixed.locs!.indexOf(v);
      const t = at(v);
      t.artist.text = i >= 0 ? fixed.labels![i] ?? "" : "";
      return t;
    });
  }
  const scaled = scaledTickLabels(ax, axis, locs);
  if (scaled !== null) {
    return locs.map((v, i) => {
      const t = at(v);
      t.artist.text = scaled[i];
      return t;
    });
  }
  const decimals = tickDecimals(locs);
  return locs.map((v) => {
    const t = at(v);
    t.artist.text = (Object.is(v, -0) ? 0 : v).toFixed(decimals).replace("-", "\u2212");
    if (/^\u22120?\.?0*$/.test(t.artist.text)) t.artist.text = t.artist.text.slice(1);
    return t;
  });
}

/** The Wedges of a pie artist. */
export function wedgesOf(a: WedgeArtist): Wedge[] {
  return wrapped(a, () => Array.from(a.cx, (_, i) => new Wedge(a, i)));
}

/** The Text of a text artist. */
export function textOf(a: TextArtist): Text {
  return wrapped(a, () => new Text(a));
}

/** The Line2D of a line the axes holds. */
export function lineOf(ax: Axes, a: LineArtist | SpanLineArtist): Line2D {
  return wrapped(a, () => new Line2D(a, childLabel(ax, a), originalData(a)));
}

/** The `_childN` label matplotlib gives an unlabelled artist: N children were added before it. */
function childLabel(ax: Axes, a: Artist): string {
  const at = ax.artists.indexOf(a);
  let child = 0;
  for (let i = 0; i < at; i++) child += childCount(ax.artists[i]);
  return `_child${child}`;
}

/** The PathPatch of a patch-like fill the axes holds (boxplot's boxes). */
export function patchOf(ax: Axes, a: FillArtist): PathPatch {
  return wrapped(a, () => new PathPatch(a, a.asPatch ? "" : childLabel(ax, a)));
}

/** ax.get_legend_handles_labels(): the labelled lines, collections and patches, then the labelled containers. */
export function handlesLabels(ax: Axes): [unknown[], string[]] {
  const { handles, containers } = childrenOf(ax);
  const handlesOut: unknown[] = [];
  const labels: string[] = [];
  for (const h of [...handles, ...containers.filter((c) => c instanceof BarContainer)]) {
    const label = (h as { get_label(): string | null }).get_label();
    if (label == null || label === "" || label.startsWith("_")) continue;
    handlesOut.push(h);
    labels.push(label);
  }
  return [handlesOut, labels];
}

/** The BarContainer of a bar / barh / hist call's rectangles. */
export function barsOf(a: RectsArtist): BarContainer {
  return wrapped(a, () => BarContainer.from(Array.from(a.x0, (_, i) => new Rectangle(a, i, "_nolegend_")), (r) => r) as BarContainer);
}

/** What bar / barh return: the call's BarContainer of Rectangles, printed as matplotlib prints it. */
export function barContainer(ax: Axes, drawn: readonly RectsArtist[]): BarContainer {
  const bars = barsOf(drawn[0]);
  return withRepr(bars, () => `<BarContainer object of ${bars.length} artists>`, ax.figure);
}

/** Forgets the errorbar / stem containers listed for ax (Axes.cla). */
export function forgetContainers(ax: Axes): void {
  OTHER_CONTAINERS.delete(ax);
}
