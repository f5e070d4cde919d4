/**
 * The kernel through Jupyter's client: a cell's value as execute_result (IPython's display
 * rule), print as str, errors as `error` messages, variables kept after errors and interrupts,
 * stop_on_error, inspect inside parentheses, completion and kernel_info. Every message must
 * validate against the messaging spec's schemas.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { kernelSession, resultText, printed, outputTypes, Executed, Step } from "../helpers/kernel";

/** Created by the looping cell once its loop starts: the moment to interrupt it. */
const SPINNING = join(mkdtempSync(join(tmpdir(), "kernel-protocol-")), "spinning");

const steps: Step[] = [
  { execute: "1 + 1" },
  { execute: 'import { np, sns } from "tslab-sci";\nconst a = np.array([1, 2, 3]);' },
  { execute: "a" },
  { execute: "a;" },
  { execute: "let b = a.mul(2)\nb = a.add(1)" },
  { execute: "const o = { v: 1 };\no.v = 2" },
  { execute: "o.v += 1" },
  { execute: "o" },
  { execute: "console.log(a)\na" },
  { execute: "a\ninterface Point { x: number }" },
  { execute: "undefined" },
  { execute: "'text'" },
  { execute: "np.zeros([2, 3]).reshape([7])" },
  { execute: 'const n: number = "three";' },
  { execute: `import { writeFileSync } from "fs";\nlet spins = 0;\nwriteFileSync(${JSON.stringify(SPINNING)}, "");\nwhile (true) { spins++; }`, interrupt_when: SPINNING },
  { execute: "np.zeros([100000, 100000])" },
  { execute: "a.sum()" },
  { run_all: [{ code: "const q = 1" }, { code: "throw new RangeError('stop')" }, { code: "q + 1" }] },
  { run_all: [{ code: "throw new Error('tolerated')", stop_on_error: false }, { code: "q + 2" }] },
  { execute: "sns.scatterplot({ x: [1, 2, 3], y: [3, 1, 2] })" },
  { inspect: "np.linspace(", cursor_pos: 12 },
  { inspect: "np.linspace(0, 1", cursor_pos: 16 },
  { inspect: "const t = 1", cursor_pos: 7 },
  { complete: "np.", cursor_pos: 3 },
  { complete: "np.lins", cursor_pos: 7 },
  { kernel_info: true },
  { is_complete: "function f() {" },
  { is_complete: "1 + 1" },
];

const session = kernelSession(steps);
const at = (i: number) => session.results[i] as Executed;

test("every message validates against the messaging spec", () => {
  assert.equal(session.invalid, []);
});

test("a cell's last expression is an execute_result with its repr and execution_count", () => {
  assert.is(resultText(at(0)), "2");
  assert.is(at(0).reply.status, "ok");
  assert.is(at(0).reply.execution_count, 1);
  const result = at(0).outputs.find((o) => o.msg_type === "execute_result");
  assert.is(result?.content.execution_count, 1);
  assert.is(resultText(at(2)), "array([1, 2, 3])");
  assert.is(resultText(at(7)), "{ v: 3 }");
  assert.is(resultText(at(11)), "'text'");
});

test("declarations, assignments, a trailing `;`, undefined and a last type declaration show nothing", () => {
  for (const i of [1, 3, 4, 5, 6, 9, 10]) assert.equal(outputTypes(at(i)), [], `step ${i}: ${JSON.stringify(steps[i])}`);
});

test("console.log prints str(a), then the value shows repr(a)", () => {
  assert.equal(outputTypes(at(8)), ["stream", "execute_result"]);
  assert.is(printed(at(8)), "[1 2 3]\n");
  assert.is(resultText(at(8)), "array([1, 2, 3])");
});

test("a run-time error is an `error` message named as Python names it", () => {
  assert.equal(outputTypes(at(12)), ["error"]);
  const { ename, evalue, traceback } = at(12).outputs[0].content;
  assert.is(ename, "ValueError");
  assert.is(evalue, "cannot reshape array of size 6 into shape (7,)");
  assert.is(traceback[0], "ValueError: cannot reshape array of size 6 into shape (7,)");
  assert.is(at(12).reply.status, "error");
  assert.is(at(12).reply.ename, "ValueError");
});

test("a type error is an `error` message with the cell line and a caret under the span", () => {
  assert.equal(outputTypes(at(13)), ["error"]);
  assert.equal(at(13).outputs[0].content, {
    ename: "TypeError",
    evalue: "Type 'string' is not assignable to type 'number'.",
    traceback: [
      `  Cell In[${at(13).reply.execution_count}], line 1, column 7`,
      '    const n: number = "three";',
      "          ^",
      "TypeError: Type 'string' is not assignable to type 'number'.",
    ],
  });
});

test("an interrupted loop and a huge allocation are errors; earlier variables survive", () => {
  assert.is(at(14).reply.status, "error");
  assert.is(at(14).reply.ename, "KeyboardInterrupt");
  assert.is(at(15).reply.status, "error");
  assert.is(at(15).reply.ename, "MemoryError");
  assert.is(resultText(at(16)), "6");
});

test("a failing cell aborts the queued cells unless it was sent with stop_on_error false", () => {
  const [declare, fail, aborted] = at(17) as unknown as Executed[];
  assert.is(declare.reply.status, "ok");
  assert.is(fail.reply.status, "error");
  assert.is(fail.reply.ename, "RangeError");
  assert.is(aborted.reply.status, "aborted");
  assert.equal(aborted.outputs, []);
  const [tolerated, after] = at(18) as unknown as Executed[];
  assert.is(tolerated.reply.status, "error");
  assert.is(resultText(after), "3");
});

test("an Axes as the value shows its repr first, then the figure (matplotlib's inline order)", () => {
  assert.equal(outputTypes(at(19)), ["execute_result", "display_data"]);
  assert.is(resultText(at(19)), "<AxesSubplot: >");
  assert.is(at(19).outputs[1].content.data["text/plain"], "<Figure size 640x480 with 1 Axes>");
});

test("inspect inside a call's parentheses answers with the function's signature and doc", () => {
  for (const i of [20, 21]) {
    const reply = session.results[i];
    assert.is(reply.status, "ok");
    assert.ok(reply.found, `step ${i}`);
    const text: string = reply.data["text/plain"];
    assert.match(text, "linspace(start: number, stop: number, num?: number | ");
    assert.match(text, "`numpy.linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0)`");
  }
  assert.match(session.results[22].data["text/plain"], "const t: 1");
});

test("completion of np. lists public names and no `_` names", () => {
  const { matches, cursor_start, cursor_end } = session.results[23];
  assert.is(cursor_start, 3);
  assert.is(cursor_end, 3);
  for (const name of ["array", "linspace", "zeros", "newaxis"]) assert.ok(matches.includes(name), name);
  assert.equal(matches.filter((m: string) => m.startsWith("_")), []);
  assert.equal(session.results[24].matches, ["linspace"]);
});

test("kernel_info has status ok and the language's name, version, mimetype and extension", () => {
  const info = session.results[25];
  assert.is(info.status, "ok");
  assert.is(info.protocol_version, "5.3");
  assert.is(info.language_info.name, "typescript");
  assert.is(info.language_info.version, require("typescript/package.json").version);
  assert.is(info.language_info.mimetype, "text/typescript");
  assert.is(info.language_info.file_extension, ".ts");
});

test("is_complete: an open block is incomplete, an expression complete", () => {
  assert.is(session.results[26].status, "incomplete");
  assert.is(session.results[27].status, "complete");
});

test.run();
