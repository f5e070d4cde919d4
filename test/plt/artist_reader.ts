/**
 * Reads an Axes through the artist API a plot checker uses, in the shape
 * scripts/golden/plt_artists.py records matplotlib's answers, and compares the two.
 */
import * as assert from "uvu/assert";
import type { Axes, Figure } from "../../src/plt";
import { NDArray } from "../../src/np/ndarray";
import { cssToRgba } from "../../src/plt/rgba";

type Json = Record<string, any>;

function plain(v: unknown): unknown {
  if (v instanceof NDArray) return v.tolist();
  if (Array.isArray(v)) return v.map(plain);
  return v;
}

const MARKERS_NONE = new Set(["", "None"]);

/** What the artist API returns for `ax`, keyed as the fixture is. */
export function readAxes(fig: Figure, ax: Axes): Json {
  const legend = ax.get_legend();
  return {
    n_axes: fig.axes.length, title: ax.get_title(), xlabel: ax.get_xlabel(), ylabel: ax.get_ylabel(),
    xlim: ax.get_xlim(), ylim: ax.get_ylim(), aspect: ax.get_aspect() === "auto" ? "auto" : ax.get_aspect().toFixed(1),
    xticks: ax.get_xticks(), yticks: ax.get_yticks(),
    xticklabels: ax.get_xticklabels().map((t) => t.get_text()), yticklabels: ax.get_yticklabels().map((t) => t.get_text()),
    legend: legend === null ? null : legend.get_texts().map((t) => t.get_text()),
    handles_labels: ax.get_legend_handles_labels()[1], n_lines: ax.get_lines().length, n_images: ax.get_images().length,
    lines: ax.lines.map((l) => ({
      xydata: plain(l.get_xydata()), xdata: plain(l.get_xdata()), xdtype: (l.get_xdata() as NDArray).dtype?.name, ydata: plain(l.get_ydata()), rgba: cssToRgba(l.get_color()), marker: l.get_marker(),
      linestyle: l.get_linestyle(), linewidth: l.get_linewidth(), label: l.get_label(), markersize: l.get_markersize(),
      mfc: l.get_markerfacecolor(), mec: l.get_markeredgecolor(), zorder: l.get_zorder(),
      mew: l.get_markeredgewidth(), drawstyle: l.get_drawstyle(), alpha: l.get_alpha(),
    })),
    collections: ax.collections.map((c: any) => {
      const out: Json = { type: c.constructor.name, facecolors: plain(c.get_facecolors?.() ?? c.get_colors()), label: c.get_label(), zorder: c.get_zorder?.() ?? 1, alpha: c.get_alpha?.() ?? null };
      if (c.get_linewidths) out.linewidths = plain(c.get_linewidths());
      if (c.get_offsets) Object.assign(out, { offsets: plain(c.get_offsets()), sizes: plain(c.get_sizes()), edgecolors: plain(c.get_edgecolors()) });
      else if (c.get_segments) Object.assign(out, { segments: plain(c.get_segments()), edgecolors: plain(c.get_edgecolors()) });
      else Object.assign(out, { vertices: c.get_paths().map((p: any) => plain(p.vertices)), edgecolors: plain(c.get_edgecolors()) });
      return out;
    }),
    patches: ax.patches.map((p: any) => {
      const out: Json = { type: p.constructor.name, facecolor: p.get_facecolor(), edgecolor: p.get_edgecolor(), label: p.get_label(), zorder: p.get_zorder(), alpha: p.get_alpha() };
      if (p.get_height) Object.assign(out, { x: p.get_x(), y: p.get_y(), width: p.get_width(), height: p.get_height(), xy: p.get_xy(), linewidth: p.get_linewidth() });
      else if (p.get_path) Object.assign(out, { vertices: plain(p.get_path().vertices), linewidth: p.get_linewidth() });
      else Object.assign(out, { center: p.center, r: p.r, theta1: p.theta1, theta2: p.theta2, width: p.width, linewidth: p.get_linewidth() });
      return out;
    }),
    containers: ax.containers.map((c: any) => ({ type: c.constructor.name === "BarContainer" ? "BarContainer" : Array.isArray(c[1]) ? "ErrorbarContainer" : "StemContainer", n: c.length })),
    images: ax.images.map((im) => ({ array: plain(im.get_array()), dtype: im.get_array().dtype.name, cmap: im.get_cmap().name, clim: im.get_clim(), extent: im.get_extent() })),
    texts: ax.texts.map((t) => ({ text: t.get_text(), position: t.get_position(), ha: t.get_ha(), va: t.get_va(), color: cssToRgba(t.get_color()), fontsize: t.get_fontsize(), rotation: t.get_rotation() })),
  };
}

