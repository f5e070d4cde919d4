/** Options of the statistics, set and order functions against Debian's NumPy 1.24 (scripts/golden/np_statistics_options.py). */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src/index";
import { GoldenArray, assertAllClose, loadGolden } from "../../helpers/golden";

const G = loadGolden("np_statistics/options");
const arr = (g: GoldenArray) => np.array(g.data, { dtype: g.dtype as never }).reshape(g.shape);
function close(a: np.NDArray | number, g: GoldenArray, what: string, rel = 1e-12): void {
  const v = typeof a === "number" ? np.array(a) : a;
  assert.equal(v.shape, g.shape, `${what} shape`);
  assert.is(v.dtype.name, g.dtype, `${what} dtype`);
  assertAllClose(v.ravel().tolist() as number[], g.data, rel, 0, what);
}

const x = arr(G.x);
const xn = arr(G.xn);
const ints = arr(G.ints);

test("dtype of cov, corrcoef, cumprod and the nan reductions", () => {
  close(np.cov(x, { dtype: "float32" }), G.cov32, "cov", 1e-6);
  close(np.corrcoef(x, { dtype: "float32" }), G.corrcoef32, "corrcoef", 1e-6);
  close(np.cumprod(ints, 1, "float32"), G.cumprod_dtype, "cumprod", 1e-6);
  close(np.nansum(xn, { axis: 1, dtype: "float32" }), G.nansum_f32, "nansum", 1e-6);
  close(np.nanprod(xn, { axis: 0, dtype: "float32" }), G.nanprod_f32, "nanprod", 1e-6);
  close(np.nanmean(xn, { axis: 1, dtype: "float32" }), G.nanmean_f32, "nanmean", 1e-6);
  close(np.nanvar(xn, { axis: 1, dtype: "float32" }), G.nanvar_f32, "nanvar", 1e-6);
  close(np.nanstd(xn, { axis: 1, dtype: "float32" }), G.nanstd_f32, "nanstd", 1e-6);
  close(np.nancumsum(ints, { axis: 1, dtype: "int64" }), G.nancumsum_i, "nancumsum");
  close(np.nancumprod(xn, { axis: 1, dtype: "float32" }), G.nancumprod_f, "nancumprod", 1e-6);
});

test("overwrite_input gives NumPy's values and leaves the input as it was", () => {
  const before = xn.copy();
  close(np.nanmedian(xn, { axis: 1, overwrite_input: true }), G.nanmedian_over, "nanmedian");
  close(np.nanpercentile(xn, 30, { axis: 0, overwrite_input: true }), G.nanpercentile_over, "nanpercentile");
  close(np.nanquantile(xn, [0.2, 0.9], { overwrite_input: true }), G.nanquantile_over, "nanquantile");
  close(np.median(x, { axis: 0, overwrite_input: true }), G.median_over, "median");
  close(np.quantile(x, 0.4, { axis: 1, overwrite_input: true }), G.quantile_over, "quantile");
  assert.equal(xn.tolist(), before.tolist());
  close(np.percentile(x, [10, 50], { axis: 1, keepdims: true }), G.percentile_keep, "percentile keepdims");
});

test("histogram_bin_edges weights, assume_unique, lexsort axis", () => {
  close(np.histogram_bin_edges(x.get(0), 4, { weights: arr(G.w) }), G.edges_weights, "edges");
  const a = np.array([5, 1, 9, 3]);
  const b = np.array([3, 4, 5, 6]);
  assert.equal(np.in1d(a, b, { assume_unique: true }).tolist(), G.in1d_unique.data.map(Boolean));
  assert.equal(np.isin(a, b, { assume_unique: true }).tolist(), G.isin_unique.data.map(Boolean));
  assert.equal(np.lexsort([np.array([1, 2, 1, 2]), np.array([4, 3, 2, 1])], { axis: 0 }).tolist(), G.lexsort_axis0.data);
});

test.run();
