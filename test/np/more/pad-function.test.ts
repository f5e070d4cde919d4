/**
 * np.pad with a function as mode against Debian's NumPy (test/golden/np_more/pad_function.json,
 * scripts/golden/np_pad_function.py): NumPy's documented example, every call's axis, widths and
 * vector (in NumPy's order), the padded result, keywords handed on, over contiguous, transposed,
 * reversed and broadcast inputs.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import type { NDArray } from "../../../src/np";
import { GoldenArray, loadGolden } from "../../helpers/golden";

interface Logged {
  widths: GoldenArray;
  padded: GoldenArray;
  log: { axis: number; widths: number[]; vector: GoldenArray }[];
}
const G = loadGolden<{ doc: GoldenArray; doc_100: GoldenArray; keywords: GoldenArray } & Record<string, Logged>>("np_more/pad_function");

function same(got: NDArray, want: GoldenArray, what: string): void {
  assert.is(got.dtype.name, want.dtype, `${what}: dtype`);
  assert.equal([...got.shape], want.shape, `${what}: shape`);
  assert.equal((got.ravel().tolist() as number[]).map(Number), want.data, `${what}: values`);
}

const padWith = (padder: number): np.PadFunction => (vector, width) => {
  vector.set(`:${width[0]}`, padder);
  vector.set(`-${width[1]}:`, padder);
};

test("np.pad with a function: NumPy's documented pad_with example (keywords through a closure)", () => {
  const a = np.arange(6).reshape(2, 3);
  same(np.pad(a, 2, padWith(10)), G.doc, "pad_with");
  same(np.pad(a, 2, { mode: padWith(100) }), G.doc_100, "pad_with padder=100");
});

test("np.pad with a function: called on every vector, axis after axis, in NumPy's order, with what NumPy's calls saw", () => {
  const cube = np.arange(24, { dtype: "float64" }).reshape(2, 3, 4).div(4);
  const a = np.arange(6).reshape(2, 3);
  const inputs: Record<string, NDArray> = {
    logged: a, cube, transposed: cube.T, reversed: a.get(":", "::-1"), broadcast: np.broadcast_to(np.array([1.5, 2.5, 3.5]), [2, 3]),
  };
  for (const [name, arr] of Object.entries(inputs)) {
    const want = G[name];
    const before = arr.copy();
    const log: { axis: number; widths: number[]; vector: number[] }[] = [];
    const fill: np.PadFunction = (vector, [b, e], axis) => {
      log.push({ axis, widths: [b, e], vector: (vector.astype("float64").tolist() as number[]) });
      vector.set(`:${b}`, (vector.sum() as number) + 100 * axis);
      if (e > 0) vector.set(`${vector.size - e}:`, -vector.size - 0.5 * axis);
    };
    const widths = want.widths.data;
    const pairs = Array.from({ length: widths.length / 2 }, (_, i) => [widths[2 * i], widths[2 * i + 1]]);
    same(np.pad(arr, pairs, fill), want.padded, `${name}: padded`);
    assert.is(log.length, want.log.length, `${name}: calls`);
    want.log.forEach((w, i) => {
      assert.is(log[i].axis, w.axis, `${name} call ${i}: axis`);
      assert.equal(log[i].widths, w.widths, `${name} call ${i}: widths`);
      assert.equal(log[i].vector, w.vector.data, `${name} call ${i}: vector`);
    });
    assert.ok(np.array_equal(arr, before), `${name}: input untouched`);
  }
});

test("np.pad with a function receives the keywords the call gave", () => {
  const a = np.arange(6).reshape(2, 3).astype("float64");
  const fill: np.PadFunction = (vector, [b, e], _axis, kwargs) => {
    vector.set(`:${b}`, kwargs.constant_values as number);
    if (e > 0) vector.set(`-${e}:`, -(kwargs.constant_values as number));
  };
  same(np.pad(a, [[1, 0], [0, 1]], fill, { constant_values: 7.5 }), G.keywords, "keywords");
});

test.run();
