/**
 * Run All as JupyterLab and the classic Notebook do it: every code cell of each tutorial
 * notebook sent to the kernel at once, `raises-exception` cells with stop_on_error false. Each
 * cell must run and show what the committed (executed) notebook shows for it: printed text and
 * value, figures, the WRONG cell's error; nothing is aborted.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { kernelSession, Executed } from "../helpers/kernel";
import { ROOT, Cell, shownText, errorOf, sourceOf } from "../helpers/notebook";

const NOTEBOOKS = join(ROOT, "notebooks");

const joinText = (t: unknown) => (Array.isArray(t) ? t.join("") : String(t ?? ""));

/** What a cell showed, from kernel messages, in the committed notebook's terms. */
function asCell(run: Executed): Cell {
  const outputs = run.outputs
    .filter((o) => ["stream", "execute_result", "display_data", "error"].includes(o.msg_type))
    .map((o) => ({ output_type: o.msg_type, ...o.content }));
  return { cell_type: "code", source: "", metadata: {}, outputs };
}

/** The non-stream outputs in order, figures by their text. */
function shape(cell: Cell): string[] {
  return (cell.outputs ?? [])
    .filter((o) => o.output_type !== "stream")
    .map((o) => (o.output_type === "display_data" ? `display_data ${joinText(o.data?.["text/plain"])}` : o.output_type));
}

for (const file of readdirSync(NOTEBOOKS).filter((f) => f.endsWith(".ipynb")).sort()) {
  test(`${file}: Run All runs every cell and each shows its committed output`, () => {
    const nb = JSON.parse(readFileSync(join(NOTEBOOKS, file), "utf8")) as { cells: Cell[] };
    const code = nb.cells.filter((c) => c.cell_type === "code");
    const mayFail = (c: Cell) => (c.metadata.tags ?? []).includes("raises-exception");
    const session = kernelSession([{ run_all: code.map((c) => ({ code: sourceOf(c), stop_on_error: !mayFail(c) })) }]);
    assert.equal(session.invalid, []);
    const runs = session.results[0] as Executed[];
    assert.is(runs.length, code.length);
    code.forEach((expected, i) => {
      const where = `${file}, code cell ${i}: ${sourceOf(expected).split("\n")[0]}`;
      const actual = asCell(runs[i]);
      assert.is(runs[i].reply.status, mayFail(expected) ? "error" : "ok", where);
      assert.is(runs[i].reply.execution_count, i + 1, where);
      if (mayFail(expected)) {
        assert.is(errorOf(actual)?.ename, errorOf(expected)?.ename, where);
        assert.is(errorOf(actual)?.evalue, errorOf(expected)?.evalue, where);
      }
      assert.is(shownText(actual), shownText(expected), where);
      assert.equal(shape(actual), shape(expected), where);
    });
  });
}

test.run();
