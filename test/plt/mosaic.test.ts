/**
 * subplot_mosaic against Debian's matplotlib (scripts/golden/plt_mosaic.py): the labels in
 * matplotlib's order, the grid cells each Axes spans, the figure's size and axes count, the
 * errors; and the spanned layout in the spec.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import { loadGolden } from "../helpers/golden";

type Json = Record<string, any>;

for (const c of loadGolden<Json[]>("plt_layout/mosaic")) {
  test(c.label, () => {
    plt.close("all");
    const e = c.expected;
    if (e.error) {
      assert.throws(() => plt.subplot_mosaic(c.mosaic, c.kwargs), (err: Error) => err.name === e.error && err.message === e.message);
      return;
    }
    const [fig, d] = plt.subplot_mosaic(c.mosaic, c.kwargs);
    assert.equal(Object.keys(d), e.labels);
    for (const [k, ax] of Object.entries(d)) {
      const p = ax.position;
      assert.equal([p.row, p.row + (p.rowspan ?? 1), p.col, p.col + (p.colspan ?? 1)], e.spans[k], k);
    }
    assert.is(fig.axes.length, e.naxes);
    assert.equal(fig.get_size_inches(), e.figsize);
    plt.close("all");
  });
}

test("a label over a non-rectangular area is refused as matplotlib refuses it", () => {
  assert.throws(() => plt.subplot_mosaic("AB;BA"), (e: Error) => e.name === "ValueError" && /^While trying to layout\narray\(\[\['A', 'B'\],\n {7}\['B', 'A'\]\], dtype=object\)\nwe found that the label '[AB]' specifies a non-rectangular or non-contiguous area\.$/.test(e.message));
  plt.close("all");
});

test("spanning subplots become nested concatenations, the spanning one as wide as the two above", () => {
  plt.close("all");
  const [fig, d] = plt.subplot_mosaic("AB;CC");
  const spec = fig.toSpec() as Json;
  assert.is(spec.vconcat.length, 2);
  assert.is(spec.vconcat[0].hconcat.length, 2);
  const wA = spec.vconcat[0].hconcat[0].width;
  assert.ok(spec.vconcat[1].width > 2 * wA);
  assert.is(d.C.position.colspan, 2);
  plt.close("all");
});

test("the figure keywords go to the figure (as plt.figure takes them)", () => {
  plt.close("all");
  const [fig] = plt.subplot_mosaic("A", { num: 7, dpi: 50, facecolor: "0.9", tight_layout: true, layout: "tight" });
  assert.equal([fig.number, fig.dpi, fig.facecolor, fig.tight], [7, 50, "#e6e6e6", true]);
  plt.close("all");
});

test.run();
