/**
 * clabel against Debian's matplotlib (scripts/golden/plt_contour.py): the label texts
 * (ScalarFormatter's shared decimals and Unicode minus, %-formats, dicts), their colors, font
 * sizes and zorder. Positions are plt's own (the middle of each path), not compared.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import { withAlpha } from "../../src/plt/colors";
import { loadGolden } from "../helpers/golden";

type Json = Record<string, any>;

/** A CSS color ("#rrggbb" or "rgba(r,g,b,a)") as matplotlib's RGBA floats. */
function rgba(css: string): number[] {
  const m = /^rgba\((\d+),(\d+),(\d+),([\d.]+)\)$/.exec(css);
  return m ? [Number(m[1]) / 255, Number(m[2]) / 255, Number(m[3]) / 255, Number(m[4])] : withAlpha(css, 1);
}
const cases = loadGolden<Json[]>("plt_contour/clabel");

for (const c of cases) {
  test(c.label, () => {
    plt.close("all");
    const [, ax] = plt.subplots();
    const cs = ax.contour(c.x, c.y, c.Z, c.contour);
    const texts = ax.clabel(cs, c.clabel);
    const e = c.expected;
    assert.equal(texts.map((t) => t.text).sort(), [...e.texts].sort());
    const byText = new Map<string, Json>(e.texts.map((t: string, k: number) => [t, { color: e.colors[k], size: e.fontsize[k], z: e.zorder[k] }]));
    for (const t of texts) {
      const want = byText.get(t.text)!;
      rgba(t.color).forEach((v, i) => assert.ok(Math.abs(v - want.color[i]) <= 1 / 255 + 1e-9, `color of ${t.text}`));
      assert.ok(Math.abs((t.fontsize ?? 0) - want.size) < 0.01, `size of ${t.text}`);
      assert.is(t.zorder, want.z);
    }
    plt.close("all");
  });
}

test("inline labels cut their line; inline=False leaves it whole", () => {
  const c = cases[0];
  for (const inline of [true, false]) {
    plt.close("all");
    const [, ax] = plt.subplots();
    const cs = ax.contour(c.x, c.y, c.Z);
    const segs = cs.allsegs.map((l) => l.length);
    const before = cs.artist.layers.map((l) => l.paths.segs.reduce((n, s) => n + s.length, 0));
    ax.clabel(cs, { inline });
    const after = cs.artist.layers.map((l) => l.paths.segs.reduce((n, s) => n + s.length, 0));
    // a cut drops the vertices under each label and adds two end points per label
    if (inline) assert.ok(after.some((n, k) => n !== before[k]));
    else assert.equal(after, before);
    // the QuadContourSet's allsegs stay matplotlib's paths
    assert.equal(cs.allsegs.map((l) => l.length), segs);
  }
  plt.close("all");
});

test.run();
