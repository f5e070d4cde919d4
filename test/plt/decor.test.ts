/**
 * Titles, labels, legends, grids and AxesArray orders as they reach the Vega-Lite spec: the
 * keywords honoured (legend ncols/fontsize/frameon/handles, title loc and Text styles, label
 * loc, grid line styles per axis) and the ones refused.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";

type Json = Record<string, any>;

function legendOf(spec: Json): Json {
  const layer = spec.layer.find((l: Json) => l.encoding?.fill?.legend);
  return layer.encoding.fill;
}

test("legend: ncols, fontsize, title_fontsize and frameon reach the legend; handles choose and order the entries", () => {
  plt.close("all");
  const [fig, ax] = plt.subplots();
  const a = ax.plot([1, 2], { label: "a" });
  const b = ax.plot([2, 1], { label: "b" });
  ax.bar([1], [1], { label: "bars" });
  ax.legend([b, a], ["second", "first"], { ncols: 2, fontsize: 20, title: "T", title_fontsize: "small", frameon: false, loc: "upper left" });
  const spec = fig.toSpec() as Json;
  const fill = legendOf(spec);
  assert.equal(fill.scale.domain, ["second", "first"]);
  assert.is(fill.legend.columns, 2);
  assert.ok(Math.abs(fill.legend.labelFontSize - (20 * 100) / 72) < 1e-9);
  assert.ok(Math.abs(fill.legend.titleFontSize - (10 * 0.833 * 100) / 72) < 1e-9);
  assert.is(fill.legend.fillColor, null);
  assert.is(fill.legend.orient, "top-left");
  assert.is(fill.legend.title, "T");
  assert.throws(() => ax.legend({ shadow: true }), (e: Error) => e.name === "NotImplementedError" && e.message === "legend() shadow=True is not supported yet");
  plt.close("all");
});

test("titles: loc and Text keywords; one title place at a time", () => {
  plt.close("all");
  const [fig, ax] = plt.subplots();
  ax.set_title("Right", { loc: "right", fontsize: 14, fontweight: "bold", color: "tab:red" });
  const t = (fig.toSpec() as Json).title;
  assert.equal([t.text, t.anchor, t.fontWeight, t.color], ["Right", "end", 700, "#d62728"]);
  assert.ok(Math.abs(t.fontSize - (14 * 100) / 72) < 1e-9);
  assert.is(String(ax), "<AxesSubplot: title={'right': 'Right'}>");
  assert.throws(() => ax.set_title("Center"), (e: Error) => e.name === "NotImplementedError");
  plt.close("all");
});

test("axis labels: loc, size and color; None prints as Python does", () => {
  plt.close("all");
  const [fig, ax] = plt.subplots();
  ax.set_xlabel("x", { loc: "left", fontsize: "large", color: "g" });
  ax.set_ylabel(null as never, { loc: "top" });
  const spec = fig.toSpec() as Json;
  const x = spec.layer[0].encoding.x.axis;
  const y = spec.layer[0].encoding.y.axis;
  assert.equal([x.title, x.titleAnchor, x.titleColor], ["x", "start", "#008000"]);
  assert.ok(Math.abs(x.titleFontSize - (12 * 100) / 72) < 1e-9);
  assert.equal([y.title, y.titleAnchor], ["None", "end"]);
  plt.close("all");
});

test("grid: per axis, with color, dashes, width and alpha", () => {
  plt.close("all");
  const [fig, ax] = plt.subplots();
  ax.plot([1, 2]);
  ax.grid(true, { axis: "y", color: "r", linestyle: "--", linewidth: 2, alpha: 0.5 });
  const enc = (fig.toSpec() as Json).layer[0].encoding;
  assert.is(enc.x.axis.grid, false);
  assert.equal([enc.y.axis.grid, enc.y.axis.gridColor, enc.y.axis.gridOpacity], [true, "#ff0000", 0.5]);
  assert.ok(Math.abs(enc.y.axis.gridWidth - (2 * 100) / 72) < 1e-9);
  assert.equal(enc.y.axis.gridDash.length, 2);
  plt.close("all");
});

test("axis('equal') keeps the axes box and widens the limits; axis('scaled') shrinks the box", () => {
  plt.close("all");
  const [fig, ax] = plt.subplots();
  ax.plot([0, 10], [1, 3]);
  ax.axis("equal");
  const eq = fig.toSpec() as Json;
  // matplotlib's 496 x 369.6 px box, its edges on whole pixels (57.6..427.2 -> 58..427)
  assert.equal([eq.width, eq.height], [496, 369]);
  ax.axis("scaled");
  const sc = fig.toSpec() as Json;
  assert.ok(sc.height < 200, `${sc.width}x${sc.height}`);
  plt.close("all");
});

test("AxesArray.ravel / flatten: C and F order, numpy's error for others", () => {
  plt.close("all");
  const [, axes] = plt.subplots(2, 3);
  const c = axes.ravel();
  const f = axes.flatten("F");
  assert.equal(f.map((a) => c.indexOf(a)), [0, 3, 1, 4, 2, 5]);
  assert.equal(axes.ravel({ order: "K" }), c);
  assert.throws(() => axes.ravel("Z" as never), (e: Error) => e.message === "order must be one of 'C', 'F', 'A', or 'K' (got 'Z')");
  plt.close("all");
});

test.run();
