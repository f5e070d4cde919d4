/**
 * Creation functions called with options other than their defaults (like=, subok=, dtype=,
 * order=, shape=) against Debian's NumPy (test/golden/np_sig/options_more.json,
 * scripts/golden/np_options_more.py). `like=` an NDArray and `subok=` give plain arrays, as
 * NumPy's for ndarray arguments (there are no subclasses here).
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
const i34 = np.array([[3, 1, 2, 1], [0, 5, 5, 0], [3, 1, 2, 1]]);
const any = np as any;

const layout = (x: np.NDArray) => [x, np.array([isFContiguous(x)]), np.array([isCContiguous(x)])];
/** An uninitialised array made comparable: zeroed in place, with its layout. */
const filled = (x: np.NDArray) => {
  x.fill(0);
  return layout(x);
};

const CALLS: Record<string, () => unknown> = {
  array_subok_true: () => np.array(a23, { subok: true }),
  asarray_like: () => np.asarray([1, 2], { like: a23 }),
  ascontiguousarray_dtype: () => layout(np.ascontiguousarray(a23.T, "f4")),
  ascontiguousarray_like: () => np.ascontiguousarray([1.5, 2], { like: a23 }),
  broadcast_to_subok: () => any.broadcast_to([1, 2, 3], [2, 3], true),
  copy_subok: () => np.copy(a23, { subok: true }),
  empty_like_kw: () => filled(np.empty([2, 3], { like: a23 })),
  empty_like_dtype: () => filled(np.empty_like(a23, "i4")),
  empty_like_order: () => filled(np.empty_like(a23, { order: "F" })),
  empty_like_subok: () => filled(np.empty_like(a23, { subok: false })),
  eye_like: () => np.eye(2, 3, 1, { like: a23 }),
  full_like_kw: () => np.full([2, 2], 7.5, { like: a23 }),
  identity_like: () => np.identity(3, { like: a23 }),
  ones_like_kw: () => np.ones(3, "i4", { like: a23 }),
  full_like_subok: () => np.full_like(a23, 2, { subok: false }),
  ones_like_subok: () => np.ones_like(i34, { subok: false }),
  ones_like_shape: () => np.ones_like(a23, { shape: [3, 1] }),
  zeros_like_dtype: () => np.zeros_like(a23, "u1"),
  zeros_like_order: () => layout(np.zeros_like(a23, { order: "F" })),
  zeros_like_subok: () => np.zeros_like(i34, { subok: false }),
};

test("creation functions honour their options as NumPy's", () => {
  checkCases(G.creation, CALLS);
});

test("copies and views as NumPy's: subok=True keeps np.copy and np.array copies, broadcast_to a view", () => {
  const c = np.copy(a23, { subok: true });
  assert.ok(c !== a23 && c.data !== a23.data);
  const d = np.array(a23, { subok: true });
  assert.ok(d !== a23 && d.data !== a23.data);
  const b = np.broadcast_to(a23.get(0), [2, 3], { subok: true });
  assert.ok(b.data === a23.data);
  assert.equal([...b.strides], [0, 1]);
});

test.run();
