/**
 * Symlog and logit axes compiled onto a linear Vega-Lite scale: Vega-Lite has no logit scale
 * and its symlog (sign(x) log1p(|x| / c)) is not matplotlib's, so the limits, the artists'
 * coordinates and the tick positions go through matplotlib's transform here and the axis
 * carries its tick values and labels explicitly.
 */
import type { Artist, ArrowSpec } from "../artists";
import type { Axes } from "../axes";
import { axisTransform, scaleParams, type AxisTransform } from "../scale_transforms";
import { drawnLabel, formatterLabels, scaledMinorTicks, scaledTicks, tickSpace } from "../scale_ticks";
import { rcParams } from "../rcparams";
import type { AxesFrame, Json } from "./marks";

/** The x and y transforms of an axes (null: the axis is linear or log, drawn as it is). */
export interface AxesTransforms {
  x: AxisTransform | null;
  y: AxisTransform | null;
}

export function axesTransforms(ax: Axes): AxesTransforms | null {
  const x = axisTransform(ax._scales, "x");
  const y = axisTransform(ax._scales, "y");
  return x === null && y === null ? null : { x, y };
}

/**
 * A scale's ascending domain moved into transformed coordinates; limits a logit axis cannot
 * show (0 or 1, set with set_ylim) are drawn as 1e-7 and 1 - 1e-7, matplotlib's outermost.
 */
export function transformDomain(s: { domain: [number, number] }, t: AxisTransform | null): void {
  if (t === null) return;
  const [lo, hi] = [t.forward(s.domain[0]), t.forward(s.domain[1])];
  s.domain = [Number.isFinite(lo) ? lo : t.forward(1e-7), Number.isFinite(hi) ? hi : t.forward(1 - 1e-7)];
}

type Fn = (v: number) => number;

function map(values: Float64Array, f: Fn | null): Float64Array {
  return f === null ? values : values.map(f);
}

function arrow(a: ArrowSpec, fx: Fn, fy: Fn): ArrowSpec {
  return { ...a, x0: fx(a.x0), y0: fy(a.y0), x1: fx(a.x1), y1: fy(a.y1) };
}

/** An artist with its coordinates in transformed space (axes fractions stay as they are). */
export function scaledArtist(a: Artist, t: AxesTransforms): Artist {
  const fx = t.x ? t.x.forward : null;
  const fy = t.y ? t.y.forward : null;
  const id: Fn = (v) => v;
  const X = fx ?? id;
  const Y = fy ?? id;
  switch (a.kind) {
    case "line":
    case "scatter":
      return { ...a, x: map(a.x, fx), y: map(a.y, fy) } as Artist;
    case "rects":
      return { ...a, x0: map(a.x0, fx), x1: map(a.x1, fx), y0: map(a.y0, fy), y1: map(a.y1, fy) };
    case "axline":
      return { ...a, value: (a.orient === "h" ? Y : X)(a.value) };
    case "span": {
      const f = a.orient === "h" ? Y : X;
      return { ...a, lo: f(a.lo), hi: f(a.hi) };
    }
    case "fill": {
      const [ft, fv] = a.orient === "v" ? [fx, fy] : [fy, fx];
      return { ...a, t: map(a.t, ft), lo: map(a.lo, fv), hi: map(a.hi, fv) };
    }
    case "segments": {
      const [fv, fs] = a.orient === "h" ? [fy, fx] : [fx, fy];
      return { ...a, value: map(a.value, fv), lo: map(a.lo, fs), hi: map(a.hi, fs) };
    }
    case "text":
      return { ...a, x: X(a.x), y: Y(a.y), ...(a.arrow ? { arrow: arrow(a.arrow, X, Y) } : {}) };
    case "image": {
      const [l, r, b, top] = a.extent;
      return { ...a, extent: [X(l), X(r), Y(b), Y(top)] };
    }
    case "mesh":
      return { ...a, x: map(a.x, fx), y: map(a.y, fy) };
    case "wedges":
      return { ...a, cx: map(a.cx, fx), cy: map(a.cy, fy) };
    case "contour":
      // each path's vertices, x and y interleaved
      return { ...a, layers: a.layers.map((l) => ({ ...l, paths: { ...l.paths, segs: l.paths.segs.map((seg) => seg.map((v, j) => (j % 2 === 0 ? X(v) : Y(v)))) } })) };
    default:
      return a;
  }
}

/** What tickLabels reads back for an axis drawn here: its labels as drawn. */
const DRAWN = new WeakMap<object, { values: number[]; labels: string[] }>();

/**
 * The axis definition's tick values (transformed, in view) and labels for a symlog / logit axis
 * with view `lim` (data coordinates): matplotlib's locator and formatter, or the fixed ticks.
 */
