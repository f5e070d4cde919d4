/** error message contents: compile errors traced with a caret, thrown values named as Python names them. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { compileError, thrownError } from "../../src/kernel/errors";

const pos = (line: number, character: number) => ({ offset: 0, line, character });

test("a type error: location, the cell line, carets under the span, then Name: message", () => {
  const err = compileError([{ start: pos(1, 0), end: pos(1, 20), messageText: "Expected 1-2 arguments, but got 4.", category: 1, code: 2554 }], "// WRONG\nnp.array(1, 2, 3, 4)\n", 5);
  assert.equal(err, {
    ename: "TypeError",
    evalue: "Expected 1-2 arguments, but got 4.",
    traceback: ["  Cell In[5], line 2, column 1", "    np.array(1, 2, 3, 4)", "    ^^^^^^^^^^^^^^^^^^^^", "TypeError: Expected 1-2 arguments, but got 4."],
  });
});

test("a syntax error (TypeScript code below 2000) is a SyntaxError", () => {
  const err = compileError([{ start: pos(0, 4), end: pos(0, 4), messageText: "',' expected.", category: 1, code: 1005 }], "f(a b)", 1);
  assert.is(err.ename, "SyntaxError");
  assert.equal(err.traceback.slice(1, 3), ["    f(a b)", "        ^"]);
});

test("a thrown Error keeps its name; machinery frames are dropped", () => {
  class ValueError extends Error {
    override name = "ValueError";
  }
  const e = new ValueError("operands could not be broadcast together with shapes (3,) (4,)");
  e.stack = `ValueError: ${e.message}\n    at broadcast (/p/dist/np/broadcast.js:10:5)\n    at evalmachine.<anonymous>:2:7\n    at /w/dist/kernel/server.js:45:58\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)`;
  assert.equal(thrownError(e), {
    ename: "ValueError",
    evalue: "operands could not be broadcast together with shapes (3,) (4,)",
    traceback: [`ValueError: ${e.message}`, "    at broadcast (/p/dist/np/broadcast.js:10:5)", "    at evalmachine.<anonymous>:2:7"],
  });
});

test("an interrupt is KeyboardInterrupt; a thrown non-Error is an Error with its text", () => {
  const sigint = Object.assign(new Error("Script execution was interrupted by `SIGINT`"), { code: "ERR_SCRIPT_EXECUTION_INTERRUPTED" });
  assert.equal(thrownError(sigint), { ename: "KeyboardInterrupt", evalue: "", traceback: ["KeyboardInterrupt"] });
  assert.is(thrownError(new Error("Interrupted asynchronously")).ename, "KeyboardInterrupt");
  assert.equal(thrownError("bad"), { ename: "Error", evalue: "bad", traceback: ["Uncaught 'bad'"] });
});

test.run();
