/**
 * Axes.pie: wedges, their labels and percentage texts laid out as matplotlib 3.6 does (x as
 * float32, fractions of its float32 sum, angles in float64), drawn as arcs.
 */
import { NotImplementedError, PyTypeError, ValueError } from "../errors";
import { isPlainObject } from "../signature";
import { pairwiseKernel } from "../np/kernels";
import type { Axes } from "./axes";
import type { TextArtist, WedgeArtist } from "./artists";
import { read1d, type NDArrayLike } from "./data";
import { checkAlpha, toCss, type ColorLike } from "./colors";
import { mplsig } from "./pysig";
import { percentFormat } from "./pyformat";
import { textStyle } from "./text_style";
import { fixedOf } from "./axes_ticks";
import { rcParams } from "./rcparams";
import { withRepr } from "./pyobjects";
import { textOf, wedgesOf } from "./artist_lists";
import type { Text, Wedge } from "./artist_api";

export const PIE = mplsig(
  "matplotlib.axes.Axes.pie(x, explode=None, labels=None, colors=None, autopct=None, pctdistance=0.6, shadow=False, " +
    "labeldistance=1.1, startangle=0, radius=1, counterclock=True, wedgeprops=None, textprops=None, center=(0, 0), " +
    "frame=False, rotatelabels=False, *, normalize=True, data=None)",
  {
    types: { pctdistance: "float", labeldistance: "float|None", startangle: "float", radius: "float", counterclock: "bool", frame: "bool", normalize: "bool", wedgeprops: "mapping|None", textprops: "mapping|None", center: "sequence" },
    unsupported: ["shadow", "rotatelabels", "data"],
  },
);

/** Options of `Axes.pie`. */
export interface PieOptions {
  explode?: NDArrayLike | null;
  labels?: readonly string[] | null;
  colors?: readonly ColorLike[] | null;
  /** A printf format ('%1.1f%%') or a function of the percentage. */
  autopct?: string | ((pct: number) => string) | null;
  pctdistance?: number;
  shadow?: boolean;
  labeldistance?: number | null;
  startangle?: number;
  radius?: number;
  counterclock?: boolean;
  /** Wedge keywords: width, edgecolor / ec, linewidth / lw, alpha, facecolor is refused. */
  wedgeprops?: { width?: number; edgecolor?: ColorLike; ec?: ColorLike; linewidth?: number; lw?: number; alpha?: number } | null;
  /** Text keywords: color / c, fontsize / size, fontweight / weight. */
  textprops?: { color?: string; c?: string; fontsize?: number | string; size?: number | string; fontweight?: string | number; weight?: string | number } | null;
  center?: readonly [number, number];
  frame?: boolean;
  rotatelabels?: boolean;
  normalize?: boolean;
  data?: null;
}

const WEDGE_KEYS = new Set(["width", "edgecolor", "ec", "linewidth", "lw", "alpha"]);
const TEXT_KEYS = new Set(["color", "c", "fontsize", "size", "fontweight", "weight"]);

function checkKeys(props: Record<string, unknown>, known: Set<string>, what: string): void {
  for (const k of Object.keys(props)) if (!known.has(k)) throw new NotImplementedError(`pie() ${what} '${k}' is not supported yet`);
}

