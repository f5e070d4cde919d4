/**
 * The structure of a figure as the renderer lays it out, compared with what Debian's matplotlib
 * drew for the same tutorial cell (scripts/golden/plt_tutorials.py): figure size exact, axes
 * boxes within 3% of the figure's size, limits within 1e-9 relative, tick locations and label
 * texts, titles and labels exact, per artist its kind, count and colours exact.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadGolden } from "../../helpers/golden";
import type { Axes, Figure } from "../../../src/plt";
import { compileAxes } from "../../../src/plt/compile/axes";
import { plt } from "../../../src";
import { rcParams } from "../../../src/plt";
import { near } from "../model";
import { withAlpha } from "../../../src/plt/colors";
import { barAxes } from "../../../src/plt/colorbar_axes";
import { decadeLabel } from "../../../src/plt/axes_scale";
import { secondaryAxesOf } from "../../../src/plt/secondary_axis";
import { axisTransform } from "../../../src/plt/scale_transforms";

type Json = Record<string, any>;

/** Share of the figure's width (height) an axes edge may be off by. */
export const BOX_TOLERANCE = 0.03;

/** A tick label as text: matplotlib's `$\mathdefault{10^{-2}}$` and a superscript 10⁻² both read "10^-2". */
function plainLabel(s: string): string {
  const m = /^\$\\mathdefault\{(.*)\}\$$/.exec(s);
  let t = m ? m[1] : s;
  t = t.replace(/\\frac\{(\d+)\}\{(\d+)\}/g, "$1/$2");
  t = t.replace(/\^\{([^}]*)\}/g, "^$1");
  const sup: Record<string, string> = { "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9", "⁻": "−" };
  t = t.replace(/([⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)/g, (x) => "^" + [...x].map((c) => sup[c]).join(""));
  // mathtext draws '-' as a minus sign (spaced as a binary operator)
  return t.replace(/\s*[-−]\s*/g, "−");
}

/** Tick locations and label texts of one axis, read from the compiled axes spec. */
function axisTicks(axis: Json | null): { values: number[]; labels: string[] } {
  if (!axis) return { values: [], labels: [] };
  const values: number[] = axis.values;
  const labels = values.map((v) => {
    if (axis.labelExpr) return String(new Function("datum", "abs", `return ${axis.labelExpr}`)({ value: v }, Math.abs));
    const d = /^\.(\d+)f$/.exec(axis.format)![1];
    return v.toFixed(Number(d)).replace(/^-(?=.*[1-9])/, "−").replace(/^-/, "");
  });
  return { values, labels };
}

/** The axes' compiled x and y axis definitions. */
function compiledAxes(fig: Figure, ax: Axes): { x: Json | null; y: Json | null } {
  const box = fig.axesBox(ax);
  const k = fig.dpi / 72;
  const base = Number(rcParams["font.size"]) * k;
  const spec = compileAxes(ax, { width: box[2] - box[0], height: box[3] - box[1] }, { base, title: base * 1.2 }, k) as Json;
  const enc = spec.layer[0].encoding;
  return { x: enc.x.axis, y: enc.y.axis };
}

/** A colour as matplotlib's to_hex(keep_alpha=True). */
function hex(color: string): string {
  const [r, g, b, a] = withAlpha(color, 1);
  const h = (v: number) => Math.round(v * 255).toString(16).padStart(2, "0");
  return `#${h(r)}${h(g)}${h(b)}${h(a)}`;
}

/**
 * The canvas size and the plot-area boxes of the figure as Vega lays its spec out (the scene
 * graph the PNG is drawn from): every filled group (an axes' background) in CSS px.
 */
async function renderedLayout(spec: Json): Promise<{ size: [number, number]; boxes: number[][] }> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const vl = require("vega-lite");
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const vega = require("vega");
  const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: "none" });
  await view.runAsync();
  const pad = view.padding();
  const boxes: number[][] = [];
  const walk = (item: Json, ox: number, oy: number): void => {
    const x = ox + (item.x || 0);
    const y = oy + (item.y || 0);
    if (item.mark?.marktype === "group" && (item.mark.role === "scope" || item.mark.role === "frame") && item.fill != null) boxes.push([x, y, x + item.width, y + item.height]);
    for (const m of item.items ?? []) if (m.marktype === "group") for (const it of m.items) walk(it, x, y);
  };
  walk(view.scenegraph().root.items[0], pad.left ?? 0, pad.top ?? 0);
  const size: [number, number] = [view.width() + (pad.left ?? 0) + (pad.right ?? 0), view.height() + (pad.top ?? 0) + (pad.bottom ?? 0)];
  view.finalize();
  return { size, boxes };
}

