/**
 * pie, boxplot, violinplot and stackplot replayed against matplotlib (test/golden/plt/pie.json,
 * boxplot.json, violin.json, stackplot.json): wedge angles and centers, label positions and
 * texts, box statistics as drawn lines, KDE bodies, stacked areas, limits and ticks; and
 * cbook.boxplot_stats directly (boxplot_stats.json).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { testCases } from "./replay";
import { assertReadsLike, diff } from "./artist_reader";
import { loadGolden } from "../helpers/golden";
import { boxplotStats, datasets } from "../../src/plt/box_stats";
import { plt } from "../../src";

// an equal-aspect axes is drawn narrower than its box: plt's locator counts ticks over the whole box
testCases("plt/pie", (ax, fig, e, label) => assertReadsLike(fig, ax, e, label, label.includes("frame") ? ["xticks", "xticklabels"] : []));
testCases("plt/boxplot", (ax, fig, e, label) => assertReadsLike(fig, ax, e, label));
// the KDE sums exponentials in another order than NumPy's dot products: 1e-10
testCases("plt/violin", (ax, fig, e, label) => assertReadsLike(fig, ax, e, label, [], 1e-10));
testCases("plt/stackplot", (ax, fig, e, label) => assertReadsLike(fig, ax, e, label));

for (const c of loadGolden<{ label: string; X: unknown; kwargs: Record<string, any>; stats: Record<string, unknown>[] }[]>("plt/boxplot_stats")) {
  test(`boxplot_stats: ${c.label}`, () => {
    const got = boxplotStats(datasets(c.X, "X"), c.kwargs.whis ?? 1.5, c.kwargs.labels ?? null, c.kwargs.autorange ?? false);
    assert.equal(diff(got, c.stats, 1e-12), [], c.label);
  });
}

test("a pie compiles to one arc layer: Vega angles clockwise from 12 o'clock, radius in px of the x scale", () => {
  plt.close("all");
  const [fig, ax] = plt.subplots();
  ax.pie([1, 3], { wedgeprops: { width: 0.5 } });
  const spec = fig.toSpec() as Record<string, any>;
  const arc = (spec.layer as Record<string, any>[]).find((l) => l.mark?.type === "arc")!;
  const [w0, w1] = ax.patches as any[];
  assert.equal([w0.theta1, w0.theta2, w1.theta1, w1.theta2], [0, 90, 90, 360]);
  const values = arc.data.values;
  assert.ok(Math.abs(values[0].t1 - (Math.PI / 2 - Math.PI / 2)) < 1e-15 && Math.abs(values[0].t2 - Math.PI / 2) < 1e-15);
  assert.ok(Math.abs(values[1].t1 - (Math.PI / 2 - 2 * Math.PI)) < 1e-15 && Math.abs(values[1].t2 - 0) < 1e-15);
  assert.equal(values.map((v: any) => v.c), ["#1f77b4", "#ff7f0e"]);
  const layerWidth = spec.width as number;
  assert.ok(Math.abs(arc.mark.outerRadius - layerWidth / 2.5) < 1e-9 && Math.abs(arc.mark.innerRadius - layerWidth / 5) < 1e-9);
  plt.close("all");
});

test("a 5-box boxplot compiles to three layers: the black lines, the fliers, the medians", () => {
  plt.close("all");
  const [fig, ax] = plt.subplots();
  const data = [[1, 2, 3, 4, 20], [2, 3, 4, 5, -9], [1, 1, 2, 3, 5], [0, 4, 5, 6, 30], [3, 3, 4, 4, 5]];
  ax.boxplot(data);
  const layers = (fig.toSpec() as Record<string, any>).layer as Record<string, any>[];
  assert.equal(layers.map((l) => [l.mark.type, l.mark.color ?? l.mark.stroke]), [["line", "#000000"], ["point", "#000000"], ["line", "#ff7f0e"]]);
  // five boxes (5 points), two whiskers and two caps (2 each) per box; one flier each but the last
  assert.is(layers[0].data.values.length, 5 * (5 + 4 * 2));
  assert.is(layers[1].data.values.length, 4);
  assert.is(new Set(layers[2].data.values.map((v: any) => v.g)).size, 5);
  plt.close("all");
});

test.run();
