/**
 * Whether a name assigned by `a += b` is a `const` binding, found from the syntax alone: the
 * nearest enclosing declaration in the cell, else the declarations earlier cells left.
 * A `const` array is updated in place without the assignment (as Python's `a += b` does).
 */
import type * as TS from "typescript";
import { ts } from "../tslab";

/** The names a binding pattern or identifier declares. */
function declaredNames(name: TS.BindingName, into: Map<string, boolean>, isConst: boolean): void {
  if (ts.isIdentifier(name)) {
    if (!into.has(name.text)) into.set(name.text, isConst);
    return;
  }
  for (const el of name.elements) if (!ts.isOmittedExpression(el)) declaredNames(el.name, into, isConst);
}

function listNames(list: TS.VariableDeclarationList, into: Map<string, boolean>): void {
  const isConst = (list.flags & ts.NodeFlags.Const) !== 0;
  for (const d of list.declarations) declaredNames(d.name, into, isConst);
}

/** The bindings a scope node introduces, name -> const. */
function scopeBindings(node: TS.Node): Map<string, boolean> | undefined {
  const names = new Map<string, boolean>();
  if (ts.isSourceFile(node) || ts.isBlock(node) || ts.isModuleBlock(node) || ts.isCaseClause(node) || ts.isDefaultClause(node)) {
    for (const st of node.statements) {
      if (ts.isVariableStatement(st)) listNames(st.declarationList, names);
      else if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && st.name) names.set(st.name.text, false);
    }
  } else if (ts.isForStatement(node) || ts.isForOfStatement(node) || ts.isForInStatement(node)) {
    if (node.initializer && ts.isVariableDeclarationList(node.initializer)) listNames(node.initializer, names);
  } else if (ts.isFunctionLike(node)) {
    for (const p of node.parameters) declaredNames(p.name, names, false);
  } else if (ts.isCatchClause(node) && node.variableDeclaration) {
    declaredNames(node.variableDeclaration.name, names, false);
  } else {
    return undefined;
  }
  return names;
}

/** Resolves names against the cell's scopes and the previous cells' declarations. */
export class ConstBindings {
  private prevConsts: Set<string> | null = null;
  private readonly cache = new Map<TS.Node, Map<string, boolean> | undefined>();

  constructor(private readonly prevDecl: string) {}

  /** Whether `id` (an assignment target) names a const binding. */
  isConst(id: TS.Identifier): boolean {
    for (let node: TS.Node | undefined = id.parent; node; node = node.parent) {
      let names = this.cache.get(node);
      if (names === undefined && !this.cache.has(node)) {
        names = scopeBindings(node);
        this.cache.set(node, names);
      }
      const found = names?.get(id.text);
      if (found !== undefined) return found;
    }
    return this.previousConsts().has(id.text);
  }

  private previousConsts(): Set<string> {
    if (this.prevConsts !== null) return this.prevConsts;
    const consts = new Set<string>();
    if (/\bconst\b/.test(this.prevDecl)) {
      const file = ts.createSourceFile("prev.d.ts", this.prevDecl, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
      const names = new Map<string, boolean>();
      for (const st of file.statements) if (ts.isVariableStatement(st)) listNames(st.declarationList, names);
      for (const [name, isConst] of names) if (isConst) consts.add(name);
    }
    return (this.prevConsts = consts);
  }
}
