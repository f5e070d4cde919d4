/**
 * Executes a notebook through Jupyter with the project's tslab kernel (the same path as
 * `npm run notebooks`) and gives tests its outputs cell by cell.
 */
import { join } from "node:path";
import { readFileSync } from "node:fs";

// The runner is plain CommonJS shared with scripts/.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { executeNotebook } = require("../../scripts/notebooks/execute.js");

export const ROOT = join(__dirname, "..", "..");
const OUT = join(ROOT, "out", "test-notebooks");

export interface Output {
  output_type: string;
  name?: string;
  text?: string | string[];
  data?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  ename?: string;
  evalue?: string;
}

export interface Cell {
  cell_type: string;
  source: string | string[];
  metadata: { tags?: string[] };
  outputs?: Output[];
}

export interface ExecutedNotebook {
  result: { ok: boolean; cell: number | null; ename?: string; evalue?: string; timings: Record<string, unknown> };
  cells: Cell[];
  /** Code cells only, in order. */
  code: Cell[];
}

const cache = new Map<string, ExecutedNotebook>();

/** Runs notebooks/<name> (or an absolute path) once per test process. */
export function runNotebook(name: string): ExecutedNotebook {
  const hit = cache.get(name);
  if (hit) return hit;
  const file = name.startsWith("/") ? name : join(ROOT, "notebooks", name);
  const result = executeNotebook(file, OUT, { html: false });
  const nb = JSON.parse(readFileSync(result.executed ?? file, "utf8")) as { cells: Cell[] };
  const executed = { result, cells: nb.cells, code: nb.cells.filter((c) => c.cell_type === "code") };
  cache.set(name, executed);
  return executed;
}

const joinText = (t: string | string[] | undefined) => (Array.isArray(t) ? t.join("") : t ?? "");

// tslab prints a cell's value with util.inspect in colour (numbers in yellow, ...).
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Everything a cell printed on one stream, without terminal colours. */
export function streamText(cell: Cell, name: "stdout" | "stderr" = "stdout"): string {
  return (cell.outputs ?? [])
    .filter((o) => o.output_type === "stream" && o.name === name)
    .map((o) => joinText(o.text).replace(ANSI, ""))
    .join("");
}

/** The display_data bundles a cell emitted. */
export function displays(cell: Cell): Output[] {
  return (cell.outputs ?? []).filter((o) => o.output_type === "display_data" || o.output_type === "execute_result");
}

export function sourceOf(cell: Cell): string {
  return joinText(cell.source);
}

/**
 * What a reader sees as a cell's text: what it printed on stdout, then its Out[n] value
 * (execute_result text/plain) on its own line.
 */
export function shownText(cell: Cell): string {
  const value = (cell.outputs ?? []).filter((o) => o.output_type === "execute_result").map((o) => joinText(o.data?.["text/plain"] as string | string[]) + "\n");
  return streamText(cell) + value.join("");
}

/** The error output of a cell, if it failed. */
export function errorOf(cell: Cell): Output | undefined {
  return (cell.outputs ?? []).find((o) => o.output_type === "error");
}
