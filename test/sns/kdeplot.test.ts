/**
 * The univariate sns.kdeplot against seaborn 0.12.2 (test/golden/sns_kde/kdeplot.json, written
 * by scripts/golden/sns_kde.py): density curves and fills (SciPy's KDE, bw_method, bw_adjust,
 * gridsize, cut, clip, common_norm, common_grid), colors, limits, labels and the hue legend.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt, sns } from "../../src";
import { loadGolden } from "../helpers/golden";
import { cssRgba, near } from "../plt/model";
import { compareCollections, compareLines } from "./axes_compare";

type Json = Record<string, any>;
const G = loadGolden<{ tips: Json; cases: { label: string; kwargs: Json; expected: Json }[] }>("sns_kde/kdeplot");

for (const c of G.cases) {
  test(`kdeplot: ${c.label}`, () => {
    plt.close("all");
    plt.rcdefaults();
    const [, ax] = plt.subplots() as [unknown, Json];
    const e = c.expected;
    const kwargs = { ...c.kwargs, ax };
    if (kwargs.data === "TIPS") kwargs.data = G.tips;
    assert.is(sns.kdeplot(kwargs), ax);
    compareLines(ax.artists, e.lines, 1e-10);
    compareCollections(ax.artists, e.collections, 1e-10);
    near(ax.get_xlim(), e.xlim, 1e-10, "xlim");
    near(ax.get_ylim(), e.ylim, 1e-10, "ylim");
    assert.is(ax.get_xlabel(), e.xlabel);
    assert.is(ax.get_ylabel(), e.ylabel);
    if (e.legend === null) assert.not.ok(ax.legendShown);
    else {
      assert.is(ax.customLegend.title, e.legend.title);
      assert.equal(ax.customLegend.entries.map((r: Json) => r.label), e.legend.labels);
      ax.customLegend.entries.forEach((r: Json, k: number) => near(cssRgba(r.color, undefined), e.legend.colors[k], 0.003, `legend ${k}`));
    }
    if (c.kwargs.label !== undefined) assert.is(ax.artists[0].label, c.kwargs.label);
    plt.close("all");
  });
}

test("kdeplot: a singular dataset warns unless warn_singular=False; bivariate refused", () => {
  const warned: string[] = [];
  const emit = process.emitWarning;
  process.emitWarning = ((m: string) => void warned.push(m)) as typeof process.emitWarning;
  try {
    sns.kdeplot({ x: [1, 1, 1] });
  } finally {
    process.emitWarning = emit;
  }
  assert.equal(warned, ["Dataset has 0 variance; skipping density estimate. Pass `warn_singular=False` to disable this warning."]);
  assert.throws(() => sns.kdeplot({ data: G.tips, x: "total", y: "size" }), (e: Error) => e.name === "NotImplementedError");
  plt.close("all");
});

test.run();
