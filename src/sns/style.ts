/**
 * seaborn's figure styles, contexts and themes, applied to plt.rcParams (as seaborn does to
 * matplotlib's), declared with seaborn 0.12's signatures.
 */
import { ValueError } from "../errors";
import { pyfunction } from "../signature";
import { mplsig } from "../plt/pysig";
import { rcParams } from "../plt/rcparams";
import { color_palette, colorCodes, SEABORN_PALETTES } from "./palettes";
import { contextValues } from "./context";

export type StyleName = "white" | "whitegrid" | "dark" | "darkgrid" | "ticks";

/** Gray levels seaborn writes as ".15" / ".8". */
const DARK_GRAY = "#262626";
const LIGHT_GRAY = "#cccccc";

const STYLE_KEYS = ["figure.facecolor", "axes.labelcolor", "text.color", "xtick.color", "ytick.color", "axes.grid", "axes.facecolor", "axes.edgecolor", "grid.color", "xtick.bottom", "ytick.left", "patch.edgecolor", "patch.force_edgecolor"];

const AXES_STYLE = mplsig("seaborn.axes_style(style=None, rc=None)", { types: { style: "str|None" }, unsupported: ["rc"] });

/** `sns.axes_style(style=None, rc=None)`: the rc values of a seaborn style (None: the current ones). */
export function axes_style(style?: StyleName | null, rc?: null): Record<string, string | boolean>;
export function axes_style(): Record<string, string | boolean> {
  const { style } = AXES_STYLE.bind(arguments);
  if (style == null) return Object.fromEntries(STYLE_KEYS.map((k) => [k, rcParams[k] as string | boolean]));
  return styleValues(style);
}
pyfunction(AXES_STYLE, axes_style);

function styleValues(style: StyleName): Record<string, string | boolean> {
  const valid: StyleName[] = ["white", "dark", "whitegrid", "darkgrid", "ticks"];
  if (!valid.includes(style)) throw new ValueError(`style must be one of ${valid.join(", ")}`);
  const dark = style === "dark" || style === "darkgrid";
  const grid = style === "whitegrid" || style === "darkgrid";
  return {
    "figure.facecolor": "white",
    "axes.labelcolor": DARK_GRAY,
    "text.color": DARK_GRAY,
    "xtick.color": DARK_GRAY,
    "ytick.color": DARK_GRAY,
    "axes.grid": grid,
    "axes.facecolor": dark ? "#EAEAF2" : "white",
    "axes.edgecolor": dark ? "white" : style === "whitegrid" ? LIGHT_GRAY : DARK_GRAY,
    "grid.color": dark ? "white" : LIGHT_GRAY,
    "xtick.bottom": style === "ticks",
    "ytick.left": style === "ticks",
    "patch.edgecolor": "w",
    "patch.force_edgecolor": true,
  };
}

const SET_STYLE = mplsig("seaborn.set_style(style=None, rc=None)", { types: { style: "str|None" }, unsupported: ["rc"] });

/** `sns.set_style(style=None, rc=None)`: white, whitegrid, dark, darkgrid or ticks for later figures. */
export function set_style(style?: StyleName | null, rc?: null): void;
export function set_style(): void {
  const { style } = SET_STYLE.bind(arguments);
  if (style != null) Object.assign(rcParams, styleValues(style));
}
pyfunction(SET_STYLE, set_style);

const SET_PALETTE = mplsig("seaborn.set_palette(palette, n_colors=None, desat=None, color_codes=False)", {
  types: { n_colors: "int|None", desat: "float|None", color_codes: "bool" },
  unsupported: ["desat"],
});

/** `sns.set_palette(palette, n_colors=None, desat=None, color_codes=False)`: the color cycle later plots use. */
export function set_palette(palette: string | readonly string[], n_colors?: number | null, options?: { desat?: null; color_codes?: boolean }): void;
export function set_palette(): void {
  const { palette, n_colors, color_codes } = SET_PALETTE.bind(arguments);
  rcParams["axes.prop_cycle"] = color_palette(palette, n_colors);
  if (color_codes) colorCodes(palette);
}
pyfunction(SET_PALETTE, set_palette);

/** Options of `sns.set_theme`. */
export interface ThemeOptions {
  context?: "paper" | "notebook" | "talk" | "poster";
  style?: StyleName;
  palette?: string | readonly string[];
  font?: "sans-serif";
  font_scale?: number;
  color_codes?: boolean;
  rc?: null;
}

/** seaborn's context scalings. */
const CONTEXTS: Record<string, number> = { paper: 0.8, notebook: 1, talk: 1.5, poster: 2 };

const SET_THEME = mplsig("seaborn.set_theme(context='notebook', style='darkgrid', palette='deep', font='sans-serif', font_scale=1, color_codes=True, rc=None)", {
  types: { font_scale: "float", color_codes: "bool" },
  unsupported: ["font", "rc"],
});

function setTheme(args: ArrayLike<unknown>): void {
  const b = SET_THEME.bind(args);
  if (!(b.context in CONTEXTS)) throw new ValueError(`context must be in ${Object.keys(CONTEXTS).join(", ")}`);
  Object.assign(rcParams, styleValues(b.style));
  const palette = b.palette;
  if (typeof palette === "string" && !(palette in SEABORN_PALETTES)) color_palette(palette);
  rcParams["axes.prop_cycle"] = color_palette(palette);
  Object.assign(rcParams, contextValues(b.context, b.font_scale, null));
  if (b.color_codes && typeof palette === "string" && palette in SEABORN_PALETTES) colorCodes(palette);
}

/**
 * `sns.set_theme(context='notebook', style='darkgrid', palette='deep', font='sans-serif',
 * font_scale=1, color_codes=True, rc=None)`.
 */
export function set_theme(options?: ThemeOptions): void;
export function set_theme(...args: unknown[]): void {
  setTheme(args);
}
pyfunction(SET_THEME, set_theme);

/** `sns.set(*args, **kwargs)`: the old name of set_theme. */
export function set(options?: ThemeOptions): void;
export function set(...args: unknown[]): void {
  setTheme(args);
}
pyfunction(SET_THEME.twin("seaborn.set"), set);
