/**
 * The content of Jupyter `error` messages (ename, evalue, traceback) for what can go wrong in
 * a cell: TypeScript diagnostics, a thrown value, an interrupt. The library's errors carry
 * Python's exception names in `.name` (ValueError, TypeError ...), which become the ename.
 */
import { inspect } from "node:util";
import type { Diagnostic } from "./tslab";

/** The fields an `error` message and an execute_reply with status 'error' share. */
export interface ErrorContent {
  ename: string;
  evalue: string;
  traceback: string[];
}

/**
 * A compile error, traced as IPython traces a SyntaxError: where it is, the cell line with a
 * caret under the span, then `Name: message`. Codes below 2000 are TypeScript's syntax errors;
 * the others are type errors (Python would raise TypeError at run time for most of them).
 */
export function compileError(diagnostics: Diagnostic[], code: string, count: number): ErrorContent {
  const lines = code.split("\n");
  const traceback: string[] = [];
  for (const d of diagnostics) {
    const where = d.fileName ? `File ${d.fileName}` : `Cell In[${count}]`;
    traceback.push(`  ${where}, line ${d.start.line + 1}, column ${d.start.character + 1}`);
    if (!d.fileName) {
      const line = lines[d.start.line] ?? "";
      const end = d.end.line === d.start.line ? d.end.character : line.length;
      traceback.push(`    ${line}`, `    ${" ".repeat(d.start.character)}${"^".repeat(Math.max(1, end - d.start.character))}`);
    }
    traceback.push(`${diagnosticName(d)}: ${d.messageText}`);
  }
  const first = diagnostics[0];
  return { ename: diagnosticName(first), evalue: first.messageText, traceback };
}

function diagnosticName(d: Diagnostic): string {
  return d.code < 2000 ? "SyntaxError" : "TypeError";
}

/** Node's error for a synchronous loop stopped by SIGINT, and tslab's for an awaited one. */
function isInterrupt(e: unknown): boolean {
  const err = e as { code?: string; message?: string } | null;
  return err?.code === "ERR_SCRIPT_EXECUTION_INTERRUPTED" || err?.message === "Interrupted asynchronously";
}

/** Frames that belong to the kernel or to Node, not to the cell or the library it called. */
const MACHINERY_FRAME = /\bnode:|[\\/](tslab[\\/]dist|dist[\\/]kernel|src[\\/]kernel)[\\/]/;

/** A value thrown by a cell: `Name: message` and the stack frames that are the user's. */
export function thrownError(e: unknown): ErrorContent {
  if (isInterrupt(e)) return { ename: "KeyboardInterrupt", evalue: "", traceback: ["KeyboardInterrupt"] };
  if (!(e instanceof Error)) {
    const evalue = typeof e === "string" ? e : inspect(e);
    return { ename: "Error", evalue, traceback: [`Uncaught ${inspect(e)}`] };
  }
  const ename = e.name || e.constructor?.name || "Error";
  const evalue = e.message;
  const frames = (e.stack ?? "").split("\n").filter((l) => /^\s+at /.test(l) && !MACHINERY_FRAME.test(l));
  return { ename, evalue, traceback: [`${ename}: ${evalue}`, ...frames] };
}
