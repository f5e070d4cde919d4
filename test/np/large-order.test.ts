/** Sorting, unique, median/percentile and cumsum of arrays long enough for the fast paths, against Debian's NumPy 1.24. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../src/index";
import { assertAllClose, GoldenArray, loadGolden } from "../helpers/golden";

const G = loadGolden("np/large_order");

const arr = (g: GoldenArray, dtype = g.dtype) => np.array(g.data, { dtype }).reshape(g.shape);
const flat = (a: np.NDArray | number) => (typeof a === "number" ? [a] : (a.ravel().tolist() as number[]));

/** Exact equality, NaN equal to NaN, with the shape. */
function same(a: np.NDArray, g: GoldenArray, what: string): void {
  assert.equal(a.shape, g.shape, `${what}: shape`);
  const x = flat(a);
  for (let i = 0; i < x.length; i++) {
    if (!Object.is(x[i], g.data[i]) && !(x[i] === g.data[i])) assert.unreachable(`${what}[${i}]: ${x[i]} != ${g.data[i]}`);
  }
}

function close(a: np.NDArray | number, g: GoldenArray | number, what: string): void {
  const expected = typeof g === "number" ? [g] : g.data;
  if (typeof g !== "number" && typeof a !== "number") assert.equal(a.shape, g.shape, `${what}: shape`);
  assertAllClose(flat(a), expected, 1e-12, 0, what);
}

const floats = arr(G.floats);
const finite = arr(G.finite);
const ints = arr(G.ints);
const smallInts = arr(G.small_ints);
const grid = arr(G.grid);
const gridNan = grid.copy();
gridNan.set([2, 17], NaN);

test("np.sort of long float64 and int64 arrays: NaN last, infinities and subnormals in place", () => {
  same(np.sort(floats), G.sort_floats, "floats");
  same(np.sort(finite), G.sort_finite, "finite");
  same(np.sort(ints), G.sort_ints, "int64");
  same(np.sort(grid.T, 0), G.sort_grid_T, "transposed, axis 0");
  same(np.sort(grid.T.copy().T, { axis: -1 }).T, G.sort_grid_T, "strided rows");
  assert.equal(flat(finite).slice(0, 3), G.finite.data.slice(0, 3), "input unchanged");
});

test("np.unique of long arrays: floats (NaN once, or each with equal_nan=False) and int64", () => {
  same(np.unique(floats), G.unique_floats, "floats");
  same(np.unique(floats, { equal_nan: false }), G.unique_floats_nan, "equal_nan=False");
  same(np.unique(smallInts), G.unique_small, "small ints");
  same(np.unique(ints), G.unique_ints, "int64");
  const all = np.unique(smallInts, true, true, true) as np.NDArray[];
  G.unique_small_all.forEach((g: GoldenArray, i: number) => same(all[i], g, `return ${i}`));
  assert.is(all[1].dtype, np.int64);
  assert.is(np.unique(ints).dtype, np.int64);
});

test("np.median / percentile / quantile of long arrays by selection: odd and even counts, NaN, axes", () => {
  close(np.median(finite), G.median_finite, "odd");
  close(np.median(finite.get(np.slice(null, -1)) as np.NDArray), G.median_finite_even, "even");
  assert.ok(Number.isNaN(np.median(floats) as number), "NaN propagates");
  close(np.median(ints), G.median_ints, "int64");
  close(np.median(grid, 1), G.median_grid_1, "axis 1");
  close(np.median(grid.get(np.slice(null), np.slice(null, 2499)) as np.NDArray, 0), G.median_grid_0, "axis 0");
  close(np.median(gridNan, 1), G.median_grid_nan, "a row with NaN");
  close(np.percentile(finite, [0, 1, 37.5, 50, 99.9, 100]), G.percentile_finite, "percentiles");
  for (const [m, g] of Object.entries(G.quantile_methods)) close(np.quantile(finite, [0.1, 0.5, 0.77], { method: m as "linear" }), g as GoldenArray, m);
  close(np.percentile(gridNan, [10, 90], 1), G.percentile_grid, "percentiles along an axis");
  assert.equal(flat(finite).slice(0, 3), G.finite.data.slice(0, 3), "input unchanged");
  // ordered, reversed and constant inputs (the orders that defeat naive pivots)
  assert.is(np.median(np.arange(5000)), 2499.5);
  assert.is(np.median(np.arange(5001).get(np.slice(null, null, -1)) as np.NDArray), 2500);
  assert.is(np.percentile(np.ones(4000), 37), 1);
  assert.is(np.median(np.remainder(np.arange(100001), 7)), 3);
});

test("cumsum of long arrays: float64, int64 and along an axis", () => {
  close(np.cumsum(finite), G.cumsum_finite, "float64");
  same(np.cumsum(smallInts), G.cumsum_ints, "int64");
  assert.is(np.cumsum(smallInts).dtype, np.int64);
  close(np.cumsum(grid.get(np.slice(null), np.slice(null, 100)) as np.NDArray, 1), G.cumsum_grid_1, "axis 1");
  close(finite.cumsum(), G.cumsum_finite, "method");
  // an integer accumulator truncates each float first, as NumPy: [1 3 0] and [1 2 -6]
  assert.equal(np.cumsum(np.array([1.5, 2.7, -3.2]), { dtype: np.int64 }).tolist(), [1, 3, 0]);
  assert.equal(np.cumprod(np.array([1.5, 2.7, -3.2]), { dtype: np.int32 }).tolist(), [1, 2, -6]);
});

test.run();
