/**
 * The figure -> Vega-Lite compiler: every figure in figures.ts compared deep-equal with its
 * committed snapshot (test/plt/snapshots/<name>.vl.json; UPDATE_SNAPSHOTS=1 rewrites them),
 * plus the properties a matplotlib user relies on.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { suptitleOf, viewsOf } from "./model";
import { plt } from "../../src";
import { FIGURES } from "./figures";

const SNAPSHOTS = join(__dirname, "snapshots");
type Json = Record<string, any>;

for (const [name, c] of Object.entries(FIGURES)) {
  test(`${name} matches its snapshot`, () => {
    const spec = JSON.parse(JSON.stringify(c.build().toSpec()));
    plt.close("all");
    const file = join(SNAPSHOTS, `${name}.vl.json`);
    if (process.env.UPDATE_SNAPSHOTS === "1" || !existsSync(file)) {
      mkdirSync(SNAPSHOTS, { recursive: true });
      writeFileSync(file, JSON.stringify(spec, null, 1) + "\n");
    }
    assert.equal(spec, JSON.parse(readFileSync(file, "utf8")));
    assert.is(spec.$schema, "https://vega.github.io/schema/vega-lite/v5.json");
  });
}

test("the tutorial's 1x3 subplots: hconcat of three image layers, inverted ylim honoured", () => {
  const spec = FIGURES.tutorial_subplots.build().toSpec() as Json;
  plt.close("all");
  const views = viewsOf(spec);
  assert.is(views.length, 3);
  const first = views[0];
  assert.equal(first.title.text, "Original image");
  const enc = first.layer[0].encoding;
  assert.equal(enc.x.scale.domain, [0, 20]);
  assert.equal(enc.y.scale.domain, [0, 20]);
  assert.is(enc.y.scale.reverse, true, "ylim(20, 0) puts 0 at the top");
  // 10x8 image: extent -0.5..7.5 x 9.5..-0.5, y running downward, square pixels
  const second = views[1];
  assert.equal(second.layer[0].data.values[0].x, -0.5);
  assert.equal(second.layer[0].data.values[0].x2, 7.5);
  assert.equal(second.layer[0].encoding.y.scale.domain, [-0.5, 9.5]);
  assert.is(second.layer[0].encoding.y.scale.reverse, true);
  assert.ok(Math.abs(second.width / second.height - 8 / 10) < 0.02, "aspect kept");
  assert.match(second.layer[0].data.values[0].url, /^data:image\/png;base64,iVBORw0KGgo/);
});

test("figure size and font.size: 640x480 canvas at 100 dpi, 16pt titles in px", () => {
  const spec = FIGURES.imshow_rgb_title.build().toSpec() as Json;
  plt.close("all");
  assert.is(spec.title.text, "Zhang Family: Benson, Max, and Snow");
  assert.ok(Math.abs(spec.title.fontSize - 16 * 1.2 * 100 / 72) < 1e-9);
  assert.ok(Math.abs(spec.config.axis.labelFontSize - 16 * 100 / 72) < 1e-9);
  assert.ok(spec.width <= 640 * 0.775 + 1 && spec.height <= 480 * 0.77 + 1);
  assert.ok(Math.abs(spec.width / spec.height - 5 / 4) < 0.02);
});

test("plot: format strings give color, dashes and markers; labels make the legend", () => {
  const spec = FIGURES.plot_styles.build().toSpec() as Json;
  plt.close("all");
  const layers = spec.layer as Json[];
  assert.is(layers[0].mark.color, "#1f77b4", "first line takes C0");
  assert.is(layers[1].mark.color, "#ff0000");
  assert.ok(Array.isArray(layers[1].mark.strokeDash));
  assert.is(layers[2].mark.type, "point");
  assert.is(layers[2].mark.shape, "circle");
  assert.is(layers[3].mark.color, "#008000");
  assert.ok(Math.abs(layers[3].mark.strokeWidth - 3 * 100 / 72) < 1e-9);
  const legend = layers[layers.length - 1];
  assert.equal(legend.encoding.fill.scale.domain, ["cos", "points", "line"]);
  assert.equal(legend.encoding.shape.scale.range, ["stroke", "circle", "stroke"]);
  assert.is(layers[0].encoding.x.axis.grid, true);
  assert.is(layers[0].encoding.x.axis.title, "iteration");
});

test("hist: bars from numpy's edges, y sticky at zero; 2x2 grid as concat with columns", () => {
  const spec = FIGURES.hist_bar_grid.build().toSpec() as Json;
  plt.close("all");
  assert.is(viewsOf(spec).length, 4);
  const hist = viewsOf(spec)[0].layer[0];
  assert.is(hist.mark.type, "rect");
  assert.is(hist.data.values.length, 10);
  assert.is(hist.encoding.y.scale.domain[0], 0);
  assert.is(suptitleOf(spec)!.text, "Histograms and bars");
});

test("axis('off') hides axes and frame", () => {
  const spec = FIGURES.imshow_axis_off.build().toSpec() as Json;
  plt.close("all");
  assert.is(spec.layer[0].encoding.x.axis, null);
  assert.equal(spec.view, { stroke: null });
  assert.is(spec.layer[0].encoding.y.scale.reverse, false, "origin='lower' keeps y upward");
});

test("subplots shapes: 1x1 is an Axes, 1xN and Nx1 1-D, NxM 2-D with get(i, j)", () => {
  const [, one] = plt.subplots();
  assert.is(one.constructor.name, "Axes");
  const [, row] = plt.subplots({ nrows: 1, ncols: 3 });
  assert.equal(row.shape, [3]);
  assert.is(row.ravel().length, 3);
  const [, col] = plt.subplots({ nrows: 2 });
  assert.equal(col.shape, [2]);
  const [, grid] = plt.subplots({ nrows: 2, ncols: 3 });
  assert.equal(grid.shape, [2, 3]);
  assert.is(grid.get(1, 2), grid[1][2]);
  assert.is(grid.get(-1, -1), grid[1][2]);
  assert.equal(grid.flat(), grid.ravel());
  assert.throws(() => grid.get(2, 0), /index 2 is out of bounds for axis 0 with size 2/);
  assert.throws(() => plt.subplots({ nrows: 0, ncols: 2 }), /Number of rows must be a positive integer, not 0/);
  plt.close("all");
});

test("format string and marker errors read like matplotlib's", () => {
  plt.figure();
  assert.throws(() => plt.plot([1, 2], "q"), /'q' is not a valid format string \(unrecognized character 'q'\)/);
  assert.throws(() => plt.plot([1, 2], [1, 2, 3]), /x and y must have same first dimension, but have shapes \(2,\) and \(3,\)/);
  assert.throws(() => plt.scatter([1], [2], { marker: "Q" }), /Unrecognized marker style 'Q'/);
  plt.close("all");
});

test.run();
