/**
 * Axes.violinplot: cbook.violin_stats with a Gaussian KDE over `points` coordinates between each
 * dataset's min and max, drawn as matplotlib's violin does: bodies by fill_betweenx (fill_between
 * when horizontal) at alpha 0.3 in the next line color, and the mean / extrema / median /
 * quantile markers as LineCollections.
 */
import { ValueError } from "../errors";
import { linspace } from "../np/create-ranges";
import { pairwiseKernel } from "../np/kernels";
import { quantileValue } from "../np/reduce/quantile-methods";
import type { Axes } from "./axes";
import type { FillArtist, SegmentsArtist } from "./artists";
import { mplsig } from "./pysig";
import { datasets } from "./box_stats";
import { gaussianKde } from "./kde";
import { withRepr } from "./pyobjects";
import { childrenOf } from "./artist_lists";
import type { LineCollection, PolyCollection } from "./artist_api";
import type { NDArrayLike } from "./data";

export const VIOLINPLOT = mplsig(
  "matplotlib.axes.Axes.violinplot(dataset, positions=None, vert=True, widths=0.5, showmeans=False, showextrema=True, " +
    "showmedians=False, quantiles=None, points=100, bw_method=None, *, data=None)",
  {
    types: { vert: "bool", showmeans: "bool", showextrema: "bool", showmedians: "bool", points: "int", bw_method: "str|float|None" },
    unsupported: ["data"],
  },
);

/** Options of `Axes.violinplot`. */
export interface ViolinplotOptions {
  positions?: readonly number[] | null;
  vert?: boolean;
  widths?: number | readonly number[];
  showmeans?: boolean;
  showextrema?: boolean;
  showmedians?: boolean;
  /** Per dataset, the quantiles (0..1) to mark. */
  quantiles?: readonly (readonly number[])[] | null;
  points?: number;
  /** "scott", "silverman" or the bandwidth factor. */
  bw_method?: "scott" | "silverman" | number | null;
  data?: null;
}

/** What violinplot returns: the bodies and the marker collections drawn, as matplotlib's dict. */
export interface ViolinParts {
  bodies: PolyCollection[];
  cmeans?: LineCollection;
  cmaxes?: LineCollection;
  cmins?: LineCollection;
  cbars?: LineCollection;
  cmedians?: LineCollection;
  cquantiles?: LineCollection;
}

interface ViolinStats {
  coords: Float64Array;
  vals: Float64Array;
  mean: number;
  median: number;
  min: number;
  max: number;
  quantiles: number[];
}

function violinStats(x: Float64Array, q: readonly number[], points: number, bw: "scott" | "silverman" | number | null): ViolinStats {
  const n = x.length;
  const sorted = Float64Array.from(x).sort();
  const min = sorted[0];
  const max = sorted[n - 1];
  const coords = Float64Array.from(linspace(min, max, points).data as Float64Array);
  // a dataset of one repeated value: 1 where a coordinate equals it
  const vals = x.every((v) => v === x[0]) ? coords.map((c) => (c === x[0] ? 1 : 0)) : gaussianKde(x, coords, bw);
  const mean = pairwiseKernel(x, false)(x, 0, 1, n) / n;
  const median = n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  const quantiles = q.map((p) => quantileValue(sorted, 0, n, (100 * p) / 100, "linear", false));
  return { coords, vals, mean, median, min, max, quantiles };
}

/** violinplot(dataset, ...) on `ax`. */
export function drawViolinplot(ax: Axes, args: ArrayLike<unknown>): ViolinParts {
  const b = VIOLINPLOT.bind(args);
  const data = datasets(b.dataset, "X");
  const qs: number[][] = b.quantiles == null || b.quantiles.length === 0 ? data.map(() => []) : (Array.isArray(b.quantiles[0]) ? b.quantiles : [b.quantiles]).map((q: number[]) => Array.from(q));
  if (qs.length !== data.length) throw new ValueError("List of violinplot statistics and quantiles values must have the same length");
  const stats = data.map((x, i) => violinStats(x, qs[i], b.points, b.bw_method));
  const n = stats.length;
  const positions: number[] = b.positions == null ? Array.from({ length: n }, (_, i) => i + 1) : Array.from(b.positions as ArrayLike<number>);
  if (positions.length !== n) throw new ValueError("List of violinplot statistics and `positions` values must have the same length");
  const widths: number[] = typeof b.widths === "number" ? new Array(n).fill(b.widths) : Array.from(b.widths as ArrayLike<number>);
  if (widths.length !== n) throw new ValueError("List of violinplot statistics and `widths` values must have the same length");
  const lo = widths.map((w, i) => -0.25 * w + positions[i]);
  const hi = widths.map((w, i) => 0.25 * w + positions[i]);
  const color = ax.nextColor();
  const call = ax as unknown as Record<string, (...a: unknown[]) => unknown>;
  const fill = b.vert ? "fill_betweenx" : "fill_between";
  const perp = b.vert ? "hlines" : "vlines";
  const par = b.vert ? "vlines" : "hlines";
  const bodies: FillArtist[] = stats.map((s, i) => {
    let vmax = -Infinity;
    for (const v of s.vals) if (v > vmax) vmax = v;
    const vals = s.vals.map((v) => (0.5 * widths[i] * v) / vmax);
    return call[fill](s.coords, vals.map((v) => -v + positions[i]), vals.map((v) => v + positions[i]), { facecolor: color, alpha: 0.3 }) as FillArtist;
  });
  const segs: Record<string, SegmentsArtist> = {};
  if (b.showmeans) segs.cmeans = call[perp](stats.map((s) => s.mean), lo, hi, { colors: color }) as SegmentsArtist;
  if (b.showextrema) {
    segs.cmaxes = call[perp](stats.map((s) => s.max), lo, hi, { colors: color }) as SegmentsArtist;
    segs.cmins = call[perp](stats.map((s) => s.min), lo, hi, { colors: color }) as SegmentsArtist;
    segs.cbars = call[par](positions, stats.map((s) => s.min), stats.map((s) => s.max), { colors: color }) as SegmentsArtist;
  }
  if (b.showmedians) segs.cmedians = call[perp](stats.map((s) => s.median), lo, hi, { colors: color }) as SegmentsArtist;
  const quantiles = stats.flatMap((s) => s.quantiles);
  if (quantiles.length > 0) {
    const qlo = stats.flatMap((s, i) => s.quantiles.map(() => lo[i]));
    const qhi = stats.flatMap((s, i) => s.quantiles.map(() => hi[i]));
    segs.cquantiles = call[perp](quantiles, qlo, qhi, { colors: color }) as SegmentsArtist;
  }
  const { collections } = childrenOf(ax);
  const wrapperOf = (a: object) => collections.find((c) => c.artist === a);
  const out: ViolinParts = { bodies: bodies.map((a) => wrapperOf(a) as PolyCollection) };
  for (const [k, a] of Object.entries(segs)) (out as unknown as Record<string, unknown>)[k] = wrapperOf(a);
  return withRepr(out, () => `{${Object.keys(out).map((k) => `'${k}': ...`).join(", ")}}`, ax.figure);
}

export type { NDArrayLike };