/** Compares the figure with matplotlib's record of the same cell: the model and the drawn layout. */
export async function compareFigure(fig: Figure, expected: Json, cell: string): Promise<void> {
  compareModel(fig, expected, cell);
  const { size, boxes } = await renderedLayout(fig.toSpec() as Json);
  assert.equal(size.map(Math.round), expected.size, `${cell}: canvas size`);
  // colorbars are drawn in their parents' views, twins over their hosts
  const theirs = (expected.axes as Json[]).filter((a) => !a.colorbar && !a.twin);
  assert.is(boxes.length, theirs.length, `${cell}: plot areas drawn`);
  for (const e of theirs) {
    const hit = boxes.find((b) => b.every((v, j) => Math.abs(v - e.box[j]) <= BOX_TOLERANCE * expected.size[j % 2]));
    if (!hit) assert.unreachable(`${cell}: no plot area drawn within ${BOX_TOLERANCE * 100}% of matplotlib's [${e.box.map((v: number) => v.toFixed(1))}]; drawn: ${JSON.stringify(boxes.map((b) => b.map(Math.round)))}`);
  }
  // and each exactly at the model's box (on whole pixels), whatever its neighbours draw past theirs
  for (const ax of fig.axes.filter((a) => !a._twin)) {
    const box = fig.axesBox(ax).map(Math.round);
    if (!boxes.some((b) => b.every((v, j) => Math.abs(v - box[j]) <= 0.5))) assert.unreachable(`${cell}: no plot area drawn at the model's box [${box}]; drawn: ${JSON.stringify(boxes.map((b) => b.map((v) => +v.toFixed(1))))}`);
  }
}

/** Each colorbar's box, the limits, tick locations and labels of its long axis, and its bare short axis. */
function compareColorbars(fig: Figure, expected: Json, cell: string): void {
  const { width, height } = fig.pixelSize();
  const theirs = (expected.axes as Json[]).filter((a) => a.colorbar);
  const mine = [...fig.colorbarBoxes()];
  assert.is(mine.length, theirs.length, `${cell}: colorbars`);
  const k = fig.dpi / 72;
  const base = Number(rcParams["font.size"]) * k;
  mine.forEach(([parent, box], i) => {
    const e = theirs[i];
    const what = `${cell} colorbar ${i}`;
    for (let j = 0; j < 4; j++) {
      const tol = BOX_TOLERANCE * (j % 2 === 0 ? width : height);
      if (!(Math.abs(box[j] - e.box[j]) <= tol)) assert.unreachable(`${what}: box [${box.map((v) => v.toFixed(1))}] vs matplotlib's [${e.box.map((v: number) => v.toFixed(1))}]`);
    }
    const bar = barAxes(parent);
    near(bar.get_xlim(), e.xlim, 1e-9, `${what}: xlim`);
    near(bar.get_ylim(), e.ylim, 1e-9, `${what}: ylim`);
    const spec = compileAxes(bar, { width: box[2] - box[0], height: box[3] - box[1] }, { base, title: base * 1.2 }, k) as Json;
    const enc = spec.layer[0].encoding;
    for (const which of ["x", "y"] as const) {
      const axis = enc[which].axis;
      const t = axisTicks(axis);
      const labels = bar._scales[which] === "log" ? t.values.map(decadeLabel) : t.labels;
      near(t.values, e[`${which}ticks`], 1e-9, `${what}: ${which} tick locations`);
      assert.equal(labels.map(plainLabel), (e[`${which}ticklabels`] as string[]).map(plainLabel), `${what}: ${which} tick labels`);
    }
    assert.is(bar.get_ylabel() || bar.get_xlabel(), e.ylabel || e.xlabel, `${what}: label`);
  });
}

