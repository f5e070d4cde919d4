/**
 * np.lexsort with keys of several dimensions against Debian's NumPy (test/golden/np_more/
 * lexsort_nd.json, scripts/golden/np_lexsort_nd.py): each axis, keys as an array's slices or a
 * sequence, complex and NaN keys, transposed, reversed and broadcast keys; NumPy's errors.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import type { NDArray } from "../../../src/np";
import { GoldenArray, loadGolden } from "../../helpers/golden";

const G = loadGolden<Record<string, GoldenArray> & { k3_axes: Record<string, GoldenArray>; k4_axes: Record<string, GoldenArray> }>("np_more/lexsort_nd");
const arr = (g: GoldenArray) => np.array(g.data).reshape(g.shape).astype(g.dtype as never);

function same(got: NDArray, want: GoldenArray, what: string): void {
  assert.is(got.dtype.name, want.dtype, `${what}: dtype`);
  assert.equal([...got.shape], want.shape, `${what}: shape`);
  assert.equal(got.ravel().tolist(), want.data, `${what}: values`);
}

test("lexsort of n-d keys along every axis, as an array's slices or a sequence", () => {
  const k3 = arr(G.k3);
  const k4 = arr(G.k4);
  for (const [ax, want] of Object.entries(G.k3_axes)) same(np.lexsort(k3, Number(ax)), want, `k3 axis ${ax}`);
  for (const [ax, want] of Object.entries(G.k4_axes)) same(np.lexsort(k4, { axis: Number(ax) }), want, `k4 axis ${ax}`);
  same(np.lexsort([k3.get(0), k3.get(1)], 0), G.k3_seq, "a sequence of keys");
});

test("lexsort of transposed, reversed and broadcast keys, complex keys", () => {
  const k3 = arr(G.k3);
  same(np.lexsort([k3.get(0).T, k3.get(1).T]), G.k3_T, "transposed");
  same(np.lexsort([k3.get(0, ":", "::-1"), k3.get(1, "::-1")], 1), G.k3_rev, "reversed");
  same(np.lexsort([np.broadcast_to(k3.get(0, 0), [3, 4]), k3.get(1)], 0), G.k3_bcast, "broadcast");
  const z = np.zeros(G.z_re.shape, { dtype: "complex128" });
  z.real.set("...", arr(G.z_re));
  z.imag.set("...", arr(G.z_im));
  const zk = arr(G.zk);
  same(np.lexsort([zk, z]), G.complex, "complex primary key");
  same(np.lexsort([z, zk], 0), G.complex_axis0, "complex secondary key along axis 0");
});

test("lexsort's errors and 0-d keys are NumPy's", () => {
  assert.throws(() => np.lexsort(np.zeros([2, 2, 2]), -4), (e: Error) => e.name === "AxisError" && e.message === "axis -4 is out of bounds for array of dimension 2");
  assert.throws(() => np.lexsort([np.zeros([2, 2]), np.zeros([2])]), (e: Error) => e.name === "ValueError" && e.message === "all keys need to be the same shape");
  assert.throws(() => np.lexsort(np.array(5)), (e: Error) => e.name === "TypeError" && e.message === "need sequence of keys with len > 0 in lexsort");
  // a 1-d array is a sequence of 0-d keys: NumPy answers 0
  assert.is(np.lexsort(np.array([3, 1, 2])).item(), 0);
  same(np.lexsort(np.zeros([2, 0, 3]), 0), { dtype: "int64", shape: [0, 3], data: [] }, "empty");
});

test.run();
