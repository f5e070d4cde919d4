/**
 * Axes.text and Axes.annotate: a Text at a data position (zorder 3, outside autoscaling), and
 * an Annotation's optional arrow from the text to the annotated point.
 */
import { AttributeError, NotImplementedError, PyTypeError } from "../errors";
import { isPlainObject, type Bound } from "../signature";
import type { Axes } from "./axes";
import type { ArrowSpec, TextArtist } from "./artists";
import { checkAlpha, toCss, type ColorLike } from "./colors";
import { ARTIST_PROPERTIES } from "./properties";
import { alias, KwargsSink, mplsig, notInList, TEXT_PROPERTY } from "./pysig";
import { withRepr } from "./pyobjects";
import { rcParams } from "./rcparams";
import { TEXT_KEYWORDS, textStyle } from "./text_style";

const ANNOTATION_PROPERTY: KwargsSink = {
  known: new Set(ARTIST_PROPERTIES.Text),
  refuse: (key) => new AttributeError(`'Annotation' object has no property '${key}'`),
};

const PLACEMENT = "horizontalalignment=None, ha=None, verticalalignment=None, va=None, rotation=None, alpha=None, zorder=None";
const TYPES = { fontsize: "float|str|None", size: "float|str|None", alpha: "float|None", zorder: "float|None" } as const;

export const TEXT = mplsig(`matplotlib.axes.Axes.text(x, y, s, fontdict=None, *, ${TEXT_KEYWORDS}, ${PLACEMENT})`, {
  types: { ...TYPES, x: "float", y: "float" },
  kwargs: TEXT_PROPERTY,
});

export const ANNOTATE = mplsig(`matplotlib.axes.Axes.annotate(text, xy, xytext=None, xycoords='data', textcoords=None, arrowprops=None, annotation_clip=None, *, ${TEXT_KEYWORDS}, ${PLACEMENT})`, {
  types: TYPES,
  unsupported: ["xycoords", "textcoords", "annotation_clip"],
  kwargs: ANNOTATION_PROPERTY,
});

/** Text keywords of `Axes.text` / `annotate`. */
export interface TextOptions {
  fontsize?: number | string | null;
  size?: number | string | null;
  color?: ColorLike | null;
  c?: ColorLike | null;
  fontweight?: string | number | null;
  weight?: string | number | null;
  horizontalalignment?: "left" | "center" | "right" | null;
  ha?: "left" | "center" | "right" | null;
  verticalalignment?: "top" | "bottom" | "center" | "baseline" | "center_baseline" | null;
  va?: "top" | "bottom" | "center" | "baseline" | "center_baseline" | null;
  rotation?: number | "horizontal" | "vertical" | null;
  alpha?: number | null;
  zorder?: number | null;
}

/** Options of `Axes.text`. */
export interface TextCallOptions extends TextOptions {
  fontdict?: TextOptions | null;
}

/** The arrow keywords plt draws (matplotlib's FancyArrowPatch properties and the 'simple' arrow's sizes). */
export interface ArrowProps {
  arrowstyle?: "->" | "-|>" | "-" | "simple" | "fancy" | "wedge";
  color?: ColorLike;
  facecolor?: ColorLike;
  fc?: ColorLike;
  edgecolor?: ColorLike;
  ec?: ColorLike;
  linewidth?: number;
  lw?: number;
  shrink?: number;
  width?: number;
  headwidth?: number;
}

/** Options of `Axes.annotate`. */
export interface AnnotateOptions extends TextOptions {
  xytext?: readonly [number, number] | null;
  xycoords?: "data";
  textcoords?: "data" | null;
  arrowprops?: ArrowProps | null;
  annotation_clip?: boolean | null;
}

const HA = ["center", "right", "left"];
const VA = ["top", "bottom", "center", "baseline", "center_baseline"];
// headlength is not drawn (the head is as long as it is wide): refused with the other keys
const ARROW_KEYS = new Set(["arrowstyle", "color", "facecolor", "fc", "edgecolor", "ec", "linewidth", "lw", "shrink", "width", "headwidth"]);
const HEADS: Record<string, ArrowSpec["head"]> = { "->": "open", "-|>": "filled", "-": "line", simple: "filled", fancy: "filled", wedge: "filled" };

function rotationOf(v: unknown): number {
  if (v == null || v === "horizontal") return 0;
  if (v === "vertical") return 90;
  if (typeof v === "number") return ((v % 360) + 360) % 360;
  throw new PyTypeError(`rotation must be 'vertical', 'horizontal' or a number, not ${String(v)}`);
}

