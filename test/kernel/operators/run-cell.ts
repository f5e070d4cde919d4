/**
 * Runs a cell's code the way the kernel compiles it, without Jupyter or a type check: the
 * operator rewrite, then TypeScript's transpiler, evaluated with the library from src/.
 */
import { ts } from "../../../src/kernel/tslab";
import { rewriteOperators, RUNTIME_MODULE } from "../../../src/kernel/operators/transform";
import * as library from "../../../src";
import * as runtime from "../../../src/kernel/operators/runtime";

const MODULES: Record<string, unknown> = { "tslab-sci": library, [RUNTIME_MODULE]: runtime };

/** The module's exports after running `code` (an `import { np } from "tslab-sci"` is added). */
export function runCell(code: string): Record<string, unknown> {
  const cell = `import { np } from "tslab-sci";\n${code}`;
  const rewritten = rewriteOperators(cell)?.toString() ?? cell;
  const js = ts.transpileModule(rewritten, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const exports: Record<string, unknown> = {};
  const require = (name: string) => {
    if (!(name in MODULES)) throw new Error(`cell imports ${name}`);
    return MODULES[name];
  };
  new Function("require", "exports", js)(require, exports);
  return exports;
}
