/** seaborn's qualitative palettes (colors as seaborn 0.12 defines them) and color_palette. */
import { ValueError } from "../errors";
import { rcParams } from "../plt/rcparams";
import { lookupCmap as get_cmap, cmapHex } from "../plt/colormaps";

export const SEABORN_PALETTES: Readonly<Record<string, readonly string[]>> = {
  deep: ["#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3", "#8c8c8c", "#ccb974", "#64b5cd"],
  muted: ["#4878d0", "#ee854a", "#6acc64", "#d65f5f", "#956cb4", "#8c613c", "#dc7ec0", "#797979", "#d5bb67", "#82c6e2"],
  pastel: ["#a1c9f4", "#ffb482", "#8de5a1", "#ff9f9b", "#d0bbff", "#debb9b", "#fab0e4", "#cfcfcf", "#fffea3", "#b9f2f0"],
  bright: ["#023eff", "#ff7c00", "#1ac938", "#e8000b", "#8b2be2", "#9f4800", "#f14cc1", "#a3a3a3", "#ffc400", "#00d7ff"],
  dark: ["#001c7f", "#b1400d", "#12711c", "#8c0800", "#591e71", "#592f0d", "#a23582", "#3c3c3c", "#b8850a", "#006374"],
  colorblind: ["#0173b2", "#de8f05", "#029e73", "#d55e00", "#cc78bc", "#ca9161", "#fbafe4", "#949494", "#ece133", "#56b4e9"],
};

/**
 * `sns.color_palette(palette=None, n_colors=None)`: hex colors of a named seaborn palette, a
 * matplotlib colormap sampled evenly, or (None) the current color cycle; cycles to n_colors.
 */
export function color_palette(palette?: string | readonly string[] | null, n_colors?: number): string[] {
  let base: string[];
  if (palette == null) base = rcParams["axes.prop_cycle"].slice();
  else if (Array.isArray(palette)) base = palette.slice();
  else if (typeof palette === "string" && palette in SEABORN_PALETTES) base = SEABORN_PALETTES[palette].slice();
  else if (typeof palette === "string") {
    let cmap: ReturnType<typeof get_cmap>;
    try {
      cmap = get_cmap(palette);
    } catch {
      throw new ValueError(`${palette} is not a valid palette name`);
    }
    const n = n_colors ?? 6;
    // seaborn samples a colormap at the bin centres of n equal bins
    return Array.from({ length: n }, (_, i) => cmapHex(cmap, (i + 0.5) / n));
  } else throw new ValueError(`${String(palette)} is not a valid palette name`);
  const n = n_colors ?? base.length;
  return Array.from({ length: n }, (_, i) => base[i % base.length]);
}
