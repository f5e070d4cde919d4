/**
 * The method form of cells with operators (scripts/notebooks/rewrite-operators.js): arrays'
 * operators become NDArray methods or np functions as the type checker resolved them, numbers
 * keep theirs; the result compiles in plain TypeScript. Needs the built package.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { methodForm } from "../../../src/kernel/operators/method-form";

const cells = methodForm([
  'import { np } from "tslab-sci";\nconst a = np.array([20, 30, 40, 50]);\nconst b = np.arange(4);',
  "const c = a - b;\nb ** 2 < 3",
  "const n = 2 * a.size - 1;\nconst d = 1 - -c * n;",
  "let w = np.zeros(4);\nw -= 0.1 * c;\nw %= 3;\nw = ~(b > 1) | (b < 1);",
  "function sigmoid(z: np.NDArray) { return 1.0 / (1 + np.exp(-z)); }\nsigmoid(c) * 2.",
  "np.array([2., -1., 4.])",
  "a.sub(b).mul(2)",
]);

test("array operators become methods or np functions; number operators stay", () => {
  assert.is(cells[1], "const c = a.sub(b);\n(b.pow(2)).lt(3)");
  assert.is(cells[2], "const n = 2 * a.size - 1;\nconst d = np.subtract(1, (c.neg()).mul(n));");
  assert.is(cells[3], "let w = np.zeros(4);\nw.isub(np.multiply(0.1, c));\nnp.remainder(w, 3, { out: w });\nw = np.bitwise_or(np.invert((b.gt(1))), (b.lt(1)));");
  assert.is(cells[4], "function sigmoid(z: np.NDArray) { return np.true_divide(np.asarray(1.0, np.float64), (np.add(1, np.exp(z.neg())))); }\nsigmoid(c).mul(np.asarray(2., np.float64))");
  assert.is(cells[5], 'np.array([2., -1., 4.], { dtype: "float64" })');
});

test("cells without operators come back unchanged", () => {
  assert.is(cells[0], 'import { np } from "tslab-sci";\nconst a = np.array([20, 30, 40, 50]);\nconst b = np.arange(4);');
  assert.is(cells[6], "a.sub(b).mul(2)");
});

test.run();
