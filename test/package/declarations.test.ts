/**
 * The public API as TypeScript declares it (what hover, completion and the d.ts show), checked
 * against the Python signatures the functions carry at run time: every public function has
 * one, of the name it is exported under; its doc comment quotes it; its positional parameters
 * carry the Python names in Python's order; and every name is a Python name. Members marked `@internal` are not published
 * (tsconfig's stripInternal) and are left out here.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import * as path from "node:path";
import * as ts from "typescript";
import { signatureOf } from "../../src/signature";
import { publicFunctions } from "../helpers/public-api";

const ROOT = path.join(__dirname, "..", "..");
const PROBE = path.join(ROOT, "src", "__declarations_probe__.ts");
/** What the trailing keyword-arguments object may be called. */
const OPTIONS = new Set(["options", "opts", "kwargs"]);
/** A Python `with` block written as a callback (`np.printoptions({...}, body)`). */
const BODY = "body";
/** TypeScript spellings of Python parameter names that are reserved words in JavaScript. */
const RESERVED: Record<string, string> = { fn: "function", default_: "default" };
const CAMEL = /[a-z0-9][A-Z]/;

function loadProgram(expressions: string[]): { checker: ts.TypeChecker; decls: ts.VariableDeclaration[] } {
  const text = `import * as lib from "./index";\n` + expressions.map((e, i) => `export const f${i} = lib.${e};`).join("\n");
  const options: ts.CompilerOptions = { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, skipLibCheck: true, types: ["node"], noEmit: true };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  host.readFile = (f) => (path.resolve(f) === PROBE ? text : read(f));
  const exists = host.fileExists.bind(host);
  host.fileExists = (f) => path.resolve(f) === PROBE || exists(f);
  const program = ts.createProgram([PROBE], options, host);
  const sf = program.getSourceFile(PROBE)!;
  const decls = sf.statements.filter(ts.isVariableStatement).map((s) => s.declarationList.declarations[0]);
  return { checker: program.getTypeChecker(), decls };
}

/** Parameter names of a call signature, rest tuples expanded by their labels. */
function parameterNames(checker: ts.TypeChecker, sig: ts.Signature): string[] {
  const names: string[] = [];
  for (const p of sig.parameters) {
    const decl = p.valueDeclaration as ts.ParameterDeclaration | undefined;
    if (decl?.dotDotDotToken) {
      const t = checker.getTypeOfSymbolAtLocation(p, decl);
      const target = (t as ts.TypeReference).target as ts.TupleType | undefined;
      const labels = target?.labeledElementDeclarations;
      if (labels) for (const l of labels) names.push(l ? (l.name as ts.Identifier).text : "?");
      else names.push(`...${p.name}`);
    } else names.push(p.name);
  }
  return names;
}

const all = publicFunctions();
const { checker, decls } = loadProgram(all.map((f) => f.path));

/** The declaration's symbol (aliases resolved). */
function symbolOf(i: number): ts.Symbol | undefined {
  const sym = checker.getSymbolAtLocation((decls[i].initializer as ts.PropertyAccessExpression).name);
  return sym && sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
}

/** Not published: marked `@internal`, or a private or protected member. */
function isInternal(sym: ts.Symbol | undefined): boolean {
  return (sym?.declarations ?? []).some((d) =>
    ts.getJSDocTags(d).some((t) => t.tagName.text === "internal") ||
    (ts.getCombinedModifierFlags(d as ts.Declaration) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) !== 0);
}

const published = all.map((f, i) => ({ ...f, i, sym: symbolOf(i) })).filter((f) => !isInternal(f.sym));

test("every published function and method carries its Python signature", () => {
  const missing = published.filter(({ fn }) => signatureOf(fn) === undefined).map((f) => f.path);
  assert.equal(missing, [], `without a signature:\n  ${missing.join("\n  ")}`);
});

