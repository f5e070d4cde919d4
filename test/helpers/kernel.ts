/**
 * Talks to the tslab-sci kernel through Jupyter's own client (scripts/kernel/session.py):
 * tests describe requests, get back replies and iopub outputs in arrival order, and the list
 * of messages that failed the messaging spec's schemas.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { registerKernel } = require("../../scripts/kernel/register.js");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { ensureJupyterPython } = require("../../scripts/notebooks/jupyter.js");

export const ROOT = join(__dirname, "..", "..");

export interface IopubOutput {
  msg_type: string;
  content: any;
}

export interface Executed {
  reply: any;
  outputs: IopubOutput[];
}

export type Step =
  | { run_all: { code: string; stop_on_error?: boolean }[] }
  | { execute: string; stop_on_error?: boolean; interrupt_when?: string }
  | { inspect: string; cursor_pos: number }
  | { complete: string; cursor_pos: number }
  | { is_complete: string }
  | { kernel_info: true };

/** Starts a kernel in `cwd`, runs the steps in order, shuts it down. */
export function kernelSession(steps: Step[], cwd = join(ROOT, "notebooks")): { results: any[]; invalid: string[] } {
  const python = ensureJupyterPython();
  const env = registerKernel();
  const r = spawnSync(python, [join(ROOT, "scripts", "kernel", "session.py")], {
    input: JSON.stringify({ cwd, steps }),
    env,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const line = (r.stdout ?? "").trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`session.py exited ${r.status}: ${(r.stderr ?? "").slice(-3000)}`);
  }
}

/** The text/plain of a cell's execute_result, or null when it showed no value. */
export function resultText(cell: Executed): string | null {
  const result = cell.outputs.find((o) => o.msg_type === "execute_result");
  return result ? String(result.content.data["text/plain"]) : null;
}

/** What a cell printed on a stream. */
export function printed(cell: Executed, name: "stdout" | "stderr" = "stdout"): string {
  return cell.outputs.filter((o) => o.msg_type === "stream" && o.content.name === name).map((o) => o.content.text).join("");
}

/** The output message types of a cell, in order. */
export function outputTypes(cell: Executed): string[] {
  return cell.outputs.map((o) => o.msg_type);
}
