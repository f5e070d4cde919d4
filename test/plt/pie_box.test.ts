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

test.run();
