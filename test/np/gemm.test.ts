/**
 * Large matrix products run on several threads over the shared heap: the values are NumPy's,
 * in every layout, and each element is the same sequential sum whichever thread computed it.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../src";
import { gemmThreads } from "../../src/np/wasm/gemm";
import { threadsWanted } from "../../src/np/threads/team";
import { GoldenArray, loadGolden } from "../helpers/golden";
import { fromGolden } from "./_cases";

const golden = loadGolden<{ x: GoldenArray; y: GoldenArray; z: GoldenArray; cases: Record<string, GoldenArray> }>("np/matmul_large");

function expectExact(actual: np.NDArray, expected: GoldenArray, what: string): void {
  assert.equal(actual.shape, expected.shape, `${what}: shape`);
  const values = np.contiguousStorage(actual);
  for (let i = 0; i < expected.data.length; i++) {
    if (!Object.is(values[i], expected.data[i])) assert.unreachable(`${what}: element ${i} is ${values[i]}, NumPy gives ${expected.data[i]}`);
  }
}

/** C = A @ B as the plain sequential sum over k, element by element. */
function naiveProduct(A: np.NDArray, B: np.NDArray): Float64Array {
  const [n, k] = A.shape;
  const m = B.shape[1];
  const a = np.contiguousStorage(A) as Float64Array;
  const b = np.contiguousStorage(B) as Float64Array;
  const c = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let kk = 0; kk < k; kk++) s += a[i * k + kk] * b[kk * m + j];
      c[i * m + j] = s;
    }
  }
  return c;
}

const x = fromGolden(golden.x).copy();
const y = fromGolden(golden.y).copy();
const z = fromGolden(golden.z).copy();

test("the helper threads start and join large products", async () => {
  np.matmul(x, y); // the first large product starts the helpers
  for (let tries = 0; gemmThreads() < threadsWanted() && tries < 250; tries++) await new Promise((r) => setTimeout(r, 20));
  assert.is(gemmThreads(), threadsWanted());
});

test("large products match NumPy in every layout", () => {
  const runs: Record<string, () => np.NDArray> = {
    whole_tiles: () => np.matmul(x.get(":132"), y),
    partial_tiles: () => np.matmul(x, y.get(":", ":127")),
    transposed_right: () => np.matmul(x, z.T),
    reversed: () => np.matmul(x.get("::-1", "::-1"), y.get("::-1")),
    batched: () => np.matmul(np.stack([x.get(":132"), x.get("1:")]), y),
    dot: () => np.dot(x, y),
  };
  for (const [name, run] of Object.entries(runs)) expectExact(run(), golden.cases[name], name);
});

test("every element is the sequential sum over k, whichever thread computed it", () => {
  // inputs that round, so a different order of summation would show
  const a = np.multiply(x, 0.1);
  const b = np.multiply(y, 0.3);
  for (const [A, B] of [[a.get(":132"), b], [a, b.get(":", ":127")], [a.get("::-1"), b.get("::-1")]]) {
    const got = np.contiguousStorage(np.matmul(A, B));
    const want = naiveProduct(A, B);
    for (let i = 0; i < want.length; i++) if (!Object.is(got[i], want[i])) assert.unreachable(`element ${i}: ${got[i]} vs ${want[i]}`);
  }
});

test.run();
