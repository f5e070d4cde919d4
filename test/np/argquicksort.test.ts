/** NumPy's quicksort argsort, step for step: tie orders equal Debian's NumPy 1.24 (np.argsort's default). */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { argQuicksort } from "../../src/np/argquicksort";
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

test.run();
