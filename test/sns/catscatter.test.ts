/**
 * sns.stripplot and sns.swarmplot against seaborn 0.12.2 (test/golden/sns_catscatter/points.json,
 * written by scripts/golden/sns_catscatter.py): with NumPy's global state seeded as there, the
 * jittered and swarmed point positions, face and edge colors, sizes, zorder, category ticks,
 * limits, axis labels and the legend.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt, sns, np } from "../../src";
import { loadGolden } from "../helpers/golden";
import { cssRgba, near } from "../plt/model";

type Json = Record<string, any>;
const G = loadGolden<{ tips: Json; cases: { label: string; function: string; kwargs: Json; expected: Json }[] }>("sns_catscatter/points");
const rows = G.tips.day.map((_: unknown, i: number) => Object.fromEntries(Object.keys(G.tips).map((k) => [k, G.tips[k][i]])));

/** Calls one fixture case on a fresh figure after seeding NumPy's global state as the generator does. */
function runCase(c: { function: string; kwargs: Json }, tips: Json): any {
  plt.close("all");
  plt.rcdefaults();
  np.random.seed(0);
  const { subplots, ...given } = c.kwargs;
  let ax: any;
  if (subplots === undefined) [, ax] = plt.subplots();
  else {
    const [, axs] = plt.subplots(subplots[0], subplots[1], { squeeze: false }) as any;
    ax = axs.flat()[subplots[2]];
  }
  const kwargs = { ...given, ax };
  if (kwargs.data === "TIPS") kwargs.data = tips;
  if (kwargs.data === "ROWS") kwargs.data = rows;
  return [ax, () => (sns as any)[c.function](kwargs)];
}

for (const c of G.cases) {
  test(`${c.function}: ${c.label}`, () => {
    const e = c.expected;
    const [ax, call] = runCase(c, G.tips);
    const warned: string[] = [];
    const emit = process.emitWarning;
    process.emitWarning = ((m: string, o: { type: string }) => void (o?.type === "UserWarning" && warned.push(m))) as typeof process.emitWarning;
    try {
      assert.is(call(), ax);
    } catch (err) {
      if (e.error === undefined) throw err;
      assert.is((err as Error).name, e.error);
      assert.is((err as Error).message, e.message);
      return;
    } finally {
      process.emitWarning = emit;
    }
    assert.is(e.error, undefined);
    assert.equal(warned, e.warnings);
    const expected = e.collections.filter((k: Json) => k.x.length > 0);
    const scatters = ax.artists.filter((a: any) => a.kind === "scatter");
    assert.is(scatters.length, expected.length, "scatters");
    scatters.forEach((a: any, i: number) => {
      const q = expected[i];
      near(Array.from(a.x), q.x, 1e-9, `points ${i} x`);
      near(Array.from(a.y), q.y, 1e-9, `points ${i} y`);
      const faces = Array.isArray(a.color) ? a.color : [a.color];
      const edges = Array.isArray(a.edgecolor) ? a.edgecolor : [a.edgecolor];
      faces.forEach((f: string, k: number) => near(cssRgba(f, a.alpha), q.fc[q.fc.length === 1 ? 0 : k], 0.003, `points ${i} face ${k}`));
      edges.forEach((f: string, k: number) => near(cssRgba(f, a.alpha), q.ec[q.ec.length === 1 ? 0 : k], 0.003, `points ${i} edge ${k}`));
      assert.is(a.size, q.s[0], "size");
      assert.is(a.linewidth ?? 0, q.lw[0], "linewidth");
      assert.is(a.zorder, q.z, "zorder");
      if (c.kwargs.marker !== undefined) assert.is(a.marker, c.kwargs.marker);
    });
    near(ax.get_xlim(), e.xlim, 1e-12, "xlim");
    near(ax.get_ylim(), e.ylim, 1e-12, "ylim");
    const vertical = e.xlim[0] === -0.5;
    const [ticks, labels, want, wantLabels] = vertical ? [ax.get_xticks(), ax._xticks?.labels, e.xticks, e.xticklabels] : [ax.get_yticks(), ax._yticks?.labels, e.yticks, e.yticklabels];
    assert.equal(ticks, want);
    assert.equal(labels, wantLabels);
    assert.is(ax.get_xlabel(), e.xlabel);
    assert.is(ax.get_ylabel(), e.ylabel);
    if (e.legend === null) assert.not.ok(ax.legendShown);
    else {
      assert.ok(ax.legendShown);
      assert.is(ax.customLegend.title ?? "", e.legend.title);
      assert.equal(ax.customLegend.entries.map((r: Json) => r.label), e.legend.labels);
      ax.customLegend.entries.forEach((r: Json, k: number) => near(cssRgba(r.color, undefined), e.legend.colors[k], 0.003, `legend ${k}`));
    }
    plt.close("all");
  });
}

test.run();
