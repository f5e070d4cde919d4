/**
 * Compares what an sns plot left on a plt Axes with seaborn's Axes as scripts/golden/sns_tips.py
 * reads it (matplotlib's lines, patches, collections, ticks, limits, labels and legend), each list
 * in matplotlib's order. Coordinates within `tol` (relative), colors within 0.003 (hex rounding).
 */
import * as assert from "uvu/assert";
import { cssRgba, near } from "../plt/model";

type Json = Record<string, any>;

const num = (v: number | string): number => (v === "nan" ? NaN : v === "inf" ? Infinity : v === "-inf" ? -Infinity : Number(v));
const nums = (a: (number | string)[]): number[] => a.map(num);
const DASHES: Record<string, string> = { "-": "solid", "--": "dashed", ":": "dotted", "-.": "dashdot", None: "None" };

function color(css: string | undefined, alpha: number | undefined, want: number[], what: string): void {
  near(cssRgba(css ?? "transparent", alpha), want, 0.003, what);
}

/** matplotlib's Line2D list: plt's line artists. */
export function compareLines(artists: readonly Json[], expected: readonly Json[], tol: number): void {
  const lines = artists.filter((a) => a.kind === "line");
  assert.is(lines.length, expected.length, "lines");
  lines.forEach((l, i) => {
    const q = expected[i];
    near(Array.from(l.x), nums(q.x), tol, `line ${i} x`);
    near(Array.from(l.y), nums(q.y), tol, `line ${i} y`);
    assert.is(l.linewidth, q.lw, `line ${i} linewidth`);
    const marker = l.marker ?? "None";
    assert.is(marker === "" ? "None" : marker, q.marker === "" ? "None" : q.marker, `line ${i} marker`);
    if (q.ls !== "None" && q.x.length > 1) {
      color(l.color, l.alpha, q.color, `line ${i} color`);
      assert.is(l.linestyle, DASHES[q.ls] ?? q.ls, `line ${i} linestyle`);
    }
    if (marker !== "None") {
      assert.is(l.markersize, q.ms, `line ${i} markersize`);
      color(l.markerfacecolor ?? l.color, l.alpha, q.mfc, `line ${i} marker face`);
      color(l.markeredgecolor ?? l.color, l.alpha, q.mec, `line ${i} marker edge`);
    }
    assert.is(l.zorder ?? 2, q.z, `line ${i} zorder`);
  });
}

/** matplotlib's patches: plt's rectangles and patch-like fills (PathPatch / Polygon vertices). */
export function comparePatches(artists: readonly Json[], all: readonly Json[], tol: number): void {
  // seaborn's legend proxies are empty rectangles at the origin
  const expected = all.filter((q) => !(q.type === "Rectangle" && q.w === 0 && q.h === 0));
  // one Rectangle per bar of a rects artist
  const patches: Json[] = artists.flatMap((a) => {
    if (a.kind === "fill" && a.asPatch) return [a];
    if (a.kind !== "rects") return [];
    return Array.from(a.x0 as Float64Array, (x0, k) => ({
      rect: [x0, a.y0[k], a.x1[k] - x0, a.y1[k] - a.y0[k]], color: Array.isArray(a.color) ? a.color[k] : a.color,
      edgecolor: Array.isArray(a.edgecolor) ? a.edgecolor[k] : a.edgecolor, alpha: a.alpha, linewidth: a.linewidth, zorder: a.zorder,
    }));
  });
  assert.is(patches.length, expected.length, "patches");
  patches.forEach((p, i) => {
    const q = expected[i];
    if (q.vertices !== undefined) {
      const v = Array.from(p.vertices as Float64Array);
      const want = q.vertices.flat().map(num);
      near(v.slice(0, want.length), want, tol, `patch ${i} vertices`);
    }
    if (p.rect !== undefined) near(p.rect, [q.x, q.y, q.w, q.h].map(num), tol, `patch ${i} rectangle`);
    color(p.color, p.alpha, q.fc, `patch ${i} face`);
    if (q.lw === undefined || q.lw > 0) color(p.edgecolor, p.alpha, q.ec, `patch ${i} edge`);
    if (q.lw !== undefined) assert.is(p.linewidth ?? 1, q.lw, `patch ${i} linewidth`);
    assert.is(p.zorder ?? 1, q.z, `patch ${i} zorder`);
  });
}

/** Ticks and labels of the category axis, both limits, axis labels and the legend. */
export function compareGuides(ax: Json, e: Json): void {
  near(ax.get_xlim(), nums(e.xlim), 1e-9, "xlim");
  near(ax.get_ylim(), nums(e.ylim), 1e-9, "ylim");
  const vertical = num(e.xlim[0]) === -0.5;
  if (vertical) {
    assert.equal(ax.get_xticks(), e.xticks, "xticks");
    assert.equal(ax._xticks?.labels, e.xticklabels, "xticklabels");
  } else {
    assert.equal(ax.get_yticks(), e.yticks, "yticks");
    assert.equal(ax._yticks?.labels, e.yticklabels, "yticklabels");
  }
  assert.is(ax.get_xlabel(), e.xlabel, "xlabel");
  assert.is(ax.get_ylabel(), e.ylabel, "ylabel");
  if (e.legend === null) assert.not.ok(ax.legendShown, "no legend");
  else {
    assert.ok(ax.legendShown, "legend");
    assert.is(ax.customLegend.title ?? "", e.legend.title, "legend title");
    assert.equal(ax.customLegend.entries.map((r: Json) => r.label), e.legend.labels, "legend labels");
    ax.customLegend.entries.forEach((r: Json, k: number) => color(r.color, undefined, e.legend.colors[k], `legend ${k}`));
  }
}

