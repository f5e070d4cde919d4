/** IPython's display rule on TypeScript cells: which last statements show their value. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { showsValue } from "../../src/kernel/display-rule";

test("a last expression statement without `;` shows", () => {
  for (const code of ["1 + 1", "a", "a.get(10, 20)", "x = 1;\nx", "f(\n  1,\n  2\n)", "await p", "(y = 2)", "a == b"]) {
    assert.ok(showsValue(code), code);
  }
});

test("assignments, declarations, other statements and a trailing `;` do not", () => {
  const hidden = [
    "x = 1", "a.b = 2", "c[0] += 3", "d ??= 4", "e **= 2", "f ||= g",
    "a;", "benson.set([3, 10], 0);", "labels = labels.get(':', np.newaxis);",
    "const x = 1", "let y", "function f() {}", "class C {}", "interface P { x: number }",
    "type T = number", "enum E { A }", "for (const v of vs) v", "if (a) b", "import * as p from 'node:path'",
    "a\ninterface P { x: number }", "", "// only a comment",
  ];
  for (const code of hidden) assert.not.ok(showsValue(code), code);
});

test.run();
