/**
 * Python's operators through Jupyter and the kernel: values and dtypes as NumPy's, compound
 * assignment in place on a const binding from an earlier cell, a float literal as a Python
 * float, NumPy's casting error at run time and a type error with a caret under the operator.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { kernelSession, resultText, Executed } from "../helpers/kernel";

const session = kernelSession([
  { execute: 'import { np } from "tslab-sci";\nconst a = np.array([20, 30, 40, 50]);\nconst b = np.arange(4);' },
  { execute: "const c = a - b;\nc ** 2 < 1000" },
  { execute: "np.array([2., -1., 4.]) * 2" },
  { execute: "const v = a.get('1:');\nv += 1;\na" },
  { execute: "a += 0.5" },
  { execute: 'a - "x"' },
]);
const at = (i: number) => session.results[i] as Executed;
const errorOf = (cell: Executed) => cell.outputs.find((o) => o.msg_type === "error")?.content;

test("operators give NumPy's values and dtypes, and keep the NDArray type for the next cell", () => {
  assert.is(at(1).reply.status, "ok");
  assert.is(resultText(at(1)), "array([ True,  True, False, False])");
  assert.is(resultText(at(2)), "array([ 4., -2.,  8.])");
});

test("a += on a view of a const array from an earlier cell updates the base in place", () => {
  assert.is(resultText(at(3)), "array([20, 31, 41, 51])");
});

test("NumPy's casting error for int += float, and a type error with a caret under the operand", () => {
  assert.equal(errorOf(at(4))?.ename, "UFuncTypeError");
  assert.is(errorOf(at(4))?.evalue, "Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'");
  const err = errorOf(at(5));
  assert.is(err?.ename, "TypeError");
  assert.equal(err?.traceback.slice(0, 3), ["  Cell In[6], line 1, column 5", '    a - "x"', "        ^^^"]);
});

test.run();
