/**
 * The fast paths (dense loops, Python-number operands, strided matrix products, the SIMD
 * product kernel, whole-array sums) give NumPy's values for every memory layout.
 */
import { contiguousStorage } from "../../src/np/contiguous";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../src";
import { GoldenArray, loadGolden } from "../helpers/golden";
import { expectArray, fromGolden } from "./_cases";

const arrays = loadGolden<{ linalg_big: Record<string, GoldenArray> }>("np/arrays");
const golden = loadGolden<{ tutorial: Record<string, GoldenArray | number> }>("np/misc");

/** The same values held in Fortran order (a transposed view of a transposed copy). */
const fortran = (a: np.NDArray) => a.T.copy().T;

/** The same values as every other element of a twice-as-long buffer. */
function spaced(a: np.NDArray): np.NDArray {
  const wide = np.zeros([...a.shape.slice(0, -1), 2 * a.shape[a.ndim - 1]], { dtype: a.dtype });
  const view = wide.get("...", "::2");
  view.set("...", a);
  return view;
}

test("matmul and dot of transposed, strided and batched operands match NumPy", () => {
  const { a, b, ab } = arrays.linalg_big;
  const A = fromGolden(a);
  const B = fromGolden(b);
  for (const [name, x, y] of [
    ["F-order a", fortran(A), B],
    ["F-order b", A, fortran(B)],
    ["strided a", spaced(A), B],
    ["strided both", spaced(A), spaced(B)],
  ] as const) {
    expectArray(np.matmul(x, y), ab, `matmul ${name}`);
    expectArray(np.dot(x, y), ab, `dot ${name}`);
  }
  // a batch of two broadcasting against one matrix: both slices are a @ b
  const batch = np.stack([A, A]);
  const r = np.matmul(batch, B);
  expectArray(r.get(0), ab, "batch 0");
  expectArray(r.get(1), ab, "batch 1");
});

test("small products (matrix-vector, few terms) match NumPy", () => {
  const t = golden.tutorial;
  const features = fromGolden(t.features as GoldenArray);
  const weights = fromGolden(t.weights as GoldenArray);
  const labels = fromGolden(t.labels as GoldenArray);
  const predictions = np.divide(1.0, np.exp(np.dot(fortran(features), weights).neg()).add(1));
  expectArray(predictions, t.predictions as GoldenArray, "predictions from F-order features");
  const gradient = np.dot(features.copy().T, predictions.sub(labels)).div(labels.shape[0]);
  expectArray(gradient, t.gradient as GoldenArray, "gradient");
  const viaMatmul = np.matmul(features.T, spaced(predictions.sub(labels))).div(labels.shape[0]);
  expectArray(viaMatmul, t.gradient as GoldenArray, "gradient through matmul of strided views");
});

test("number operands, in-place ops and whole-array sums agree across layouts", () => {
  const { a } = arrays.linalg_big;
  const A = fromGolden(a);
  for (const x of [A, fortran(A), spaced(A)]) {
    assert.equal(np.subtract(1, x).tolist(), np.subtract(np.ones(A.shape), A).tolist());
    assert.equal(x.mul(2.5).tolist(), A.mul(np.full(A.shape, 2.5)).tolist());
    // the whole-array shortcut walks memory as the general reduction does
    assert.is(x.sum(), x.sum({ axis: [0, 1] }).item());
    assert.is(x.mean(), x.mean({ axis: [0, 1] }).item());
    const y = x.copy();
    y.isub(x);
    assert.equal(y.tolist(), np.zeros(A.shape).tolist());
  }
  const u8 = np.array([1, 2, 250], { dtype: "uint8" });
  assert.is(np.add(u8, 10).dtype.name, "uint8");
  assert.is(np.add(u8, 300).dtype.name, "uint16");
  assert.equal(np.subtract(10, u8).tolist(), [9, 8, 16]);
  assert.is(np.add(np.array([1.5], { dtype: "float32" }), 1e300).dtype.name, "float64");
});

const pairwise = loadGolden<{
  data: GoldenArray;
  cases: { dtype: "float64" | "float32"; n: number; sum: number; mean: number }[];
  rows_sum: GoldenArray;
  cols_sum: GoldenArray;
}>("np/pairwise");

test("sums follow NumPy's pairwise order to the last bit", () => {
  const data = fromGolden(pairwise.data);
  const wrong: string[] = [];
  for (const c of pairwise.cases) {
    const a = data.get(`:${c.n}`).astype(c.dtype);
    const got = [a.sum(), a.mean(), a.copy().sum({ axis: 0 }).item(), spaced(a).sum()];
    const want = [c.sum, c.mean, c.sum, c.sum];
    got.forEach((g, i) => {
      if (!Object.is(g, want[i])) wrong.push(`${c.dtype} n=${c.n} #${i}: ${g} != ${want[i]}`);
    });
  }
  assert.equal(wrong, []);
  const m = data.get(":7000").reshape(7, 1000);
  assert.equal(Array.from(contiguousStorage(m.sum({ axis: 1 }))), pairwise.rows_sum.data);
  assert.equal(Array.from(contiguousStorage(m.T.sum({ axis: 0 }))), pairwise.cols_sum.data);
});


test("small products with few rows or few terms: each element the sequential sum over k, in every layout", () => {
  const rng = new np.random.RandomState(7);
  for (const [n, k, m] of [[2, 1000, 1], [3, 40, 1], [4, 17, 1], [1000, 1, 1], [500, 2, 1], [100, 3, 2], [64, 4, 3]]) {
    const A = rng.standard_normal([n, k]) as np.NDArray;
    const B = rng.standard_normal([k, m]) as np.NDArray;
    const a = contiguousStorage(A);
    const b = contiguousStorage(B);
    const expected: number[] = [];
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        let s = 0;
        for (let t = 0; t < k; t++) s += a[i * k + t] * b[t * m + j];
        expected.push(s);
      }
    }
    for (const [name, x, y] of [["C-order", A, B], ["F-order a", fortran(A), B], ["strided", spaced(A), spaced(B)]] as const) {
      const got = contiguousStorage(np.dot(x, y));
      for (let e = 0; e < expected.length; e++) {
        if (!Object.is(got[e], expected[e])) assert.unreachable(`(${n},${k})@(${k},${m}) ${name}: element ${e} is ${got[e]}, the sum is ${expected[e]}`);
      }
    }
  }
});

test("copies of one dtype by whole runs: strided views, 2-D crops and overlapping source and destination", () => {
  const a = np.arange(100, { dtype: "float64" });
  np.copyto(a.get("1:"), a.get(":-1"));
  assert.equal((a.tolist() as number[]).slice(0, 5), [0, 0, 1, 2, 3]);
  assert.is(a.item(99), 98);
  const img = np.arange(60 * 70, { dtype: "float64" }).reshape(60, 70);
  const crop = img.get("5:-5", "3:-4").copy();
  assert.equal(crop.shape, [50, 63]);
  assert.is(crop.item(0, 0), 5 * 70 + 3);
  assert.is(crop.item(49, 62), 54 * 70 + 65);
  const back = np.zeros([60, 70]);
  back.set(["5:-5", "3:-4"], crop);
  assert.is(Number(np.sum(back)), Number(np.sum(crop)));
});

test.run();
