/**
 * Axes.boxplot (with matplotlib's bxp drawing): per dataset a box (a line, or a PathPatch with
 * patch_artist), two whiskers, two caps, the median, optionally the mean, and the fliers, added
 * in matplotlib's order with rcParams["boxplot.*"] styles; the axis ticks the positions.
 */
import { NotImplementedError, PyTypeError, ValueError } from "../errors";
import type { Axes } from "./axes";
import type { FillArtist, LineArtist } from "./artists";
import { mplsig } from "./pysig";
import { boxplotStats, datasets, type BoxStats } from "./box_stats";
import { lineProps, type LineProps } from "./line_props";
import { parseFmt, type LineStyle } from "./fmt";
import { checkAlpha, toCss } from "./colors";
import { fixedOf } from "./axes_ticks";
import { rcParams } from "./rcparams";
import { BOXPLOT_PART_DEFAULTS } from "./boxplot_rc";
import { withRepr } from "./pyobjects";
import { lineOf } from "./artist_lists";
import { rememberData } from "./categories";
import type { Line2D } from "./line2d";
import type { PathPatch } from "./artist_api";
import { patchOf } from "./artist_lists";
import type { NDArrayLike } from "./data";

export const BOXPLOT = mplsig(
  "matplotlib.axes.Axes.boxplot(x, notch=None, sym=None, vert=None, whis=None, positions=None, widths=None, patch_artist=None, " +
    "bootstrap=None, usermedians=None, conf_intervals=None, meanline=None, showmeans=None, showcaps=None, showbox=None, " +
    "showfliers=None, boxprops=None, labels=None, flierprops=None, medianprops=None, meanprops=None, capprops=None, " +
    "whiskerprops=None, manage_ticks=True, autorange=False, zorder=None, capwidths=None, *, data=None)",
  {
    types: {
      notch: "bool|None", sym: "str|None", vert: "bool|None", patch_artist: "bool|None", meanline: "bool|None", showmeans: "bool|None",
      showcaps: "bool|None", showbox: "bool|None", showfliers: "bool|None", manage_ticks: "bool", autorange: "bool", zorder: "float|None",
      boxprops: "mapping|None", flierprops: "mapping|None", medianprops: "mapping|None", meanprops: "mapping|None", capprops: "mapping|None", whiskerprops: "mapping|None",
    },
    unsupported: ["bootstrap", "data"],
  },
);

type Props = Record<string, unknown>;

/** Options of `Axes.boxplot`. */
export interface BoxplotOptions {
  notch?: boolean | null;
  sym?: string | null;
  vert?: boolean | null;
  /** Whisker reach in IQRs, or (low, high) percentiles. */
  whis?: number | readonly [number, number] | null;
  positions?: readonly number[] | null;
  widths?: number | readonly number[] | null;
  patch_artist?: boolean | null;
  bootstrap?: number | null;
  usermedians?: readonly (number | null)[] | null;
  conf_intervals?: readonly (readonly [number, number] | null)[] | null;
  meanline?: boolean | null;
  showmeans?: boolean | null;
  showcaps?: boolean | null;
  showbox?: boolean | null;
  showfliers?: boolean | null;
  boxprops?: Props | null;
  labels?: readonly string[] | null;
  flierprops?: Props | null;
  medianprops?: Props | null;
  meanprops?: Props | null;
  capprops?: Props | null;
  whiskerprops?: Props | null;
  manage_ticks?: boolean;
  autorange?: boolean;
  zorder?: number | null;
  capwidths?: number | readonly number[] | null;
  data?: null;
}

/** What boxplot returns: the artists of each part, as matplotlib's dict. */
export interface BoxplotParts {
  whiskers: Line2D[];
  caps: Line2D[];
  boxes: (Line2D | PathPatch)[];
  medians: Line2D[];
  fliers: Line2D[];
  means: Line2D[];
}

const LINE_KEYS = new Set(["color", "c", "linewidth", "lw", "linestyle", "ls", "marker", "markersize", "ms", "markerfacecolor", "mfc", "markeredgecolor", "mec", "markeredgewidth", "mew", "alpha", "zorder"]);
const PATCH_KEYS = new Set(["facecolor", "fc", "edgecolor", "ec", "color", "linewidth", "lw", "alpha", "zorder"]);

