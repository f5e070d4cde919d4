/** `axes[i, j]` on the array plt.subplots returns, as NumPy indexes matplotlib's object array. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src/index";

test("axes.get(i, j) is the subplot in row i, column j; negative indices count from the end", () => {
  const [, axes] = plt.subplots(2, 3);
  const flat = axes.ravel();
  // matplotlib: axes[1, 0] is the fourth subplot (position (2, 3, 4)), axes[-1, -1] the last
  assert.is(axes.get(1, 0), flat[3]);
  assert.is(axes.get(-1, -1), flat[5]);
  assert.throws(() => axes.get(2, 0), (e: Error) => e.name === "IndexError" && e.message === "index 2 is out of bounds for axis 0 with size 2");
  assert.throws(() => axes.get(0, 1, 2 as never), (e: Error) => e.name === "TypeError");
  plt.close("all");
});

test.run();
