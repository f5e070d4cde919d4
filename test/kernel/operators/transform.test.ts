/**
 * The operator rewrite of a cell, from the syntax alone: what becomes a helper call, what keeps
 * JavaScript's operator, const bindings updated in place, float literals marked, and positions
 * mapped back onto the cell.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { rewriteOperators, RUNTIME_MODULE } from "../../../src/kernel/operators/transform";

const PREFIX = `import * as _tslab_ops from "${RUNTIME_MODULE}"; `;
const rewrite = (code: string, prev = "") => {
  const out = rewriteOperators(code, prev)?.toString();
  return out === undefined ? null : out.startsWith(PREFIX) ? out.slice(PREFIX.length).replace(/_tslab_ops\./g, "$.") : out;
};

test("binary, unary and comparison operators become helper calls, inner ones inside outer ones", () => {
  assert.is(rewrite("a - b"), "$.sub(a, b)");
  assert.is(rewrite("-labels * np.log(p)"), "$.mul($.neg(labels), np.log(p))");
  assert.is(rewrite("(a + 1) * (b - 2) / 3"), "$.div($.mul(($.add(a, 1)), ($.sub(b, 2))), 3)");
  assert.is(rewrite("a - b - c"), "$.sub($.sub(a, b), c)");
  assert.is(rewrite("a ** b ** 2"), "$.pow(a, $.pow(b, 2))");
  assert.is(rewrite("a < 35"), "$.lt(a, 35)");
  assert.is(rewrite("~(m & n) | k ^ 1 << 2 >> x"), "$.or($.invert(($.and(m, n))), $.xor(k, $.rshift(1 << 2, x)))");
  assert.is(rewrite("+a % b"), "$.mod($.pos(a), b)");
});

test("float literals are flagged as operands, marked in lists and as call arguments", () => {
  assert.is(rewrite("a * 2."), "$.mul(a, 2., 2)");
  assert.is(rewrite("1.0 / (1 + x)"), "$.div(1.0, ($.add(1, x)), 1)");
  assert.is(rewrite("x * -1e3"), "$.mul(x, -1e3, 2)");
  assert.is(rewrite("np.array([2., -1., 4.])"), "np.array($.floats([2., -1., 4.]))");
  assert.is(rewrite("np.array([[1., 2], [3, 4]])"), "np.array([$.floats([1., 2]), [3, 4]])");
  assert.is(rewrite("np.full([2], 1.0)"), '$.method(np, "full", 2)([2], 1.0)');
  assert.is(rewrite("full([2], 1.0, 2.5)"), "$.call(full, 6)([2], 1.0, 2.5)");
  assert.is(rewrite("a.clip(0., 1.)"), '$.method(a, "clip", 3)(0., 1.)');
  assert.is(rewrite("console.log(1.5)"), null);
  assert.is(rewrite("f(0x1e, 2)"), null);
});

test("compound assignment: reassigned for let, in place for const, from this cell or an earlier one", () => {
  assert.is(rewrite("let w = z;\nw -= lr * g"), "let w = z;\nw = $.isub(w, $.mul(lr, g))");
  assert.is(rewrite("const w = z;\nw -= g"), "const w = z;\n$.isubConst(w, g)");
  assert.is(rewrite("w /= 2.", "declare const w: np.NDArray;\n"), "$.idivConst(w, 2., 2)");
  assert.is(rewrite("w /= 2.", "declare let w: np.NDArray;\n"), "w = $.idiv(w, 2., 2)");
  assert.is(rewrite("const w = 1;\nfunction f(w: number) { w **= 2 }"), "const w = 1;\nfunction f(w: number) { w = $.ipow(w, 2) }");
  assert.is(rewrite("this.w %= 3; o.a[i] &= m"), "this.w = $.imod(this.w, 3); o.a[i] = $.iand(o.a[i], m)");
  assert.is(rewrite("f().x += 1"), null, "a target with a call is evaluated once: left to JavaScript");
});

test("what stays JavaScript: string joins, literal arithmetic, ==, ++, enums, types and ambient declarations", () => {
  assert.is(rewrite('"n = " + n'), null);
  assert.is(rewrite("`${a}` + b"), null);
  assert.is(rewrite("2 * 3 + -1"), null);
  assert.is(rewrite("a == b; a === b; a != b; i++; !a"), null);
  assert.is(rewrite("enum E { A = 1 << 2 }"), null);
  assert.is(rewrite("type T = typeof x; interface I { f(x: number): void }"), null);
  assert.is(rewrite("declare const z: number;"), null);
});

test("positions map back: copied text exactly, rewritten operators to their start", () => {
  const code = "const c = a - b;\nc * bad";
  const out = rewriteOperators(code)!;
  const text = out.toString();
  assert.is(out.toOriginal(text.indexOf("bad")), code.indexOf("bad"));
  assert.is(out.toOriginal(text.indexOf("const")), 0);
  const helper = text.indexOf("_tslab_ops.mul");
  assert.is(out.synthesizedSite(helper)?.origStart, code.indexOf("c * bad"));
  assert.is(out.synthesizedSite(text.indexOf("bad")), undefined);
});

test.run();
