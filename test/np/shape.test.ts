import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../src";
import { loadGolden } from "../helpers/golden";
import { Case, runCases } from "./_cases";

const golden = loadGolden<{ shape: Case[]; linalg: Case[] }>("np/arrays");
type A = np.NDArray;

const OPS: Record<string, (...args: any[]) => unknown> = {
  reshape: (x: A, k: { shape: number[] }) => x.reshape(k.shape),
  ravel: (x: A) => x.ravel(),
  flatten: (x: A) => x.flatten(),
  T: (x: A) => x.T,
  copy: (x: A) => x.copy(),
  astype: (x: A, k: { dtype: np.DTypeName }) => x.astype(k.dtype),
  expand_dims: (x: A, k: { axis: number | number[] }) => np.expand_dims(x, k.axis),
  concatenate: (x: A, y: A, k?: { axis: number; T?: boolean }) => (k?.T ? np.concatenate([x.T, y.T], { axis: k.axis }) : np.concatenate([x, y], k)),
  stack: (x: A, y: A, k?: { axis: number }) => np.stack([x, y], k),
  vstack: (x: A, y: A) => np.vstack([x, y]),
  hstack: (x: A, y: A) => np.hstack([x, y]),
  transpose: (x: A, k: { axes: number[] }) => np.transpose(x, k.axes),
  squeeze: (x: A, k?: { axis: number }) => np.squeeze(x, k?.axis),
  meshgrid: (...args: any[]) => np.meshgrid(...args),
  column_stack: (x: A, y: A) => np.column_stack([x, y]),
};

test(`shape functions match NumPy over layouts (${golden.shape.length} cases)`, () => {
  const failures = runCases(golden.shape, OPS);
  assert.equal(failures.slice(0, 15), [], `${failures.length} failures`);
});

test("views share memory where NumPy's do", () => {
  const a = np.arange(12).reshape(3, 4);
  a.T.set([0, 1], 100);
  assert.is(a.item(1, 0), 100);
  a.reshape(-1).set(0, 5);
  assert.is(a.item(0, 0), 5);
  a.ravel().set(1, 6);
  assert.is(a.item(0, 1), 6);
  a.flatten().set(2, 7);
  assert.is(a.item(0, 2), 2);
  np.expand_dims(a, 0).set([0, 2, 3], -1);
  assert.is(a.item(2, 3), -1);
});

test(`dot, matmul, outer and inner match NumPy (${golden.linalg.length} cases)`, () => {
  // float32 products accumulate in float64 here, in float32 (BLAS order) in NumPy: terms are
  // O(10), so float32 results agree to 1e-4 absolute; float64 and integers agree to 1e-12 / exactly
  const failures = runCases(golden.linalg, { dot: np.dot, matmul: np.matmul, outer: np.outer, inner: np.inner }, new Set(["dot", "matmul", "inner"]), 1e-4);
  assert.equal(failures.slice(0, 15), [], `${failures.length} failures`);
});

test.run();
