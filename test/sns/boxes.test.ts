/**
 * sns.boxplot, sns.violinplot and sns.pointplot against seaborn 0.12.2 (test/golden/sns_boxes/*.json, written
 * by scripts/golden/sns_boxes.py): box paths, whiskers, caps, medians, means and fliers; violin
 * polygons from SciPy's KDE and their inner marks; point estimates, joins and seeded CIs; seaborn's colors and widths, category ticks,
 * limits, labels and the hue legend.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, plt, sns } from "../../src";
import { loadGolden } from "../helpers/golden";
import { callLikeSeaborn, compareCollections, compareGuides, compareLines, comparePatches } from "./axes_compare";

type Json = Record<string, any>;

/** Runs each case of a sns_boxes fixture and compares the Axes with seaborn's. */
function checkFixture(fn: string, extra: (ax: Json, e: Json, kwargs: Json) => void = () => {}): void {
  const G = loadGolden<{ tips: Json; cases: { label: string; kwargs: Json; expected: Json }[] }>(`sns_boxes/${fn}`);
  const rows = G.tips.day.map((_: unknown, i: number) => Object.fromEntries(Object.keys(G.tips).map((k) => [k, G.tips[k][i]])));
  for (const c of G.cases) {
    test(`${fn}: ${c.label}`, () => {
      plt.close("all");
      plt.rcdefaults();
      const [, ax] = plt.subplots();
      const e = c.expected;
      const kwargs = { ...c.kwargs, ax };
      if (kwargs.seed === "RandomState(0)") kwargs.seed = new np.random.RandomState(0);
      if (kwargs.data === "TIPS") kwargs.data = G.tips;
      if (kwargs.data === "ROWS") kwargs.data = rows;
      const got = callLikeSeaborn(() => (sns as any)[fn](kwargs), e);
      if (got === undefined) return;
      assert.is(got, ax);
      compareLines(ax.artists, e.lines, 1e-12);
      comparePatches(ax.artists, e.patches, 1e-12);
      extra(ax, e, c.kwargs);
      compareGuides(ax, e);
      plt.close("all");
    });
  }
}

checkFixture("boxplot");
checkFixture("violinplot", (ax, e) => compareCollections(ax.artists, e.collections, 1e-10));
checkFixture("pointplot", (ax, e, kwargs) => {
  compareCollections(ax.artists, e.collections, 1e-12);
  const scatters = ax.artists.filter((a: Json) => a.kind === "scatter");
  const markers = kwargs.markers ?? "o";
  scatters.forEach((a: Json, j: number) => assert.is(a.marker, typeof markers === "string" ? markers : markers[j], "marker"));
  if (kwargs.label !== undefined) assert.is(scatters[0].label, kwargs.label, "label");
});

test.run();
