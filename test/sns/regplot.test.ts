/**
 * sns.regplot and sns.lmplot against seaborn 0.12.2 (test/golden/sns_regression/*.json, written
 * by scripts/golden/sns_regression.py): the scatter, the fitted line (linear, order 2, log x),
 * the seeded bootstrap band's polygon, jitter from NumPy's global state, limits, labels and
 * errors; lmplot's facets by row, col and hue with their titles, shared limits and legend.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, plt, sns } from "../../src";
import { loadGolden } from "../helpers/golden";
import { near } from "../plt/model";
import { callLikeSeaborn, compareCollections, compareFacetGrid, compareLines } from "./axes_compare";

type Json = Record<string, any>;
const G = loadGolden<{ reg: Json; cases: { label: string; kwargs: Json; expected: Json }[] }>("sns_regression/regplot");
/** np.median of a vector, to give regplot as a function. */
function medianOf(v: Float64Array): number {
  const s = Float64Array.from(v).sort();
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}
const rows = G.reg.x.map((_: unknown, i: number) => Object.fromEntries(Object.keys(G.reg).map((k) => [k, G.reg[k][i]])));

for (const c of G.cases) {
  test(`regplot: ${c.label}`, () => {
    plt.close("all");
    plt.rcdefaults();
    np.random.seed(0);
    const [, ax] = plt.subplots() as [unknown, Json];
    const e = c.expected;
    const kwargs = { ...c.kwargs, ax };
    if (kwargs.data === "REG") kwargs.data = G.reg;
    if (kwargs.data === "ROWS") kwargs.data = rows;
    if (kwargs.seed === "RandomState(0)") kwargs.seed = new np.random.RandomState(0);
    if (kwargs.x_estimator === "np.mean") kwargs.x_estimator = "mean";
    if (kwargs.x_estimator === "np.median") kwargs.x_estimator = (v: Float64Array) => medianOf(v);
    const got = callLikeSeaborn(() => sns.regplot(kwargs), e);
    if (got === undefined) return;
    assert.is(got, ax);
    // the band is a percentile of refitted resamples: the closed-form fit differs from pinv in the last bits
    compareLines(ax.artists, e.lines, 1e-10);
    compareCollections(ax.artists, e.collections, 1e-10);
    const labelled = ax.artists.filter((a: Json) => a.label !== undefined).map((a: Json) => a.label);
    const expectedLabels = [...e.collections, ...e.lines].map((a: Json) => a.label).filter((l: string) => !l.startsWith("_"));
    assert.equal(labelled, expectedLabels, "labels");
    near(ax.get_xlim(), e.xlim, 1e-10, "xlim");
    near(ax.get_ylim(), e.ylim, 1e-10, "ylim");
    assert.is(ax.get_xlabel(), e.xlabel);
    assert.is(ax.get_ylabel(), e.ylabel);
    plt.close("all");
  });
}

const L = loadGolden<{ reg: Json; cases: { label: string; kwargs: Json; expected: Json }[] }>("sns_regression/lmplot");
for (const c of L.cases) {
  test(`lmplot: ${c.label}`, () => {
    plt.close("all");
    plt.rcdefaults();
    np.random.seed(0);
    const e = c.expected;
    const g = callLikeSeaborn(() => sns.lmplot({ data: L.reg, ...c.kwargs }) as Json, e);
    if (g === undefined) return;
    compareFacetGrid(g, e, false);
    plt.close("all");
  });
}

test("regplot: a name without data, and statsmodels fits refused", () => {
  assert.throws(() => sns.regplot({ x: "x", y: "y" }), (e: Error) => e.name === "ValueError" && e.message === "Must pass `data` if using named variables.");
  assert.throws(() => sns.regplot({ data: G.reg, x: "x", y: "y", logistic: true as never }), (e: Error) => e.name === "NotImplementedError");
  plt.close("all");
});

test.run();
