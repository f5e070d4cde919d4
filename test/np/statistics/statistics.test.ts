import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { Case, runCases } from "../_cases";
import { signatureOf } from "../../../src/signature";

const OPS: Record<string, (...args: any[]) => unknown> = {
  histogram: np.histogram, histogram_bin_edges: np.histogram_bin_edges, histogram2d: np.histogram2d,
  bincount: np.bincount, digitize: np.digitize, average: np.average, ptp: np.ptp, cov: np.cov, corrcoef: np.corrcoef,
  nansum: np.nansum, nanprod: np.nanprod, nanmin: np.nanmin, nanmax: np.nanmax, nanmean: np.nanmean, nanvar: np.nanvar,
  nanstd: np.nanstd, nanmedian: np.nanmedian, nanargmin: np.nanargmin, nanargmax: np.nanargmax, nancumsum: np.nancumsum,
  nancumprod: np.nancumprod, nanpercentile: np.nanpercentile, nanquantile: np.nanquantile,
  intersect1d: np.intersect1d, union1d: np.union1d, setdiff1d: np.setdiff1d, setxor1d: np.setxor1d, in1d: np.in1d, isin: np.isin,
  argwhere: np.argwhere, extract: np.extract, lexsort: (...keys: np.NDArray[]) => np.lexsort(keys.length === 1 ? keys[0] : keys),
  histogram_w: (a: np.NDArray, w: np.NDArray, kw?: object) => np.histogram(a, { ...kw, weights: w }),
  histogram2d_w: (x: np.NDArray, y: np.NDArray, w: np.NDArray, kw?: object) => np.histogram2d(x, y, { ...kw, weights: w }),
  bincount_w: (x: np.NDArray, w: np.NDArray, kw?: object) => np.bincount(x, { ...kw, weights: w }),
  average_w: (a: np.NDArray, w: np.NDArray, kw?: object) => np.average(a, { ...kw, weights: w }),
  cov_f: (m: np.NDArray, f: np.NDArray, kw?: object) => np.cov(m, { ...kw, fweights: f }),
  cov_a: (m: np.NDArray, w: np.NDArray, kw?: object) => np.cov(m, { ...kw, aweights: w }),
  cov_fa: (m: np.NDArray, f: np.NDArray, w: np.NDArray, kw?: object) => np.cov(m, { ...kw, fweights: f, aweights: w }),
  select: (...args: unknown[]) => {
    const last = args[args.length - 1];
    const kw = last !== null && typeof last === "object" && !(last instanceof np.NDArray) ? (args.pop() as object) : {};
    const n = args.length / 2;
    return np.select(args.slice(0, n) as np.NDArray[], args.slice(n) as np.NDArray[], kw);
  },
  piecewise_1: (x: np.NDArray) => np.piecewise(x, [np.less(x, 0), np.greater_equal(x, 1)], [(v) => np.multiply(v, 2), 5.0, (v) => np.negative(v)]),
  piecewise_2: (x: np.NDArray) => np.piecewise(x, [np.less(x, 0), np.greater(x, 0)], [-1, 1]),
  piecewise_3: (x: np.NDArray) => np.piecewise(x, [np.less(x, 0)], [(v) => np.power(v, 2)]),
};

for (const file of ["histograms", "averages", "nan", "sets"]) {
  const golden = loadGolden<{ cases: Case[] }>(`np_statistics/${file}`);
  test(`${file} match NumPy over contiguous, strided and broadcast inputs (${golden.cases.length} cases)`, () => {
    const failures = runCases(golden.cases, OPS, new Set(), 1e-6);
    assert.equal(failures.slice(0, 12), [], `${failures.length} failures`);
  });
}

test("the new statistics, set and selection functions carry NumPy signatures", () => {
  const names = [
    "histogram", "histogram_bin_edges", "histogram2d", "bincount", "digitize", "average", "ptp", "cov", "corrcoef", "nansum", "nanprod",
    "nanmin", "nanmax", "nanmean", "nanvar", "nanstd", "nanmedian", "nanargmin", "nanargmax", "nancumsum", "nancumprod",
    "nanpercentile", "nanquantile", "intersect1d", "union1d", "setdiff1d", "setxor1d", "in1d", "isin", "argwhere", "extract",
    "select", "piecewise", "lexsort",
  ];
  assert.equal(names.filter((n) => signatureOf((np as Record<string, unknown>)[n]) === undefined), []);
  assert.is(signatureOf(np.cov)?.qualname, "numpy.cov");
});

test("0-d results: cov of one variable, isin of a scalar, corrcoef of one variable", () => {
  const c = np.cov([1, 2, 4, 7]);
  assert.equal(c.shape, []);
  assert.is(c.item(), 7);
  const m = np.isin(3, [1, 3]);
  assert.equal([m.shape, m.dtype.name, m.item()], [[], "bool", 1]);
  assert.is(np.corrcoef([1, 2, 4, 7]), 1);
  assert.equal(np.argwhere(0).shape, [0, 0]);
});

test("np.piecewise checks the number of functions as NumPy does", () => {
  assert.throws(() => np.piecewise([1, 2], [[true, false]], [1, 2, 3]), (e: Error) => e.name === "ValueError" && e.message === "with 1 condition(s), either 1 or 2 functions are expected");
  assert.equal(np.piecewise([-1.5, 2], [[true, false]], [0, (x) => np.multiply(x, 10)]).tolist(), [0, 20]);
});

test.run();