/** The Text of a bound text/annotate call at (x, y). */
function textArtist(b: Bound, x: number, y: number, s: unknown): TextArtist {
  const style = textStyle(b);
  const ha = alias<string>(b, "horizontalalignment", "ha") ?? "left";
  if (!HA.includes(ha)) throw notInList("align", ha, HA);
  const va = alias<string>(b, "verticalalignment", "va") ?? "baseline";
  if (!VA.includes(va)) throw notInList("align", va, VA);
  const artist: TextArtist = {
    kind: "text", x, y, text: String(s), color: style.color ?? toCss(String(rcParams["text.color"] ?? "black")),
    ha: ha as TextArtist["ha"], va: va as TextArtist["va"], rotation: rotationOf(b.rotation),
  };
  if (style.fontsize !== undefined) artist.fontsize = style.fontsize;
  if (style.fontscale !== undefined) artist.fontscale = style.fontscale;
  if (style.fontweight !== undefined) artist.fontweight = style.fontweight;
  if (b.alpha != null) artist.alpha = checkAlpha(b.alpha);
  if (b.zorder != null) artist.zorder = b.zorder;
  return artist;
}

/** text(x, y, s, fontdict, **kwargs) on `ax`: fontdict's entries under the keywords given. */
export function drawText(ax: Axes, args: ArrayLike<unknown>): TextArtist {
  const b = TEXT.bind(args);
  if (b.fontdict != null) {
    if (!isPlainObject(b.fontdict)) throw new PyTypeError("fontdict must be a dict");
    for (const [k, v] of Object.entries(b.fontdict as object)) {
      if (TEXT.param(k) === undefined || ["x", "y", "s", "fontdict"].includes(k)) {
        if (TEXT_PROPERTY.known.has(k)) throw new NotImplementedError(`text() keyword argument '${k}' is not supported yet`);
        throw TEXT_PROPERTY.refuse(k);
      }
      if (b[k] == null) b[k] = v;
    }
  }
  const artist = textArtist(b, b.x, b.y, b.s);
  ax.artists.push(artist);
  return withRepr(artist, () => `Text(${b.x}, ${b.y}, '${artist.text}')`, ax.figure);
}

/** An annotation's arrow from xytext to xy as arrowprops ask (shrink shortens both ends by a fraction). */
function arrowOf(props: Record<string, unknown>, from: [number, number], to: [number, number]): ArrowSpec {
  for (const k of Object.keys(props)) {
    if (!ARROW_KEYS.has(k)) throw new NotImplementedError(`annotate() arrowprops key '${k}' is not supported yet`);
  }
  const styled = props.arrowstyle !== undefined;
  const head = styled ? HEADS[String(props.arrowstyle)] : "simple";
  if (head === undefined) throw new NotImplementedError(`annotate() arrowstyle='${String(props.arrowstyle)}' is not supported yet`);
  if (styled && (props.shrink !== undefined || props.width !== undefined || props.headwidth !== undefined)) {
    const key = ["shrink", "width", "headwidth"].find((k) => props[k] !== undefined);
    throw new AttributeError(`FancyArrowPatch.set() got an unexpected keyword argument '${key}'`);
  }
  const b = props as Bound;
  const color = props.color !== undefined ? toCss(props.color as ColorLike) : null;
  const fc = alias<ColorLike>(b, "facecolor", "fc");
  const ec = alias<ColorLike>(b, "edgecolor", "ec");
  // FancyArrowPatch's Patch defaults: face rcParams["patch.facecolor"] ('C0'), edge black, 1 pt
  const facecolor = fc !== null ? toCss(fc, "facecolor") : color ?? toCss("C0");
  const edgecolor = ec !== null ? toCss(ec, "edgecolor") : color ?? "#000000";
  const shrink = Number(props.shrink ?? 0);
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  return {
    x0: from[0] + shrink * dx, y0: from[1] + shrink * dy, x1: to[0] - shrink * dx, y1: to[1] - shrink * dy,
    head, facecolor, edgecolor,
    linewidth: alias<number>(b, "linewidth", "lw") ?? 1,
    width: Number(props.width ?? 4),
    headwidth: Number(props.headwidth ?? 12),
  };
}

/** annotate(text, xy, xytext, ..., arrowprops, **kwargs) on `ax`. */
export function drawAnnotate(ax: Axes, args: ArrayLike<unknown>): TextArtist {
  const b = ANNOTATE.bind(args);
  const xy = Array.from(b.xy as ArrayLike<number>, Number) as [number, number];
  const at = b.xytext == null ? xy : (Array.from(b.xytext as ArrayLike<number>, Number) as [number, number]);
  const artist = textArtist(b, at[0], at[1], b.text);
  artist.xy = xy;
  if (b.arrowprops != null) {
    if (!isPlainObject(b.arrowprops)) throw new PyTypeError("arrowprops must be a dict");
    artist.arrow = arrowOf(b.arrowprops as Record<string, unknown>, at, xy);
  }
  ax.artists.push(artist);
  return withRepr(artist, () => `Annotation(${xy[0]}, ${xy[1]}, '${artist.text}')`, ax.figure);
}
