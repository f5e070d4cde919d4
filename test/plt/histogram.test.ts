/** plt.hist's counts and bin edges against numpy.histogram via matplotlib (test/golden/plt/hist_cases). */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import { contiguousStorage } from "../../src/np/contiguous";
import { histogram } from "../../src/plt/histogram";
import { loadGolden, assertAllClose, GoldenArray } from "../helpers/golden";

interface Case { label: string; x: GoldenArray; n: GoldenArray; edges: GoldenArray; bins?: number; range?: [number, number]; density?: boolean }
const cases = loadGolden<Case[]>("plt/hist_cases");

test("counts and edges match numpy for default, int bins, range, density, integers and constant data", () => {
  for (const c of cases) {
    const [fig, ax] = plt.subplots();
    const [n, edges] = ax.hist(c.x.data, { bins: c.bins, range: c.range, density: c.density });
    assertAllClose(contiguousStorage(edges), c.edges.data, 0, 0, `${c.label} edges`);
    assertAllClose(contiguousStorage(n), c.n.data, 1e-14, 0, `${c.label} counts`);
    assert.is(n.dtype.name, "float64");
    plt.close(fig);
  }
});

test("numpy's errors for bad bins and range", () => {
  assert.throws(() => histogram([1, 2], { bins: 0 }), /`bins` must be positive, when an integer/);
  assert.throws(() => histogram([1, 2], { range: [2, 1] }), /max must be larger than min in range parameter/);
  assert.throws(() => histogram([1, NaN]), /autodetected range of \[nan, nan\] is not finite/);
  const h = histogram([0, 1, 2, 3], { bins: [0, 1, 3] });
  assert.equal(Array.from(h.counts), [1, 3]);
});

test.run();
