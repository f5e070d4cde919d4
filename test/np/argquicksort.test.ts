/** NumPy's quicksort argsort, step for step: tie orders equal Debian's NumPy 1.24 (np.argsort's default). */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { argQuicksort } from "../../src/np/argquicksort";
import { np } from "../../src/index";
import { loadGolden } from "../helpers/golden";

const G = loadGolden("np/argquicksort");

test("indices in NumPy's order for arrays full of ties, NaN and adversarial patterns", () => {
  assert.ok(G.cases.length >= 29);
  for (const c of G.cases) {
    const idx = Int32Array.from({ length: c.values.data.length }, (_, i) => i);
    argQuicksort(Float64Array.from(c.values.data), idx);
    assert.equal(Array.from(idx), c.order.data, `n=${c.values.data.length}`);
  }
});

test("np.argsort: the default and heapsort in NumPy's tie order, stable kinds stable, along any axis", () => {
  const ties = np.array(G.ties.data).reshape(G.ties.shape);
  const K = G.kinds;
  const same = (a: np.NDArray, g: { data: number[]; shape: number[] }, what: string) => {
    assert.equal(a.shape, g.shape, what);
    assert.equal(a.ravel().tolist(), g.data, what);
  };
  same(np.argsort(ties), K.default, "default");
  for (const kind of ["quicksort", "heapsort", "stable", "mergesort"] as const) same(np.argsort(ties, { kind }), K[kind], kind);
  same(np.argsort(ties.transpose(), 0), K.axis0, "axis 0 of a transposed array");
  same(np.argsort(ties, null), K.flat, "flattened");
  same(np.argsort(ties, null, "heapsort"), K.heap_flat, "flattened heapsort");
  same(ties.argsort(), K.default, "method");
});

test.run();
