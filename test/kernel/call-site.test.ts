/** Shift+Tab inside a call's parentheses looks up the called function. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { calleePosition } from "../../src/kernel/call-site";

const at = (code: string, cursor = code.length) => calleePosition(code, cursor);

test("inside the parentheses of a call: the start of the called name", () => {
  assert.is(at("np.linspace("), 3);
  assert.is(at("np.linspace(0, 1"), 3);
  assert.is(at("np.linspace(0, 1)", 16), 3);
  assert.is(at("f(a, b)", 4), 0);
  assert.is(at("new Map(["), 4);
  assert.is(at("x = 1;\ntransform.resize(img, "), 17);
});

test("the innermost call wins", () => {
  assert.is(at("np.sum(np.zeros([2, "), 10);
  assert.is(at("np.sum(np.zeros([2, 3]), ", 25), 3);
});

test("outside any parentheses: null (the name under the cursor is looked up as usual)", () => {
  assert.is(at("np.linspace", 5), null);
  assert.is(at("np.linspace(0, 1)"), null);
  assert.is(at("const x = 1"), null);
});

test.run();
