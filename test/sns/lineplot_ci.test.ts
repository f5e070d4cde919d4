/**
 * sns.lineplot's error band against seaborn 0.12.2 (test/golden/sns_lineplot/ci.json, written
 * by scripts/golden/sns_lineplot_ci.py): the mean line and the band's lower and upper curves
 * (seeded bootstrap CIs, sd, se, pi), colors and alpha.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt, sns } from "../../src";
import { loadGolden } from "../helpers/golden";
import { cssRgba, near } from "../plt/model";

type Json = Record<string, any>;
const G = loadGolden<{ T: Json; cases: { label: string; kwargs: Json; expected: Json }[] }>("sns_lineplot/ci");

for (const c of G.cases) {
  test(`lineplot band: ${c.label}`, () => {
    plt.close("all");
    plt.rcdefaults();
    const [, ax] = plt.subplots();
    sns.lineplot({ ...c.kwargs, data: G.T, ax });
    const e = c.expected;
    const lines = ax.artists.filter((a) => a.kind === "line");
    const bands = ax.artists.filter((a) => a.kind === "fill");
    assert.is(lines.length, e.lines.length);
    assert.is(bands.length, e.bands.length);
    lines.forEach((l, i) => {
      if (l.kind !== "line") return;
      near(Array.from(l.x), e.lines[i].x, 1e-12, "x");
      near(Array.from(l.y), e.lines[i].y, 1e-12, "mean");
      near(cssRgba(l.color, undefined), e.lines[i].color, 0.002, "line color");
    });
    bands.forEach((b, i) => {
      if (b.kind !== "fill") return;
      const q = e.bands[i];
      near(Array.from(b.t), q.t, 1e-12, "band x");
      near(Array.from(b.lo), q.lo, 1e-12, "band low");
      near(Array.from(b.hi), q.hi, 1e-12, "band high");
      near(cssRgba(b.color, b.alpha), q.color, 0.002, "band color");
    });
    const segments = ax.artists.filter((a) => a.kind === "segments");
    assert.is(segments.length, (e.bars ?? []).length, "error bar collections");
    segments.forEach((seg, i) => {
      if (seg.kind !== "segments") return;
      const q = e.bars[i];
      const got = Array.from(seg.value, (v, k) => [[v, seg.lo[k]], [v, seg.hi[k]]]);
      near(got.flat(2), q.segments.flat(2), 1e-12, "error bars");
      near(cssRgba(seg.color as string, seg.alpha), q.color, 0.002, "error bar color");
    });
    plt.close("all");
  });
}

test("lineplot: a bad errorbar is seaborn's ValueError", () => {
  assert.throws(() => sns.lineplot({ x: [1, 1], y: [1, 2], errorbar: "iqr" }), (e: Error) => e.name === "ValueError" && e.message === "`errorbar` must be one of ['ci', 'pi', 'se', 'sd'], but 'iqr' was passed.");
  plt.close("all");
});

test.run();
