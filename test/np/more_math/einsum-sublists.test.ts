/**
 * np.einsum in NumPy's sublist form against Debian's NumPy (test/golden/np_more/einsum_sublists.json,
 * scripts/golden/np_einsum_sublists.py): products, traces, diagonals, "..." for Ellipsis,
 * implicit outputs (with optimize too, whose labels NumPy orders differently), transposed,
 * reversed and broadcast operands; NumPy's errors for bad labels.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import type { NDArray } from "../../../src/np";
import { GoldenArray, loadGolden } from "../../helpers/golden";

const G = loadGolden<Record<string, GoldenArray> & { cases: Record<string, GoldenArray> }>("np_more/einsum_sublists");
const arr = (g: GoldenArray) => np.array(g.data).reshape(g.shape).astype(g.dtype as never);
const [a, b, c, t, v] = [arr(G.a), arr(G.b), arr(G.c), arr(G.t), arr(G.v)];
const E = "..." as const;

function close(got: NDArray, want: GoldenArray, what: string): void {
  assert.is(got.dtype.name, want.dtype, `${what}: dtype`);
  // the fixture writer stores a 0-d result as shape [1]
  assert.equal(got.ndim === 0 ? [1] : [...got.shape], want.shape, `${what}: shape`);
  (got.ravel().tolist() as number[]).forEach((x, i) => assert.ok(Math.abs(x - want.data[i]) <= 1e-12 * Math.max(1, Math.abs(want.data[i])), `${what}[${i}]: ${x} vs ${want.data[i]}`));
}

const CALLS: Record<string, () => NDArray> = {
  matmul: () => np.einsum(a, [0, 1], b, [1, 2]),
  matmul_out: () => np.einsum(a, [0, 1], b, [1, 2], [2, 0]),
  trace: () => np.einsum(c, [5, 5]),
  diag: () => np.einsum(c, [0, 0], [0]),
  implicit_mixed: () => np.einsum(a, [27, 0]),
  implicit_mixed_opt: () => np.einsum(a, [27, 0], { optimize: true }),
  implicit_low: () => np.einsum(a, [3, 0]),
  explicit_mixed_opt: () => np.einsum(a, [0, 27], v, [27], { optimize: true }),
  ellipsis_sum: () => np.einsum(t, [E, 0], [E]),
  ellipsis_batch: () => np.einsum(t, [E, 1, 2], b.T, [2, 1], [E]),
  three: () => np.einsum(a, [0, 1], b, [1, 2], b.get(":", ":2"), [1, 3], [0, 2, 3]),
  outer: () => np.einsum(v, [0], v, [1]),
  transposed: () => np.einsum(b.T, [0, 1], a.T, [1, 2], [2, 0]),
  reversed: () => np.einsum(a.get(":", "::-1"), [0, 1], v.get("::-1"), [1]),
  broadcast: () => np.einsum(np.broadcast_to(v, [4, 3]), [0, 1], b, [1, 0]),
  int: () => np.einsum(c, [0, 1], c, [1, 0]),
  high_labels: () => np.einsum(a, [51, 40], b, [40, 30], [30, 51]),
};

test("einsum's sublist form gives NumPy's results", () => {
  assert.equal(Object.keys(CALLS).sort(), Object.keys(G.cases).sort());
  for (const [name, call] of Object.entries(CALLS)) close(call(), G.cases[name], name);
});

test("einsum's sublist form: NumPy's errors for labels out of range or of the wrong type, and writes into out", () => {
  const bad = (labels: unknown[]) => () => (np.einsum as (...x: unknown[]) => unknown)(a, labels);
  assert.throws(bad([0, 52]), (e: Error) => e.name === "ValueError" && e.message === "subscript is not within the valid range [0, 52)");
  assert.throws(bad([0, -1]), (e: Error) => e.name === "ValueError" && e.message === "subscript is not within the valid range [0, 52)");
  assert.throws(bad([0, 1.5]), (e: Error) => e.name === "TypeError" && e.message === "each subscript must be either an integer or an ellipsis");
  assert.throws(() => (np.einsum as (...x: unknown[]) => unknown)(a, [0, 1], b), (e: Error) => e.name === "TypeError");
  const out = np.zeros([4, 2]);
  assert.is(np.einsum(a, [0, 1], b, [1, 2], [2, 0], { out }), out);
  close(out, G.cases.matmul_out, "out");
});

test.run();
