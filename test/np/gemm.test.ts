/**
 * Large matrix products run on several threads over the shared heap: the values are NumPy's,
 * in every layout, and each element is summed as OpenBLAS's dgemm sums it (k blocks, chains
 * within them), whichever thread computed it.
 */
import { contiguousStorage } from "../../src/np/contiguous";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../src";
import { gemmThreads } from "../../src/np/wasm/gemm";
import { threadsWanted } from "../../src/np/threads/team";
import { fusedMultiplyAdd } from "../../src/np/wasm/relaxed-simd";
import { fma } from "../../src/np/ufuncs/exact/fma";
import { GoldenArray, float64Digest, loadGolden } from "../helpers/golden";
import { fromGolden } from "./_cases";

const golden = loadGolden<{
  x: GoldenArray; y: GoldenArray; z: GoldenArray; cases: Record<string, GoldenArray>;
  sample_at: number[]; rounded: Record<string, { sha256: string; samples: number[] }>;
}>("np/matmul_large");

function expectExact(actual: np.NDArray, expected: GoldenArray, what: string): void {
  assert.equal(actual.shape, expected.shape, `${what}: shape`);
  const values = contiguousStorage(actual);
  for (let i = 0; i < expected.data.length; i++) {
    if (!Object.is(values[i], expected.data[i])) assert.unreachable(`${what}: element ${i} is ${values[i]}, NumPy gives ${expected.data[i]}`);
  }
}

/** OpenBLAS's k blocks: at most 384; between 384 and 768 left, two halves (the first rounded up). */
function kBlocks(k: number): number[] {
  const ends = [];
  for (let k0 = 0; k0 < k;) {
    const left = k - k0;
    k0 += left >= 768 ? 384 : left > 384 ? Math.ceil(left / 2) : left;
    ends.push(k0);
  }
  return ends;
}

/**
 * C = A @ B element by element as OpenBLAS's dgemm sums it: per k block, the sequential chain
 * from zero (each term with one rounding where the kernel fuses its multiply-adds, else a
 * multiply then an add), the blocks' sums added in order onto +0.
 */
function blockedProduct(A: np.NDArray, B: np.NDArray, fused: boolean): Float64Array {
  const [n, k] = A.shape;
  const m = B.shape[1];
  const a = contiguousStorage(A) as Float64Array;
  const b = contiguousStorage(B) as Float64Array;
  const c = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let total = 0;
      let kk = 0;
      for (const end of kBlocks(k)) {
        let s = 0;
        for (; kk < end; kk++) s = fused ? fma(a[i * k + kk], b[kk * m + j], s) : s + a[i * k + kk] * b[kk * m + j];
        total += s;
      }
      c[i * m + j] = total;
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

test("random products are NumPy's, bit for bit, where OpenBLAS sums in its plain loop", () => {
  for (const [shape, want] of Object.entries(golden.rounded)) {
    const [n, k, m] = shape.split("x").map(Number);
    const rs = new np.random.RandomState(1);
    const c = np.matmul(rs.rand(n, k), rs.rand(k, m));
    const values = contiguousStorage(c) as Float64Array;
    golden.sample_at.forEach((at, j) => {
      const got = values[at < 0 ? values.length + at : at];
      assert.ok(Object.is(got, want.samples[j]), `${shape}: element ${at} is ${got}, NumPy gives ${want.samples[j]}`);
    });
    assert.is(float64Digest(values), want.sha256, `${shape}: digest of all ${values.length} elements`);
  }
});

test("every element is OpenBLAS's blocked sum, whichever thread computed it", () => {
  // inputs that round, so a different order of summation would show; k = 900 is three blocks
  const a = np.multiply(x, 0.1);
  const b = np.multiply(y, 0.3);
  const rs = new np.random.RandomState(7);
  const long: [np.NDArray, np.NDArray] = [rs.rand(64, 900), rs.rand(900, 52)];
  for (const [A, B] of [[a.get(":132"), b], [a, b.get(":", ":127")], [a.get("::-1"), b.get("::-1")], long]) {
    const got = contiguousStorage(np.matmul(A, B));
    const want = blockedProduct(A, B, fusedMultiplyAdd());
    for (let i = 0; i < want.length; i++) if (!Object.is(got[i], want[i])) assert.unreachable(`element ${i}: ${got[i]} vs ${want[i]}`);
    // the other rounding would differ, so the comparison tells them apart
    const other = blockedProduct(A, B, !fusedMultiplyAdd());
    assert.ok(other.some((v, i) => !Object.is(v, want[i])), "fused and unfused sums differ on these inputs");
  }
});

test.run();
