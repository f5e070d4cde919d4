/**
 * plt's options against matplotlib: each case of test/golden/plt/options.json (written by
 * scripts/golden/plt_options.py with Debian's matplotlib) replays the same calls on a fresh Axes
 * and compares the artists' properties (rectangles, outlines, lines, collections, limits, titles,
 * grid) or the exception class and message.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import type { Axes } from "../../src/plt";
import { zorderOf, type Artist, type LineArtist, type SpanLineArtist } from "../../src/plt/artists";
import { loadGolden } from "../helpers/golden";
import { cssRgba, near } from "./model";

type Json = Record<string, any>;
interface Case { label: string; calls: [string, unknown[], Json][]; expected: Json }

const CASES = loadGolden<Case[]>("plt/options");
const LS: Record<string, string> = { solid: "-", dashed: "--", dotted: ":", dashdot: "-.", none: "None" };

function decode(v: unknown): unknown {
  if (v === "nan") return NaN;
  if (Array.isArray(v)) return v.map(decode);
  return v;
}

function replay(ax: Axes, calls: Case["calls"]): Json {
  const out: Json = {};
  for (const [name, args, kwargs] of calls) {
    const call = [...(decode(args) as unknown[])];
    if (Object.keys(kwargs).length > 0) call.push(kwargs);
    const r = (ax as any)[name](...call);
    if (name === "hist") {
      out.n = Array.from(r[0].data as Float64Array);
      out.bins = Array.from(r[1].data as Float64Array);
    }
    if (name === "set_xlim" || name === "set_ylim" || name === "axis") out.returned = r;
  }
  return out;
}

function rects(artists: Artist[]): Json[] {
  const out: Json[] = [];
  for (const a of artists) {
    if (a.kind !== "rects") continue;
    for (let i = 0; i < a.x0.length; i++) {
      const face = Array.isArray(a.color) ? a.color[i] : a.color;
      const edge = a.edgecolor === undefined ? "transparent" : Array.isArray(a.edgecolor) ? a.edgecolor[i] : a.edgecolor;
      out.push({
        x: a.x0[i], y: a.y0[i], w: a.x1[i] - a.x0[i], h: a.y1[i] - a.y0[i],
        fc: cssRgba(face, a.alpha), ec: cssRgba(edge, a.alpha), lw: a.linewidth ?? 1.0, z: zorderOf(a),
      });
    }
  }
  return out;
}

for (const c of CASES) {
  test(c.label, () => {
    plt.close("all");
    const [, ax] = plt.subplots();
    const e = c.expected;
    if (e.error !== undefined) {
      try {
        replay(ax, c.calls);
      } catch (err) {
        assert.is((err as Error).name, e.error, c.label);
        assert.is((err as Error).message, e.message, c.label);
        return;
      } finally {
        plt.close("all");
      }
      assert.unreachable(`${c.label}: no ${e.error}`);
    }
    const got = replay(ax, c.calls);
    if (e.n !== undefined) {
      near(got.n, e.n.flat(), 1e-12, `${c.label} n`);
      near(got.bins, e.bins, 1e-12, `${c.label} bins`);
    }
    if (e.returned !== undefined) near(got.returned, e.returned, 1e-12, `${c.label} returned`);
    if (c.calls.some(([name, args]) => name === "axis" && args[0] === "equal")) {
      // adjustable='datalim': the limits give way when the figure is drawn (plt's box is
      // rounded to whole px: 496x370 for matplotlib's 496x369.6)
      const spec = ax.figure.toSpec() as Json;
      near(spec.layer[0].encoding.x.scale.domain, e.xlim, 5e-3, `${c.label} drawn xlim`);
      near(spec.layer[0].encoding.y.scale.domain, e.ylim, 5e-3, `${c.label} drawn ylim`);
    } else {
      near(ax.get_xlim(), e.xlim, 1e-12, `${c.label} xlim`);
      near(ax.get_ylim(), e.ylim, 1e-12, `${c.label} ylim`);
    }
    // a filled step outline (histtype="stepfilled") is drawn as touching bars: compare its top edge
    const filled = e.polygons.filter((p: Json) => p.fill);
    if (filled.length > 0) {
      const bars = rects(ax.artists);
      bars.forEach((b, i) => {
        const xy = filled[0].xy;
        near([b.x, b.x + b.w, b.y + b.h], [xy[1 + 2 * i][0], xy[2 + 2 * i][0], xy[1 + 2 * i][1]], 1e-12, `${c.label} step ${i}`);
        near(b.fc, filled[0].fc, 0.002, `${c.label} step face`);
      });
      e.polygons = e.polygons.filter((p: Json) => !p.fill);
      ax.artists.splice(0, ax.artists.length, ...ax.artists.filter((a) => a.kind !== "rects"));
    }
    const r = rects(ax.artists);
    assert.is(r.length, e.patches.length, `${c.label} patches`);
    r.forEach((p, i) => {
      const q = e.patches[i];
      near([p.x, p.y, p.w, p.h], [q.x, q.y, q.w, q.h], 1e-12, `${c.label} patch ${i}`);
      near(p.fc, q.fc, 0.002, `${c.label} patch ${i} facecolor`);
      near(p.ec, q.ec, 0.002, `${c.label} patch ${i} edgecolor`);
      if (q.ec[3] > 0) assert.is(p.lw, q.lw, `${c.label} patch ${i} linewidth`);
      assert.is(p.z, q.z, `${c.label} patch ${i} zorder`);
    });
    const lines = ax.artists.filter((a): a is LineArtist | SpanLineArtist => a.kind === "line" || a.kind === "axline");
    const outlines = lines.filter((a) => a.kind === "line" && a.zorder === 1);
    assert.is(outlines.length, e.polygons.length, `${c.label} outlines`);
    outlines.forEach((a, i) => {
      if (a.kind !== "line") return;
      const xy = Array.from(a.x, (x, k) => [x, a.y[k]]).flat();
      near(xy, e.polygons[i].xy.flat(), 1e-12, `${c.label} outline`);
      near(cssRgba(a.color, a.alpha), e.polygons[i].ec, 0.002, `${c.label} outline color`);
      assert.is(a.linewidth, e.polygons[i].lw);
    });
    const plain = lines.filter((a) => !outlines.includes(a));
    assert.is(plain.length, e.lines.length, `${c.label} lines`);
    plain.forEach((a, i) => {
      const q = e.lines[i];
      near(cssRgba(a.color, undefined), q.color, 0.002, `${c.label} line color`);
      assert.is(a.linewidth, q.lw, `${c.label} line width`);
      assert.is(a.alpha ?? null, q.alpha, `${c.label} alpha`);
      assert.is(zorderOf(a), q.z, `${c.label} zorder`);
      const ls = LS[a.linestyle];
      assert.is(ls, q.ls, `${c.label} linestyle`);
      if (!q.label.startsWith("_")) assert.is(a.label, q.label);
      if (a.kind === "axline") {
        near([a.from, a.to], a.orient === "h" ? q.x : q.y, 1e-12, `${c.label} span`);
        return;
      }
      near(Array.from(a.x), q.x, 1e-12, `${c.label} x`);
      near(Array.from(a.y), q.y, 1e-12, `${c.label} y`);
      assert.is(a.marker ?? "None", q.marker, `${c.label} marker`);
      if (a.marker !== undefined) {
        assert.is(a.markersize, q.ms);
        near(cssRgba(a.markerfacecolor ?? a.color, undefined), q.mfc, 0.002, `${c.label} mfc`);
        near(cssRgba(a.markeredgecolor ?? a.color, undefined), q.mec, 0.002, `${c.label} mec`);
        assert.is(a.markeredgewidth ?? 1.0, q.mew, `${c.label} mew`);
      }
    });
    const colls = ax.artists.filter((a) => a.kind === "scatter");
    assert.is(colls.length, e.collections.length, `${c.label} collections`);
    colls.forEach((a, i) => {
      if (a.kind !== "scatter") return;
      const q = e.collections[i];
      const n = a.x.length;
      const faces = Array.from({ length: n }, (_, k) => cssRgba(Array.isArray(a.color) ? a.color[k] : a.color, a.alpha));
      const fcs = q.fc.length === 1 ? Array(n).fill(q.fc[0]) : q.fc;
      near(faces.flat(), fcs.flat(), 0.002, `${c.label} facecolors`);
      const edges = Array.from({ length: n }, (_, k) => (a.edgecolor === undefined ? faces[k] : cssRgba(Array.isArray(a.edgecolor) ? a.edgecolor[k % a.edgecolor.length] : a.edgecolor, a.alpha)));
      const ecs = q.ec.length === 1 ? Array(n).fill(q.ec[0]) : q.ec.length === 0 ? Array(n).fill([0, 0, 0, 0]) : q.ec;
      near(edges.flat(), ecs.flat(), 0.002, `${c.label} edgecolors`);
      assert.is(a.linewidth, q.lw[0], `${c.label} linewidths`);
      const sizes = typeof a.size === "number" ? [a.size] : Array.from(a.size);
      near(sizes, q.s, 1e-12, `${c.label} sizes`);
    });
    for (const loc of ["left", "center", "right"] as const) assert.is(ax.get_title(loc), e.titles[loc]);
    {
      const st = ax.titleStyles.center;
      assert.is(st.fontsize ?? 10 * (st.fontscale ?? 1.2), e.title_style.size, `${c.label} title size`);
      near(cssRgba(st.color ?? "black", undefined), e.title_style.color, 0.002, `${c.label} title color`);
      assert.is(st.fontweight ?? "normal", e.title_style.weight);
    }
    for (const [text, st, want] of [[ax.xlabel, ax.xlabelStyle, e.xlabel_style], [ax.ylabel, ax.ylabelStyle, e.ylabel_style]] as const) {
      if (text === "") continue;
      assert.is(st.fontsize ?? 10 * (st.fontscale ?? 1), want.size, `${c.label} label size`);
      near(cssRgba(st.color ?? "black", undefined), want.color, 0.002, `${c.label} label color`);
      assert.is(st.fontweight ?? "normal", want.weight, `${c.label} label weight`);
    }
    assert.is(ax.gridX, e.xgrid, `${c.label} x grid`);
    assert.is(ax.gridY, e.ygrid, `${c.label} y grid`);
    if (e.xgrid) {
      const g = ax.gridStyle.x;
      near(cssRgba(g.color ?? "#b0b0b0", undefined), e.xgrid_style.color, 0.002, `${c.label} grid color`);
      assert.is(g.linewidth ?? 0.8, e.xgrid_style.lw);
      assert.is(g.alpha ?? 1, e.xgrid_style.alpha ?? 1);
      assert.is(LS[g.linestyle ?? "solid"], e.xgrid_style.ls);
    }
    plt.close("all");
  });
}

test.run();
