/**
 * np's reductions, np.clip, np.quantile, np.vstack, np.where, slice and np.vectorize called
 * with options other than their defaults, against Debian's NumPy
 * (test/golden/np_sig/options_more.json, scripts/golden/np_options_more.py).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import { isFContiguous } from "../../../src/np/layout";
import { isCContiguous } from "../../../src/np/contiguous";
import { loadGolden } from "../../helpers/golden";
import { checkCases } from "../_sig_cases";

const G = loadGolden("np_sig/options_more");
const a23 = np.array([[1.5, -2.0, 3.25], [0.5, 4.0, -1.0]]);
const mask = np.array([[true, false, true], [false, true, true]]);
const b23 = a23.gt(0);
const any = np as any;

/** A call writing into a zeroed `out`: [out, whether the call returned out itself]. */
function withOut(fn: (o: np.NDArray) => unknown, shape: number[], dtype: np.DTypeLike = "f8"): np.NDArray[] {
  const out = np.zeros(shape, dtype);
  const r = fn(out);
  return [out, np.array([r === out])];
}
const layout = (x: np.NDArray) => [x, np.array([isFContiguous(x)]), np.array([isCContiguous(x)])];

/** np.vectorize(cache=True) calls pyfunc once per element, as NumPy's (no extra call to find the output type). */
function vectorizeCounts(): unknown {
  let calls = 0;
  const v = np.vectorize((x: number) => (calls++, x * 2), { cache: true });
  return [v([1, 2, 3]), np.array([calls])];
}

const CALLS: Record<string, () => unknown> = {
  np_clip_order_F: () => layout(np.clip(a23, -1, 2, { order: "F" })),
  np_clip_subok_false: () => np.clip(a23, -1, 2, { subok: false }),
  np_all_out: () => withOut((o) => any.all(b23, 0, o), [3], "bool"),
  np_amin_out: () => withOut((o) => any.amin(a23, 1, o), [2]),
  np_amin_where: () => any.amin(a23, 0, { initial: 3, where: mask }),
  np_argmin_out: () => withOut((o) => any.argmin(a23, 1, o), [2], "int64"),
  np_cumprod_out: () => withOut((o) => any.cumprod(a23, 0, { out: o }), [2, 3]),
  np_prod_out: () => withOut((o) => any.prod(a23, 0, { out: o }), [3]),
  np_quantile_out: () => withOut((o) => any.quantile(a23, [0.25, 0.5], 1, o), [2, 2]),
  np_quantile_interpolation: () => any.quantile(a23, 0.3, { axis: 0, interpolation: "lower" }),
  np_std_out: () => withOut((o) => any.std(a23, 0, { out: o }), [3]),
  np_var_out: () => withOut((o) => any.var(a23, 1, null, o), [2]),
  np_vstack_casting_unsafe: () => np.vstack([a23, a23.get("::-1")], { dtype: "i4", casting: "unsafe" }),
  np_vstack_casting_safe: () => np.vstack([a23, a23], { dtype: "i4", casting: "safe" }),
  np_where_xy: () => np.where(mask, a23, -1),
  np_where_xy_broadcast: () => np.where(mask.get(0), a23, [[10], [20]]),
  slice_stop_step: () => a23.get(":", np.slice(0, 3, 2)),
  slice_negative_step: () => a23.get(":", np.slice(null, null, -1)),
  vectorize_cache: vectorizeCounts,
};

test("np functions honour their options as NumPy's", () => {
  const warn = process.emitWarning;
  process.emitWarning = () => {}; // interpolation= is deprecated (NumPy warns too)
  try {
    checkCases(G.misc, CALLS);
  } finally {
    process.emitWarning = warn;
  }
});

test("np.vectorize's doc= is the vectorized function's __doc__", () => {
  assert.is(np.vectorize((x: number) => x, { doc: "Doubles x." }).__doc__, "Doubles x.");
  assert.is(np.vectorize((x: number) => x).__doc__, null);
});

test("slice(stop) and slice(start, stop, step) as Python's", () => {
  const s = np.slice(4);
  assert.equal([s.start, s.stop, s.step], [null, 4, null]);
  const t = np.slice(1, 5, 2);
  assert.equal([t.start, t.stop, t.step], [1, 5, 2]);
  assert.throws(() => (np.slice as any)(1, 2, 3, 4), (e: Error) => e.name === "TypeError");
});

test.run();
