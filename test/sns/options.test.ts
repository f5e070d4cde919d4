/**
 * sns's options against seaborn 0.12.2: each case of test/golden/sns/options.json (written by
 * scripts/golden/sns_options.py) calls the same function on a fresh Axes and compares the bars,
 * points and lines drawn, the colors returned, or the exception; then set_theme's contexts and
 * color codes.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt, sns } from "../../src";
import type { Artist } from "../../src/plt/artists";
import { loadGolden } from "../helpers/golden";
import { cssRgba, near } from "../plt/model";

type Json = Record<string, any>;
const G = loadGolden<{ cases: { label: string; function: string; kwargs: Json; expected: Json }[]; themes: Json[] }>("sns/options");

function bars(artists: Artist[]): Json[] {
  const out: Json[] = [];
  for (const a of artists) {
    if (a.kind !== "rects") continue;
    for (let i = 0; i < a.x0.length; i++) {
      const face = Array.isArray(a.color) ? a.color[i] : a.color;
      const edge = a.edgecolor === undefined ? "transparent" : Array.isArray(a.edgecolor) ? a.edgecolor[i] : a.edgecolor;
      out.push({ x: a.x0[i], w: a.x1[i] - a.x0[i], h: a.y1[i] - a.y0[i], fc: cssRgba(face, a.alpha), ec: cssRgba(edge, a.alpha), lw: a.linewidth ?? 1 });
    }
  }
  return out;
}

for (const c of G.cases) {
  test(c.label, () => {
    plt.close("all");
    plt.rcdefaults();
    const [, ax] = plt.subplots();
    const kwargs = ["histplot", "scatterplot", "lineplot"].includes(c.function) ? { ...c.kwargs, ax } : c.kwargs;
    const e = c.expected;
    let r: unknown;
    try {
      r = (sns as any)[c.function](kwargs);
    } catch (err) {
      if (e.error === undefined) throw err;
      assert.is((err as Error).name, e.error);
      assert.is((err as Error).message, e.message);
      plt.close("all");
      return;
    }
    assert.is(e.error, undefined, `${c.label}: no ${e.error}`);
    if (e.colors !== undefined) assert.equal(r, e.colors);
    const got = bars(ax.artists);
    assert.is(got.length, e.patches.length, `${c.label}: bars`);
    got.forEach((p, i) => {
      const q = e.patches[i];
      near([p.x, p.w, p.h], [q.x, q.w, q.h], 1e-12, `${c.label} bar ${i}`);
      near(p.fc, q.fc, 0.002, `${c.label} bar ${i} face`);
      near(p.ec, q.ec, 0.002, `${c.label} bar ${i} edge`);
      assert.is(p.lw, q.lw, `${c.label} bar ${i} linewidth`);
    });
    const points = ax.artists.filter((a) => a.kind === "scatter");
    // lineplot's error band over unique x values is an empty collection in seaborn, and the
    // size/style legend's handles are empty collections too: compare the points drawn
    if (c.function !== "lineplot") assert.ok(points.length >= 1 === e.collections.length >= 1, `${c.label}: collections`);
    points.forEach((a, i) => {
      if (a.kind !== "scatter") return;
      const q = e.collections[i];
      const n = a.x.length;
      const each = <T,>(v: T | T[], k: number): T => (Array.isArray(v) ? v[k] : v);
      const pick = (arr: number[][], k: number): number[] => arr[arr.length === 1 ? 0 : k];
      for (let k = 0; k < n; k++) {
        near(cssRgba(each(a.color, k), a.alpha), pick(q.fc, k), 0.002, `${c.label} face ${k}`);
        near(cssRgba(each(a.edgecolor as string | string[], k), a.alpha), pick(q.ec, k), 0.002, `${c.label} edge ${k}`);
      }
      near([a.linewidth ?? 1], q.lw, 1e-12, `${c.label} linewidth`);
      const sizes = typeof a.size === "number" ? [a.size] : Array.from(a.size);
      near(sizes, q.s, 1e-12, `${c.label} size`);
    });
    const lines = ax.artists.filter((a) => a.kind === "line");
    assert.is(lines.length, e.lines.length);
    lines.forEach((a, i) => {
      if (a.kind !== "line") return;
      const q = e.lines[i];
      near(cssRgba(a.color, undefined), q.color, 0.002, `${c.label} line color`);
      assert.is(a.linewidth, q.lw);
      assert.is({ solid: "-", dashed: "--", dotted: ":", dashdot: "-.", none: "None" }[a.linestyle], q.ls);
      assert.is(a.marker ?? "None", q.marker);
    });
    if (e.ylabel) assert.is(ax.ylabel, e.ylabel);
    plt.close("all");
  });
}

test("set_theme: context sizes, the palette's cycle and its color codes", () => {
  for (const t of G.themes) {
    sns.set_theme(t.kwargs);
    for (const key of ["font.size", "lines.linewidth", "lines.markersize"]) near([plt.rcParams[key] as number], [t[key]], 1e-12, key);
    assert.equal(plt.rcParams["axes.prop_cycle"], t.cycle);
    plt.close("all");
    const lines = plt.plot([1, 2], "r", [1, 2], "k", [2, 1], "b");
    assert.equal(lines.map((l) => l.get_color()), [t.codes.r, t.codes.k, t.codes.b]);
    plt.close("all");
    plt.rcdefaults();
    sns.set_color_codes("reset");
  }
  assert.is(plt.plot([1], "r")[0].get_color(), "#ff0000");
  plt.close("all");
});

test("lineplot: repeated x values are averaged; errorbar=None draws no band", () => {
  plt.close("all");
  const ax = sns.lineplot({ x: [1, 1, 2], y: [1, 2, 3], errorbar: null });
  const line = ax.artists[0];
  assert.ok(line.kind === "line" && line.y[0] === 1.5 && line.y[1] === 3);
  assert.is(ax.artists.length, 1);
  plt.close("all");
});

test.run();
