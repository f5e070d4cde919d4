/**
 * sns.displot against seaborn 0.12.2 (test/golden/sns_hist/displot.json, written by
 * scripts/golden/sns_displot.py): every facet's bars, density lines and fills (bins, grids and
 * norms shared across facets), limits, titles and labels, the figure size and the hue legend.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt, sns } from "../../src";
import { loadGolden } from "../helpers/golden";
import { near } from "../plt/model";
import { callLikeSeaborn, compareCollections, compareLines, comparePatches } from "./axes_compare";

type Json = Record<string, any>;
const G = loadGolden<{ tips: Json; cases: { label: string; kwargs: Json; expected: Json }[] }>("sns_hist/displot");

for (const c of G.cases) {
  test(`displot: ${c.label}`, () => {
    plt.close("all");
    plt.rcdefaults();
    const e = c.expected;
    const g = callLikeSeaborn(() => sns.displot({ data: G.tips, ...c.kwargs }) as Json, e);
    if (g === undefined) return;
    assert.is(g.axes.length, e.axes.length, "rows");
    e.axes.forEach((row: Json[], i: number) => row.forEach((cell, j) => {
      const ax = g.axes[i][j];
      comparePatches(ax.artists, cell.patches, 1e-12);
      compareLines(ax.artists, cell.lines, 1e-10);
      compareCollections(ax.artists, cell.collections, 1e-10);
      near(ax.get_xlim(), cell.xlim, 1e-10, "xlim");
      near(ax.get_ylim(), cell.ylim, 1e-10, "ylim");
      assert.is(ax.get_title(), cell.title);
      assert.is(ax.get_xlabel(), cell.xlabel);
      assert.is(ax.get_ylabel(), cell.ylabel);
    }));
    if (e.legend === null) {
      assert.ok(g.axes.flat().every((a: Json) => !a.legendShown));
      assert.equal(g.figure.get_size_inches(), e.size);
    } else {
      // seaborn widens the figure for the legend outside the grid; here it sits on the right facet
      const host = g.axes.flat().find((a: Json) => a.legendShown);
      assert.is(host.customLegend.title, e.legend.title);
      assert.equal(host.customLegend.entries.map((r: Json) => r.label), e.legend.labels);
      assert.equal(g.hue_names, e.legend.labels);
    }
    plt.close("all");
  });
}

test("displot: ecdf, bivariate and unknown keywords are refused as seaborn does; ax= warns and is dropped", () => {
  const refused = (e: Error) => e.name === "NotImplementedError";
  assert.throws(() => sns.displot({ data: G.tips, x: "total", kind: "ecdf" as never }), refused);
  assert.throws(() => sns.displot({ data: G.tips, x: "total", y: "size" }), refused);
  assert.throws(() => sns.displot({ data: G.tips, x: "total", rug: true as never }), refused);
  assert.throws(() => sns.displot({ data: G.tips, x: "total", kind: "kde", weights: "size" }), refused);
  assert.throws(() => sns.displot({ data: G.tips, x: "total", kind: "kde", bins: 3 } as Json), (e: Error) => e.name === "TypeError");
  assert.throws(() => sns.displot({ data: G.tips, x: "total", bogus: 1 } as Json), (e: Error) => e.name === "AttributeError" && e.message === "Rectangle.set() got an unexpected keyword argument 'bogus'");
  const warned: string[] = [];
  const emit = process.emitWarning;
  process.emitWarning = ((m: string) => void warned.push(m)) as typeof process.emitWarning;
  try {
    const [, ax] = plt.subplots();
    const g = sns.displot({ data: G.tips, x: "total", ax } as Json);
    assert.is((ax as Json).artists.length, 0);
    assert.is(g.axes[0][0].artists.length, 1);
  } finally {
    process.emitWarning = emit;
  }
  assert.equal(warned, ["`displot` is a figure-level function and does not accept the ax= parameter. You may wish to try histplot."]);
  plt.close("all");
});

test.run();
