/**
 * fill_between / fill_betweenx, axhspan / axvspan and hlines / vlines against matplotlib: each
 * case of test/golden/plt/areas.json (scripts/golden/plt_areas.py, Debian's matplotlib) replays
 * its calls and compares the polygons and segments matplotlib would draw from plt's model, their
 * colors, widths, styles, zorder and labels, the limits after autoscale, or the error.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import type { Axes } from "../../src/plt";
import { zorderOf, type FillArtist, type LineArtist, type SegmentsArtist, type SpanArtist } from "../../src/plt/artists";
import { dashArray } from "../../src/plt/fmt";
import { cssRgba, near } from "./model";
import { testCases } from "./replay";

type Json = Record<string, any>;



/** matplotlib's polygon for each run of a fill: start on the second curve, along the first, back along the second. */
function fillPaths(a: FillArtist): number[][][] {
  const runs = new Map<number, number[]>();
  a.run.forEach((r, i) => {
    if (r >= 0) runs.set(r, [...(runs.get(r) ?? []), i]);
  });
  const pt = (t: number, v: number) => (a.orient === "v" ? [t, v] : [v, t]);
  return [...runs.values()].map((idx) => {
    const first = idx[0];
    const last = idx[idx.length - 1];
    return [
      pt(a.t[first], a.hi[first]),
      ...idx.map((i) => pt(a.t[i], a.lo[i])),
      pt(a.t[last], a.hi[last]),
      ...idx.slice().reverse().map((i) => pt(a.t[i], a.hi[i])),
      pt(a.t[first], a.hi[first]),
    ];
  });
}

function spanXY(a: SpanArtist): number[][] {
  if (a.orient === "h") return [[a.from, a.lo], [a.from, a.hi], [a.to, a.hi], [a.to, a.lo], [a.from, a.lo]];
  return [[a.lo, a.from], [a.lo, a.to], [a.hi, a.to], [a.hi, a.from], [a.lo, a.from]];
}

function segmentXY(a: SegmentsArtist): number[][][] {
  return Array.from(a.value, (v, i) => (a.orient === "h" ? [[a.lo[i], v], [a.hi[i], v]] : [[v, a.lo[i]], [v, a.hi[i]]]));
}

function checkLabel(got: string | undefined, want: string, what: string): void {
  if (!want.startsWith("_") && want !== "") assert.is(got, want, what);
  else assert.ok(got === undefined || got === "" || got.startsWith("_"), what);
}

