/** np.arange with NumPy scalars (0-d arrays) as start/stop/step: a float one makes float64, as in NumPy 1.24. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../src";

test("a float 0-d array makes the range float64; an integer one keeps int64 (NumPy: np.arange(np.float64(3)))", () => {
  const f = np.arange(np.asarray(3, { dtype: np.float64 }) as unknown as number);
  assert.is(f.dtype.name, "float64");
  assert.is(np.array_repr(f), "array([0., 1., 2.])");
  const i = np.arange(np.asarray(3) as unknown as number);
  assert.is(i.dtype.name, "int64");
  assert.is(np.arange(0, np.asarray(5, { dtype: np.float64 }) as unknown as number, 2).dtype.name, "float64");
});

test("a list is refused with NumPy's TypeError", () => {
  assert.throws(() => np.arange([1] as unknown as number), /unsupported operand type\(s\) for -: 'list' and 'int'/);
});

test.run();
