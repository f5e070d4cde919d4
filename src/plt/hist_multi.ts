/**
 * hist of several datasets (a list of arrays, or the columns of a 2-D array): shared bin edges
 * over all the data, bars side by side in each bin (histtype='bar') or stacked
 * ('barstacked' / stacked=True), one color and label per dataset, as matplotlib lays them out.
 */
import { inspect } from "node:util";
import { NDArray } from "../np/ndarray";
import { float64 } from "../np/dtype";
import { NotImplementedError, ValueError } from "../errors";
import type { Bound } from "../signature";
import type { Axes } from "./axes";
import type { RectsArtist } from "./artists";
import { read1d } from "./data";
import { histogram } from "./histogram";
import { colors, defaultEdge, patchProps, perItem } from "./patch_props";
import { rcParams } from "./rcparams";
import { withRepr } from "./pyobjects";

/** The datasets of hist's x (or weights): one array, a list of arrays, or a 2-D array's columns. */
export function datasetsOf(x: unknown, what: string): Float64Array[] {
  if (x instanceof NDArray && x.ndim === 2) {
    const [rows, cols] = x.shape;
    const flat = read1d(x.reshape(-1), what);
    return Array.from({ length: cols }, (_, j) => Float64Array.from({ length: rows }, (_, i) => flat[i * cols + j]));
  }
  if (Array.isArray(x) && x.length > 0 && x.every((d) => Array.isArray(d) || d instanceof NDArray || ArrayBuffer.isView(d))) {
    return x.map((d) => read1d(d, what));
  }
  return [read1d(x as never, what)];
}