/** rcParams["boxplot.<part>props.*"] as Line2D keywords, overridden by the call's dict. */
function partProps(part: string, explicit: Props | null, zorder: number, usemarker: boolean): LineProps {
  const d: Props = {};
  const prefix = `boxplot.${part}props.`;
  for (const key of Object.keys(BOXPLOT_PART_DEFAULTS)) {
    if (key.startsWith(prefix)) d[key.slice(prefix.length)] = (rcParams as unknown as Record<string, unknown>)[key] ?? BOXPLOT_PART_DEFAULTS[key];
  }
  d.zorder = zorder;
  if (!usemarker) d.marker = "";
  for (const [k, v] of Object.entries(explicit ?? {})) {
    if (!LINE_KEYS.has(k)) throw new NotImplementedError(`boxplot() ${part}props '${k}' is not supported yet`);
    const long = ({ c: "color", lw: "linewidth", ls: "linestyle", ms: "markersize", mfc: "markerfacecolor", mec: "markeredgecolor", mew: "markeredgewidth" } as Record<string, string>)[k] ?? k;
    d[long] = v;
  }
  return lineProps(d as never);
}

function makeLine(x: number[], y: number[], p: LineProps, vert: boolean): LineArtist {
  const [xs, ys] = vert ? [x, y] : [y, x];
  const line: LineArtist = {
    kind: "line", x: Float64Array.from(xs), y: Float64Array.from(ys),
    color: p.color ?? "#000000",
    linewidth: p.linewidth ?? 1,
    linestyle: (p.linestyle ?? "solid") as LineStyle,
    markersize: p.markersize ?? 6,
  };
  if (p.marker !== undefined && p.marker !== "" && p.marker !== "None" && p.marker !== "none") line.marker = p.marker;
  if (p.markerfacecolor !== undefined) line.markerfacecolor = p.markerfacecolor;
  if (p.markeredgecolor !== undefined) line.markeredgecolor = p.markeredgecolor;
  if (p.markeredgewidth !== undefined) line.markeredgewidth = p.markeredgewidth;
  if (p.alpha !== undefined) line.alpha = p.alpha;
  if (p.zorder !== undefined) line.zorder = p.zorder;
  return line;
}

/** The box as a PathPatch: matplotlib's closed outline, drawn as the area between its left and right edges. */
function makePatch(bx: number[], by: number[], props: Props, zorder: number, vert: boolean, notch: boolean): FillArtist {
  const p: Props = { ...props };
  if ("color" in p) {
    p.edgecolor = p.color;
    delete p.color;
  }
  for (const k of ["linestyle", "ls"]) {
    // matplotlib draws patch boxes solid; another dash pattern on a patch edge plt does not draw
    if (k in p && !["solid", "-"].includes(p[k] as string)) throw new NotImplementedError(`boxplot() boxprops '${k}' other than 'solid' is not supported yet`);
    delete p[k];
  }
  for (const k of Object.keys(p)) if (!PATCH_KEYS.has(k)) throw new NotImplementedError(`boxplot() boxprops '${k}' is not supported yet`);
  const face = p.facecolor ?? p.fc ?? (rcParams as unknown as Record<string, unknown>)["patch.facecolor"] ?? "C0";
  const edge = p.edgecolor ?? p.ec ?? BOXPLOT_PART_DEFAULTS["boxplot.boxprops.color"];
  // the outline as t (along the box) with the left and right edge at each t
  const ts = notch ? [by[0], by[2], by[3], by[4], by[5]] : [by[0], by[2]];
  const lo = notch ? [bx[0], bx[0], bx[8], bx[0], bx[0]] : [bx[0], bx[0]];
  const hi = notch ? [bx[1], bx[1], bx[3], bx[1], bx[1]] : [bx[1], bx[1]];
  const vertices = new Float64Array(bx.length * 2 + 2);
  bx.forEach((x, i) => {
    vertices[2 * i] = vert ? x : by[i];
    vertices[2 * i + 1] = vert ? by[i] : x;
  });
  vertices[bx.length * 2] = vertices[0];
  vertices[bx.length * 2 + 1] = vertices[1];
  const fill: FillArtist = {
    kind: "fill", orient: vert ? "h" : "v", t: Float64Array.from(ts), lo: Float64Array.from(lo), hi: Float64Array.from(hi),
    run: new Int32Array(ts.length), asPatch: true, vertices,
    color: toCss(face as never, "facecolor", "rgba"), edgecolor: toCss(edge as never, "edgecolor", "rgba"),
    linewidth: (p.linewidth ?? p.lw ?? BOXPLOT_PART_DEFAULTS["boxplot.boxprops.linewidth"]) as number,
    zorder: (p.zorder as number | undefined) ?? zorder,
  };
  if (p.alpha != null) fill.alpha = checkAlpha(p.alpha as number);
  return fill;
}

