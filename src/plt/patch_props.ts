/**
 * The Patch keywords plt draws on bars and histograms: face color (color, facecolor / fc, one
 * or one per bar), edge color (edgecolor / ec), linewidth / lw, alpha, zorder.
 */
import type { Bound } from "../signature";
import { alias } from "./pysig";
import { checkAlpha, ColorLike, toCss, ColorError } from "./colors";
import { rcParams } from "./rcparams";

/** Keyword-only Patch parameters in a signature's text. */
export const PATCH_KEYWORDS = "facecolor=None, fc=None, edgecolor=None, ec=None, linewidth=None, lw=None, alpha=None, zorder=None";

export const PATCH_TYPES = { linewidth: "float|None", lw: "float|None", alpha: "float|None", zorder: "float|None" } as const;

/** Patch properties a call gave. */
export interface PatchProps {
  facecolor?: string | string[];
  edgecolor?: string | string[];
  linewidth?: number;
  alpha?: number;
  zorder?: number;
}

function isColorList(v: unknown): v is readonly ColorLike[] {
  return Array.isArray(v) && v.length > 0 && (typeof v[0] === "string" || Array.isArray(v[0]));
}

/** One color or a list of colors (a list is used cyclically over the bars, as matplotlib does). */
export function colors(v: unknown, what: string, style: ColorError): string | string[] {
  if (isColorList(v)) return v.map((c) => toCss(c, what, style));
  return toCss(v as ColorLike, what, style);
}

/** The Patch keywords of a bound call. */
export function patchProps(b: Bound, edgeError: ColorError = "color"): PatchProps {
  const out: PatchProps = {};
  const fc = alias(b, "facecolor", "fc");
  if (fc !== null) out.facecolor = colors(fc, "facecolor", "rgba");
  const ec = alias(b, "edgecolor", "ec");
  if (ec !== null) out.edgecolor = colors(ec, "edgecolor", edgeError);
  const lw = alias<number>(b, "linewidth", "lw");
  if (lw !== null) out.linewidth = lw;
  if (b.alpha != null) out.alpha = checkAlpha(b.alpha);
  if (b.zorder != null) out.zorder = b.zorder;
  return out;
}

/** The edge matplotlib gives a patch without one: rcParams["patch.edgecolor"] when edges are forced (seaborn's styles). */
export function defaultEdge(): string | undefined {
  return rcParams["patch.force_edgecolor"] ? toCss(rcParams["patch.edgecolor"] as string) : undefined;
}

/** Per-item colors for n rectangles: one color, or a list repeated cyclically. */
export function perItem(c: string | string[], n: number): string | string[] {
  if (typeof c === "string") return c;
  if (c.length === 1) return c[0];
  return Array.from({ length: n }, (_, i) => c[i % c.length]);
}