function nanRange(sets: Float64Array[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of sets) for (const v of s) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

/** hist(x, ...) of several datasets on `ax`: returns [n (datasets x bins), bins, containers]. */
export function drawHistDatasets(ax: Axes, b: Bound, sets: Float64Array[]): [NDArray, NDArray, RectsArtist[][]] {
  if (b.histtype === "step" || b.histtype === "stepfilled") {
    throw new NotImplementedError(`hist() histtype='${b.histtype}' of several datasets is not supported yet`);
  }
  const nx = sets.length;
  const w = b.weights == null ? null : datasetsOf(b.weights, "weights");
  if (w !== null && (w.length !== nx || w.some((wi, i) => wi.length !== sets[i].length))) {
    throw new ValueError("weights should have the same shape as x");
  }
  const stacked = b.stacked || b.histtype === "barstacked";
  // shared edges over all the data, as np.histogram_bin_edges of the concatenation
  const all = Float64Array.from(sets.flatMap((s) => Array.from(s)));
  const allW = w === null ? null : Float64Array.from(w.flatMap((s) => Array.from(s)));
  const range = b.range == null ? nanRange(sets) : ([Number(b.range[0]), Number(b.range[1])] as [number, number]);
  const binsIn = b.bins ?? rcParams["hist.bins"] ?? 10;
  const bins = typeof binsIn === "number" || typeof binsIn === "string" ? binsIn : Array.from(read1d(binsIn, "bins"));
  const { edges } = histogram(all, { bins, range, weights: allW, rangeFromData: b.range == null });
  const nb = edges.length - 1;
  const widths = Float64Array.from({ length: nb }, (_, i) => edges[i + 1] - edges[i]);
  const tops = sets.map((s, k) => histogram(s, { bins: Array.from(edges), density: b.density && !stacked, weights: w?.[k] }).counts);
  if (stacked) {
    for (let k = 1; k < nx; k++) for (let i = 0; i < nb; i++) tops[k][i] += tops[k - 1][i];
    if (b.density) {
      let total = 0;
      for (const v of tops[nx - 1]) total += v;
      for (const t of tops) for (let i = 0; i < nb; i++) t[i] = t[i] / widths[i] / total;
    }
  }
  if (b.cumulative !== false && b.cumulative !== 0) {
    const reverse = typeof b.cumulative === "number" && b.cumulative < 0;
    for (const t of tops) {
      if (b.density) for (let i = 0; i < nb; i++) t[i] *= widths[i];
      let acc = 0;
      for (let k = 0; k < nb; k++) {
        const i = reverse ? nb - 1 - k : k;
        acc += t[i];
        t[i] = acc;
      }
    }
  }
  // one color per dataset: the given list, or the next colors of the line cycle
  let faces: string[];
  if (b.color == null) faces = sets.map(() => ax.nextColor());
  else {
    const c = colors(b.color, "color", "color");
    faces = Array.isArray(c) ? c : [c];
    if (faces.length !== nx) {
      throw new ValueError(`The 'color' keyword argument must have one color per dataset, but ${nx} datasets and ${faces.length} colors were provided`);
    }
  }
  const labels: (string | undefined)[] = b.label == null ? [] : Array.isArray(b.label) ? b.label.map(String) : [String(b.label)];
  const p = patchProps(b, "rgba");
  const dr = b.rwidth != null ? Math.min(1, Math.max(0, b.rwidth)) : stacked ? 1 : 0.8;
  const horizontal = b.orientation === "horizontal";
  const given = b.bottom == null ? null : read1d(b.bottom, "bottom");
  let bottom = Float64Array.from({ length: nb }, (_, i) => (given === null ? 0 : given.length === 1 ? given[0] : given[i]));
  const containers: RectsArtist[][] = [];
  for (let k = 0; k < nx; k++) {
    const lo = new Float64Array(nb);
    const hi = new Float64Array(nb);
    const base = bottom.slice();
    const top = new Float64Array(nb);
    for (let i = 0; i < nb; i++) {
      const tw = widths[i];
      const width = stacked ? dr * tw : (dr * tw) / nx;
      let boffset = stacked ? 0 : -0.5 * dr * tw * (1 - 1 / nx) + k * width;
      boffset += b.align === "mid" ? 0.5 * tw : b.align === "right" ? tw : 0;
      lo[i] = edges[i] + boffset - width / 2;
      hi[i] = lo[i] + width;
      // stacked tops are cumulative already: the bar runs from the one below up to its top
      top[i] = stacked ? tops[k][i] : base[i] + tops[k][i];
    }
    const face = perItem(p.facecolor ?? faces[k], nb);
    const artist: RectsArtist = horizontal
      ? { kind: "rects", x0: base, x1: top, y0: lo, y1: hi, color: face, linewidth: p.linewidth, alpha: p.alpha, label: labels[k] }
      : { kind: "rects", x0: lo, x1: hi, y0: base, y1: top, color: face, linewidth: p.linewidth, alpha: p.alpha, label: labels[k] };
    const edge = p.edgecolor ?? defaultEdge();
    if (edge !== undefined) artist.edgecolor = perItem(edge, nb);
    if (p.zorder !== undefined) artist.zorder = p.zorder;
    // only the lowest bars stick the autoscaling at their base
    if (k === 0 || !stacked) {
      if (horizontal) artist.stickyX = [...new Set(base)];
      else artist.stickyY = [...new Set(base)];
    }
    ax.artists.push(artist);
    containers.push(withRepr([artist], () => `<BarContainer object of ${nb} artists>`, ax.figure));
    if (stacked) bottom = top.slice();
  }
  const nArr = NDArray.fromStorage(Float64Array.from(tops.flatMap((t) => Array.from(t))), [nx, nb], float64);
  const binsArr = NDArray.fromStorage(edges, [nb + 1], float64);
  const list = withRepr(containers, () => `<a list of ${nx} BarContainer objects>`, ax.figure);
  return withRepr([nArr, binsArr, list] as [NDArray, NDArray, RectsArtist[][]], () => `(${inspect(nArr)}, ${inspect(binsArr)}, ${inspect(list)})`, ax.figure);
}