/** The figure model (sizes, boxes, limits, ticks, texts, artists) against matplotlib's record. */
function compareModel(fig: Figure, expected: Json, cell: string): void {
  const { width, height } = fig.pixelSize();
  assert.equal([Math.round(width), Math.round(height)], expected.size, `${cell}: figure size`);
  const mine = fig.axes.filter((a) => !a._twin);
  const theirs = (expected.axes as Json[]).filter((a) => !a.colorbar && !a.twin);
  assert.is(mine.length, theirs.length, `${cell}: number of axes`);
  assert.is(fig.axesCount(), expected.axes.length, `${cell}: axes counted as matplotlib counts them`);
  mine.forEach((ax, i) => {
    const e = theirs[i];
    const what = `${cell} axes ${i}`;
    const box = fig.axesBox(ax);
    for (let j = 0; j < 4; j++) {
      const tol = BOX_TOLERANCE * (j % 2 === 0 ? width : height);
      if (!(Math.abs(box[j] - e.box[j]) <= tol)) assert.unreachable(`${what}: box [${box.map((v) => v.toFixed(1))}] vs matplotlib's [${e.box.map((v: number) => v.toFixed(1))}]`);
    }
    near(ax.get_xlim(), e.xlim, 1e-9, `${what}: xlim`);
    near(ax.get_ylim(), e.ylim, 1e-9, `${what}: ylim`);
    assert.is(ax.get_title(), e.title, `${what}: title`);
    assert.is(ax.get_xlabel(), e.xlabel, `${what}: xlabel`);
    assert.is(ax.get_ylabel(), e.ylabel, `${what}: ylabel`);
    const axes = compiledAxes(fig, ax);
    for (const which of ["x", "y"] as const) {
      const t = axisTicks(axes[which]);
      // a symlog / logit axis is drawn in transformed coordinates: its ticks sit at matplotlib's, transformed
      const to = axisTransform(ax._scales, which);
      near(t.values, (e[`${which}ticks`] as number[]).map((v) => (to ? to.forward(v) : v)), 1e-9, `${what}: ${which} tick locations`);
      assert.equal(t.labels.map(plainLabel), (e[`${which}ticklabels`] as string[]).map(plainLabel), `${what}: ${which} tick labels`);
    }
    compareArtists(ax, e.artists, what);
    const legend: any = ax.get_legend();
    assert.equal(legend ? legend.get_texts().map((t: any) => t.get_text()) : null, e.legend, `${what}: legend`);
  });
  compareColorbars(fig, expected, cell);
  compareTwins(fig, expected, cell);
  mine.forEach((ax, i) => compareSecondaries(fig, ax, theirs[i].secondary ?? [], `${cell} axes ${i}`));
}

/** Twins (twinx / twiny): their limits, ticks and labels of both axes, lines and legend. */
function compareTwins(fig: Figure, expected: Json, cell: string): void {
  const mine = fig.axes.filter((a) => a._twin);
  const theirs = (expected.axes as Json[]).filter((a) => a.twin);
  assert.is(mine.length, theirs.length, `${cell}: twins`);
  mine.forEach((ax, i) => {
    const e = theirs[i];
    const what = `${cell} twin ${i}`;
    near(ax.get_xlim(), e.xlim, 1e-9, `${what}: xlim`);
    near(ax.get_ylim(), e.ylim, 1e-9, `${what}: ylim`);
    const own = ax._twin!.shared === "x" ? "y" : "x";
    const axes = compiledAxes(fig, ax);
    const t = axisTicks(axes[own]);
    near(t.values, e[`${own}ticks`], 1e-9, `${what}: ${own} tick locations`);
    assert.equal(t.labels.map(plainLabel), (e[`${own}ticklabels`] as string[]).map(plainLabel), `${what}: ${own} tick labels`);
    compareArtists(ax, e.artists, what);
    const legend: any = ax.get_legend();
    assert.equal(legend ? legend.get_texts().map((x: any) => x.get_text()) : null, e.legend, `${what}: legend`);
  });
}

