/**
 * seaborn's hue mapping: categorical levels (strings, or numbers that are all 0/1) get palette
 * colors in order; other numbers go through the "ch:" cubehelix colormap normalised to the data
 * range, with a "brief" legend of at most 6 nice ticks (matplotlib's MaxNLocator).
 */
import { NDArray } from "../np/ndarray";
import { ValueError } from "../errors";
import { lookupCmap as get_cmap, cmapHex, Colormap } from "../plt/colormaps";
import { read1d, NDArrayLike } from "../plt/data";
import type { LegendEntry } from "../plt/artists";
import { color_palette } from "./palettes";
import { maxNLocatorTicks, formatTicks } from "../plt/ticks";

export { maxNLocatorTicks, formatTicks };

/** hue input: numbers (array or list) or strings. */
export type HueLike = NDArrayLike | readonly string[];

/** The mapping result: one color per point and the legend rows. */
export interface HueMapping {
  colors: string[];
  legend: LegendEntry[];
  levels: string[];
}

/** Python's str() of a number as a legend label ("1", "0.5", "2.0" for floats). */
function pyNumber(v: number, isFloat: boolean): string {
  if (!isFloat) return String(v);
  if (Number.isInteger(v)) return v.toFixed(1);
  return String(v);
}

/** Maps hue values to colors and legend rows as seaborn 0.12 does. */
export function mapHue(hue: HueLike, n: number, palette?: string | readonly string[] | null): HueMapping {
  if (Array.isArray(hue) && hue.length > 0 && typeof hue[0] === "string") {
    const values = hue as readonly string[];
    if (values.length !== n) throw new ValueError("All arrays must be of the same length");
    const levels = [...new Set(values)];
    const colors = color_palette(palette, levels.length);
    const byLevel = new Map(levels.map((l, i) => [l, colors[i]]));
    return { colors: values.map((v) => byLevel.get(v) as string), legend: levels.map((l) => ({ label: l, color: byLevel.get(l) as string, shape: "circle" })), levels };
  }
  const values = read1d(hue as NDArrayLike, "hue");
  if (values.length !== n) throw new ValueError("All arrays must be of the same length");
  const isFloat = hue instanceof NDArray ? hue.dtype.kind === "f" : !Array.from(values).every(Number.isInteger);
  const unique = [...new Set(Array.from(values).filter((v) => !Number.isNaN(v)))].sort((a, b) => a - b);
  const binary = unique.every((v) => v === 0 || v === 1);
  if (binary || (palette != null && typeof palette !== "string") || (typeof palette === "string" && !isColormapName(palette))) {
    const colors = color_palette(palette, unique.length);
    const index = new Map(unique.map((v, i) => [v, i]));
    const labels = unique.map((v) => pyNumber(v, isFloat));
    return {
      colors: Array.from(values, (v) => colors[index.get(v) ?? 0]),
      legend: unique.map((_, i) => ({ label: labels[i], color: colors[i], shape: "circle" })),
      levels: labels,
    };
  }
  const cmap: Colormap = get_cmap(typeof palette === "string" ? palette : "seaborn_ch");
  const lo = unique[0];
  const hi = unique[unique.length - 1];
  const norm = (v: number): number => (hi === lo ? 0 : (v - lo) / (hi - lo));
  const colors = Array.from(values, (v) => cmapHex(cmap, norm(v)));
  let ticks: number[];
  let labels: string[];
  if (unique.length > 6) {
    ticks = maxNLocatorTicks(lo, hi, 6).filter((t) => t >= lo && t <= hi);
    labels = formatTicks(ticks);
  } else {
    ticks = unique;
    labels = unique.map((v) => pyNumber(v, isFloat));
  }
  return { colors, legend: ticks.map((t, i) => ({ label: labels[i], color: cmapHex(cmap, norm(t)), shape: "circle" })), levels: labels };
}

function isColormapName(name: string): boolean {
  try {
    get_cmap(name);
    return !["deep", "muted", "pastel", "bright", "dark", "colorblind"].includes(name);
  } catch {
    return false;
  }
}
