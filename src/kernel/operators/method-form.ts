/**
 * The method form of a notebook's cells, for plain TypeScript projects and other kernels:
 * `a - b` becomes `a.sub(b)`, `2 - a` `np.subtract(2, a)`, `a %= 3` `np.remainder(a, 3, { out: a })`.
 * Which operators act on arrays is what the type checker resolved for the kernel's rewrite of
 * the cell (each helper call's overload); operators on numbers stay as they are.
 */
import type * as TS from "typescript";
import { ts, createConverter, Converter } from "../tslab";
import { HELPERS, Printer, RUNTIME_NAME, Spelling, rewriteOperators } from "./transform";

/** Which side of a rewritten operator the checker found an array on. */
type Arrays = "left" | "right" | "none";

/** Wraps an operand that is not a primary expression, so a method call binds to all of it. */
function receiver(p: Printer, node: TS.Expression): void {
  const primary = ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isCallExpression(node) || ts.isParenthesizedExpression(node) || node.kind === ts.SyntaxKind.ThisKeyword;
  if (!primary) p.out.write("(");
  p.node(node);
  if (!primary) p.out.write(")");
}

/** A float literal next to an array keeps NumPy's meaning in plain TypeScript: a float64 scalar array. */
function operand(p: Printer, node: TS.Expression, isFloat: boolean): void {
  // 0.1 is a float in JavaScript too; 2. and 1e3 are not
  if (!isFloat || !Number.isInteger(Number(node.getText().replace(/[()\s_]/g, "")))) return p.node(node);
  p.out.write("np.asarray(");
  p.node(node);
  p.out.write(", np.float64)");
}

/** Prints the original operator with its rewritten operands. */
function asWritten(p: Printer, node: TS.BinaryExpression): void {
  p.node(node.left);
  p.range(node.left.end, node.right.getStart());
  p.node(node.right);
}

function methodSpelling(arraysAt: (index: number) => Arrays): Spelling {
  let index = 0;
  return {
    binary(p, op, node, flags) {
      const arrays = arraysAt(index++);
      if (arrays === "none") return asWritten(p, node);
      if (arrays === "left" && op.method !== undefined) {
        receiver(p, node.left);
        p.out.write(`.${op.method}(`);
        operand(p, node.right, (flags & 2) !== 0);
      } else {
        p.out.write(`np.${op.ufunc}(`);
        operand(p, node.left, (flags & 1) !== 0);
        p.out.write(", ");
        operand(p, node.right, (flags & 2) !== 0);
      }
      p.out.write(")");
    },
    inPlace(p, op, node, flags) {
      if (arraysAt(index++) === "none") return asWritten(p, node);
      if (op.method !== undefined) {
        receiver(p, node.left);
        p.out.write(`.${op.method}(`);
        operand(p, node.right, (flags & 2) !== 0);
        p.out.write(")");
        return;
      }
      p.out.write(`np.${op.ufunc}(`);
      p.node(node.left);
      p.out.write(", ");
      operand(p, node.right, (flags & 2) !== 0);
      p.out.write(", { out: ");
      p.node(node.left);
      p.out.write(" })");
    },
    unary(p, op, node) {
      if (arraysAt(index++) === "none") {
        p.range(node.getStart(), node.operand.getStart());
        return p.node(node.operand);
      }
      if (op.method !== undefined) {
        receiver(p, node.operand);
        p.out.write(`.${op.method}()`);
      } else {
        p.out.write(`np.${op.ufunc}(`);
        p.node(node.operand);
        p.out.write(")");
      }
    },
    floatList(p, node, self) {
      index++;
      p.range(self.start, self.end, self);
      // np.array([2., 3.]) alone: the dtype the float literals meant
      const call = node.parent;
      if (ts.isCallExpression(call) && call.arguments.length === 1 && /^np\.(array|asarray)$/.test(call.expression.getText())) p.out.write(', { dtype: "float64" }');
    },
    floatCall(p, node) {
      index++;
      p.range(node.getStart(), node.end);
    },
  };
}

/** What the checker resolved for each helper call of the kernel's rewrite, in print order. */
function resolvedArrays(converter: Converter, prevDecl: string, text: string, starts: number[]): Arrays[] {
  return starts.map((at) => {
    const call = text.indexOf(`${RUNTIME_NAME}.`, at);
    const info = call < 0 ? undefined : converter.inspect(prevDecl, text, call + RUNTIME_NAME.length + 1);
    const shown = info?.displayParts?.map((d) => d.text).join("") ?? "";
    const signature = shown.slice(shown.indexOf("\n") + 1);
    if (!/=> (np\.)?NDArray\b/.test(signature)) return "none";
    return /^\(x: (np\.)?NDArray/.test(signature) ? "left" : "right";
  });
}

/** The cells (TypeScript sources, in order) in method form; cells without operators come back unchanged. */
export function methodForm(cells: readonly string[], cwd = process.cwd()): string[] {
  const previous = process.cwd();
  process.chdir(cwd);
  const converter = createConverter({});
  try {
    let prevDecl = "";
    return cells.map((code) => {
      const rewritten = rewriteOperators(code, prevDecl, HELPERS);
      const compiled = converter.convert(prevDecl, rewritten?.toString() ?? code);
      let out = code;
      if (rewritten !== null) {
        const text = rewritten.toString();
        // the helper calls in the order the printer starts them (outer before inner)
        const starts = [...rewritten.sites].sort((a, b) => a.start - b.start || b.end - a.end).map((s) => s.start);
        const arrays = resolvedArrays(converter, prevDecl, text, starts);
        const method = rewriteOperators(code, prevDecl, methodSpelling((i) => arrays[i] ?? "none"));
        out = method?.toString() ?? code;
      }
      if (compiled.diagnostics.length === 0 && compiled.declOutput !== undefined) prevDecl = compiled.declOutput;
      return out;
    });
  } finally {
    converter.close();
    process.chdir(previous);
  }
}
