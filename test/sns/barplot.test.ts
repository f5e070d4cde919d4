/**
 * sns.barplot and sns.countplot against seaborn 0.12.2 (test/golden/sns_categorical/bars.json,
 * written by scripts/golden/sns_categorical.py): bar geometry and colors, the error lines
 * (seeded bootstrap CIs, sd, se, pi), category ticks and labels, limits, axis labels, legends
 * and errors.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt, sns, np } from "../../src";
import { loadGolden } from "../helpers/golden";
import { cssRgba, near } from "../plt/model";

type Json = Record<string, any>;
const G = loadGolden<{ tips: Json; cases: { label: string; function: string; kwargs: Json; expected: Json }[] }>("sns_categorical/bars");
const rows = G.tips.day.map((_: unknown, i: number) => Object.fromEntries(Object.keys(G.tips).map((k) => [k, G.tips[k][i]])));

const num = (v: number | string): number => (v === "nan" ? NaN : Number(v));

for (const c of G.cases) {
  test(`${c.function}: ${c.label}`, () => {
    plt.close("all");
    plt.rcdefaults();
    const [, ax] = plt.subplots();
    const e = c.expected;
    const kwargs = { ...c.kwargs, ax };
    if (kwargs.data === "TIPS") kwargs.data = G.tips;
    if (kwargs.data === "ROWS") kwargs.data = rows;
    if (kwargs.seed === "RandomState(0)") kwargs.seed = new np.random.RandomState(0);
    if (kwargs.seed === "default_rng(0)") kwargs.seed = np.random.default_rng(0);
    try {
      assert.is((sns as any)[c.function](kwargs), ax);
    } catch (err) {
      if (e.error === undefined) throw err;
      assert.is((err as Error).name, e.error);
      assert.is((err as Error).message, e.message);
      return;
    }
    assert.is(e.error, undefined);
    const bars: Json[] = [];
    for (const a of ax.artists) {
      if (a.kind !== "rects") continue;
      for (let i = 0; i < a.x0.length; i++) {
        const face = Array.isArray(a.color) ? a.color[i] : a.color;
        const edge = a.edgecolor === undefined ? "transparent" : Array.isArray(a.edgecolor) ? a.edgecolor[i] : a.edgecolor;
        bars.push({ x: a.x0[i], y: a.y0[i], w: a.x1[i] - a.x0[i], h: a.y1[i] - a.y0[i], fc: cssRgba(face, a.alpha), ec: cssRgba(edge, a.alpha), lw: a.linewidth ?? 1, label: a.label, z: a.zorder ?? 1 });
      }
    }
    assert.is(bars.length, e.bars.length, "bars");
    bars.forEach((p, i) => {
      const q = e.bars[i];
      near([p.x, p.y, p.w, p.h], [q.x, q.y, q.w, q.h].map(num), 1e-12, `bar ${i}`);
      near(p.fc, q.fc, 0.002, `bar ${i} face`);
      if (q.lw > 0) near(p.ec, q.ec, 0.002, `bar ${i} edge`);
      assert.is(p.lw, q.lw, `bar ${i} linewidth`);
      assert.is(p.z, q.z, `bar ${i} zorder`);
    });
    const lines = ax.artists.filter((a) => a.kind === "line");
    assert.is(lines.length, e.lines.length, "error lines");
    lines.forEach((l, i) => {
      if (l.kind !== "line") return;
      const q = e.lines[i];
      near(Array.from(l.x), q.x.map(num), 1e-12, `line ${i} x`);
      near(Array.from(l.y), q.y.map(num), 1e-12, `line ${i} y`);
      near(cssRgba(l.color, undefined), q.color, 0.002, `line ${i} color`);
      assert.is(l.linewidth, q.lw);
    });
    const vertical = e.xticklabels.length === 0 || e.xlim[0] === -0.5;
    if (vertical) {
      assert.equal(ax.get_xticks(), e.xticks);
      assert.equal(ax._xticks?.labels, e.xticklabels);
      assert.equal(ax.get_xlim(), e.xlim);
      near(ax.get_ylim(), e.ylim, 1e-12, "value limits");
    } else {
      assert.equal(ax.get_yticks(), e.yticks);
      assert.equal(ax._yticks?.labels, e.yticklabels);
      assert.equal(ax.get_ylim(), e.ylim);
      near(ax.get_xlim(), e.xlim, 1e-12, "value limits");
    }
    assert.is(ax.get_xlabel(), e.xlabel);
    assert.is(ax.get_ylabel(), e.ylabel);
    if (e.legend === null) assert.not.ok(ax.legendShown);
    else {
      assert.ok(ax.legendShown);
      assert.is(ax.legendOptions.title, e.legend.title);
      assert.equal([...new Set(bars.map((b) => b.label))], e.legend.labels);
    }
    plt.close("all");
  });
}

test("barplot: a shared Generator, a function as estimator, ci= and errors", () => {
  plt.close("all");
  const tips = G.tips;
  const byInt = sns.barplot({ data: tips, x: "day", y: "total", seed: 0 });
  const lines = (ax: any) => ax.artists.filter((a: any) => a.kind === "line").map((l: any) => Array.from(l.y));
  const expected = lines(byInt);
  plt.close("all");
  // a shared Generator continues across groups: only the first group's CI matches the int seed
  const shared = lines(sns.barplot({ data: tips, x: "day", y: "total", seed: np.random.default_rng(0) }));
  assert.equal(shared[0], expected[0]);
  assert.not.equal(shared[1], expected[1]);
  plt.close("all");
  const ci = lines(sns.barplot({ data: tips, x: "day", y: "total", ci: "sd" }));
  const sd = G.cases.find((c) => c.label === "barplot sd")!.expected.lines.map((l: Json) => l.y);
  ci.forEach((v: number[], i: number) => near(v, sd[i], 1e-12, "ci='sd'"));
  plt.close("all");
  const ax = sns.barplot({ data: tips, x: "day", y: "total", estimator: (v: Float64Array) => v.length, errorbar: null });
  const counts = G.cases.find((c) => c.label === "countplot x")!.expected.bars.map((b: Json) => b.h);
  const rects = ax.artists.find((a) => a.kind === "rects");
  assert.ok(rects !== undefined && rects.kind === "rects");
  assert.equal(Array.from(rects.y1), counts);
  assert.throws(() => sns.barplot({ data: tips, x: "day", y: "total", units: "sex" }), (e: Error) => e.name === "NotImplementedError");
  assert.throws(() => sns.barplot({ data: tips, x: "day", y: "day" }), (e: Error) => e.name === "TypeError" && e.message === "Neither the `x` nor `y` variable appears to be numeric.");
  assert.throws(() => sns.barplot({ data: tips, x: "nope", y: "total" }), (e: Error) => e.name === "ValueError" && e.message === "Could not interpret input 'nope'");
  plt.close("all");
});

test.run();
