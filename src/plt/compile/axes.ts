/** One Axes as a Vega-Lite layer spec of its plot-area size. */
import type { Axes, LabelStyle, TitleLoc } from "../axes";
import { zorderOf } from "../artists";
import { dashArray } from "../fmt";
import { cssWeight, fontPoints } from "../text_style";
import type { GridStyle } from "../axes_guides";
import { AxesFrame, Json } from "./marks";
import { orderedLayers } from "./line_runs";
import { datalimLimits } from "../limits";
import { legendEntries, legendLayer } from "./legend";
import { axisTicks, tickDecimals } from "../ticks";
import { labelExpr, type FixedTicks } from "../axes_ticks";
import { decadeLabel, decadeLabelExpr, logTicks } from "../axes_scale";
import { lineHeight, lineWidth } from "../text_metrics";
import { matrixTicks } from "../matshow";
import { mathText } from "../mathtext";
import { axesTransforms, minorTickLayers, scaledArtist, scaledAxisTicks, scaledTickLabels, transformDomain } from "./scaled_axes";

/** Text sizes in px used by an axes (from rcParams["font.size"] at the figure's dpi). */
export interface Fonts {
  /** font.size in px: labels and tick labels ("medium"). */
  base: number;
  /** Titles ("large" = 1.2 x). */
  title: number;
}

function scaleOf(lim: [number, number]): { domain: [number, number]; reverse: boolean } {
  const [a, b] = lim;
  return a <= b ? { domain: [a, b], reverse: false } : { domain: [b, a], reverse: true };
}

