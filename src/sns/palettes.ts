/** seaborn's qualitative palettes (colors as seaborn 0.12 defines them), color_palette and set_color_codes. */
import { NotImplementedError, ValueError } from "../errors";
import { pyfunction } from "../signature";
import { rcParams } from "../plt/rcparams";
import { lookupCmap as get_cmap, cmapHex } from "../plt/colormaps";
import { MATPLOTLIB_CMAPS } from "../plt/properties";
import { mplsig } from "../plt/pysig";
import { setColorCodes, toCss } from "../plt/colors";
import { seabornCmap } from "./cmaps";
import { hls_palette, huslColors } from "./palettes_built";

export const SEABORN_PALETTES: Readonly<Record<string, readonly string[]>> = {
  deep: ["#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3", "#8c8c8c", "#ccb974", "#64b5cd"],
  muted: ["#4878d0", "#ee854a", "#6acc64", "#d65f5f", "#956cb4", "#8c613c", "#dc7ec0", "#797979", "#d5bb67", "#82c6e2"],
  pastel: ["#a1c9f4", "#ffb482", "#8de5a1", "#ff9f9b", "#d0bbff", "#debb9b", "#fab0e4", "#cfcfcf", "#fffea3", "#b9f2f0"],
  bright: ["#023eff", "#ff7c00", "#1ac938", "#e8000b", "#8b2be2", "#9f4800", "#f14cc1", "#a3a3a3", "#ffc400", "#00d7ff"],
  dark: ["#001c7f", "#b1400d", "#12711c", "#8c0800", "#591e71", "#592f0d", "#a23582", "#3c3c3c", "#b8850a", "#006374"],
  colorblind: ["#0173b2", "#de8f05", "#029e73", "#d55e00", "#cc78bc", "#ca9161", "#fbafe4", "#949494", "#ece133", "#56b4e9"],
};

/** seaborn's "<name>6" palettes: blue, green, red, purple, yellow, cyan of each. */
function sixOf(name: string): string[] {
  const p = SEABORN_PALETTES[name];
  return [p[0], p[2], p[3], p[4], p[8], p[9]];
}

function named(name: string): readonly string[] | undefined {
  if (name in SEABORN_PALETTES) return SEABORN_PALETTES[name];
  if (name.endsWith("6") && name.slice(0, -1) in SEABORN_PALETTES) return sixOf(name.slice(0, -1));
  return undefined;
}

const COLOR_PALETTE = mplsig("seaborn.color_palette(palette=None, n_colors=None, desat=None, as_cmap=False)", {
  types: { n_colors: "int|None", desat: "float|None", as_cmap: "bool" },
  unsupported: ["desat", "as_cmap"],
});

/** Palette names seaborn builds itself (husl, light:..., cubehelix strings): known, not drawn yet. */
const SEABORN_BUILT = /^(hls|husl|light:|dark:|blend:|ch:|crest|flare|icefire|vlag|rocket|mako|.*_d$)/;

/**
 * `sns.color_palette(palette=None, n_colors=None, desat=None, as_cmap=False)`: hex colors of a
 * named seaborn palette, a matplotlib colormap sampled at the centres of n_colors + 2 equal
 * steps without the ends (seaborn's mpl_palette), a list of colors, or (None) the current color
 * cycle; cycled to n_colors.
 */
export function color_palette(palette?: string | readonly string[] | null, n_colors?: number | null, options?: { desat?: null; as_cmap?: boolean }): string[];
export function color_palette(): string[] {
  const { palette, n_colors } = COLOR_PALETTE.bind(arguments);
  let base: string[];
  if (palette == null) base = rcParams["axes.prop_cycle"].slice();
  else if (Array.isArray(palette)) base = palette.map((c) => toCss(c));
  else if (typeof palette === "string" && named(palette) !== undefined) base = (named(palette) as string[]).slice();
  else if (palette === "hls") return hls_palette(n_colors ?? 6);
  else if (palette === "husl") return huslColors(n_colors ?? 6, 0.01, 0.9, 0.65);
  else if (typeof palette === "string") {
    const cmap = paletteCmap(palette);
    const n = n_colors ?? 6;
    return Array.from({ length: n }, (_, i) => cmapHex(cmap, (i + 1) / (n + 1)));
  } else throw new ValueError(`${String(palette)} is not a valid palette name`);
  const n = n_colors ?? base.length;
  return Array.from({ length: n }, (_, i) => base[i % base.length]);
}
pyfunction(COLOR_PALETTE, color_palette);

/** The colormap a palette name samples: seaborn's own, or plt's. */
function paletteCmap(palette: string): ReturnType<typeof get_cmap> {
  const own = seabornCmap(palette);
  if (own !== undefined) return own;
  try {
    return get_cmap(palette);
  } catch {
    if (MATPLOTLIB_CMAPS.includes(palette) || SEABORN_BUILT.test(palette)) throw new NotImplementedError(`color_palette() palette '${palette}' is not supported yet`);
    throw new ValueError(`'${palette}' is not a valid palette name`);
  }
}

/** matplotlib's own single-letter colors, which set_color_codes("reset") brings back. */
const MATPLOTLIB_CODES = { b: "#0000ff", g: "#008000", r: "#ff0000", m: "#bf00bf", y: "#bfbf00", c: "#00bfbf", k: "#000000" };

/** seaborn's set_color_codes(palette): "b", "g", "r", "m", "y", "c", "k" become the palette's. */
export function colorCodes(palette: string): void {
  if (palette === "reset") {
    setColorCodes(MATPLOTLIB_CODES);
    return;
  }
  const six = named(palette.endsWith("6") ? palette : palette + "6");
  if (six === undefined) throw new ValueError(`${palette} is not a valid palette name`);
  const codes: Record<string, string> = {};
  "bgrmyc".split("").forEach((code, i) => (codes[code] = six[i]));
  codes.k = "#1a1a1a";
  setColorCodes(codes);
}

const SET_COLOR_CODES = mplsig("seaborn.set_color_codes(palette='deep')", { types: { palette: "str" } });

/**
 * `sns.set_color_codes(palette='deep')`: plot format letters ("r", "b", ...) name the colors of
 * a seaborn palette ("deep", "muted", "pastel", "bright", "dark", "colorblind"), or matplotlib's
 * own again ("reset").
 */
export function set_color_codes(palette?: string): void;
export function set_color_codes(): void {
  colorCodes(SET_COLOR_CODES.bind(arguments).palette);
}
pyfunction(SET_COLOR_CODES, set_color_codes);
