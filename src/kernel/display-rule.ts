/**
 * IPython's rule for what a cell shows: the value of its last statement when that statement is
 * an expression, not an assignment, and does not end with `;`. Declarations, other statements
 * and a trailing semicolon show nothing.
 */
import type * as TS from "typescript";
import { typescript } from "./tslab";

/** Whether the cell's last statement is an expression whose value the cell shows. */
export function showsValue(code: string): boolean {
  const ts = typescript();
  const file = ts.createSourceFile("cell.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const last = file.statements[file.statements.length - 1];
  if (last === undefined || !ts.isExpressionStatement(last)) return false;
  if (last.getText(file).endsWith(";")) return false;
  return !isAssignment(last.expression);
}

/** `x = 1`, `a.b = 2`, `c[0] += 3`, `d ??= 4`: Python's assignment statements. */
function isAssignment(expr: TS.Expression): boolean {
  const ts = typescript();
  if (!ts.isBinaryExpression(expr)) return false;
  const op = expr.operatorToken.kind;
  return op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment;
}
