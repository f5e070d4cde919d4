/** Axes.bar and Axes.hist: their signatures and the rectangles (or step outline) they add. */
import { inspect } from "node:util";
import { NDArray } from "../np/ndarray";
import { float64 } from "../np/dtype";
import { NotImplementedError, ValueError } from "../errors";
import type { Axes } from "./axes";
import type { LineArtist, RectsArtist } from "./artists";
import { readArray, read1d } from "./data";
import { histogram } from "./histogram";
import { colors, defaultEdge, patchProps, PatchProps, perItem, PATCH_KEYWORDS, PATCH_TYPES } from "./patch_props";
import { mplsig, RECTANGLE } from "./pysig";
import { rcParams } from "./rcparams";
import { withRepr } from "./pyobjects";
import { datasetsOf, drawHistDatasets } from "./hist_multi";

export const BAR = mplsig(
  "matplotlib.axes.Axes.bar(x, height, width=0.8, bottom=None, *, align='center', data=None, color=None, label=None, " +
    `tick_label=None, xerr=None, yerr=None, ecolor=None, capsize=None, error_kw=None, log=False, ${PATCH_KEYWORDS})`,
  {
    types: { ...PATCH_TYPES, log: "bool" },
    inList: { align: ["center", "edge"] },
    unsupported: ["data", "tick_label", "xerr", "yerr", "ecolor", "capsize", "error_kw", "log"],
    kwargs: RECTANGLE,
  },
);

export const HIST = mplsig(
  "matplotlib.axes.Axes.hist(x, bins=None, range=None, density=False, weights=None, cumulative=False, bottom=None, " +
    "histtype='bar', align='mid', orientation='vertical', rwidth=None, log=False, color=None, label=None, stacked=False, " +
    `*, data=None, ${PATCH_KEYWORDS})`,
  {
    types: { ...PATCH_TYPES, bins: "int|str|array_like|None", range: "sequence|None", density: "bool", cumulative: "bool|float", rwidth: "float|None", log: "bool", stacked: "bool" },
    inList: { histtype: ["bar", "barstacked", "step", "stepfilled"], align: ["left", "mid", "right"], orientation: ["horizontal", "vertical"] },
    unsupported: ["log", "data"],
    kwargs: RECTANGLE,
  },
);

function shapeOf(n: number): string {
  return `(${n},)`;
}

/** numpy's broadcast of 1-D (or scalar) arguments to one length, with its mismatch message. */
function broadcast1d(arrays: Float64Array[]): number {
  let n = 1;
  let at = -1;
  arrays.forEach((a, i) => {
    if (a.length === 1) return;
    if (at < 0) {
      n = a.length;
      at = i;
    } else if (a.length !== n) {
      throw new ValueError(`shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg ${at} with shape ${shapeOf(n)} and arg ${i} with shape ${shapeOf(a.length)}.`);
    }
  });
  return n;
}

const at = (a: Float64Array, i: number): number => (a.length === 1 ? a[0] : a[i]);

function rectsArtist(x0: Float64Array, x1: Float64Array, y0: Float64Array, y1: Float64Array, face: string | string[], p: PatchProps, label: string | undefined): RectsArtist {
  const n = x0.length;
  const artist: RectsArtist = {
    kind: "rects", x0, x1, y0, y1,
    color: perItem(p.facecolor ?? face, n),
    linewidth: p.linewidth, alpha: p.alpha, label,
  };
  const edge = p.edgecolor ?? defaultEdge();
  if (edge !== undefined) artist.edgecolor = perItem(edge, n);
  if (p.zorder !== undefined) artist.zorder = p.zorder;
  return artist;
}

/** bar(x, height, ...) on `ax`: returns the BarContainer (a list of its one rects artist). */
export function drawBar(ax: Axes, args: ArrayLike<unknown>): RectsArtist[] {
  const b = BAR.bind(args);
  return drawBars(ax, b, "vertical", { pos: b.x, thick: b.width, base: b.bottom, size: b.height });
}

/**
 * Bars of a bound bar / barh call: each centred on (or, align='edge', starting at) its position
 * `pos`, `thick` across, from `base` over `size` along the orientation.
 */
