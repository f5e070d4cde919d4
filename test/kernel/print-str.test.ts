/** console.log prints an array's str, as Python's print does. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { format } from "node:util";
import { np } from "../../src";
import { printable, installPythonPrint } from "../../src/kernel/print-str";

test("an NDArray prints as NumPy's str; other values are left alone", () => {
  assert.is(printable(np.array([1, 2, 3])), "[1 2 3]");
  assert.is(printable(np.array([[1.5, 2], [3, 4]])), "[[1.5 2. ]\n [3.  4. ]]");
  assert.equal(printable({ a: 1 }), { a: 1 });
  assert.is(printable("text"), "text");
  assert.is(printable(null), null);
});

test("installed on a console: top-level arguments only, format strings still work", () => {
  const lines: string[] = [];
  const fake = { log: (...a: unknown[]) => lines.push(format(...a)), info() {}, debug() {}, warn() {}, error() {} } as unknown as Console;
  installPythonPrint(fake);
  fake.log(np.array([1, 2]));
  fake.log("a = %s", np.array([3, 4]));
  fake.log([np.array([5])]);
  assert.equal(lines, ["[1 2]", "a = [3 4]", "[ array([5]) ]"]);
});

test.run();
