/**
 * scatter with `data=`: string arguments name columns, as in matplotlib's pyplot tutorial and
 * quick start guide, against Debian's matplotlib (test/golden/plt/scatter_data.json, from
 * scripts/golden/plt_scatter_data.py); the columns come from the same seeded np.random calls.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, plt } from "../../src";
import { PyTypeError } from "../../src/errors";
import { GoldenArray, loadGolden } from "../helpers/golden";

const G = loadGolden<{
  data: Record<string, GoldenArray>; offsets: GoldenArray; sizes: GoldenArray; facecolors: GoldenArray;
  label: string; xlim: number[]; ylim: number[]; named_colour: GoldenArray; label2: string;
}>("plt/scatter_data");

function close(got: ArrayLike<number>, want: GoldenArray, what: string, rel = 1e-12): void {
  assert.is(got.length, want.data.length, `${what}: length`);
  for (let i = 0; i < got.length; i++) {
    assert.ok(Math.abs(got[i] - want.data[i]) <= rel * Math.max(1, Math.abs(want.data[i])), `${what}[${i}]: ${got[i]} vs ${want.data[i]}`);
  }
}

function tutorialData(): Record<string, np.NDArray> {
  np.random.seed(19680801);
  const data: Record<string, np.NDArray> = { a: np.arange(50), c: np.random.randint(0, 50, 50), d: np.random.randn(50) };
  data.b = data.a.add(np.random.randn(50).mul(10));
  data.d = np.abs(data.d).mul(100);
  return data;
}

test.after.each(() => plt.close("all"));

test("column names for x, y, c and s; the label is y's name", () => {
  const data = tutorialData();
  for (const k of ["a", "b", "c", "d"]) close(data[k].astype("float64").data, G.data[k], `column ${k}`);
  const [fig, ax] = plt.subplots();
  const pc = ax.scatter("a", "b", { c: "c", s: "d", data });
  const artist = fig.axes[0].collections[0];
  close(artist.get_offsets().data, G.offsets, "offsets");
  close(artist.get_sizes().data, G.sizes, "sizes");
  close(artist.get_facecolors().data, G.facecolors, "facecolors", 0.003); // plt keeps mapped colours as hex: 1/510 apart at most
  assert.is(artist.get_label(), G.label);
  assert.ok(pc !== undefined);
  close(Float64Array.from(ax.get_xlim()), { dtype: "float64", shape: [2], data: G.xlim }, "xlim", 1e-9);
  close(Float64Array.from(ax.get_ylim()), { dtype: "float64", shape: [2], data: G.ylim }, "ylim", 1e-9);
});

test("a string that is not a column stays what it is (a colour name); a given label wins", () => {
  const data = tutorialData();
  plt.subplots();
  const ax2 = plt.gcf().add_subplot(2, 2, 4);
  ax2.scatter("a", "b", { c: "red", s: 5, data, label: "given" });
  const artist = ax2.collections[0];
  close(artist.get_facecolors().data, G.named_colour, "named colour", 1e-9);
  assert.is(artist.get_label(), G.label2);
});

test("data that is not a record of columns is refused", () => {
  plt.subplots();
  assert.throws(() => plt.scatter("a", "b", { data: 5 as never }), (e: Error) => e instanceof PyTypeError && /data must be a record of columns/.test(e.message));
});

test.run();
