/**
 * NDArray methods called with options other than their defaults (out=, where=, initial=,
 * keepdims=, dtype=, order=, subok=) against Debian's NumPy (test/golden/np_sig/options_more.json,
 * scripts/golden/np_options_more.py).
 */
import { test } from "uvu";
import { np } from "../../../src";
import { isFContiguous } from "../../../src/np/layout";
import { isCContiguous } from "../../../src/np/contiguous";
import { loadGolden } from "../../helpers/golden";
import { checkCases } from "../_sig_cases";

const G = loadGolden("np_sig/options_more");
const a23 = np.array([[1.5, -2.0, 3.25], [0.5, 4.0, -1.0]]);
const i34 = np.array([[3, 1, 2, 1], [0, 5, 5, 0], [3, 1, 2, 1]]);
const mask = np.array([[true, false, true], [false, true, true]]);
const b23 = a23.gt(0);
const notB23 = np.logical_not(b23);

/** A call writing into a zeroed `out`: [out, whether the call returned out itself]. */
function withOut(fn: (o: np.NDArray) => unknown, shape: number[], dtype: np.DTypeLike = "f8"): np.NDArray[] {
  const out = np.zeros(shape, dtype);
  const r = fn(out);
  return [out, np.array([r === out])];
}
const layout = (x: np.NDArray) => [x, np.array([isFContiguous(x)]), np.array([isCContiguous(x)])];

const CALLS: Record<string, () => unknown> = {
  astype_order_F: () => layout(a23.astype("f4", { order: "F" })),
  astype_subok_false: () => a23.astype("i4", { subok: false }),
  copy_order_F: () => layout(a23.copy({ order: "F" })),
  clip_out: () => withOut((o) => a23.clip(-1, 2, o), [2, 3]),
  clip_where_out: () => withOut((o) => a23.clip(-1, 2, { out: o, where: mask }), [2, 3]),
  clip_casting_dtype: () => a23.clip(-1, 2, { dtype: "f4", casting: "same_kind" }),
  clip_order_F: () => layout(a23.clip(-1, 2, { order: "F" })),
  clip_subok_false: () => a23.clip(-1, 2, { subok: false }),
  sum_out: () => withOut((o) => a23.sum(0, { out: o }), [3]),
  sum_keepdims: () => a23.sum(1, { keepdims: true }),
  prod_dtype: () => i34.prod(1, "f4"),
  prod_out: () => withOut((o) => a23.prod(1, { out: o }), [2]),
  prod_initial: () => a23.prod(0, { initial: 2 }),
  prod_where: () => a23.prod(1, { where: mask }),
  mean_dtype: () => i34.mean(0, "f4"),
  mean_where: () => a23.mean(1, { where: mask }),
  var_dtype: () => i34.var(1, "f4"),
  var_out: () => withOut((o) => a23.var(0, { out: o }), [3]),
  var_keepdims: () => a23.var(1, { keepdims: true }),
  var_where: () => a23.var(1, { where: mask }),
  std_dtype: () => i34.std(0, { dtype: "f4" }),
  std_out: () => withOut((o) => a23.std(1, { out: o }), [2]),
  std_keepdims: () => a23.std(0, { keepdims: true }),
  std_where: () => a23.std(0, { where: mask }),
  min_out: () => withOut((o) => a23.min(0, { out: o }), [3]),
  min_keepdims: () => a23.min(1, { keepdims: true }),
  min_initial: () => a23.min({ initial: -5 }),
  min_where: () => a23.min(1, { initial: 10, where: mask }),
  max_out: () => withOut((o) => a23.max(1, { out: o }), [2]),
  any_out: () => withOut((o) => b23.any(0, { out: o }), [3], "bool"),
  any_keepdims: () => b23.any(1, { keepdims: true }),
  any_where: () => b23.any(1, { where: notB23 }),
  all_out: () => withOut((o) => b23.all(1, { out: o }), [2], "bool"),
  all_where: () => b23.all(0, { where: mask }),
  argmax_out: () => withOut((o) => (a23.argmax as any)(1, o), [2], "int64"),
  argmax_keepdims: () => a23.argmax(0, { keepdims: true }),
  argmin_out: () => withOut((o) => (a23.argmin as any)(0, { out: o }), [3], "int64"),
  cumsum_out: () => withOut((o) => (a23.cumsum as any)(1, null, o), [2, 3]),
};

test("NDArray methods honour their options as NumPy's", () => {
  checkCases(G.methods, CALLS);
});

test.run();
