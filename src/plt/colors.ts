/**
 * matplotlib color specifications turned into CSS colors for Vega-Lite: single letters
 * ("r", "k"), cycle references ("C0"), "tab:" names, gray levels (".15"), hex strings, CSS
 * names and RGB(A) tuples in [0, 1].
 */
import { PyTypeError, ValueError } from "../errors";
import { rcParams, TAB10 } from "./rcparams";
import { CSS4_COLORS } from "./css4";

/** A matplotlib color: a string spec or an (r, g, b[, a]) tuple of floats in [0, 1]. */
export type ColorLike = string | readonly [number, number, number] | readonly [number, number, number, number];

/** matplotlib's single-letter colors; seaborn's set_color_codes rewrites them. */
const BASE: Record<string, string> = {
  b: "#0000ff", g: "#008000", r: "#ff0000", c: "#00bfbf", m: "#bf00bf", y: "#bfbf00", k: "#000000", w: "#ffffff",
};

/** Points single-letter color codes ("b", "g", "r", "m", "y", "c", "k") at other colors. */
export function setColorCodes(codes: Readonly<Record<string, string>>): void {
  Object.assign(BASE, codes);
}

const TAB_NAMES = ["blue", "orange", "green", "red", "purple", "brown", "pink", "gray", "olive", "cyan"];

/** Two hex digits for a [0, 1] float, rounded as matplotlib.colors.to_hex does. */
function hex2(v: number): string {
  const n = Math.round(Math.min(1, Math.max(0, v)) * 255);
  return n.toString(16).padStart(2, "0");
}

/** `matplotlib.colors.to_hex((r, g, b))` for floats in [0, 1]. */
export function rgbToHex(r: number, g: number, b: number): string {
  return "#" + hex2(r) + hex2(g) + hex2(b);
}

/** Hex for 8-bit channels. */
export function bytesToHex(r: number, g: number, b: number): string {
  return "#" + ((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1);
}

/** How matplotlib words a bad color where it is checked (Line2D/Text, patches, to_rgba). */
export type ColorError = "value" | "color" | "rgba";

/** A color as Python's repr prints it in matplotlib's messages. */
function colorRepr(c: unknown): string {
  if (typeof c === "string") return `'${c}'`;
  if (Array.isArray(c)) return `[${c.map((v) => (typeof v === "string" ? `'${v}'` : String(v))).join(", ")}]`;
  return String(c);
}

/** matplotlib's error for a bad color, in the wording of the place that checks it. */
export function badColor(color: unknown, what = "color", style: ColorError = "color"): ValueError {
  const r = colorRepr(color);
  if (style === "value") return new ValueError(`${r} is not a valid value for ${what}`);
  if (style === "rgba") return new ValueError(`Invalid RGBA argument: ${r}`);
  return new ValueError(`${r} is not a valid color value.`);
}

/**
 * Converts a matplotlib color to a CSS color string (hex where matplotlib names a fixed color);
 * a bad color is ValueError worded as `style` says.
 */
export function toCss(color: ColorLike, what = "color", style: ColorError = "color"): string {
  if (Array.isArray(color)) {
    const c = color as readonly number[];
    if ((c.length !== 3 && c.length !== 4) || c.some((v) => typeof v !== "number" || !(v >= 0 && v <= 1))) {
      throw badColor(c, what, style);
    }
    if (c.length === 4 && c[3] < 1) {
      return `rgba(${Math.round(c[0] * 255)},${Math.round(c[1] * 255)},${Math.round(c[2] * 255)},${c[3]})`;
    }
    return rgbToHex(c[0], c[1], c[2]);
  }
  if (typeof color !== "string") throw badColor(color, what, style);
  const s = color.trim();
  if (s in BASE) return BASE[s];
  const cycle = /^C(\d+)$/.exec(s);
  if (cycle) {
    const colors = rcParams["axes.prop_cycle"];
    return colors[Number(cycle[1]) % colors.length];
  }
  if (s.startsWith("tab:")) {
    const i = TAB_NAMES.indexOf(s.slice(4) === "grey" ? "gray" : s.slice(4));
    if (i < 0) throw badColor(color, what, style);
    return TAB10[i];
  }
  if (/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/.test(s)) return s.toLowerCase();
  if (/^(0?\.\d+|0|1(\.0*)?)$/.test(s)) {
    const level = Number(s);
    return rgbToHex(level, level, level);
  }
  const css = CSS4_COLORS[s.toLowerCase()];
  if (css !== undefined) return css;
  if (s.toLowerCase() === "none") return "transparent";
  throw badColor(color, what, style);
}

/** matplotlib's to_rgba(color, alpha): a color with its alpha replaced, as an (r, g, b, a) tuple. */
export function withAlpha(color: ColorLike, alpha: number): [number, number, number, number] {
  const css = toCss(color, "color", "rgba");
  const rgba = /^rgba\((\d+),(\d+),(\d+),/.exec(css);
  if (rgba) return [Number(rgba[1]) / 255, Number(rgba[2]) / 255, Number(rgba[3]) / 255, alpha];
  const hex = /^#([0-9a-f]{6})/.exec(css);
  if (hex === null) throw badColor(color, "color", "rgba");
  const n = parseInt(hex[1], 16);
  return [(n >> 16) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255, alpha];
}

/** The n-th color of the current property cycle (rcParams["axes.prop_cycle"]). */
export function cycleColor(n: number): string {
  const colors = rcParams["axes.prop_cycle"];
  return colors[n % colors.length];
}

/** An artist's alpha: a float in [0, 1] (matplotlib's Artist.set_alpha check). */
export function checkAlpha(alpha: number): number {
  if (typeof alpha !== "number") throw new PyTypeError(`alpha must be numeric or None, not ${typeof alpha === "string" ? "<class 'str'>" : typeof alpha}`);
  if (!(alpha >= 0 && alpha <= 1)) throw new ValueError(`alpha (${alpha}) is outside 0-1 range`);
  return alpha;
}
