/**
 * subplot_mosaic against Debian's matplotlib (scripts/golden/plt_mosaic.py): the labels in
 * matplotlib's order, the grid cells each Axes spans, the figure's size and axes count, the
 * errors; and the spanned layout in the spec.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import { loadGolden } from "../helpers/golden";
import { viewsOf } from "./model";

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

test("a spanning subplot covers the cells and the gap between them, as matplotlib's GridSpec places it", () => {
  plt.close("all");
  const [fig, d] = plt.subplot_mosaic("AB;CC");
  const [a, b, c] = [fig.axesBox(d.A), fig.axesBox(d.B), fig.axesBox(d.C)];
  // Debian's matplotlib 3.6.3 draws A at [80, 57.6, 305.5, 225.6], B at [350.5, 57.6, 576, 225.6], C at [80, 259.2, 576, 427.2]
  assert.equal([a, b, c].map((box) => box.map((v) => Math.round(v * 10) / 10)), [[80, 57.6, 305.5, 225.6], [350.5, 57.6, 576, 225.6], [80, 259.2, 576, 427.2]]);
  assert.is(viewsOf(fig.toSpec() as Json).length, 3);
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