/** Compiles an axes drawn at `size` px into a layer spec. */
export function compileAxes(ax: Axes, size: { width: number; height: number }, fonts: Fonts, k: number): Json {
  let xlim = ax.get_xlim();
  let ylim = ax.get_ylim();
  if (ax.aspect !== "auto" && ax.adjustable === "datalim") ({ x: xlim, y: ylim } = datalimLimits(xlim, ylim, ax.artists, ax.aspect, size.width, size.height));
  const xs = scaleOf(xlim);
  const ys = scaleOf(ylim);
  // symlog / logit axes: a linear scale over matplotlib's transformed coordinates
  const transforms = axesTransforms(ax);
  if (transforms !== null) {
    transformDomain(xs, transforms.x);
    transformDomain(ys, transforms.y);
  }
  const fontPt = fonts.base / k;
  const dpi = k * 72;
  // matplotlib's own tick positions and labels (AutoLocator + ScalarFormatter)
  const axisDef = (title: string, domain: [number, number], lengthPx: number, which: "x" | "y"): Json | null => {
    if (!ax.axisOn) return null;
    const fixed = which === "x" ? ax._xticks : ax._yticks;
    const log = ax._scales[which] === "log";
    const values = fixed?.locs
      ? fixed.locs.filter((v) => v >= domain[0] - 1e-12 && v <= domain[1] + 1e-12)
      : ax._matrixTicks ? matrixTicks(domain[0], domain[1]).filter((v) => v >= domain[0] - 1e-12 && v <= domain[1] + 1e-12)
      : log ? logTicks(domain[0], domain[1], logTickCount(lengthPx, dpi, fontPt, which)) : axisTicks(domain[0], domain[1], lengthPx, dpi, fontPt, which);
    const grid = which === "x" ? ax.gridX : ax.gridY;
    const out: Json = { ...axisSide(ax, which), title: title === "" ? null : mathText(title), grid, values, format: `.${tickDecimals(values)}f` };
    if (grid) Object.assign(out, gridProps(ax.gridStyle[which], k));
    Object.assign(out, labelProps(which === "x" ? ax.xlabelStyle : ax.ylabelStyle, fontPt, k));
    if (log && !fixed?.labels) {
      out.labelExpr = decadeLabelExpr(values);
      delete out.format;
    }
    if (fixed) Object.assign(out, tickLabelProps(fixed, fontPt, k));
    if (transforms?.[which]) scaledAxisTicks(ax, which, which === "x" ? xlim : ylim, lengthPx, dpi, fontPt, out);
    Object.assign(out, titlePlace(ax, out, which, fontPt * k, k));
    const marks = ax._tickMarks[which];
    if (marks.color !== undefined) out.tickColor = marks.color;
    if (marks.length !== undefined) out.tickSize = marks.length * k;
    if (marks.width !== undefined) out.tickWidth = marks.width * k;
    return out;
  };
  const frame: AxesFrame = {
    x: { scale: axisScale(ax, "x", xs), axis: axisDef(ax.xlabel, xs.domain, size.width, "x") },
    y: { scale: axisScale(ax, "y", ys), axis: axisDef(ax.ylabel, ys.domain, size.height, "y") },
    xDomain: xs.domain,
    yDomain: ys.domain,
    k,
    width: size.width,
    height: size.height,
    fontPt,
  };
  const layer: Json[] = [];
  // matplotlib draws by zorder (images 0, patches 1, lines 2), ties in the order added
  const ordered = ax.artists.map((a, i) => ({ a, i, z: zorderOf(a) })).sort((p, q) => p.z - q.z || p.i - q.i);
  layer.push(...orderedLayers(ordered.map((o) => (transforms !== null ? scaledArtist(o.a, transforms) : o.a)), frame));
  if (layer.length === 0) {
    // An empty axes still shows its frame and ticks.
    layer.push({
      data: { values: [] },
      mark: { type: "point" },
      encoding: { x: { field: "x", type: "quantitative", ...frame.x }, y: { field: "y", type: "quantitative", ...frame.y } },
    });
  }
  if (transforms !== null) layer.push(...minorTickLayers(ax, transforms, { x: xlim, y: ylim }, frame));
  // Guide-only layers carry the shared x/y encodings too: without them Vega-Lite stops
  // treating the view as a cartesian cell and drops its background fill.
  const positioned = (spec: Json): Json => {
    (spec.encoding as Json).x = { field: "x", type: "quantitative", ...frame.x };
    (spec.encoding as Json).y = { field: "y", type: "quantitative", ...frame.y };
    return spec;
  };
  if (ax.legendShown) {
    const legend = ax.customLegend ?? { title: ax.legendOptions.title, entries: legendEntries(ax.legendHandles ?? ax.artists, k) };
    if (legend.entries.length > 0) {
      layer.push(positioned(legendLayer({ ...legend, title: ax.legendOptions.title ?? legend.title }, ax.legendOptions, fontPt, k)));
    }
  }
  const spec: Json = { width: size.width, height: size.height };
  const title = titleSpec(ax, fontPt, k);
  if (title !== null) {
    // Vega sets a title off from everything drawn, matplotlib from the axes' top: a y tick label
    // that overhangs the top takes its share of the 6 pt pad
    const top = Math.max(ys.domain[0], ys.domain[1]);
    const span = Math.abs(ys.domain[1] - ys.domain[0]) || 1;
    const yAxis = frame.y.axis as Json | null;
    const nearest = Math.min(Infinity, ...((yAxis?.values ?? []) as number[]).map((v) => ((top - v) / span) * size.height));
    const overhang = Math.max(0, lineHeight(fonts.base) / 2 - nearest);
    if (overhang > 0 && !ys.reverse) title.offset = Math.max(0, 6 * k - overhang);
    spec.title = title;
  }
  spec.layer = layer;
  if (!ax.axisOn) spec.view = { stroke: null };
  if (ax.legendShown || ax.colorbarMapping) {
    // per-point colors (scale: null) and the legend's own scales must not be merged
    const own = "independent";
    spec.resolve = { scale: { color: own, fill: own, stroke: own, shape: own, size: own } };
  }
  return spec;
}

/**
 * Where matplotlib puts an axis label: 4 pt past the tick labels, which sit 3.5 pt past 3.5 pt
 * ticks; measured with matplotlib's font metrics, so the label lands where matplotlib draws it
 * whatever text measurement the renderer has.
 */
function titlePlace(ax: Axes, axis: Json, which: "x" | "y", fontPx: number, k: number): Json {
  if (axis.title == null || axis.orient !== undefined) return {};
  const room = (3.5 + 3.5 + 4) * k;
  if (which === "y") {
    const widest = Math.max(0, ...tickLabels(ax, axis, "y").labels.map((l) => lineWidth(l, fontPx)));
    return { titleX: -(room + widest), titleBaseline: "bottom" };
  }
  return { titleY: room + lineHeight(fontPx), titleBaseline: "top" };
}

/** The side an axis is drawn on when not matplotlib's default: matshow's and twiny's x on top, twinx's y on the right. */
function axisSide(ax: Axes, which: "x" | "y"): Json {
  if (which === "x" && (ax._matrixTicks || ax._twin?.shared === "y")) return { orient: "top" };
  // matplotlib's right-hand label reads upward, as the left one does
  if (which === "y" && ax._twin?.shared === "x") return { orient: "right", titleAngle: 270 };
  return {};
}

const ANCHOR: Record<string, string> = { left: "start", center: "middle", right: "end", bottom: "start", top: "end" };