test("no JavaScript-style names are published", () => {
  const camel = published.map((f) => f.path).filter((p) => CAMEL.test(p.split(".").pop()!));
  assert.equal(camel, []);
});

test("every doc comment quotes the Python signature", () => {
  const wrong: string[] = [];
  for (const f of published) {
    const sig = signatureOf(f.fn);
    if (!sig) continue;
    const doc = ts.displayPartsToString(f.sym?.getDocumentationComment(checker) ?? []).replace(/\s+/g, "");
    const short = sig.qualname.slice(sig.qualname.lastIndexOf(".") + 1);
    // An alias's doc may quote the function it aliases.
    const names = [short, ...sig.aliases, f.path.slice(f.path.lastIndexOf(".") + 1)];
    // operator methods name their dunder: `a + b` (`ndarray.__add__`, np.add)
    if (!names.some((n) => doc.includes(`${n}(`) || doc.includes(`.${n}\``))) wrong.push(`${f.path}: no \`${short}(...)\` in its doc comment`);
  }
  assert.equal(wrong, []);
});

test("positional parameters carry the Python names in Python's order", () => {
  const wrong: string[] = [];
  for (const f of published) {
    const sig = signatureOf(f.fn);
    if (!sig) continue;
    const python = sig.params.filter((p) => p.kind !== "keyword").map((p) => p.name);
    const varargs = sig.params.some((p) => p.kind === "varargs");
    const type = checker.getTypeAtLocation(decls[f.i].name);
    for (const callSig of [...type.getCallSignatures(), ...type.getConstructSignatures()]) {
      const names = parameterNames(checker, callSig).filter((n) => !OPTIONS.has(n) && n !== BODY && !n.startsWith("...")).map((n) => RESERVED[n] ?? n);
      // In Python's order; an overload may leave out leading optional ones (`arange(stop)`).
      let at = -1;
      const inOrder = names.every((n) => {
        const k = python.indexOf(n, at + 1);
        at = k;
        return k >= 0 || varargs;
      });
      if (!inOrder) wrong.push(`${f.path}(${names.join(", ")}) vs Python (${python.join(", ")})`);
    }
  }
  assert.equal(wrong, []);
});

/** JavaScript spellings of Python's dunder methods: `a.get(i)` is `a[i]`. */
const DUNDER: Record<string, string> = {
  get: "__getitem__", set: "__setitem__", toString: "__str__", add: "__add__", sub: "__sub__", subtract: "__sub__",
  mul: "__mul__", multiply: "__mul__", div: "__truediv__", divide: "__truediv__", floor_divide: "__floordiv__", mod: "__mod__",
  pow: "__pow__", power: "__pow__", neg: "__neg__", negative: "__neg__", abs: "__abs__", iadd: "__iadd__", isub: "__isub__",
  imul: "__imul__", idiv: "__itruediv__", gt: "__gt__", ge: "__ge__", lt: "__lt__", le: "__le__", eq: "__eq__", ne: "__ne__",
  matmul: "__matmul__",
};

/** NumPy's own second names for one function (`np.max is np.amax`). */
const NUMPY_ALIASES: Record<string, string> = {
  max: "amax", min: "amin", mod: "remainder", true_divide: "divide", abs: "absolute", round: "round_", around: "round_",
};

test("each signature is the Python function of the name it is exported under", () => {
  const wrong: string[] = [];
  for (const { path: where, fn } of published) {
    const sig = signatureOf(fn);
    if (!sig) continue;
    const exported = where.slice(where.lastIndexOf(".") + 1);
    const declared = sig.qualname.slice(sig.qualname.lastIndexOf(".") + 1);
    // Aliases (np.amax is np.max, a.mul is a.multiply) share one function and one signature.
    const same = exported === declared || DUNDER[exported] === declared || NUMPY_ALIASES[exported] === declared;
    if (!same && !sig.aliases.includes(exported)) wrong.push(`${where} is declared as ${sig.qualname}`);
  }
  assert.equal(wrong, []);
});

test.run();