export function scaledAxisTicks(ax: Axes, which: "x" | "y", lim: [number, number], lengthPx: number, dpi: number, fontPt: number, axis: Json): void {
  const p = scaleParams(ax._scales, which)!;
  const t = axisTransform(ax._scales, which)!;
  const [lo, hi] = lim[0] <= lim[1] ? lim : [lim[1], lim[0]];
  const fixed = which === "x" ? ax._xticks : ax._yticks;
  let locs: number[];
  let labels: string[];
  if (fixed?.locs) {
    locs = fixed.locs;
    labels = fixed.labels ?? formatterLabels(p, locs, lo, hi);
  } else ({ locs, labels } = scaledTicks(p, lo, hi, tickSpace(lengthPx, dpi, fontPt, which)));
  const eps = (hi - lo) * 1e-10;
  const keep = locs.map((_, i) => i).filter((i) => locs[i] >= lo - eps && locs[i] <= hi + eps);
  const values = keep.map((i) => t.forward(locs[i]));
  const drawn = keep.map((i) => (fixed?.labels ? labels[i] : drawnLabel(labels[i])));
  let expr = "''";
  for (let i = values.length - 1; i >= 0; i--) expr = `abs(datum.value - ${values[i]}) < ${1e-9 * Math.max(1, Math.abs(values[i]))} ? ${JSON.stringify(drawn[i])} : ${expr}`;
  axis.values = values;
  axis.labelExpr = expr;
  // matplotlib draws every label, overlapping or not
  axis.labelOverlap = false;
  delete axis.format;
  DRAWN.set(axis, { values, labels: drawn });
}

/** The tick values and drawn labels of an axis compiled by scaledAxisTicks, or null. */
export function scaledTickLabels(axis: Json): { values: number[]; labels: string[] } | null {
  return DRAWN.get(axis) ?? null;
}

/** Where an axis is drawn: the x axis at the bottom unless on top (matshow, twiny), the y axis left unless right (twinx). */
function farSide(ax: Axes, which: "x" | "y"): boolean {
  return which === "x" ? Boolean(ax._matrixTicks || ax._twin?.shared === "y") : ax._twin?.shared === "x";
}

/**
 * The minor tick marks of the axes' symlog / logit axes (2 pt, 0.6 pt wide, as rcParams'
 * xtick.minor.*), as rule layers along the axis; matplotlib leaves them unlabelled here.
 */
export function minorTickLayers(ax: Axes, t: AxesTransforms, lims: { x: [number, number]; y: [number, number] }, frame: AxesFrame): Json[] {
  if (!ax.axisOn) return [];
  const out: Json[] = [];
  for (const which of ["x", "y"] as const) {
    const f = t[which];
    const p = scaleParams(ax._scales, which);
    if (f === null || p === null) continue;
    const lengthPx = which === "x" ? frame.width : frame.height;
    const { locs, labels } = scaledMinorTicks(p, lims[which][0], lims[which][1], tickSpace(lengthPx, frame.k * 72, frame.fontPt, which));
    if (locs.length === 0) continue;
    const size = Number(rcParams[`${which}tick.minor.size`]) * frame.k;
    const width = Number(rcParams[`${which}tick.minor.width`]) * frame.k;
    const color = ax._tickMarks[which].color ?? String(rcParams[`${which}tick.color`]);
    const inward = rcParams[`${which}tick.direction`] === "in" ? -1 : 1;
    // the axis line's pixel position and the outward direction from the plot area
    const [edge, dir] = which === "x" ? (farSide(ax, "x") ? [0, -1] : [frame.height, 1]) : farSide(ax, "y") ? [frame.width, 1] : [0, -1];
    const across = which === "x" ? ["y", "y2"] : ["x", "x2"];
    out.push({
      data: { values: locs.map((v) => ({ [which]: f.forward(v) })) },
      mark: { type: "rule", color, strokeWidth: width, clip: false },
      encoding: {
        [which]: { field: which, type: "quantitative", ...frame[which] },
        [across[0]]: { value: edge },
        [across[1]]: { value: edge + dir * inward * size },
      },
    });
    const texts = locs.flatMap((v, i) => (labels[i] === "" ? [] : [{ [which]: f.forward(v), t: drawnLabel(labels[i]) }]));
    if (texts.length > 0) out.push(minorLabelLayer(ax, which, texts, edge + dir * (Math.max(0, inward) * size + Number(rcParams[`${which}tick.minor.pad`]) * frame.k), dir, frame));
  }
  return out;
}

/** The labels of labelled minor ticks: tick-label text, `pad` past the minor tick. */
function minorLabelLayer(ax: Axes, which: "x" | "y", rows: Json[], at: number, dir: number, frame: AxesFrame): Json {
  const labelColor = rcParams[`${which}tick.labelcolor`];
  const color = labelColor === "inherit" || labelColor === undefined ? ax._tickMarks[which].color ?? String(rcParams[`${which}tick.color`]) : String(labelColor);
  const mark: Json = { type: "text", fontSize: frame.fontPt * frame.k, color, clip: false };
  if (which === "x") Object.assign(mark, { align: "center", baseline: dir > 0 ? "top" : "bottom" });
  else Object.assign(mark, { align: dir > 0 ? "left" : "right", baseline: "middle" });
  return {
    data: { values: rows },
    mark,
    encoding: {
      [which]: { field: which, type: "quantitative", ...frame[which] },
      [which === "x" ? "y" : "x"]: { value: at },
      text: { field: "t", type: "nominal" },
    },
  };
}
