/**
 * sns.pairplot and sns.jointplot against seaborn 0.12.2 (test/golden/sns_grids/*.json, written
 * by scripts/golden/sns_grids.py): for every cell of the grid, every diagonal twin and the joint
 * and marginal axes, the points, histogram bars, density polygons and fitted lines, the shared
 * limits, the outer labels, the figure size and the hue legend.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt, sns } from "../../src";
import { loadGolden } from "../helpers/golden";
import { near } from "../plt/model";
import { callLikeSeaborn, compareCollections, compareLines, comparePatches } from "./axes_compare";

type Json = Record<string, any>;

/** The artists and limits of one Axes against seaborn's. */
function compareCell(ax: Json, e: Json, what: string): void {
  try {
    compareCollections(ax.artists, e.collections, 1e-10);
    comparePatches(ax.artists, e.patches, 1e-10);
    compareLines(ax.artists, e.lines, 1e-10);
    near(ax.get_xlim(), e.xlim, 1e-10, "xlim");
    near(ax.get_ylim(), e.ylim, 1e-10, "ylim");
  } catch (err) {
    (err as Error).message = `${what}: ${(err as Error).message}`;
    throw err;
  }
}

const P = loadGolden<{ iris: Json; cases: { label: string; kwargs: Json; expected: Json }[] }>("sns_grids/pairplot");
for (const c of P.cases) {
  test(`pairplot: ${c.label}`, () => {
    plt.close("all");
    plt.rcdefaults();
    const e = c.expected;
    const g = sns.pairplot(P.iris, c.kwargs) as Json;
    assert.is(g.figure, g.fig);
    e.axes.forEach((row: (Json | null)[], i: number) => row.forEach((cell, j) => {
      const ax = g.axes[i][j];
      if (cell === null) return assert.is(ax, null, `cell ${i},${j} removed`);
      compareCell(ax, cell, `cell ${i},${j}`);
      if (i === e.axes.length - 1) assert.is(ax.get_xlabel(), cell.xlabel, "xlabel");
      if (j === 0) assert.is(ax.get_ylabel(), cell.ylabel, "ylabel");
    }));
    if (e.diag === null) assert.is(g.diag_axes, null);
    else e.diag.forEach((d: Json, k: number) => compareCell(g.diag_axes[k], d, `diagonal ${k}`));
    if (e.legend === null) assert.equal(g.figure.get_size_inches(), e.figure.size);
    else {
      const host = g.axes.flat().find((a: Json | null) => a?.legendShown);
      assert.is(host.customLegend.title, e.legend.title);
      assert.equal(host.customLegend.entries.map((r: Json) => r.label), e.legend.labels);
      assert.equal(g.hue_names, e.legend.labels);
    }
    plt.close("all");
  });
}

const J = loadGolden<{ iris: Json; cases: { label: string; kwargs: Json; expected: Json }[] }>("sns_grids/jointplot");
for (const c of J.cases) {
  test(`jointplot: ${c.label}`, () => {
    plt.close("all");
    plt.rcdefaults();
    const e = c.expected;
    const g = callLikeSeaborn(() => sns.jointplot({ data: J.iris, ...c.kwargs }) as Json, e);
    if (g === undefined) return;
    assert.is(g.figure, g.fig);
    assert.equal(g.figure.get_size_inches(), e.figure.size);
    compareCell(g.ax_joint, e.joint, "joint");
    // the margins' bar edges scale with the axes' size in pixels, which the layout decides
    compareCell(g.ax_marg_x, { ...e.marg_x, patches: e.marg_x.patches.map((p: Json) => ({ ...p, lw: undefined })) }, "x margin");
    compareCell(g.ax_marg_y, { ...e.marg_y, patches: e.marg_y.patches.map((p: Json) => ({ ...p, lw: undefined })) }, "y margin");
    assert.is(g.ax_joint.get_xlabel(), e.joint.xlabel);
    assert.is(g.ax_joint.get_ylabel(), e.joint.ylabel);
    if (e.joint.legend === null) assert.not.ok(g.ax_joint.legendShown);
    else {
      assert.is(g.ax_joint.customLegend.title, e.joint.legend.title);
      assert.equal(g.ax_joint.customLegend.entries.map((r: Json) => r.label), e.joint.legend.labels);
    }
    plt.close("all");
  });
}

test.run();
