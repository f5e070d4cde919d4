/**
 * The cell rewrite behind Python's operators: every `a - b`, `-a`, `a < b`, `a += b` of the
 * cell becomes a call of the runtime helpers (runtime.ts), whose overloads type it as
 * TypeScript types the operator for numbers, strings and bigints, and as NDArray when an array
 * is involved. One type check of the rewritten cell then settles both: no second pass, and
 * declarations from operator expressions (`const c = a - b`) get their NDArray type.
 *
 * Float literals (`2.`, `1.0`, `1e3`) are marked where NumPy would see a Python float: as an
 * operand of a rewritten operator, in a list literal, and as a direct argument of a call.
 */
import type * as TS from "typescript";
import { ts } from "../tslab";
import { ConstBindings } from "./bindings";
import { MappedText } from "./source-map";
import { BINARY, IN_PLACE, UNARY, BinaryOperator, InPlaceOperator } from "./table";

/** The module a rewritten cell imports the helpers from. */
export const RUNTIME_MODULE = "tslab-sci/dist/kernel/operators/runtime";
/** The name the helpers are imported under. */
export const RUNTIME_NAME = "_tslab_ops";

/** One rewritten place of the cell. */
export interface Rewrite {
  node: TS.Node;
  start: number;
  end: number;
  print(this: Rewrite, out: Printer): void;
}

export type Printer = {
  out: MappedText;
  /** The cell's text in [from, to), with the rewrites inside it (but `self`). */
  range(from: number, to: number, self?: Rewrite): void;
  node(n: TS.Node): void;
};

/** Callees whose float arguments stay JavaScript numbers: nothing of tslab-sci lives there. */
const PLAIN_ROOTS = new Set(["console", "Math", "JSON", "Number", "String", "Object", "Array", "Date"]);

/** `2.`, `1.0`, `.5`, `1e3`, `-2.`: a literal Python would read as a float. */
export function isFloatLiteral(node: TS.Node, file: TS.SourceFile): boolean {
  let n = node;
  while (ts.isParenthesizedExpression(n)) n = n.expression;
  if (ts.isPrefixUnaryExpression(n) && (n.operator === ts.SyntaxKind.MinusToken || n.operator === ts.SyntaxKind.PlusToken)) n = n.operand;
  if (!ts.isNumericLiteral(n)) return false;
  const text = n.getText(file);
  return !/^0[xXbBoO]/.test(text) && /[.eE]/.test(text);
}

/** Number or bigint literals and arithmetic on them alone (`-1`, `2 * 3`): stays JavaScript's. */
function isNumberLiteral(node: TS.Node): boolean {
  let n = node;
  while (ts.isParenthesizedExpression(n)) n = n.expression;
  if (ts.isPrefixUnaryExpression(n)) return isNumberLiteral(n.operand);
  if (ts.isBinaryExpression(n)) return BINARY.has(n.operatorToken.kind) && isNumberLiteral(n.left) && isNumberLiteral(n.right);
  return ts.isNumericLiteral(n) || ts.isBigIntLiteral(n);
}

function isStringLiteralLike(node: TS.Node): boolean {
  let n = node;
  while (ts.isParenthesizedExpression(n)) n = n.expression;
  return ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateExpression(n);
}

/** A target that can be read and assigned without running anything twice (`a`, `this.w`, `obj.a[i]`). */
function isSimpleTarget(n: TS.Node): boolean {
  if (ts.isIdentifier(n) || n.kind === ts.SyntaxKind.ThisKeyword) return true;
  if (ts.isParenthesizedExpression(n)) return isSimpleTarget(n.expression);
  if (ts.isPropertyAccessExpression(n)) return !n.questionDotToken && ts.isIdentifier(n.name) && isSimpleTarget(n.expression);
  if (ts.isElementAccessExpression(n)) {
    const arg = n.argumentExpression;
    return !n.questionDotToken && isSimpleTarget(n.expression) && (ts.isLiteralExpression(arg) || isSimpleTarget(arg));
  }
  return false;
}

/** Parts of a cell that are types, declarations of ambient things or constant expressions: left alone. */
function isSkipped(node: TS.Node): boolean {
  if (ts.isTypeNode(node) && !ts.isExpressionWithTypeArguments(node)) return true;
  if (ts.isEnumDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) return true;
  if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isDecorator(node)) return true;
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DeclareKeyword);
}

/** The float literal arguments of a call as bits (argument i is bit i); 0 when there are none or a spread comes first. */
function floatArgumentMask(call: TS.CallExpression, file: TS.SourceFile): number {
  let mask = 0;
  for (let i = 0; i < call.arguments.length && i < 31; i++) {
    const arg = call.arguments[i];
    if (ts.isSpreadElement(arg)) return mask;
    if (isFloatLiteral(arg, file)) mask |= 1 << i;
  }
  return mask;
}

function rootName(n: TS.Expression): string | undefined {
  let e: TS.Expression = n;
  while (ts.isPropertyAccessExpression(e)) e = e.expression;
  return ts.isIdentifier(e) ? e.text : undefined;
}

/** How each rewrite is written: the kernel's helper calls, or (method-form.ts) NDArray methods. */
export interface Spelling {
  binary(p: Printer, op: BinaryOperator, node: TS.BinaryExpression, flags: number): void;
  inPlace(p: Printer, op: InPlaceOperator, node: TS.BinaryExpression, flags: number, isConst: boolean): void;
  unary(p: Printer, op: BinaryOperator, node: TS.PrefixUnaryExpression): void;
  floatList(p: Printer, node: TS.ArrayLiteralExpression, self: Rewrite): void;
  floatCall(p: Printer, node: TS.CallExpression, mask: number): void;
}