function perBox(v: unknown, n: number, name: string, fallback: number): number[] {
  if (v == null) return new Array(n).fill(fallback);
  if (typeof v === "number") return new Array(n).fill(v);
  const list = Array.from(v as ArrayLike<number>);
  if (list.length !== n) throw new ValueError(`List of boxplot statistics and \`${name}\` values must have same the length`);
  return list;
}

/** boxplot(x, ...) on `ax`: returns {whiskers, caps, boxes, medians, fliers, means}. */
export function drawBoxplot(ax: Axes, args: ArrayLike<unknown>): BoxplotParts {
  const b = BOXPLOT.bind(args);
  const rc = rcParams as unknown as Record<string, any>;
  const whis = b.whis ?? rc["boxplot.whiskers"] ?? 1.5;
  if (typeof whis !== "number" && !(Array.isArray(whis) && whis.length === 2)) throw new ValueError("whis must be a float or list of percentiles");
  const stats: BoxStats[] = boxplotStats(datasets(b.x, "X"), whis as number | [number, number], b.labels == null ? null : Array.from(b.labels as unknown[], String), b.autorange);
  const notch = b.notch ?? rc["boxplot.notch"] ?? false;
  const vert = b.vert ?? rc["boxplot.vertical"] ?? true;
  const patchArtist = b.patch_artist ?? rc["boxplot.patchartist"] ?? false;
  const meanline = b.meanline ?? rc["boxplot.meanline"] ?? false;
  const showmeans = b.showmeans ?? rc["boxplot.showmeans"] ?? false;
  const showcaps = b.showcaps ?? rc["boxplot.showcaps"] ?? true;
  const showbox = b.showbox ?? rc["boxplot.showbox"] ?? true;
  let showfliers = b.showfliers ?? rc["boxplot.showfliers"] ?? true;
  let flierprops: Props = { ...(b.flierprops ?? {}) };
  if (b.sym != null) {
    if (b.sym === "") {
      flierprops = { linestyle: "none", marker: "", color: "none" };
      showfliers = false;
    } else {
      const fmt = parseFmt(b.sym);
      if (fmt.marker !== undefined) flierprops.marker = fmt.marker;
      if (fmt.color !== undefined) Object.assign(flierprops, { color: fmt.color, markerfacecolor: fmt.color, markeredgecolor: fmt.color });
    }
  }
  if (b.usermedians != null) {
    if (b.usermedians.length !== stats.length) throw new ValueError("'usermedians' and 'x' have different lengths");
    stats.forEach((s, i) => { if (b.usermedians[i] != null) s.med = b.usermedians[i]; });
  }
  if (b.conf_intervals != null) {
    if (b.conf_intervals.length !== stats.length) throw new ValueError("'conf_intervals' and 'x' have different lengths");
    stats.forEach((s, i) => {
      const ci = b.conf_intervals[i];
      if (ci == null) return;
      if (ci.length !== 2) throw new ValueError("each confidence interval must have two values");
      if (ci[0] != null) s.cilo = ci[0];
      if (ci[1] != null) s.cihi = ci[1];
    });
  }
  const n = stats.length;
  const positions: number[] = b.positions == null ? Array.from({ length: n }, (_, i) => i + 1) : Array.from(b.positions as ArrayLike<number>);
  if (positions.length !== n) throw new ValueError("List of boxplot statistics and `positions` values must have same the length");
  if (positions.some((p) => typeof p !== "number")) throw new PyTypeError("positions should be an iterable of numbers");
  const ptp = n > 0 ? Math.max(...positions) - Math.min(...positions) : 0;
  const widths = perBox(b.widths, n, "widths", Math.min(0.5, Math.max(0.15, 0.15 * ptp)));
  const capwidths = b.capwidths == null ? widths.map((w) => 0.5 * w) : perBox(b.capwidths, n, "capwidths", 0);
  const zorder = b.zorder ?? 2;
  const boxKw = patchArtist ? null : partProps("box", b.boxprops, zorder, false);
  const whiskerKw = partProps("whisker", b.whiskerprops, zorder, false);
  const capKw = partProps("cap", b.capprops, zorder, false);
  const flierKw = partProps("flier", flierprops, zorder, true);
  const medianKw = partProps("median", b.medianprops, zorder + 0.1, false);
  const meanKw = partProps("mean", b.meanprops, zorder + 0.1, true);
  const meansGiven = (b.meanprops ?? {}) as Props;
  if (meanline && !("marker" in meansGiven)) delete meanKw.marker;
  if (!meanline && !("linestyle" in meansGiven) && !("ls" in meansGiven)) meanKw.linestyle = "none";

  const parts: { whiskers: LineArtist[]; caps: LineArtist[]; boxes: (LineArtist | FillArtist)[]; medians: LineArtist[]; fliers: LineArtist[]; means: LineArtist[] } = { whiskers: [], caps: [], boxes: [], medians: [], fliers: [], means: [] };
  const add = <T extends LineArtist | FillArtist>(a: T, list: T[]): T => {
    ax.artists.push(a);
    list.push(a);
    return a;
  };
  stats.forEach((s, i) => {
    const pos = positions[i];
    const w = widths[i];
    const cw = capwidths[i];
    const [boxL, boxR] = [pos - w * 0.5, pos + w * 0.5];
    let boxX: number[];
    let boxY: number[];
    let medX: number[];
    if (notch) {
      const [nl, nr] = [pos - w * 0.25, pos + w * 0.25];
      boxX = [boxL, boxR, boxR, nr, boxR, boxR, boxL, boxL, nl, boxL, boxL];
      boxY = [s.q1, s.q1, s.cilo, s.med, s.cihi, s.q3, s.q3, s.cihi, s.med, s.cilo, s.q1];
      medX = [nl, nr];
    } else {
      boxX = [boxL, boxR, boxR, boxL, boxL];
      boxY = [s.q1, s.q1, s.q3, s.q3, s.q1];
      medX = [boxL, boxR];
    }
    if (showbox) {
      if (boxKw) add(makeLine(boxX, boxY, boxKw, vert), parts.boxes);
      else add(makePatch(boxX, boxY, { ...(b.boxprops ?? {}) }, zorder, vert, notch), parts.boxes);
    }
    // whiskers and mean markers keep the positions as given (matplotlib's int64 xdata for 1, 2, ...)
    const given = (line: LineArtist, at: number[]) => rememberData(line, vert ? { x: at, y: undefined } : { x: undefined, y: at });
    given(add(makeLine([pos, pos], [s.q1, s.whislo], whiskerKw, vert), parts.whiskers), [pos, pos]);
    given(add(makeLine([pos, pos], [s.q3, s.whishi], whiskerKw, vert), parts.whiskers), [pos, pos]);
    if (showcaps) {
      add(makeLine([pos - cw * 0.5, pos + cw * 0.5], [s.whislo, s.whislo], capKw, vert), parts.caps);
      add(makeLine([pos - cw * 0.5, pos + cw * 0.5], [s.whishi, s.whishi], capKw, vert), parts.caps);
    }
    add(makeLine(medX, [s.med, s.med], medianKw, vert), parts.medians);
    if (showmeans) {
      if (meanline) add(makeLine([boxL, boxR], [s.mean, s.mean], meanKw, vert), parts.means);
      else given(add(makeLine([pos], [s.mean], meanKw, vert), parts.means), [pos]);
    }
    if (showfliers) add(makeLine(s.fliers.map(() => pos), s.fliers, flierKw, vert), parts.fliers);
  });
  if (b.manage_ticks && n > 0) {
    const axis = vert ? "x" : "y";
    const lim: [number, number] = [Math.min(...positions) - 0.5, Math.max(...positions) + 0.5];
    parts.medians.forEach((m, i) => {
      if (vert) {
        m.limX = lim;
        m.stickyX = [...(m.stickyX ?? []), positions[i] - 0.5, positions[i] + 0.5];
      } else {
        m.limY = lim;
        m.stickyY = [...(m.stickyY ?? []), positions[i] - 0.5, positions[i] + 0.5];
      }
    });
    const fixed = fixedOf(ax, axis);
    const labels = stats.map((s, i) => s.label ?? tickText(positions[i]));
    fixed.locs = [...(fixed.locs ?? []), ...positions];
    fixed.labels = [...(fixed.labels ?? []), ...labels];
  }
  const wrap = (list: (LineArtist | FillArtist)[]) => list.map((a) => (a.kind === "line" ? lineOf(ax, a) : patchOf(ax, a)));
  const out = {
    whiskers: wrap(parts.whiskers) as Line2D[], caps: wrap(parts.caps) as Line2D[], boxes: wrap(parts.boxes),
    medians: wrap(parts.medians) as Line2D[], fliers: wrap(parts.fliers) as Line2D[], means: wrap(parts.means) as Line2D[],
  };
  return withRepr(out, () => `{'whiskers': [...], 'caps': [...], 'boxes': [...], 'medians': [...], 'fliers': [...], 'means': [...]}`, ax.figure);
}

/** A position as Python's str() prints it (ints without a decimal point: FixedFormatter shows the labels given). */
function tickText(v: number): string {
  return String(v);
}

export type { NDArrayLike };
