import { test } from "uvu";
import * as assert from "uvu/assert";
import { scipy, np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { runCases } from "./_cases";
import { throwsNamed } from "../../skimage/_helpers";

const { ndimage } = scipy;
const fx = loadGolden("ndimage/filters");

test("filters match SciPy 1.10 (contiguous, transposed, reversed, broadcast; every mode)", () => {
  const n = runCases(fx, ndimage as never, 1e-12, 1e-12);
  assert.ok(n > 80, `${n} cases`);
});

test("one-axis filters, prewitt, Gaussian derivatives, rank filters, grey morphology and generic_filter match SciPy 1.10", () => {
  // the Python lambdas of the generic_filter cases, written again here
  const fns: Record<string, (w: Float64Array, ...extra: number[]) => number> = {
    range: (w) => Math.max(...w) - Math.min(...w),
    first: (w) => w[0] * 2 + w[w.length - 1],
    scaled: (w, k) => w.reduce((a, b) => a + b, 0) * k,
  };
  const generic = (input: unknown, name: string, kw: object) => ndimage.generic_filter(input as never, fns[name], kw as never);
  const n = runCases(loadGolden("ndimage/filters_more"), { ...ndimage, generic_filter: generic } as never, 1e-12, 1e-12);
  assert.ok(n > 100, `${n} cases`);
});

test("output= takes a dtype or an array written in place, as scipy's", () => {
  const a = np.arange(20).reshape(4, 5);
  const out = np.zeros([4, 5], { dtype: "float32" });
  const r = ndimage.gaussian_filter(a, 1, { output: out });
  assert.is(r, out);
  const f64 = ndimage.gaussian_filter(a, 1, { output: "float64" });
  assert.is(f64.dtype.name, "float64");
  // float32 keeps each pass in float32: the values are float32 roundings of a float64 filter
  Array.from(out.data as Float32Array).forEach((v, i) => assert.ok(Math.abs(v - (f64.data as Float64Array)[i]) < 1e-5));
  const ints = ndimage.gaussian_filter(a, 1);
  assert.is(ints.dtype.name, "int64");
  const labels = np.zeros([3, 3], { dtype: "int32" });
  const n = ndimage.label(np.array([[1, 0, 1], [0, 0, 1], [1, 0, 0]]), { output: labels });
  assert.is(n, 3);
  assert.equal(Array.from(labels.data as Int32Array), [1, 0, 2, 0, 0, 2, 3, 0, 0]);
});

test("bad arguments raise scipy's errors", () => {
  const a = np.zeros([4, 4]);
  throwsNamed(() => ndimage.gaussian_filter(a, 1, { mode: "bogus" as never }), "RuntimeError", "boundary mode not supported");
  throwsNamed(() => ndimage.gaussian_filter(a, [1, 2, 3]), "RuntimeError", "sequence argument must have length equal to input rank");
  throwsNamed(() => ndimage.median_filter(a), "RuntimeError", "no footprint or filter size provided");
  throwsNamed(() => ndimage.maximum_filter(a, { footprint: [[0, 0], [0, 0]] }), "ValueError", "All-zero footprint is not supported.");
  throwsNamed(() => ndimage.correlate(a, [1, 2, 3]), "RuntimeError", "filter weights array has incorrect shape.");
  throwsNamed(() => ndimage.uniform_filter(a, 3, { bogus: 1 } as never), "TypeError", "uniform_filter() got an unexpected keyword argument 'bogus'");
});

test.run();
