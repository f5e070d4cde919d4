/**
 * sns.heatmap against seaborn 0.12.2 (test/golden/sns_heatmap/heatmap.json, written by
 * scripts/golden/sns_heatmap.py): cell colors, color limits, annotation texts and colors, ticks,
 * tick labels, limits, aspect, cell edges and the colorbar.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt, sns, np } from "../../src";
import { cmapHex } from "../../src/plt/colormaps";
import { formatSpec } from "../../src/sns/pyformat";
import { loadGolden } from "../helpers/golden";
import { cssRgba, near } from "../plt/model";

type Json = Record<string, any>;
const G = loadGolden<{ cases: { label: string; kwargs: Json; expected: Json }[]; palettes: Record<string, string[]> }>("sns_heatmap/heatmap");

for (const c of G.cases) {
  test(`heatmap: ${c.label}`, () => {
    plt.close("all");
    plt.rcdefaults();
    const [, ax] = plt.subplots();
    const e = c.expected;
    const { data, ...kwargs } = c.kwargs;
    assert.is(sns.heatmap(data, { ...kwargs, ax }), ax);
    const image = ax.artists.find((a) => a.kind === "image");
    assert.ok(image !== undefined && image.kind === "image" && image.mapping !== undefined);
    const { cmap, vmin, vmax } = image.mapping!;
    near([vmin, vmax], e.clim, 1e-12, "clim");
    e.values.forEach((v: number | null, i: number) => {
      if (v === null) return;
      near(cssRgba(cmapHex(cmap, (v - vmin) / (vmax - vmin)), undefined), e.facecolors[i], 0.002, `cell ${i}`);
    });
    const texts = ax.artists.filter((a) => a.kind === "text");
    assert.is(texts.length, e.texts.length, "annotations");
    texts.forEach((t, i) => {
      if (t.kind !== "text") return;
      const q = e.texts[i];
      assert.equal([t.x, t.y, t.text], [q.x, q.y, q.s]);
      near(cssRgba(t.color, undefined), q.color, 0.002, `text ${i} color`);
      assert.is(t.fontsize ?? 10, q.fontsize);
    });
    assert.equal(ax.get_xticks(), e.xticks);
    assert.equal(ax.get_yticks(), e.yticks);
    assert.equal(ax._xticks?.labels ?? [], e.xticklabels);
    assert.equal(ax._yticks?.labels ?? [], e.yticklabels);
    if (e.yticklabels.length > 0) assert.is(ax._yticks?.style.rotation ?? 0, e.yrotation[0]);
    assert.is(ax._xticks?.style.rotation ?? 0, e.xrotation[0]);
    assert.equal(ax.get_xlim(), e.xlim);
    assert.equal(ax.get_ylim(), e.ylim);
    assert.is(ax.get_aspect(), e.aspect);
    assert.is(ax.colorbarMapping !== null, e.colorbar);
    if (e.colorbar) assert.is(ax.colorbarMapping!.label, e.cbar_label);
    const edges = ax.artists.filter((a) => a.kind === "segments");
    if (e.linewidths[0] > 0) {
      assert.is(edges.length, 2);
      edges.forEach((s) => {
        if (s.kind !== "segments") return;
        assert.is(s.linewidth, e.linewidths[0]);
        near(cssRgba(s.color as string, undefined), e.edgecolors[0], 0.002, "edge color");
      });
    } else assert.is(edges.length, 0);
    assert.is(ax.get_xlabel(), e.xlabel);
    plt.close("all");
  });
}

test("heatmap: annot as its own array, NDArray data, errors", () => {
  plt.close("all");
  const ax = sns.heatmap(np.array([[1, 2], [3, 4]]), { annot: [[0.5, 0.25], [1, 2]], fmt: ".0%", cbar: false });
  assert.equal(ax.artists.filter((a) => a.kind === "text").map((t) => (t.kind === "text" ? t.text : "")), ["50%", "25%", "100%", "200%"]);
  plt.close("all");
  assert.throws(() => sns.heatmap([[1, 2], [3, 4]], { annot: [[1, 2]] }), (e: Error) => e.name === "ValueError" && e.message === "`data` and `annot` must have same shape.");
  assert.throws(() => sns.heatmap([[1.5, 2], [3, 4]], { annot: true, fmt: "d" }), (e: Error) => e.name === "ValueError" && e.message === "Unknown format code 'd' for object of type 'float'");
  assert.throws(() => sns.heatmap([1, 2]), (e: Error) => e.name === "ValueError");
  assert.throws(() => sns.heatmap([[1, 2]], { cbar_ax: 1 as any }), (e: Error) => e.name === "NotImplementedError");
  plt.close("all");
});

test("color_palette samples seaborn's own colormaps (icefire, vlag, flare, crest)", () => {
  for (const [name, colors] of Object.entries(G.palettes)) assert.equal(sns.color_palette(name, 5), colors, name);
});

test("Python format specs (format(value, spec))", () => {
  // format(v, spec) in Python 3.11
  const cases: [number, string, boolean, string][] = [
    [0.09612, ".2g", false, "0.096"], [1234.5, ".2g", false, "1.2e+03"], [62, ".2g", true, "62"], [123, ".2g", true, "1.2e+02"],
    [1.0, ".2", false, "1.0"], [0.5, "", false, "0.5"], [2, "", false, "2.0"], [1e-7, "", false, "1e-07"], [-3, "d", true, "-3"],
    [3.14159, "+.3f", false, "+3.142"], [0.123, ".1%", false, "12.3%"], [12345.678, ".3e", false, "1.235e+04"], [7, "05d", true, "00007"],
  ];
  for (const [v, spec, integer, want] of cases) assert.is(formatSpec(v, spec, integer), want, `${v} ${spec}`);
});

test.run();
