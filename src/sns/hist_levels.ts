/**
 * seaborn's univariate histogram per hue level: the stat of each level's counts on shared (or
 * its own) bin edges, scaled by the level's share of the rows (common_norm), then laid out as
 * seaborn's _resolve_multiple does: layered, stacked, stacked and normalised to 1 (fill), or
 * dodged side by side within each bin.
 */
import { histogram } from "../plt/histogram";

/** One level's bars: left edges, widths, tops and bottoms in stat units. */
export interface LevelBars {
  lefts: Float64Array;
  widths: Float64Array;
  heights: Float64Array;
  bottoms: Float64Array;
}

/** seaborn's Hist: counts on `edges` turned into `stat`, optionally cumulative. */
export function statHeights(values: Float64Array, weights: Float64Array | null, edges: Float64Array, stat: string, cumulative: boolean): Float64Array {
  const { counts } = histogram(values, { bins: Array.from(edges), density: stat === "density", weights });
  const n = counts.length;
  if (stat === "probability" || stat === "proportion" || stat === "percent") {
    let total = 0;
    for (const v of counts) total += v;
    const f = stat === "percent" ? 100 / total : 1 / total;
    for (let i = 0; i < n; i++) counts[i] *= f;
  } else if (stat === "frequency") {
    for (let i = 0; i < n; i++) counts[i] /= edges[i + 1] - edges[i];
  }
  if (cumulative) {
    let acc = 0;
    for (let i = 0; i < n; i++) {
      acc += stat === "density" || stat === "frequency" ? counts[i] * (edges[i + 1] - edges[i]) : counts[i];
      counts[i] = acc;
    }
  }
  return Float64Array.from(counts);
}

/** Bars of one level on `edges`, shrunk about each bin's centre. */
export function levelBars(heights: Float64Array, edges: Float64Array, shrink: number): LevelBars {
  const n = heights.length;
  const lefts = new Float64Array(n);
  const widths = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const width = edges[i + 1] - edges[i];
    widths[i] = width * shrink;
    lefts[i] = edges[i] + ((1 - shrink) / 2) * width;
  }
  return { lefts, widths, heights, bottoms: new Float64Array(n) };
}

/**
 * seaborn's _resolve_multiple for histograms (in hue order; the levels share their bins for
 * stack and fill): stack puts the last level at the bottom; fill divides each bin by its total;
 * dodge splits each bar's width into `nSlots` slots, one per hue level, level j in `slots[j]`.
 */
export function resolveMultiple(levels: LevelBars[], multiple: string, slots: readonly number[], nSlots: number): void {
  const k = levels.length;
  if (k === 0) return;
  if (multiple === "stack" || multiple === "fill") {
    const n = levels[0].heights.length;
    for (let i = 0; i < n; i++) {
      // seaborn's total runs over the levels in the stacking order, as the cumulative sum does
      let total = 0;
      for (let j = k - 1; j >= 0; j--) total += levels[j].heights[i];
      let acc = 0;
      for (let j = k - 1; j >= 0; j--) {
        const l = levels[j];
        const bottom = acc;
        acc += l.heights[i];
        l.bottoms[i] = multiple === "fill" ? bottom / total : bottom;
        l.heights[i] = multiple === "fill" ? acc / total : acc;
      }
    }
  } else if (multiple === "dodge") {
    levels.forEach((l, j) => {
      for (let i = 0; i < l.widths.length; i++) {
        l.widths[i] /= nSlots;
        l.lefts[i] += slots[j] * l.widths[i];
      }
    });
  }
}
