import { test } from "uvu";
import * as assert from "uvu/assert";
import { createHash } from "node:crypto";
import * as sklearn from "../../src/sklearn";
import { RandomState } from "../../src/np/random/RandomState";
import { contiguousStorage } from "../../src/np/contiguous";
import { NDArray } from "../../src/np/ndarray";
import { dotRows } from "../../src/sklearn/datasets/dot";
import { GoldenArray, loadGolden } from "../helpers/golden";

// scripts/golden/sklearn_products.py
const golden = loadGolden("sklearn/products");

function sha256(d: Float64Array): string {
  return createHash("sha256").update(new Uint8Array(d.buffer, d.byteOffset, d.byteLength)).digest("hex");
}

function assertValues(actual: ArrayLike<number>, expected: ArrayLike<number>, what: string): void {
  assert.is(actual.length, expected.length, `${what}: length`);
  for (let i = 0; i < expected.length; i++) {
    if (!Object.is(actual[i], expected[i])) assert.unreachable(`${what}[${i}]: ${actual[i]} !== ${expected[i]}`);
  }
}

/** Whole arrays compare value by value; large ones by their sample rows (to name the first
 * differing value) and then by digest, which covers every value. */
function assertMatrix(data: Float64Array, cols: number, c: any, what: string): void {
  if (c.X) {
    assertValues(data, (c.X as GoldenArray).data, what);
    return;
  }
  const rows: GoldenArray = c.sample_rows;
  const sample: GoldenArray = c.sample;
  rows.data.forEach((r, i) => {
    const got = data.subarray(r * cols, (r + 1) * cols);
    assertValues(got, sample.data.slice(i * cols, (i + 1) * cols), `${what} row ${r}`);
  });
  assert.is(sha256(data), c.sha256, `${what}: digest of all ${data.length} values`);
}

for (const c of golden.classification) {
  test(`make_classification(${JSON.stringify(c.kwargs)}) equals scikit-learn`, () => {
    const [X, y] = sklearn.datasets.make_classification(c.kwargs);
    const shape = c.X ? c.X.shape : c.shape;
    assert.equal(X.shape, shape, "X shape");
    assertMatrix(contiguousStorage(X) as Float64Array, shape[1], c, "X");
    assertValues(contiguousStorage(y), (c.y as GoldenArray).data, "y");
  });
}

function normal(seed: number, rows: number, cols: number): Float64Array {
  const a: NDArray = new RandomState(seed).normal(0, 1, [rows, cols]);
  return Float64Array.from(contiguousStorage(a));
}

test("np.dot's rounding for every routine and shape (X[:, :k] @ B)", () => {
  for (const c of golden.products) {
    const { rows, k, m, seed } = c;
    const X = normal(seed, rows, k + 3);
    const B = Float64Array.from(contiguousStorage(new RandomState(seed + 1).uniform(0, 1, [k, m])), (u) => 2 * u - 1);
    const out = new Float64Array(rows * m);
    dotRows(X, 0, rows, k + 3, 0, k, B, m, out, 0, m, 0);
    assertMatrix(out, m, c, `(${rows} x ${k}) @ (${k} x ${m})`);
  }
});

test("products written in place over their own input columns, as the clusters are", () => {
  const c = golden.products.find((p: any) => p.rows === 5000 && p.k === 25 && p.m === 25);
  const X = normal(c.seed, c.rows, c.k + 3);
  const B = Float64Array.from(contiguousStorage(new RandomState(c.seed + 1).uniform(0, 1, [c.k, c.m])), (u) => 2 * u - 1);
  dotRows(X, 0, c.rows, c.k + 3, 0, c.k, B, c.m, X, 0, c.k + 3, 0);
  const out = new Float64Array(c.rows * c.m);
  for (let r = 0; r < c.rows; r++) out.set(X.subarray(r * (c.k + 3), r * (c.k + 3) + c.m), r * c.m);
  assertMatrix(out, c.m, c, "in place");
});

test.run();
