/**
 * sns.histplot with hue against seaborn 0.12.2 (test/golden/sns_hist/histplot.json, written by
 * scripts/golden/sns_hist.py): every bar's rectangle, face and edge colors (multiple layer /
 * stack / dodge / fill, shared or separate bins and norms, stats, palette, hue_order, outlines,
 * discrete bins), the step and poly elements' areas and lines, the KDE lines, limits, labels and the hue legend.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt, sns } from "../../src";
import { loadGolden } from "../helpers/golden";
import { cssRgba, near } from "../plt/model";
import { callLikeSeaborn, compareCollections, compareLines, comparePatches } from "./axes_compare";

type Json = Record<string, any>;
const G = loadGolden<{ tips: Json; cases: { label: string; kwargs: Json; expected: Json }[] }>("sns_hist/histplot");

for (const c of G.cases) {
  test(`histplot: ${c.label}`, () => {
    plt.close("all");
    plt.rcdefaults();
    const [, ax] = plt.subplots() as [unknown, Json];
    const e = c.expected;
    const kwargs = { ...c.kwargs, ax };
    if (kwargs.data === "TIPS") kwargs.data = G.tips;
    const out = callLikeSeaborn(() => sns.histplot(kwargs), e);
    if (out === undefined) return;
    assert.is(out, ax);
    comparePatches(ax.artists, e.patches, 1e-12);
    compareLines(ax.artists, e.lines, 1e-12);
    compareCollections(ax.artists, e.collections, 1e-12);
    near(ax.get_xlim(), e.xlim, 1e-10, "xlim");
    near(ax.get_ylim(), e.ylim, 1e-10, "ylim");
    assert.is(ax.get_xlabel(), e.xlabel);
    assert.is(ax.get_ylabel(), e.ylabel);
    if (e.legend === null) assert.not.ok(ax.legendShown);
    else {
      assert.is(ax.customLegend.title, e.legend.title);
      assert.equal(ax.customLegend.entries.map((r: Json) => r.label), e.legend.labels);
      ax.customLegend.entries.forEach((r: Json, k: number) => {
        // seaborn's outline legend patches are unfilled: the entry is drawn in the bars' edge color
        const want = e.legend.colors[k][3] === 0 ? e.patches[e.patches.length - 1 - k * (e.patches.length / e.legend.labels.length)].ec : e.legend.colors[k];
        near(cssRgba(r.color, undefined), want, 0.003, `legend ${k}`);
      });
    }
    plt.close("all");
  });
}

test("histplot: a stacked KDE on separate bins, a KDE with weights, or a numeric hue are refused", () => {
  assert.throws(() => sns.histplot({ data: G.tips, x: "total", hue: "sex", kde: true, multiple: "stack", common_bins: false }), (e: Error) => e.name === "NotImplementedError");
  assert.throws(() => sns.histplot({ data: G.tips, x: "total", hue: "size" }), (e: Error) => e.name === "NotImplementedError");
  assert.throws(() => sns.histplot({ data: G.tips, x: "total", weights: "size", bins: 5, kde: true }), (e: Error) => e.name === "NotImplementedError");
  plt.close("all");
});

test.run();
