/**
 * seaborn 0.12's hue semantic for the categorical scatter plots (stripplot, swarmplot): its
 * backward-compatible rules (a palette without hue colors the categories, color with hue is a
 * "dark:" gradient), then a categorical mapping (palette colors per level, in categorical_order)
 * or, for numbers other than 0/1, the numeric cubehelix mapping of scatterplot.
 */
import { NotImplementedError, ValueError } from "../errors";
import { rcParams } from "../plt/rcparams";
import { toCss } from "../plt/colors";
import type { LegendEntry } from "../plt/artists";
import { color_palette, SEABORN_PALETTES } from "./palettes";
import { dark_palette } from "./palettes_built";
import { mapHue } from "./hue";
import { Level, levelLabel, levelsOf, Variable } from "./categorical_data";

/** Per-row colors (null for rows outside the levels) and the legend rows. */
export interface CategoryHue {
  variable: Variable;
  /** Categorical levels (empty for a numeric mapping). */
  levels: Level[];
  colorOf: (row: number) => string;
  legend: LegendEntry[];
  title: string | null;
  /** The hue repeats the category axis (palette without hue): no legend. */
  redundant: boolean;
}

type Palette = string | readonly string[] | Record<string, string> | null;

/** Colors of categorical levels as seaborn's HueMapping.categorical_mapping picks them. */
export function levelColors(levels: readonly Level[], v: Variable, palette: Palette): string[] {
  const n = levels.length;
  if (palette == null) return n <= rcParams["axes.prop_cycle"].length ? color_palette(null, n) : color_palette("husl", n);
  if (typeof palette === "object" && !Array.isArray(palette)) {
    const dict = palette as Record<string, string>;
    const missing = levels.filter((l) => dict[levelLabel(l, v)] === undefined && dict[String(l)] === undefined);
    if (missing.length > 0) throw new ValueError(`The palette dictionary is missing keys: {${missing.map((l) => `'${levelLabel(l, v)}'`).join(", ")}}`);
    return levels.map((l) => toCss(dict[levelLabel(l, v)] ?? dict[String(l)]));
  }
  if (typeof palette === "string" && palette.startsWith("dark:")) return dark_palette(palette.slice(5), n);
  return color_palette(palette as string | readonly string[], n);
}

/** The hue semantic of a categorical scatter plot, or null without one. */
export function categoryHue(hue: Variable | null, cat: Variable, catLevels: Level[], b: { palette: Palette; color: unknown; hue_order: Level[] | null; legend: unknown }): CategoryHue | null {
  let palette = b.palette;
  let order = b.hue_order;
  let redundant = false;
  if (hue === null) {
    if (palette == null) return null;
    // a palette without hue colors the categories (seaborn 0.12's deprecated behaviour)
    hue = cat;
    order = catLevels;
    redundant = true;
  } else if (palette == null && b.color != null) {
    palette = `dark:${toCss(b.color as string)}`;
  }
  const v = hue;
  const isBinary = v.kind === "numeric" && Array.from(v.values).every((x) => x !== x || x === 0 || x === 1);
  // seaborn's infer_map_type: its own palettes, lists and dicts map levels; other names map numbers
  const qualitative = palette != null && (typeof palette !== "string" || palette in SEABORN_PALETTES);
  if (v.kind === "numeric" && !isBinary && !qualitative) {
    if (typeof palette === "string" && palette.startsWith("dark:")) throw new NotImplementedError("color= with a numeric hue (a 'dark:' colormap) is not supported yet");
    const m = mapHue(v.values, v.values.length, palette as string | null);
    if (b.legend === "full" && m.legend.length < new Set(v.values).size) throw new NotImplementedError("legend='full' for a numeric hue is not supported yet");
    return { variable: v, levels: [], colorOf: (r) => m.colors[r], legend: m.legend, title: v.name, redundant };
  }
  const levels = levelsOf(v, order);
  const colors = levelColors(levels, v, palette);
  const byLevel = new Map<Level, string>(levels.map((l, i) => [l, colors[i]]));
  return {
    variable: v,
    levels,
    colorOf: (r) => byLevel.get(v.values[r]) as string,
    legend: levels.map((l, i) => ({ label: levelLabel(l, v), color: colors[i], shape: "circle" })),
    title: v.name,
    redundant,
  };
}
