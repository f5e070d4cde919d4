/** Float literals in np.arange's arguments count as Python floats in a kernel cell (NumPy 1.24's dtypes). */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { runCell } from "./run-cell";

test("np.arange(0., 5.), np.arange(3.0), np.arange(0, 5, 1.) are float64; np.arange(5) stays int64", () => {
  const e = runCell("export const a = np.arange(0., 5.); export const b = np.arange(5); export const d = np.arange(3.0); export const f = np.arange(0, 5, 1.);") as Record<string, { dtype: { name: string }; toString(): string }>;
  assert.equal([e.a.dtype.name, e.b.dtype.name, e.d.dtype.name, e.f.dtype.name], ["float64", "int64", "float64", "float64"]);
  assert.is(e.d.toString(), "[0. 1. 2.]");
});

test.run();
