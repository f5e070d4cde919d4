/** `np.testing`: NumPy's assertions for tests and exercises. */
export {
  assert_allclose, assert_array_equal, assert_array_almost_equal, assert_equal, assert_almost_equal, assert_array_less, assert_raises,
} from "./asserts";
export type { AssertOptions, AssertAllcloseOptions } from "./asserts";