/** Secondary axes: where they sit, their limits, ticks, tick labels and label. */
function compareSecondaries(fig: Figure, ax: Axes, expected: Json[], what: string): void {
  const mine = secondaryAxesOf(ax);
  assert.is(mine.length, expected.length, `${what}: secondary axes`);
  const box = fig.axesBox(ax);
  const { width, height } = fig.pixelSize();
  const k = fig.dpi / 72;
  mine.forEach((sec, i) => {
    const e = expected[i];
    const at = sec._orientation === "x" ? box[3] - sec._pos * (box[3] - box[1]) : box[0] + sec._pos * (box[2] - box[0]);
    const theirs = sec._orientation === "x" ? e.box[1] : e.box[0];
    assert.ok(Math.abs(at - theirs) <= BOX_TOLERANCE * (sec._orientation === "x" ? height : width), `${what} secondary ${i}: at ${at} vs ${theirs}`);
    assert.is(sec._orientation, e.axis);
    near(sec._lim(), e.lim, 1e-9, `${what} secondary ${i}: limits`);
    const length = sec._orientation === "x" ? box[2] - box[0] : box[3] - box[1];
    const t = sec._ticks(length, fig.dpi, Number(rcParams["font.size"]));
    near(t.values, e.ticks, 1e-9, `${what} secondary ${i}: ticks`);
    assert.equal(t.labels.map(plainLabel), (e.ticklabels as string[]).map(plainLabel), `${what} secondary ${i}: tick labels`);
    assert.is(sec._label, e.label, `${what} secondary ${i}: label`);
    void k;
  });
}

/** Per artist kind: how many, their data sizes and colours. */
function compareArtists(ax: Axes, expected: Json[], what: string): void {
  const lines = expected.filter((a) => a.kind === "line");
  assert.is(ax.lines.length, lines.length, `${what}: lines`);
  lines.forEach((e, i) => {
    const l = ax.lines[i];
    const xd: any = l.get_xdata();
    assert.is(xd.size ?? xd.length, e.n, `${what}: line ${i} points`);
    assert.is(hex(l.get_color()), e.color, `${what}: line ${i} colour`);
    assert.is(String(l.get_marker()), e.marker, `${what}: line ${i} marker`);
    assert.is(l.get_linestyle(), e.linestyle, `${what}: line ${i} linestyle`);
    assert.is(l.get_linewidth(), e.linewidth, `${what}: line ${i} linewidth`);
  });
  const patches = expected.find((a) => a.kind === "patches");
  assert.is(ax.patches.length, patches?.n ?? 0, `${what}: patches`);
  const images = expected.filter((a) => a.kind === "image");
  assert.is(ax.images.length, images.length, `${what}: images`);
  images.forEach((e, i) => {
    const im = ax.images[i];
    assert.equal(im.get_array().shape, e.shape, `${what}: image ${i} shape`);
    if (e.shape.length === 2) {
      assert.is(im.get_cmap().name, e.cmap, `${what}: image ${i} cmap`);
      near(im.get_clim() as number[], e.clim, 1e-6, `${what}: image ${i} clim`);
    }
  });
  const collections = expected.filter((a) => a.kind !== "line" && a.kind !== "patches" && a.kind !== "image" && a.kind !== "text");
  assert.is(ax.collections.length, collections.length, `${what}: collections`);
  collections.forEach((e, i) => {
    const c: any = ax.collections[i];
    if (e.kind !== "PathCollection") return;
    assert.is(c.get_offsets().shape[0], e.n, `${what}: collection ${i} points`);
    const rows = c.get_facecolors().tolist() as number[][];
    assert.is(rows.length, e.nfacecolors, `${what}: collection ${i} face colours`);
    const h = (v: number) => Math.round(v * 255).toString(16).padStart(2, "0");
    if (rows.length > 0) assert.is("#" + rows[0].map(h).join(""), e.facecolor, `${what}: collection ${i} first face colour`);
  });
  const texts = expected.filter((a) => a.kind === "text");
  assert.is(ax.texts.length, texts.length, `${what}: texts`);
  texts.forEach((e, i) => assert.is(ax.texts[i].get_text(), e.text, `${what}: text ${i}`));
}

/**
 * One test per cell of a tutorial page's fixture (test/golden/plt_tutorials/<page>.json): the
 * cell's port builds its figure, which is compared with matplotlib's. A cell without a port, or
 * listed in `skipped` (with what it needs), shows as skipped.
 */
export function tutorialTests(page: string, cells: Record<string, () => void>, skipped: Record<string, string>): void {
  for (const c of loadGolden<Json[]>(`plt_tutorials/${page}`)) {
    const build = cells[c.cell];
    if (!build || skipped[c.cell]) {
      test.skip(c.cell, () => undefined);
      continue;
    }
    test(c.cell, async () => {
      plt.close("all");
      plt.rcdefaults();
      build();
      await compareFigure(plt.gcf(), c.figure, c.cell);
      plt.close("all");
    });
  }
  test.run();
}