/** Colors plt keeps as 8-bit CSS: a float color given as such comes back within half a step of 1/255. */
const COLOR_KEY = /\.(rgba|mfc|mec|facecolors?|edgecolors?|color)(\[|$)/;
const COLOR_TOL = 0.5 / 255 + 1e-12;

/** The mismatches between `actual` and `expected` (numbers within rel, strings exact), as paths. */
export function diff(actual: unknown, expected: unknown, rel: number, path = "", out: string[] = []): string[] {
  if (typeof expected === "number" && COLOR_KEY.test(path) && rel < COLOR_TOL) rel = COLOR_TOL;
  if (expected === null || expected === undefined) {
    if (actual !== null && actual !== undefined) out.push(`${path}: ${JSON.stringify(actual)} != None`);
  } else if (typeof expected === "number" || expected === "nan" || expected === "inf" || expected === "-inf") {
    const e = typeof expected === "number" ? expected : Number(expected === "nan" ? NaN : expected === "inf" ? Infinity : -Infinity);
    const a = actual as number;
    const ok = typeof a === "number" && (Object.is(a, e) || a === e || Math.abs(a - e) <= rel * Math.max(1, Math.abs(e)) || (Number.isNaN(a) && Number.isNaN(e)));
    if (!ok) out.push(`${path}: ${a} != ${e}`);
  } else if (typeof expected === "string" || typeof expected === "boolean") {
    if (actual !== expected && !(path.endsWith(".marker") && MARKERS_NONE.has(String(actual)) && MARKERS_NONE.has(expected as string))) out.push(`${path}: ${JSON.stringify(actual)} != ${JSON.stringify(expected)}`);
  } else if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) out.push(`${path}: length ${Array.isArray(actual) ? actual.length : typeof actual} != ${expected.length}`);
    else expected.forEach((e, i) => diff(actual[i], e, rel, `${path}[${i}]`, out));
  } else if (typeof expected === "object") {
    const e = expected as Json;
    for (const k of Object.keys(e)) diff((actual as Json)?.[k], e[k], rel, `${path}.${k}`, out);
  }
  return out;
}

function reshape(data: unknown[], shape: number[]): unknown {
  if (shape.length <= 1) return data;
  const step = data.length / shape[0];
  return Array.from({ length: shape[0] }, (_, i) => reshape(data.slice(i * step, (i + 1) * step), shape.slice(1)));
}

/** Asserts the axes read as matplotlib's did, leaving out the keys named in `skip`. */
export function assertReadsLike(fig: Figure, ax: Axes, expected: Json, label: string, skip: readonly string[] = [], rel = 1e-12): void {
  const e: Json = { ...expected };
  for (const k of skip) delete e[k];
  if (e.images) e.images = e.images.map((im: Json) => ({ ...im, array: reshape(im.array.data, im.array.shape), dtype: im.array.dtype }));
  // Line2D.get_color gives the hex plt draws (compared as RGBA); string data have no NumPy dtype here
  if (e.lines) e.lines = e.lines.map(({ color: _c, xdtype, ...rest }: Json) => (xdtype === undefined || String(xdtype).startsWith("<U") ? rest : { ...rest, xdtype }));
  const mismatches = diff(readAxes(fig, ax), e, rel);
  assert.equal(mismatches, [], label);
}
