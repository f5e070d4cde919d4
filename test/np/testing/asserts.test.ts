import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import { ValueError } from "../../../src/errors";
import { GoldenArray, loadGolden } from "../../helpers/golden";
import { fromGolden } from "../_cases";
import { signatureOf } from "../../../src/signature";

interface TestingCase {
  fn: keyof typeof np.testing;
  x: GoldenArray;
  y: GoldenArray;
  x_shape: number[];
  y_shape: number[];
  kw: Record<string, unknown>;
  message: string | null;
  scalars: boolean;
}
const golden = loadGolden<{ cases: TestingCase[]; list_message: string; raises_message: string }>("np_more_math/testing");

function operand(g: GoldenArray, shape: number[], scalar: boolean): np.NDArray | number {
  if (scalar) return g.data[0];
  const a = fromGolden(g);
  return shape.length === 0 ? a.reshape([]) : a;
}

test(`np.testing's assertions pass and fail as NumPy's, with NumPy's messages (${golden.cases.length} cases)`, () => {
  const failures: string[] = [];
  for (const c of golden.cases) {
    const fn = np.testing[c.fn] as (...args: unknown[]) => void;
    let message: string | null = null;
    try {
      fn(operand(c.x, c.x_shape, c.scalars), operand(c.y, c.y_shape, c.scalars), c.kw);
    } catch (e) {
      if ((e as Error).name !== "AssertionError") throw e;
      message = (e as Error).message;
    }
    if (message !== c.message) failures.push(`${c.fn} ${JSON.stringify(c.kw)}:\n${JSON.stringify(message)}\nexpected\n${JSON.stringify(c.message)}`);
  }
  assert.equal(failures.slice(0, 6), []);
});

test("assert_equal recurses into lists as NumPy does", () => {
  assert.throws(() => np.testing.assert_equal([1, 2], [1, 3]), (e: Error) => e.name === "AssertionError" && e.message === golden.list_message);
  np.testing.assert_equal({ a: [1, 2], b: "x" }, { a: [1, 2], b: "x" });
});

test("assert_raises takes the error class and a callable", () => {
  np.testing.assert_raises(ValueError, () => np.reshape([1, 2, 3], [2, 2]));
  assert.throws(() => np.testing.assert_raises(ValueError, () => null), (e: Error) => e.name === "AssertionError" && e.message === golden.raises_message);
  assert.throws(() => np.testing.assert_raises(ValueError, () => { throw new RangeError("other"); }), RangeError);
});

test("np.testing's functions carry NumPy's signatures", () => {
  for (const name of Object.keys(np.testing)) {
    assert.is(signatureOf((np.testing as any)[name])?.qualname, `numpy.testing.${name}`, name);
  }
});

test.run();
