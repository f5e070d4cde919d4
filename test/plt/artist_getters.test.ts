/**
 * Getter options and callables the replayed fixtures cannot carry, checked against values
 * Debian's matplotlib printed for the same calls (quoted next to each check).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import { NDArray } from "../../src/np/ndarray";

const list = (a: unknown) => (a as NDArray).tolist();

test("Line2D.get_xdata / get_ydata / get_data with orig=False give the converted float64 values", () => {
  plt.close("all");
  const [line] = plt.plot(["a", "b", "c"] as never, [1, 2, 3]);
  const l = plt.gca().lines[0];
  assert.ok(l === line);
  // l.get_xdata(orig=False) -> array([0., 1., 2.]); get_ydata(orig=False) -> array([1., 2., 3.])
  assert.equal(list(l.get_xdata({ orig: false })), [0, 1, 2]);
  assert.is((l.get_ydata({ orig: false }) as NDArray).dtype.name, "float64");
  assert.equal(list(l.get_ydata({ orig: false })), [1, 2, 3]);
  const [x, y] = l.get_data({ orig: false });
  assert.equal([list(x), list(y)], [[0, 1, 2], [1, 2, 3]]);
  // orig=True: the strings as given, ['a', 'b', 'c']
  assert.equal(l.get_data()[0], ["a", "b", "c"]);
  plt.close("all");
});

test("pie's autopct may be a function of the percentage", () => {
  plt.close("all");
  // plt.pie([15, 30, 45, 10], autopct=lambda p: f'{p:.1f}%') -> '15.0%', '30.0%', '45.0%', '10.0%'
  const out = plt.pie([15, 30, 45, 10], { autopct: (p: number) => `${p.toFixed(1)}%` });
  assert.equal(out[2]!.map((t) => t.get_text()), ["15.0%", "30.0%", "45.0%", "10.0%"]);
  plt.close("all");
});

test("a scatter's PathCollection and an imshow's AxesImage are the objects the axes list", () => {
  plt.close("all");
  const [, ax] = plt.subplots();
  const sc = ax.scatter([1, 2], [3, 4]);
  const im = ax.imshow([[1, 2], [3, 4]]);
  assert.ok(ax.collections[0] === sc && ax.images[0] === im);
  plt.close("all");
});

test("Figure.get_axes() and plt.gcf().axes list the subplots in order", () => {
  plt.close("all");
  // fig, axs = plt.subplots(1, 2); fig.get_axes() == list(axs); len(plt.gcf().axes) == 2
  const [fig, axs] = plt.subplots(1, 2);
  const got = fig.get_axes();
  assert.ok(got.length === 2 && got[0] === axs[0] && got[1] === axs[1]);
  assert.is(plt.gcf().axes.length, 2);
  plt.close("all");
});

test("bar and barh return their BarContainer: the Rectangles ax.containers and ax.patches hold", () => {
  plt.close("all");
  const [, ax] = plt.subplots();
  // rects = ax.bar([1, 2, 3], [3, -1, 2]) -> heights [3, -1, 2], x [0.6, 1.6, 2.6]; ax.containers[0] is rects
  const rects = ax.bar([1, 2, 3], [3, -1, 2]);
  assert.equal(rects.map((r) => r.get_height()), [3, -1, 2]);
  assert.equal(rects.map((r) => r.get_x()), [0.6, 1.6, 2.6]);
  assert.ok(ax.containers[0] === rects && ax.patches[2] === rects[2] && rects.length === 3);
  // ax.barh(['a', 'b'], [2, 1]) -> widths [2, 1], y [-0.4, 0.6]
  const h = ax.barh(["a", "b"], [2, 1]);
  assert.equal(h.map((r) => r.get_width()), [2, 1]);
  assert.equal(h.map((r) => r.get_y()), [-0.4, 0.6]);
  plt.close("all");
});

test.run();
