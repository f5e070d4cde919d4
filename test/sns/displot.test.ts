/**
 * sns.displot against seaborn 0.12.2 (test/golden/sns_hist/displot.json, written by
 * scripts/golden/sns_displot.py): every facet's bars, density lines and fills (bins, grids and
 * norms shared across facets), limits, titles and labels, the figure size and the hue legend.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt, sns } from "../../src";
import { loadGolden } from "../helpers/golden";
import { callLikeSeaborn, compareFacetGrid } from "./axes_compare";

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
    compareFacetGrid(g, e, true);
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