/** matplotlib's fill_between(x) polygon: start, the first curve, end, the second curve reversed. */
function fillPolygon(f: Json): number[] {
  const n = f.t.length;
  const pts: [number, number][] = [[f.t[0], f.hi[0]]];
  for (let k = 0; k < n; k++) pts.push([f.t[k], f.lo[k]]);
  pts.push([f.t[n - 1], f.hi[n - 1]]);
  for (let k = n - 1; k >= 0; k--) pts.push([f.t[k], f.hi[k]]);
  return pts.flatMap(([t, v]) => (f.orient === "h" ? [v, t] : [t, v]));
}

/** matplotlib's collections: plt's scatters (offsets, colors, sizes) and fill_between polygons. */
export function compareCollections(artists: readonly Json[], all: readonly Json[], tol: number): void {
  // seaborn's legend proxies are empty scatters
  const expected = all.filter((q) => !(q.type === "PathCollection" && q.x.length === 0));
  const mine = artists.filter((a) => a.kind === "scatter" || (a.kind === "fill" && !a.asPatch));
  assert.is(mine.length, expected.length, "collections");
  mine.forEach((a, i) => {
    const q = expected[i];
    if (a.kind === "scatter") {
      assert.is(q.type, "PathCollection", `collection ${i} type`);
      near(Array.from(a.x), nums(q.x), tol, `collection ${i} x`);
      near(Array.from(a.y), nums(q.y), tol, `collection ${i} y`);
      assert.is(a.size, q.s[0], `collection ${i} size`);
    } else {
      assert.is(q.type, "PolyCollection", `collection ${i} type`);
      const want = q.paths[0].flat().map(num);
      near(fillPolygon(a), want.slice(0, want.length - 2), tol, `collection ${i} polygon`);
    }
    const faces = Array.isArray(a.color) ? a.color : [a.color];
    faces.forEach((f: string, k: number) => color(f, a.alpha, q.fc[q.fc.length === 1 ? 0 : k], `collection ${i} face`));
    if (q.lw[0] > 0 && a.edgecolor !== undefined) color(Array.isArray(a.edgecolor) ? a.edgecolor[0] : a.edgecolor, a.alpha, q.ec[0], `collection ${i} edge`);
    assert.is(a.linewidth ?? 1, q.lw[0], `collection ${i} linewidth`);
    assert.is(a.zorder ?? 1, q.z, `collection ${i} zorder`);
  });
}

/**
 * Runs a fixture's call: where seaborn raised, the same error class and message are expected and
 * undefined comes back; otherwise the call's result (and seaborn must not have raised).
 */
export function callLikeSeaborn<T>(call: () => T, e: Json): T | undefined {
  let out: T;
  try {
    out = call();
  } catch (err) {
    if (e.error === undefined) throw err;
    assert.is((err as Error).name, e.error);
    assert.is((err as Error).message, e.message);
    return undefined;
  }
  assert.is(e.error, undefined, `seaborn raised ${e.error}: ${e.message}`);
  return out;
}

/**
 * A FacetGrid (displot, lmplot) against seaborn's record of it: per facet its lines and
 * collections (and bars, when `withPatches`), limits, title and labels; then either no legend
 * and seaborn's figure size, or the hue legend (seaborn puts it outside the grid and widens the
 * figure; here it sits on the right facet).
 */
export function compareFacetGrid(g: Json, e: Json, withPatches: boolean): void {
  e.axes.forEach((row: Json[], i: number) => row.forEach((cell, j) => {
    const ax = g.axes[i][j];
    if (withPatches) comparePatches(ax.artists, cell.patches, 1e-12);
    compareLines(ax.artists, cell.lines, 1e-10);
    compareCollections(ax.artists, cell.collections, 1e-10);
    near(ax.get_xlim(), cell.xlim, 1e-10, "xlim");
    near(ax.get_ylim(), cell.ylim, 1e-10, "ylim");
    assert.is(ax.get_title(), cell.title);
    assert.is(ax.get_xlabel(), cell.xlabel);
    assert.is(ax.get_ylabel(), cell.ylabel);
  }));
  if (e.legend === null) {
    assert.ok(g.axes.flat().every((a: Json) => !a.legendShown));
    assert.equal(g.figure.get_size_inches(), e.size);
  } else {
    const host = g.axes.flat().find((a: Json) => a.legendShown);
    assert.is(host.customLegend.title, e.legend.title);
    assert.equal(host.customLegend.entries.map((r: Json) => r.label), e.legend.labels);
    assert.equal(g.hue_names, e.legend.labels);
  }
}