export function drawBars(ax: Axes, b: Record<string, any>, orientation: "vertical" | "horizontal", g: { pos: unknown; thick: unknown; base: unknown; size: unknown }): RectsArtist[] {
  const names = orientation === "vertical" ? ["x", "width", "bottom", "height"] : ["y", "height", "left", "width"];
  const ps = read1d(g.pos as number, names[0]);
  const ts = read1d(g.thick as number, names[1]);
  const bs = read1d((g.base ?? 0) as number, names[2]);
  const ss = read1d(g.size as number, names[3]);
  // in the order matplotlib broadcasts them (barh passes left as x and y as bottom)
  const n = orientation === "vertical" ? broadcast1d([ps, ss, ts, bs]) : broadcast1d([bs, ts, ss, ps]);
  const p = patchProps(b);
  // bars take the next color of the patch cycle unless a color is given
  const face = b.color != null ? colors(b.color, "color", "color") : ax.nextPatchColor();
  const p0 = new Float64Array(n);
  const p1 = new Float64Array(n);
  const b0 = new Float64Array(n);
  const b1 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = at(ts, i);
    p0[i] = b.align === "edge" ? at(ps, i) : at(ps, i) - t / 2;
    p1[i] = p0[i] + t;
    b0[i] = at(bs, i);
    b1[i] = b0[i] + at(ss, i);
  }
  const label = b.label == null ? undefined : String(b.label);
  const artist = orientation === "vertical" ? rectsArtist(p0, p1, b0, b1, face, p, label) : rectsArtist(b0, b1, p0, p1, face, p, label);
  if (orientation === "vertical") artist.stickyY = [...new Set(b0)];
  else artist.stickyX = [...new Set(b0)];
  ax.artists.push(artist);
  return withRepr([artist], () => `<BarContainer object of ${n} artists>`, ax.figure);
}

/** (nanmin, nanmax) of the values, or null when there is no value but NaN. */
function nanRange(values: Float64Array): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

/** The histogram of x as matplotlib's hist computes it: counts (cumulated if asked) and edges. */
function histTops(b: Record<string, any>): { tops: Float64Array; edges: Float64Array } {
  const { values, shape } = readArray(b.x, "x");
  if (shape.length > 1 && shape.filter((d) => d !== 1).length > 1) {
    throw new NotImplementedError("hist() of several datasets (a 2-D x) is not supported yet");
  }
  const weights = b.weights == null ? null : read1d(b.weights, "weights");
  if (weights !== null && weights.length !== values.length) throw new ValueError("weights should have the same shape as x");
  const bins = b.bins ?? rcParams["hist.bins"] ?? 10;
  const edgesIn = typeof bins === "number" || typeof bins === "string" ? bins : Array.from(read1d(bins, "bins"));
  // matplotlib gives numpy the data's nanmin / nanmax as the range when none is given
  const range = b.range == null ? nanRange(values) : ([Number(b.range[0]), Number(b.range[1])] as [number, number]);
  const { counts, edges } = histogram(values, { bins: edgesIn, range, density: b.density, weights, rangeFromData: b.range == null });
  const cumulative = b.cumulative;
  if (cumulative !== false && cumulative !== 0) {
    const n = counts.length;
    const reverse = typeof cumulative === "number" && cumulative < 0;
    if (b.density) for (let i = 0; i < n; i++) counts[i] *= edges[i + 1] - edges[i];
    let acc = 0;
    for (let k = 0; k < n; k++) {
      const i = reverse ? n - 1 - k : k;
      acc += counts[i];
      counts[i] = acc;
    }
  }
  return { tops: counts, edges };
}

/**
 * hist(x, ...) on `ax`: returns [n, bins, patches] with n and bins as float64 arrays, as
 * numpy.histogram computes them.
 */