testCases("plt/areas", (ax, _fig, e, label) => {
  near(ax.get_xlim(), e.xlim, 1e-12, `${label} xlim`);
  near(ax.get_ylim(), e.ylim, 1e-12, `${label} ylim`);
  const fills = ax.artists.filter((a): a is FillArtist => a.kind === "fill");
  assert.is(fills.length, e.fills.length, `${label} fills`);
  fills.forEach((a, k) => {
    const q = e.fills[k];
    const paths = fillPaths(a);
    assert.is(paths.length, q.paths.length, `${label} polygons`);
    paths.forEach((p, i) => near(p.flat(), q.paths[i].flat(), 1e-12, `${label} polygon ${i}`));
    near(cssRgba(a.color, a.alpha), q.fc[0], 0.002, `${label} facecolor`);
    if (a.edgecolor === undefined) assert.is(q.ec.length, 0, `${label} no edge`);
    else near(cssRgba(a.edgecolor, a.alpha), q.ec[0], 0.002, `${label} edgecolor`);
    assert.is(a.linewidth ?? 1, q.lw[0], `${label} linewidth`);
    assert.is(zorderOf(a), q.z, `${label} zorder`);
    checkLabel(a.label, q.label, `${label} label`);
  });
  const spans = ax.artists.filter((a): a is SpanArtist => a.kind === "span");
  assert.is(spans.length, e.spans.length, `${label} spans`);
  spans.forEach((a, k) => {
    const q = e.spans[k];
    near(spanXY(a).flat(), q.xy.flat(), 1e-12, `${label} span`);
    near(cssRgba(a.color, a.alpha), q.fc, 0.002, `${label} span facecolor`);
    near(cssRgba(a.edgecolor ?? "transparent", a.edgecolor === undefined ? undefined : a.alpha), q.ec, 0.002, `${label} span edgecolor`);
    assert.is(a.linewidth ?? 1, q.lw, `${label} span linewidth`);
    assert.is(zorderOf(a), q.z, `${label} span zorder`);
    checkLabel(a.label, q.label, `${label} span label`);
  });
  const segs = ax.artists.filter((a): a is SegmentsArtist => a.kind === "segments");
  assert.is(segs.length, e.segments.length, `${label} segments`);
  segs.forEach((a, k) => {
    const q = e.segments[k];
    near(segmentXY(a).flat(2), q.segments.flat(2), 1e-12, `${label} segments`);
    const colors = Array.isArray(a.color) ? a.color : [a.color];
    near(colors.map((col) => cssRgba(col, a.alpha)).flat(), q.ec.flat(), 0.002, `${label} colors`);
    assert.is(a.linewidth, q.lw[0], `${label} linewidth`);
    assert.is(a.alpha ?? null, q.alpha, `${label} alpha`);
    const dash = dashArray(a.linestyle, a.linewidth);
    if (q.ls[0] === null) assert.is(dash, undefined, `${label} solid`);
    else near(dash!, q.ls[0], 1e-12, `${label} dashes`);
    assert.is(zorderOf(a), q.z, `${label} zorder`);
    checkLabel(a.label, q.label, `${label} label`);
  });
  const steps = ax.artists.filter((a): a is LineArtist => a.kind === "line" && a.drawstyle !== undefined);
  assert.is(steps.length, e.steps.length, `${label} steps`);
  steps.forEach((a, k) => {
    const q = e.steps[k];
    near(Array.from(a.x), q.x, 1e-12, `${label} step x`);
    near(Array.from(a.y), q.y, 1e-12, `${label} step y`);
    assert.is(a.drawstyle, q.drawstyle, `${label} drawstyle`);
    near(cssRgba(a.color, undefined), q.color, 0.002, `${label} step color`);
    assert.is(a.linewidth, q.lw, `${label} step lw`);
    assert.is({ solid: "-", dashed: "--", dotted: ":", dashdot: "-.", none: "None" }[a.linestyle], q.ls, `${label} step ls`);
    checkLabel(a.label, q.label, `${label} step label`);
    assert.is(a.marker ?? "None", q.marker, `${label} marker`);
    assert.is(a.alpha ?? null, q.alpha, `${label} alpha`);
    assert.is(zorderOf(a), q.z, `${label} zorder`);
    if (a.marker !== undefined) {
      assert.is(a.markersize, q.ms, `${label} ms`);
      near(cssRgba(a.markerfacecolor ?? a.color, undefined), q.mfc.slice(0, 3).concat(1), 0.002, `${label} mfc`);
      near(cssRgba(a.markeredgecolor ?? a.color, undefined), q.mec.slice(0, 3).concat(1), 0.002, `${label} mec`);
      assert.is(a.markeredgewidth ?? 1, q.mew, `${label} mew`);
    }
  });
  plt.close("all");
});

test("pyplot's fill_between, axvspan and hlines draw on the current axes; the spec has an area, a rect and a rule", () => {
  plt.close("all");
  plt.fill_between([0, 1, 2], [1, 2, 1], { alpha: 0.5 });
  plt.fill_betweenx([0, 1], 0.5, { x2: 1.5 });
  plt.axvspan(0.5, 1, { ymin: 0.25, ymax: 0.75, color: "r" });
  plt.axhspan(0.2, 0.4, { xmin: 0.1, xmax: 0.9 });
  plt.hlines([0.5], 0, 2, { colors: "k", linestyles: "--", label: "h" });
  plt.vlines(1, 0, 2, "g", "-", "v");
  const spec = plt.gcf().toSpec() as Json;
  const marks = (spec.layer as Json[]).map((l) => l.mark?.type).filter(Boolean);
  assert.equal(marks.slice(0, 6), ["area", "area", "rect", "rect", "rule", "rule"]);
  const band = spec.layer[2];
  // axvspan's y fractions map onto the autoscaled view (ylim 0..2 with 5% margins: -0.1..2.1)
  near([band.data.values[0].y, band.data.values[0].y2], [-0.1 + 0.25 * 2.2, -0.1 + 0.75 * 2.2], 1e-12, "span fraction");
  assert.is(spec.layer[0].mark.opacity, 0.5);
  plt.close("all");
});

test("step's lines are drawn with Vega's step interpolations (pre: the vertical step first)", () => {
  plt.close("all");
  plt.step([1, 2, 3], [1, 3, 2]);
  plt.step([1, 2, 3], [2, 1, 3], { where: "post" });
  plt.step([1, 2, 3], [3, 2, 1], { where: "mid" });
  const spec = plt.gcf().toSpec() as Json;
  assert.equal((spec.layer as Json[]).slice(0, 3).map((l) => l.mark.interpolate), ["step-before", "step-after", "step"]);
  plt.close("all");
});

test.run();
