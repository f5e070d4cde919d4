import { test } from "uvu";
import * as assert from "uvu/assert";
import { inspect } from "node:util";
import { np } from "../../src";

test("dtype objects print as NumPy prints them", () => {
  assert.is(inspect(np.int64), "dtype('int64')");
  assert.is(String(np.uint8), "uint8");
  assert.is(np.dtype("float").name, "float64");
});

test("an unknown dtype name is NumPy's TypeError", () => {
  assert.throws(() => np.dtype("float65" as never), (e: Error) => e.name === "TypeError" && e.message === "data type 'float65' not understood");
});

test.run();