export function drawHist(ax: Axes, args: ArrayLike<unknown>): [NDArray, NDArray, (RectsArtist | LineArtist)[]] {
  const b = HIST.bind(args);
  const sets = datasetsOf(b.x, "x");
  if (sets.length !== 1) {
    // several datasets: n is (datasets, bins) and patches a list of containers
    return drawHistDatasets(ax, b, sets) as unknown as [NDArray, NDArray, (RectsArtist | LineArtist)[]];
  }
  const { tops, edges } = histTops(b);
  const n = tops.length;
  // hist hands its keywords to each patch's set(): colors are checked by to_rgba there
  const p = patchProps(b, "rgba");
  const face = b.color != null ? colors(b.color, "color", "color") : ax.nextColor();
  const label = b.label == null ? undefined : String(b.label);
  const horizontal = b.orientation === "horizontal";
  const bottoms = read1d(b.bottom ?? 0, "bottom");
  if (bottoms.length !== 1 && bottoms.length !== n) broadcast1d([tops, bottoms]);
  let patches: (RectsArtist | LineArtist)[];
  let repr: () => string;
  if (b.histtype === "step" || b.histtype === "stepfilled") {
    const artist = b.histtype === "step" ? stepOutline(edges, tops, bottoms, b.align, horizontal, face, p, label) : stepFill(edges, tops, bottoms, b.align, horizontal, face, p, label);
    ax.artists.push(artist);
    patches = [artist];
    repr = () => "<a list of 1 Polygon objects>";
  } else {
    const dr = b.rwidth == null ? 1 : Math.min(1, Math.max(0, b.rwidth));
    const lo = new Float64Array(n);
    const hi = new Float64Array(n);
    const base = new Float64Array(n);
    const top = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const w = edges[i + 1] - edges[i];
      const centre = edges[i] + (b.align === "mid" ? 0.5 * w : b.align === "right" ? w : 0);
      lo[i] = centre - (dr * w) / 2;
      hi[i] = lo[i] + dr * w;
      base[i] = at(bottoms, i);
      top[i] = base[i] + tops[i];
    }
    const artist = horizontal ? rectsArtist(base, top, lo, hi, face, p, label) : rectsArtist(lo, hi, base, top, face, p, label);
    if (horizontal) artist.stickyX = [...new Set(base)];
    else artist.stickyY = [...new Set(base)];
    ax.artists.push(artist);
    patches = [artist];
    repr = () => `<BarContainer object of ${n} artists>`;
  }
  const nArr = NDArray.fromStorage(tops, [n], float64);
  const binsArr = NDArray.fromStorage(edges, [n + 1], float64);
  const patchList = withRepr(patches, repr, ax.figure);
  // printed as Python prints the (n, bins, patches) tuple
  return withRepr([nArr, binsArr, patchList] as [NDArray, NDArray, (RectsArtist | LineArtist)[]], () => `(${inspect(nArr)}, ${inspect(binsArr)}, ${inspect(patchList)})`, ax.figure);
}

/** histtype="step": the outline matplotlib draws, from the baseline up and along the tops. */
function stepOutline(edges: Float64Array, tops: Float64Array, bottoms: Float64Array, align: string, horizontal: boolean, face: string | string[], p: PatchProps, label: string | undefined): LineArtist {
  const n = tops.length;
  const shift = align === "left" ? -0.5 * (edges[1] - edges[0]) : align === "right" ? 0.5 * (edges[1] - edges[0]) : 0;
  const xs = new Float64Array(2 * n + 2);
  const ys = new Float64Array(2 * n + 2);
  xs[0] = edges[0] + shift;
  ys[0] = at(bottoms, 0);
  for (let i = 0; i < n; i++) {
    xs[1 + 2 * i] = edges[i] + shift;
    xs[2 + 2 * i] = edges[i + 1] + shift;
    ys[1 + 2 * i] = ys[2 + 2 * i] = tops[i] + at(bottoms, i);
  }
  xs[2 * n + 1] = edges[n] + shift;
  ys[2 * n + 1] = at(bottoms, n - 1);
  const color = p.edgecolor ?? face;
  const line: LineArtist = {
    kind: "line", x: horizontal ? ys : xs, y: horizontal ? xs : ys,
    color: typeof color === "string" ? color : color[0],
    linewidth: p.linewidth ?? 1.0, linestyle: "solid", markersize: 0, alpha: p.alpha, label,
    // a Polygon patch: zorder 1 as patches have
    zorder: p.zorder ?? 1,
  };
  // matplotlib's step outlines stick at 0, whatever the bottom
  if (horizontal) line.stickyX = [0];
  else line.stickyY = [0];
  return line;
}

/** histtype="stepfilled": the filled outline, drawn as touching bars without edges. */
function stepFill(edges: Float64Array, tops: Float64Array, bottoms: Float64Array, align: string, horizontal: boolean, face: string | string[], p: PatchProps, label: string | undefined): RectsArtist {
  const n = tops.length;
  const shift = align === "left" ? -0.5 * (edges[1] - edges[0]) : align === "right" ? 0.5 * (edges[1] - edges[0]) : 0;
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  const base = new Float64Array(n);
  const top = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lo[i] = edges[i] + shift;
    hi[i] = edges[i + 1] + shift;
    base[i] = at(bottoms, i);
    top[i] = base[i] + tops[i];
  }
  const artist = horizontal ? rectsArtist(base, top, lo, hi, face, p, label) : rectsArtist(lo, hi, base, top, face, p, label);
  if (horizontal) artist.stickyX = [0];
  else artist.stickyY = [0];
  return artist;
}

