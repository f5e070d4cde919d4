/**
 * The Python call forms a tutorial uses, written as TypeScript sees them (this file type-checks
 * them): positional parameters where Python allows them, or the options object, with the same
 * result either way.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt, sns, np } from "../../src";

const x = [0.5, 1.5, 1.7, 2.2, 3.9, 4.1, 4.4, 5.0];

test("hist(x, 50) and hist(x, edges) equal hist(x, {bins})", () => {
  plt.close("all");
  const [n1, b1] = plt.hist(x, 4);
  const [n2, b2] = plt.hist(x, { bins: 4 });
  assert.equal(Array.from(n1.data as Float64Array), Array.from(n2.data as Float64Array));
  assert.equal(Array.from(b1.data as Float64Array), Array.from(b2.data as Float64Array));
  const [n3] = plt.hist(x, [0, 2, 6], null, true);
  assert.equal(Array.from(n3.data as Float64Array), [3 / 8 / 2, 5 / 8 / 4]);
  plt.close("all");
});

test("imshow(X, 'gray'), scatter(x, y, s, c), bar(x, h, width), axhline(y, xmin, xmax), grid(true, 'major', 'y')", () => {
  plt.close("all");
  const [, ax] = plt.subplots(1, 1);
  const im = ax.imshow(np.eye(3), "gray");
  assert.is(im.artist.mapping?.cmap.name, "gray");
  const sc = ax.scatter([1, 2], [3, 4], 50, "r");
  assert.equal([sc.artist.size, sc.artist.color], [50, "#ff0000"]);
  const [bars] = ax.bar([1, 2], [3, 4], 0.5);
  assert.equal(Array.from(bars.x0), [0.75, 1.75]);
  const line = ax.axhline(1, 0.25, 0.75);
  assert.equal((line.get_xdata() as any).tolist(), [0.25, 0.75]);
  ax.grid(true, "major", "y");
  assert.equal([ax.gridX, ax.gridY], [false, true]);
  plt.close("all");
});

test("subplots(2, 2), xlim(0, 10), title(label, {loc}), legend(labels), savefig keywords", () => {
  plt.close("all");
  const [, axes] = plt.subplots(2, 2);
  assert.equal(axes.shape, [2, 2]);
  plt.plot([1, 2, 3]);
  assert.equal(plt.xlim(0, 10), [0, 10]);
  assert.equal(plt.xlim(), [0, 10]);
  plt.title("t", { loc: "right" });
  plt.legend(["the line"]);
  assert.is(plt.gca().artists[0].kind === "line" && plt.gca().artists[0].label, "the line");
  plt.close("all");
});

test("seaborn: data positionally, options by name", () => {
  plt.close("all");
  const ax = sns.histplot({ v: x }, { x: "v", bins: 3 });
  assert.is(ax.xlabel, "v");
  plt.close("all");
});

test.run();
