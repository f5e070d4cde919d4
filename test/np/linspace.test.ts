/** np.linspace's every parameter, against what Debian's NumPy 1.24 prints for the same calls. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../src/index";

test("retstep returns the samples and the step", () => {
  const [samples, step] = np.linspace(0, 1, 5, { retstep: true }) as [np.NDArray, number];
  assert.is(String(np.linspace(0, 1, 5)), "[0.   0.25 0.5  0.75 1.  ]");
  assert.is(samples.toString(), "[0.   0.25 0.5  0.75 1.  ]");
  assert.is(step, 0.25);
  const [one, nanStep] = np.linspace(0, 1, 1, { retstep: true }) as [np.NDArray, number];
  assert.is(one.toString(), "[0.]");
  assert.ok(Number.isNaN(nanStep));
});

test("all parameters positionally: endpoint, retstep, dtype, axis", () => {
  const [samples, step] = np.linspace(2, 3, 4, false, true, "int32", -1) as [np.NDArray, number];
  assert.is(`${samples.dtype}`, "int32");
  assert.is(samples.toString(), "[2 2 2 2]");
  assert.is(step, 0.25);
});

test("an axis the 1-d result does not have is AxisError", () => {
  assert.throws(() => np.linspace(0, 1, 5, { axis: 1 }), (e: Error) => e.name === "AxisError" && e.message === "destination: axis 1 is out of bounds for array of dimension 1");
});

test.run();