const closing = (flags: number) => (flags === 0 ? ")" : `, ${flags})`);
const ns = RUNTIME_NAME;

/** The kernel's spelling: calls of the runtime helpers. */
export const HELPERS: Spelling = {
  binary(p, op, { left, right }, flags) {
    p.out.write(`${ns}.${op.helper}(`);
    p.node(left);
    p.out.write(", ");
    p.node(right);
    p.out.write(closing(flags));
  },
  inPlace(p, op, { left, right }, flags, isConst) {
    if (!isConst) {
      p.node(left);
      p.out.write(" = ");
    }
    p.out.write(`${ns}.${isConst ? op.constHelper : op.helper}(`);
    p.node(left);
    p.out.write(", ");
    p.node(right);
    p.out.write(closing(flags));
  },
  unary(p, op, node) {
    p.out.write(`${ns}.${op.helper}(`);
    p.node(node.operand);
    p.out.write(")");
  },
  floatList(p, _node, self) {
    p.out.write(`${ns}.floats(`);
    p.range(self.start, self.end, self);
    p.out.write(")");
  },
  floatCall(p, node, mask) {
    const callee = node.expression;
    if (ts.isPropertyAccessExpression(callee)) {
      p.out.write(`${ns}.method(`);
      p.node(callee.expression);
      p.out.write(`, ${JSON.stringify(callee.name.text)}, ${mask})`);
    } else {
      p.out.write(`${ns}.call(`);
      p.node(callee);
      p.out.write(`, ${mask})`);
    }
    p.range(callee.end, node.end);
  },
};

/** The cell rewritten, with its map back to the cell; null when it has nothing to rewrite. */
export function rewriteOperators(code: string, prevDecl = "", spelling: Spelling = HELPERS): MappedText | null {
  const file = ts.createSourceFile("cell.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const bindings = new ConstBindings(prevDecl);
  const rewrites: Rewrite[] = [];
  const floatFlags = (left: TS.Node | null, right: TS.Node) =>
    (left !== null && isFloatLiteral(left, file) ? 1 : 0) | (isFloatLiteral(right, file) ? 2 : 0);
  const add = (node: TS.Node, print: (this: Rewrite, p: Printer) => void) => rewrites.push({ node, start: node.getStart(file), end: node.end, print });

  const visit = (node: TS.Node): void => {
    if (isSkipped(node)) return;
    if (ts.isBinaryExpression(node)) {
      const kind = node.operatorToken.kind;
      const { left, right } = node;
      const op = BINARY.get(kind);
      const inPlace = IN_PLACE.get(kind);
      // `+` and comparisons with a string literal are JavaScript's string operations
      const onStrings = (kind === ts.SyntaxKind.PlusToken || op?.comparison === true) && (isStringLiteralLike(left) || isStringLiteralLike(right));
      if (op && !(isNumberLiteral(left) && isNumberLiteral(right)) && !onStrings) {
        const flags = floatFlags(left, right);
        add(node, (p) => spelling.binary(p, op, node, flags));
      } else if (inPlace && isSimpleTarget(left)) {
        const flags = floatFlags(null, right);
        const target = ts.isParenthesizedExpression(left) ? left.expression : left;
        const isConst = ts.isIdentifier(target) && bindings.isConst(target);
        add(node, (p) => spelling.inPlace(p, inPlace, node, flags, isConst));
      }
    } else if (ts.isPrefixUnaryExpression(node)) {
      const op = UNARY.get(node.operator);
      if (op && !isNumberLiteral(node.operand)) add(node, (p) => spelling.unary(p, op, node));
    } else if (ts.isArrayLiteralExpression(node) && node.elements.some((e) => isFloatLiteral(e, file))) {
      add(node, function (p) {
        spelling.floatList(p, node, this);
      });
    } else if (ts.isCallExpression(node) && !node.questionDotToken && !ts.isOptionalChain(node)) {
      const mask = floatArgumentMask(node, file);
      const callee = node.expression;
      const root = mask === 0 ? undefined : rootName(callee);
      const receiverOk = ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.name) && callee.expression.kind !== ts.SyntaxKind.SuperKeyword;
      if (mask !== 0 && (root === undefined || !PLAIN_ROOTS.has(root)) && (receiverOk || ts.isIdentifier(callee))) {
        add(node, (p) => spelling.floatCall(p, node, mask));
      }
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(file, visit);
  if (rewrites.length === 0) return null;

  // outer rewrites first; an inner one is printed inside its outer one's operand
  rewrites.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = new MappedText(code);
  const operands: [number, number][][] = [];
  const printer: Printer = {
    out,
    range(from, to, self) {
      let cursor = from;
      let i = firstAtOrAfter(rewrites, from);
      for (; i < rewrites.length && rewrites[i].start < to; i++) {
        const r = rewrites[i];
        if (r.start < cursor || r.end > to || r === self) continue;
        out.copy(cursor, r.start);
        const start = out.length;
        operands.push([]);
        r.print(printer);
        out.sites.push({ origStart: r.start, origEnd: r.end, start, end: out.length, operands: operands.pop()! });
        cursor = r.end;
      }
      out.copy(cursor, to);
    },
    node(n) {
      const start = out.length;
      printer.range(n.getStart(file), n.end);
      operands[operands.length - 1]?.push([start, out.length]);
    },
  };
  // the import shares the first line, so the cell's line numbers stay
  if (spelling === HELPERS) out.write(`import * as ${ns} from ${JSON.stringify(RUNTIME_MODULE)}; `);
  printer.range(0, code.length);
  return out;
}

function firstAtOrAfter(rewrites: readonly Rewrite[], pos: number): number {
  let lo = 0;
  let hi = rewrites.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rewrites[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