/** pie(x, ...) on `ax`: [wedges, texts] or, with autopct, [wedges, texts, autotexts]. */
export function drawPie(ax: Axes, args: ArrayLike<unknown>): [Wedge[], Text[]] | [Wedge[], Text[], Text[]] {
  const b = PIE.bind(args);
  ax.aspect = 1;
  ax.adjustable = "box";
  const x32 = Float32Array.from(read1d(b.x, "x"));
  if (x32.some((v) => v < 0)) throw new ValueError("Wedge sizes 'x' must be non negative values");
  const sx = pairwiseKernel(x32, true)(x32, 0, 1, x32.length);
  let fracs = x32;
  if (b.normalize) fracs = x32.map((v) => v / sx);
  else if (sx > 1) throw new ValueError("Cannot plot an unnormalized pie with sum(x) > 1");
  const n = fracs.length;
  const labels: string[] = b.labels == null ? new Array(n).fill("") : Array.from(b.labels as unknown[], String);
  const explode = b.explode == null ? new Float64Array(n) : read1d(b.explode, "explode");
  if (labels.length !== n) throw new ValueError("'label' must be of length 'x'");
  if (explode.length !== n) throw new ValueError("'explode' must be of length 'x'");
  const given = b.colors == null ? null : (Array.isArray(b.colors) ? b.colors : [b.colors]).map((c: ColorLike) => toCss(c, "color", "rgba"));
  if (typeof b.radius !== "number" || typeof b.startangle !== "number") throw new PyTypeError("radius and startangle must be numbers");
  if (b.radius <= 0) throw new ValueError(`radius must be a positive number, not ${b.radius}`);
  if ((b.wedgeprops != null && !isPlainObject(b.wedgeprops)) || (b.textprops != null && !isPlainObject(b.textprops))) throw new PyTypeError("wedgeprops and textprops must be dicts");
  const wp: Record<string, any> = b.wedgeprops ?? {};
  const tp: Record<string, any> = b.textprops ?? {};
  checkKeys(wp, WEDGE_KEYS, "wedgeprops");
  checkKeys(tp, TEXT_KEYS, "textprops");
  const style = textStyle(tp as never);
  const [cx0, cy0] = [Number(b.center[0]), Number(b.center[1])];
  const r = b.radius as number;

  const wedge: WedgeArtist = {
    kind: "wedges", cx: new Float64Array(n), cy: new Float64Array(n), r, theta1: new Float64Array(n), theta2: new Float64Array(n),
    width: wp.width ?? null, color: [], labels,
  };
  const edge = wp.edgecolor ?? wp.ec;
  if (edge != null) wedge.edgecolor = toCss(edge, "edgecolor", "rgba");
  const lw = wp.linewidth ?? wp.lw;
  if (lw != null) wedge.linewidth = lw;
  if (wp.alpha != null) wedge.alpha = checkAlpha(wp.alpha);
  const texts: TextArtist[] = [];
  const autotexts: TextArtist[] = [];
  // matplotlib adds each slice's label, then its percentage
  const added: TextArtist[] = [];
  const text = (x: number, y: number, s: string, ha: TextArtist["ha"]): TextArtist => {
    const t: TextArtist = { kind: "text", x, y, text: s, color: style.color ?? toCss(String(rcParams["text.color"] ?? "black")), ha, va: "center", rotation: 0 };
    if (style.fontsize !== undefined) t.fontsize = style.fontsize;
    if (style.fontscale !== undefined) t.fontscale = style.fontscale;
    if (style.fontweight !== undefined) t.fontweight = style.fontweight;
    return t;
  };
  let theta1 = b.startangle / 360;
  for (let i = 0; i < n; i++) {
    const frac = fracs[i];
    const theta2 = b.counterclock ? theta1 + frac : theta1 - frac;
    const thetam = 2 * Math.PI * 0.5 * (theta1 + theta2);
    const x = cx0 + explode[i] * Math.cos(thetam);
    const y = cy0 + explode[i] * Math.sin(thetam);
    wedge.cx[i] = x;
    wedge.cy[i] = y;
    wedge.theta1[i] = 360 * Math.min(theta1, theta2);
    wedge.theta2[i] = 360 * Math.max(theta1, theta2);
    wedge.color.push(given ? given[i % given.length] : ax.nextPatchColor());
    if (b.labeldistance != null) {
      const xt = x + b.labeldistance * r * Math.cos(thetam);
      const yt = y + b.labeldistance * r * Math.sin(thetam);
      texts.push(text(xt, yt, labels[i], xt > 0 ? "left" : "right"));
      added.push(texts[texts.length - 1]);
    }
    if (b.autopct != null) {
      const xt = x + b.pctdistance * r * Math.cos(thetam);
      const yt = y + b.pctdistance * r * Math.sin(thetam);
      let s: string;
      if (typeof b.autopct === "string") s = percentFormat(b.autopct, 100 * frac);
      else if (typeof b.autopct === "function") s = String(b.autopct(100 * frac));
      else throw new PyTypeError("autopct must be callable or a format string");
      autotexts.push(text(xt, yt, s, "center"));
      added.push(autotexts[autotexts.length - 1]);
    }
    theta1 = theta2;
  }
  ax.artists.push(wedge, ...added);
  if (!b.frame) {
    ax.axisOn = false;
    fixedOf(ax, "x").locs = [];
    fixedOf(ax, "y").locs = [];
    ax.set_xlim(-1.25 + cx0, 1.25 + cx0);
    ax.set_ylim(-1.25 + cy0, 1.25 + cy0);
  }
  const wedges = wedgesOf(wedge);
  const out: [Wedge[], Text[]] | [Wedge[], Text[], Text[]] = b.autopct == null ? [wedges, texts.map(textOf)] : [wedges, texts.map(textOf), autotexts.map(textOf)];
  return withRepr(out, () => `([${wedges.map(() => "<matplotlib.patches.Wedge object>").join(", ")}], [${texts.map((t) => `Text(${t.x}, ${t.y}, '${t.text}')`).join(", ")}]${b.autopct == null ? "" : ", [...]"})`, ax.figure);
}
