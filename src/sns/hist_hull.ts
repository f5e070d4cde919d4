/**
 * seaborn's histogram elements other than bars: "step" (the outline of the bars, or the area
 * under it, stepping after each left edge) and "poly" (a polygon through the bins' centres),
 * drawn as matplotlib's fill_between or plot.
 */
import type { Axes } from "../plt/axes";
import type { FillArtist, LineArtist } from "../plt/artists";
import { withAlpha } from "../plt/colors";
import { rcParams } from "../plt/rcparams";
import type { LevelBars } from "./hist_levels";

/** matplotlib's pts_to_poststep: each value held until the next point. */
function postSteps(x: Float64Array, ys: Float64Array[]): [Float64Array, ...Float64Array[]] {
  const n = x.length;
  const m = Math.max(2 * n - 1, 0);
  const sx = new Float64Array(m);
  const sy = ys.map(() => new Float64Array(m));
  for (let i = 0; i < n; i++) {
    sx[2 * i] = x[i];
    if (i + 1 < n) sx[2 * i + 1] = x[i + 1];
    ys.forEach((y, k) => {
      sy[k][2 * i] = y[i];
      if (i + 1 < n) sy[k][2 * i + 1] = y[i];
    });
  }
  return [sx, ...sy];
}

/** One level's hull: fill_between(x) of its area (fill) or a line; `sticky` holds seaborn's sticky edges. */
export function drawHull(ax: Axes, bars: LevelBars, color: string, alpha: number, horizontal: boolean, b: Record<string, any>, stacked: boolean, sticky: { stat: number[]; data: number[] }): FillArtist | LineArtist {
  const { lefts, widths, heights, bottoms } = bars;
  const n = lefts.length;
  let x: Float64Array;
  let y: Float64Array;
  let base: Float64Array;
  if (b.element === "step") {
    x = Float64Array.from({ length: n + 1 }, (_, i) => (i < n ? lefts[i] : lefts[n - 1] + widths[n - 1]));
    y = Float64Array.from({ length: n + 1 }, (_, i) => heights[Math.min(i, n - 1)]);
    base = Float64Array.from({ length: n + 1 }, (_, i) => bottoms[Math.min(i, n - 1)]);
  } else {
    x = lefts.map((l, i) => l + widths[i] / 2);
    y = heights;
    base = bottoms;
  }
  const extra: Record<string, unknown> = {};
  if (b.label != null) extra.label = b.label;
  if (b.zorder != null) extra.zorder = b.zorder;
  if (b.linewidth != null) extra.linewidth = b.linewidth;
  let artist: FillArtist | LineArtist;
  if (b.fill) {
    const [sx, sb, sy] = b.element === "step" ? postSteps(x, [base, y]) : [x, base, y];
    // seaborn edges stacked areas in the patch edge color, others in the opaque level color
    const kw = { facecolor: withAlpha(color, alpha), edgecolor: b.edgecolor ?? (stacked ? String(rcParams["patch.edgecolor"]) : withAlpha(color, 1)), ...extra };
    artist = horizontal ? ax.fill_betweenx(sx, sb, sy, kw) : ax.fill_between(sx, sb, sy, kw);
  } else {
    const line = (horizontal ? ax.plot(y, x, { color: withAlpha(color, alpha), ...extra }) : ax.plot(x, y, { color: withAlpha(color, alpha), ...extra }))[0].artist as LineArtist;
    if (b.element === "step") line.drawstyle = horizontal ? "steps-pre" : "steps-post";
    artist = line;
  }
  if (horizontal) (artist.stickyX = sticky.stat), (artist.stickyY = sticky.data);
  else (artist.stickyY = sticky.stat), (artist.stickyX = sticky.data);
  return artist;
}
