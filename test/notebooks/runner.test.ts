/** `npm run notebooks` executes through Jupyter and names notebook, cell and error on failure. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, streamText } from "../helpers/notebook";

function notebook(cells: { source: string; tags?: string[] }[]): string {
  return JSON.stringify({
    cells: cells.map((c) => ({ cell_type: "code", execution_count: null, metadata: c.tags ? { tags: c.tags } : {}, outputs: [], source: c.source })),
    metadata: { kernelspec: { display_name: "TypeScript (tslab-sci)", language: "typescript", name: "tslab-sci" } },
    nbformat: 4,
    nbformat_minor: 5,
  });
}

function run(cells: { source: string; tags?: string[] }[]) {
  const dir = mkdtempSync(join(tmpdir(), "nb-"));
  const file = join(dir, "case.ipynb");
  writeFileSync(file, notebook(cells));
  return spawnSync(process.execPath, [join(ROOT, "scripts", "notebooks", "run.js"), file], { cwd: ROOT, encoding: "utf8" });
}

test("a failing cell fails the run, naming notebook, cell and error", () => {
  const r = run([{ source: "const x = 1;" }, { source: 'throw new RangeError("pixel out of range")' }, { source: "console.log('never')" }]);
  assert.is(r.status, 1);
  assert.match(r.stderr, "FAIL case.ipynb, cell 1 (throw new RangeError(\"pixel out of range\"))");
  assert.match(r.stderr, "RangeError: pixel out of range");
});

test("a compile error fails the run with TypeScript's message", () => {
  const r = run([{ source: 'const n: number = "three";' }]);
  assert.is(r.status, 1);
  assert.match(r.stderr, "TypeError: Type 'string' is not assignable to type 'number'.");
});

test("cells tagged raises-exception may fail; the cells after them still run", () => {
  const r = run([{ source: "throw new Error('expected')", tags: ["raises-exception"] }, { source: "console.log(6 * 7)" }]);
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, "ok   case.ipynb");
  const executed = JSON.parse(readFileSync(join(ROOT, "out", "notebooks", "case.ipynb"), "utf8"));
  assert.is(streamText(executed.cells[1]), "42\n");
  // The HTML export is titled with the notebook's name and renders math off Debian.
  const html = readFileSync(join(ROOT, "out", "notebooks", "case.html"), "utf8");
  assert.match(html, "<title>case</title>");
  assert.match(html, 'src="https://cdnjs.cloudflare.com/ajax/libs/mathjax/2.7.7/MathJax.js?config=TeX-AMS_CHTML-full,Safe"');
  assert.not.match(html, "file:///usr/share/javascript");
});

test.run();
