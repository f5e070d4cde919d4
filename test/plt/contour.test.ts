/**
 * contour / contourf against Debian's matplotlib (scripts/golden/plt_contour.py): levels, the
 * paths of every level (allsegs / allkinds, in matplotlib's order and starting points, 1e-6),
 * colors, line widths and dashes, alpha, zorder, limits, and the errors matplotlib raises.
 */
import { barAxes } from "../../src/plt/colorbar_axes";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import type { QuadContourSet } from "../../src/plt";
import type { ContourArtist } from "../../src/plt/contour";
import { withAlpha } from "../../src/plt/colors";
import { dashArray } from "../../src/plt/fmt";
import { loadGolden } from "../helpers/golden";

type Json = Record<string, any>;
const cases = loadGolden<{ label: string; calls: [string, unknown[], Json][]; expected: Json }[]>("plt_contour/contour");

function close(a: number, b: number, tol: number, what: string): void {
  assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${what}: ${a} vs ${b}`);
}

/**
 * Where a filled band meets a corner-masked quad, matplotlib repeats one vertex of the triangle
 * where plt repeats its neighbour: those paths are compared by their distinct vertices.
 */
const AS_SETS = new Set(["contourf nan"]);

function distinct(seg: number[][]): string[] {
  return [...new Set(seg.map((p) => p.map((v) => v.toFixed(6)).join(",")))].sort();
}

function rgbaOf(css: string, alpha: number | undefined): number[] {
  const [r, g, b, a] = withAlpha(css, 1);
  const m = /^rgba\(.*,([\d.]+)\)$/.exec(css);
  return [r, g, b, (m ? Number(m[1]) : a) * (alpha ?? 1)];
}

for (const c of cases) {
  test(c.label, () => {
    plt.close("all");
    const [, ax] = plt.subplots();
    const [method, args, kw] = c.calls[0];
    const e = c.expected;
    const call = () => (ax as any)[method](...args, ...(Object.keys(kw).length ? [kw] : [])) as QuadContourSet;
    if (e.error !== undefined) {
      try {
        call();
      } catch (err) {
        assert.is((err as Error).name, e.error);
        assert.is((err as Error).message, e.message);
        return;
      }
      assert.unreachable("no error");
    }
    const cs = call();
    const levels = cs.levels.tolist() as number[];
    assert.is(levels.length, e.levels.length, "levels");
    levels.forEach((v, k) => close(v, e.levels[k], 1e-12, "level"));
    assert.is(cs.allsegs.length, e.allsegs.length);
    cs.allsegs.forEach((segs, li) => {
      assert.is(segs.length, e.allsegs[li].length, `paths of level ${li}`);
      segs.forEach((s, k) => {
        const mine = s.tolist() as number[][];
        const exp = e.allsegs[li][k] as number[][];
        assert.is(mine.length, exp.length, `vertices of path ${li}/${k}`);
        if (AS_SETS.has(c.label)) {
          assert.equal(distinct(mine), distinct(exp));
          return;
        }
        mine.forEach((p, i) => {
          close(p[0], exp[i][0], 1e-6, `x ${li}/${k}/${i}`);
          close(p[1], exp[i][1], 1e-6, `y ${li}/${k}/${i}`);
        });
        assert.equal(cs.allkinds[li][k].tolist(), e.allkinds[li][k], `codes ${li}/${k}`);
      });
    });
    const artist = cs.artist as ContourArtist;
    assert.is(artist.zorder, e.zorder);
    assert.is(cs.alpha, e.alpha);
    artist.layers.forEach((layer, k) => {
      const col = e.collections[k];
      const want = cs.filled ? col.fc[0] : col.ec[0];
      rgbaOf(layer.color, artist.alpha).forEach((v, i) => close(v, want[i], 1 / 255 + 1e-9, `color ${k}`));
      if (!cs.filled) {
        close(layer.linewidth, col.lw[0], 1e-12, "linewidth");
        const dash = dashArray(layer.linestyle, layer.linewidth);
        assert.equal(dash?.map((v) => +v.toFixed(6)) ?? null, col.ls[0]?.map((v: number) => +v.toFixed(6)) ?? null, `dashes ${k}`);
      }
    });
    if (kw.colors === undefined) e.norm.forEach((v: number, k: number) => close(k === 0 ? artist.mapping.vmin : artist.mapping.vmax, v, 1e-12, "norm"));
    ax.get_xlim().forEach((v, k) => close(v, e.xlim[k], 1e-12, "xlim"));
    ax.get_ylim().forEach((v, k) => close(v, e.ylim[k], 1e-12, "ylim"));
    plt.close("all");
  });
}

test("colorbar of a contour set: the mapping over the levels, as an Axes of its own", () => {
  plt.close("all");
  const [fig, ax] = plt.subplots();
  const Z = [[0, 1, 2], [1, 3, 1], [2, 1, 0]];
  const cf = ax.contourf(Z, { cmap: "gray" });
  fig.colorbar(cf);
  assert.is(String(fig), "<Figure size 640x480 with 2 Axes>");
  assert.is(ax.colorbarMapping?.cmap.name, "gray");
  assert.equal([ax.colorbarMapping?.vmin, ax.colorbarMapping?.vmax], [0, 3.2]);
  // ticked at the levels, as matplotlib ticks a contour set's colorbar
  assert.equal(barAxes(ax)._yticks?.locs, cf.levels.tolist());
  plt.close("all");
  plt.contour(Z, [0.5, 1.5]);
  plt.colorbar();
  assert.equal([plt.gca().colorbarMapping?.vmin, plt.gca().colorbarMapping?.vmax], [0.5, 1.5]);
  plt.close("all");
});

test("pyplot's contour, contourf and clabel draw on the current axes", () => {
  plt.close("all");
  const Z = [[0, 1, 2], [1, 3, 1], [2, 1, 0]];
  const cs = plt.contour(Z, 3, { colors: "k" });
  const cf = plt.contourf([0, 1, 2], [0, 1, 2], Z);
  assert.is(plt.clabel(cs).length > 0, true);
  // matplotlib: [0. 0.8 1.6 2.4 3.2] and [0. 0.4 0.8 ... 3.2]
  (cs.levels.tolist() as number[]).forEach((v, k) => close(v, [0, 0.8, 1.6, 2.4, 3.2][k], 1e-12, "level"));
  (cf.levels.tolist() as number[]).forEach((v, k) => close(v, 0.4 * k, 1e-12, "level"));
  assert.is(plt.gca().artists.filter((a) => a.kind === "contour").length, 2);
  plt.close("all");
});

test.run();
