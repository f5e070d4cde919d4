/**
 * seaborn's generated palettes: evenly spaced hues in HLS (hls_palette) or HUSL (husl_palette),
 * and blends (blend_palette: a 256-entry LinearSegmentedColormap sampled at n points) from a
 * light or dark gray of the color's hue to the color (light_palette, dark_palette). Colors come
 * back as hex strings, as color_palette's.
 */
import { ValueError } from "../errors";
import { pyfunction } from "../signature";
import { mplsig } from "../plt/pysig";
import { rgbToHex, ColorLike } from "../plt/colors";
import { hlsToRgb, rgbFloats } from "./desaturate";
import { huslToRgb, rgbToHusl } from "./husl";

/** np.linspace(0, 1, n + 1)[:-1] + h, wrapped to [0, 1). */
function hues(n: number, h: number): number[] {
  return Array.from({ length: n }, (_, i) => (((i / n + h) % 1) + 1) % 1);
}

const clip01 = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);

/** A HUSL color as seaborn's _color_to_rgb(input="husl") clips it. */
function husl(h: number, s: number, l: number): [number, number, number] {
  const [r, g, b] = huslToRgb(h, s, l);
  return [clip01(r), clip01(g), clip01(b)];
}

const N_TYPES = { n_colors: "int", h: "float", s: "float", l: "float", as_cmap: "bool" } as const;
const HLS_PALETTE = mplsig("seaborn.hls_palette(n_colors=6, h=0.01, l=0.6, s=0.65, as_cmap=False)", { types: N_TYPES, unsupported: ["as_cmap"] });
const HUSL_PALETTE = mplsig("seaborn.husl_palette(n_colors=6, h=0.01, s=0.9, l=0.65, as_cmap=False)", { types: N_TYPES, unsupported: ["as_cmap"] });

/** `sns.hls_palette(n_colors=6, h=0.01, l=0.6, s=0.65, as_cmap=False)`: n hues evenly spaced in HLS. */
export function hls_palette(n_colors?: number, h?: number, l?: number, s?: number, options?: { as_cmap?: false }): string[];
export function hls_palette(): string[] {
  const b = HLS_PALETTE.bind(arguments);
  return hues(b.n_colors, b.h).map((hue) => rgbToHex(...hlsToRgb(hue, b.l, b.s)));
}
pyfunction(HLS_PALETTE, hls_palette);

type Rgb = [number, number, number];
const hex = (c: Rgb): string => rgbToHex(...c);

/** The HUSL palette as husl_palette computes it, as float RGB. */
export function huslRgb(n: number, h: number, s: number, l: number): Rgb[] {
  return hues(n, h).map((hue) => husl(hue * 359, s * 99, l * 99));
}

/** The HUSL palette as husl_palette computes it. */
export function huslColors(n: number, h: number, s: number, l: number): string[] {
  return huslRgb(n, h, s, l).map(hex);
}

/** `sns.husl_palette(n_colors=6, h=0.01, s=0.9, l=0.65, as_cmap=False)`: n hues evenly spaced in HUSL. */
export function husl_palette(n_colors?: number, h?: number, s?: number, l?: number, options?: { as_cmap?: false }): string[];
export function husl_palette(): string[] {
  const b = HUSL_PALETTE.bind(arguments);
  return huslColors(b.n_colors, b.h, b.s, b.l);
}
pyfunction(HUSL_PALETTE, husl_palette);

/** n colors (float RGB) of a 256-entry linear blend through `colors` (matplotlib's LinearSegmentedColormap). */
export function blend(colors: readonly (readonly number[])[], n: number): Rgb[] {
  const k = colors.length;
  const at = (x: number, c: number): number => {
    // the lookup table entry of x = i / 255: linear between the neighbouring anchors
    if (x >= 1) return colors[k - 1][c];
    const pos = x * (k - 1);
    const j = Math.min(Math.floor(pos), k - 2);
    const lo = j / (k - 1);
    const hi = (j + 1) / (k - 1);
    return ((x - lo) / (hi - lo)) * (colors[j + 1][c] - colors[j][c]) + colors[j][c];
  };
  return Array.from({ length: n }, (_, i) => {
    const v = n === 1 ? 0 : i === n - 1 ? 1 : i * (1 / (n - 1));
    const entry = v >= 1 ? 255 : Math.floor(v * 256);
    const x = entry === 0 ? 0 : entry === 255 ? 1 : entry * (1 / 255);
    return [clip01(at(x, 0)), clip01(at(x, 1)), clip01(at(x, 2))];
  });
}

function rgbOf(color: ColorLike, input: string): [number, number, number] {
  if (input === "rgb") {
    // "#rgb" shorthand, which matplotlib reads as "#rrggbb"
    const short = typeof color === "string" ? /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color.trim()) : null;
    const full = short === null ? color : `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
    return rgbFloats(full);
  }
  const c = color as unknown as [number, number, number];
  if (input === "hls") return hlsToRgb(c[0], c[1], c[2]);
  if (input === "husl") return husl(c[0], c[1], c[2]);
  throw new ValueError(`input must be 'rgb', 'hls' or 'husl', not '${input}'`);
}

/** light_palette / dark_palette (float RGB): a gray of the color's HUSL hue blended to the color. */
export function grayToColor(color: ColorLike, n: number, reverse: boolean, grayLightness: number, input = "rgb"): Rgb[] {
  const rgb = rgbOf(color, input);
  const [h, s] = rgbToHusl(...rgb);
  const gray = husl(h, 0.15 * s, grayLightness);
  return blend(reverse ? [rgb, gray] : [gray, rgb], n);
}

const SEQUENTIAL_TYPES = { n_colors: "int", reverse: "bool", as_cmap: "bool", input: "str" } as const;
const LIGHT_PALETTE = mplsig("seaborn.light_palette(color, n_colors=6, reverse=False, as_cmap=False, input='rgb')", { types: SEQUENTIAL_TYPES, unsupported: ["as_cmap"] });
const DARK_PALETTE = mplsig("seaborn.dark_palette(color, n_colors=6, reverse=False, as_cmap=False, input='rgb')", { types: SEQUENTIAL_TYPES, unsupported: ["as_cmap"] });

/** Options of light_palette and dark_palette. */
export interface SequentialPaletteOptions {
  n_colors?: number;
  reverse?: boolean;
  as_cmap?: false;
  input?: "rgb" | "hls" | "husl";
}

/** `sns.light_palette(color, n_colors=6, reverse=False, as_cmap=False, input='rgb')`: from near white to the color. */
export function light_palette(color: ColorLike, n_colors?: number | SequentialPaletteOptions, options?: SequentialPaletteOptions): string[];
export function light_palette(): string[] {
  const b = LIGHT_PALETTE.bind(arguments);
  return grayToColor(b.color, b.n_colors, b.reverse, 95, b.input).map(hex);
}
pyfunction(LIGHT_PALETTE, light_palette);

/** `sns.dark_palette(color, n_colors=6, reverse=False, as_cmap=False, input='rgb')`: from near black to the color. */
export function dark_palette(color: ColorLike, n_colors?: number | SequentialPaletteOptions, options?: SequentialPaletteOptions): string[];
export function dark_palette(): string[] {
  const b = DARK_PALETTE.bind(arguments);
  return grayToColor(b.color, b.n_colors, b.reverse, 15, b.input).map(hex);
}
pyfunction(DARK_PALETTE, dark_palette);
