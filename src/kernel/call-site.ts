/**
 * Where Shift+Tab inside a call's parentheses should look: `np.linspace(0, 1|` asks about
 * `linspace`, as IPython answers with the function being called. The innermost call whose
 * parentheses contain the cursor wins; the cell need not be complete.
 */
import type * as TS from "typescript";
import { typescript } from "./tslab";

/** The position of the called name of the innermost call around `cursor`, or null. */
export function calleePosition(code: string, cursor: number): number | null {
  const ts = typescript();
  const file = ts.createSourceFile("cell.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  let found: number | null = null;
  const visit = (node: TS.Node): void => {
    // No upper bound: an unfinished call ends before the whitespace the cursor may be after.
    if (cursor < node.getStart(file)) return;
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && insideParens(node, cursor, file)) {
      found = calleeNameStart(node.expression, file);
    }
    node.forEachChild(visit);
  };
  visit(file);
  return found;
}

/** Between the `(` and the `)` (or the end of an unfinished call). */
function insideParens(call: TS.CallExpression | TS.NewExpression, cursor: number, file: TS.SourceFile): boolean {
  const ts = typescript();
  const open = call.getChildren(file).find((c) => c.kind === ts.SyntaxKind.OpenParenToken);
  if (open === undefined || cursor < open.end) return false;
  const close = call.getChildren(file).find((c) => c.kind === ts.SyntaxKind.CloseParenToken);
  return close === undefined || close.end - close.getStart(file) === 0 || cursor <= close.getStart(file);
}

/** `np.linspace` -> the start of `linspace`; `f` -> the start of `f`. */
function calleeNameStart(callee: TS.Expression, file: TS.SourceFile): number {
  if (typescript().isPropertyAccessExpression(callee)) return callee.name.getStart(file);
  return callee.getStart(file);
}
