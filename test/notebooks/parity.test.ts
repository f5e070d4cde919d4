/**
 * Every notebook against its Python version (notebooks/python/*.py), both executed through
 * Jupyter on this machine: the TypeScript kernel with tslab-sci, Python's with Debian's NumPy,
 * scikit-image, scikit-learn and matplotlib. Code cells pair up one for one; what a cell prints
 * must be the same text, apart from the differences TypeScript forces, which are named below.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { textDifference } from "../helpers/text";
import { ROOT, runNotebook, streamText, shownText, errorOf, displays, sourceOf, Cell } from "../helpers/notebook";

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { buildNotebook } = require("../../scripts/notebooks/build.js");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { executeNotebook } = require("../../scripts/notebooks/execute.js");

const NOTEBOOKS = join(ROOT, "notebooks");
const PY_OUT = join(ROOT, "out", "python-notebooks");

function runPython(name: string): Cell[] {
  mkdirSync(PY_OUT, { recursive: true });
  const nbFile = join(PY_OUT, name + ".ipynb");
  buildNotebook(join(NOTEBOOKS, "python", name + ".py"), nbFile, "python");
  const result = executeNotebook(nbFile, join(PY_OUT, "executed"), { html: false, cwd: NOTEBOOKS });
  assert.ok(result.ok, `Python version of ${name} failed at cell ${result.cell}: ${result.ename}: ${result.evalue}`);
  const nb = JSON.parse(readFileSync(result.executed, "utf8")) as { cells: Cell[] };
  return nb.cells.filter((c) => c.cell_type === "code");
}

const text = (t: unknown) => (Array.isArray(t) ? t.join("") : String(t ?? ""));

/** What a Python cell shows as text: printed output, then the repr of its value. */
function pythonText(cell: Cell): string {
  const printed = streamText(cell);
  const result = (cell.outputs ?? []).find((o) => o.output_type === "execute_result");
  return printed + (result ? text(result.data?.["text/plain"]) + "\n" : "");
}

/** The figure bundles of a cell, by their text/plain ("<Figure size 640x480 with 1 Axes>"). */
function figureTexts(cell: Cell): string[] {
  return displays(cell)
    .filter((o) => o.output_type === "display_data")
    .map((o) => text(o.data?.["text/plain"]));
}

/** The last line of Python code in a cell, comments and blank lines left out. */
function lastPythonLine(src: string): string {
  const lines = src.split("\n").map((l) => l.replace(/#.*$/, "").trimEnd()).filter((l) => l.trim() !== "");
  return lines[lines.length - 1] ?? "";
}

/** True when a Python statement is an expression whose value is a tuple (`a, b`). */
function isTupleExpression(line: string): boolean {
  let depth = 0;
  for (const ch of line) {
    if ("([{".includes(ch)) depth++;
    else if (")]}".includes(ch)) depth--;
    else if (ch === "," && depth === 0) return true;
  }
  return false;
}

/**
 * Python's output rewritten as TypeScript must print it, where the language forces a change:
 * a tuple is a list (`(0, 255)` -> `[ 0, 255 ]`), `type(x)` is the class name (a string).
 */
function expectedTsText(py: string, pySource: string): string {
  const trimmed = py.trimEnd();
  if (/^numpy\.ndarray$/.test(trimmed)) return "'NDArray'\n";
  if (isTupleExpression(lastPythonLine(pySource)) && /^\(.*\)$/s.test(trimmed)) {
    return `[ ${trimmed.slice(1, -1)} ]\n`;
  }
  return py;
}

for (const file of readdirSync(join(NOTEBOOKS, "python")).filter((f) => f.endsWith(".py")).sort()) {
  const name = file.replace(/\.py$/, "");
  test(`${name}: every cell prints what the Python version prints`, () => {
    const ts = runNotebook(name + ".ipynb");
    assert.ok(ts.result.ok, `${name} failed at cell ${ts.result.cell}: ${ts.result.ename}: ${ts.result.evalue}`);
    const py = runPython(name);
    assert.is(ts.code.length, py.length, "the notebook and its Python version have the same number of code cells");
    for (let i = 0; i < py.length; i++) {
      const src = sourceOf(ts.code[i]);
      const where = `${name}, code cell ${i}: ${src.split("\n").find((l) => l.trim()) ?? ""}`;
      const pyErr = (py[i].outputs ?? []).find((o) => o.output_type === "error");
      if (pyErr) {
        // Python fails at run time; TypeScript rejects the same mistake at compile time.
        assert.ok((ts.code[i].metadata.tags ?? []).includes("raises-exception"), `${where}: expected a tagged failing cell`);
        assert.is(errorOf(ts.code[i])?.ename, pyErr.ename, `${where}: expected the same error name`);
        continue;
      }
      assert.equal(figureTexts(ts.code[i]), figureTexts(py[i]), `${where}: figures`);
      if (/np\.empty\(/.test(src)) continue; // NumPy shows leftover memory; new memory here is zeroed
      const pySource = sourceOf(py[i]);
      let expected = expectedTsText(pythonText(py[i]), pySource);
      let actual = shownText(ts.code[i]);
      if (/glob\.glob\(/.test(src)) {
        // glob returns directory order, which differs between file systems: its list is
        // compared as a set; the natsorted list that follows, in order.
        const normalise = (s: string) =>
          s.split("\n").map((line, k) => {
            const items = line.replace(/[\[\]' ]/g, "").split(",");
            return k === 0 ? items.sort().join(",") : items.join(",");
          }).join("\n");
        expected = normalise(expected);
        actual = normalise(actual);
      }
      const diff = textDifference(actual, expected);
      assert.ok(diff === null, `${where}: printed output: ${diff}\n--- actual\n${actual}\n--- expected\n${expected}`);
    }
  });
}

test.run();