/** The axes title: the one of matplotlib's three (left, center, right) that is set. */
function titleSpec(ax: Axes, fontPt: number, k: number): Json | null {
  const set = (["center", "left", "right"] as TitleLoc[]).filter((loc) => ax.titles[loc] !== "");
  if (set.length === 0) return null;
  const loc = set[0];
  const style = ax.titleStyles[loc];
  const text = mathText(ax.titles[loc]);
  const size = fontPoints(style, fontPt, 1.2) * k;
  const out: Json = { text, fontSize: size, fontWeight: cssWeight(style.fontweight) };
  // a title of several lines: one text line each, as far apart as matplotlib sets them
  if (text.includes("\n")) Object.assign(out, { text: text.split("\n"), lineHeight: 1.1 * size });
  if (loc !== "center") out.anchor = ANCHOR[loc];
  if (style.color !== undefined) out.color = style.color;
  return out;
}

/** An axis title's font, color and place from set_xlabel / set_ylabel's keywords. */
function labelProps(style: LabelStyle, fontPt: number, k: number): Json {
  const out: Json = {};
  if (style.fontsize !== undefined || style.fontscale !== undefined) out.titleFontSize = fontPoints(style, fontPt, 1) * k;
  if (style.fontweight !== undefined) out.titleFontWeight = cssWeight(style.fontweight);
  if (style.color !== undefined) out.titleColor = style.color;
  if (style.loc !== undefined && style.loc !== "center") out.titleAnchor = ANCHOR[style.loc];
  return out;
}

/** An axis' Vega-Lite scale: explicit domain and direction; a log scale has no zero option. */
function axisScale(ax: Axes, which: "x" | "y", s: { domain: [number, number]; reverse: boolean }): Json {
  if (ax._scales[which] === "log") return { type: "log", domain: s.domain, reverse: s.reverse, nice: false };
  return { domain: s.domain, reverse: s.reverse, nice: false, zero: false };
}

/** LogLocator's numticks='auto': the axis' tick space (labels 2 font sizes apart on y, 3 on x), 2..9. */
function logTickCount(lengthPx: number, dpi: number, fontPt: number, which: "x" | "y"): number {
  const space = Math.floor((lengthPx / dpi) * 72 / (fontPt * (which === "x" ? 3 : 2)));
  return Math.min(9, Math.max(2, space));
}

/** Fixed tick labels (a label expression by location), their rotation, size and color. */
function tickLabelProps(fixed: FixedTicks, fontPt: number, k: number): Json {
  const out: Json = {};
  const expr = labelExpr(fixed);
  if (expr !== null) out.labelExpr = expr;
  const st = fixed.style;
  if (st.rotation !== undefined && st.rotation !== 0) out.labelAngle = (360 - st.rotation) % 360;
  if (st.fontsize !== undefined || st.fontscale !== undefined) out.labelFontSize = fontPoints(st, fontPt, 1) * k;
  if (st.color !== undefined) out.labelColor = st.color;
  return out;
}

/** Grid line color, dashes, width and opacity from grid()'s keywords. */
function gridProps(style: GridStyle, k: number): Json {
  const out: Json = {};
  if (style.color !== undefined) out.gridColor = style.color;
  if (style.linewidth !== undefined) out.gridWidth = style.linewidth * k;
  if (style.alpha !== undefined) out.gridOpacity = style.alpha;
  if (style.linestyle !== undefined) {
    const dash = dashArray(style.linestyle, (style.linewidth ?? 0.8) * k);
    if (dash) out.gridDash = dash;
    if (style.linestyle === "none") out.gridOpacity = 0;
  }
  return out;
}

/** Tick locations and label texts (as matplotlib formats them) of one compiled axis. */
export function tickLabels(ax: Axes, axis: Json | null, which: "x" | "y"): { values: number[]; labels: string[] } {
  if (!axis) return { values: [], labels: [] };
  const scaled = scaledTickLabels(axis);
  if (scaled !== null) return scaled;
  const values = (axis.values ?? []) as number[];
  const fixed = which === "x" ? ax._xticks : ax._yticks;
  const labels = values.map((v) => {
    if (fixed?.labels && fixed.locs) {
      const i = fixed.locs.findIndex((l) => Math.abs(l - v) < 1e-9);
      return i >= 0 ? String(fixed.labels[i] ?? "") : "";
    }
    if (ax._scales[which] === "log") return decadeLabel(v);
    const d = Number(/^\.(\d+)f$/.exec(String(axis.format ?? ""))?.[1] ?? 0);
    return v.toFixed(d).replace(/^-(?=.*[1-9])/, "−").replace(/^-/, "");
  });
  return { values, labels };
}

