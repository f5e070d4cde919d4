/**
 * The package loads the ways users load it: CommonJS require (what tslab emits), ESM import,
 * and type-checks under tslab's own TypeScript with tslab's compiler settings.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const NAMESPACES = ["glob", "natsort", "np", "plt", "scipy", "skimage", "sklearn", "sns"];

function node(args: string[]): string {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  assert.is(r.status, 0, r.stderr);
  return r.stdout.trim();
}

test("require('tslab-sci') gives every namespace", () => {
  const out = node(["-e", "const m = require('tslab-sci'); console.log(JSON.stringify(Object.keys(m).filter(k => typeof m[k] === 'object').sort()))"]);
  assert.equal(JSON.parse(out), NAMESPACES);
});

test("import { np } from 'tslab-sci' works from ESM", () => {
  const out = node(["--input-type=module", "-e", "import { np, skimage, plt } from 'tslab-sci'; console.log(String(np.dtype('float')), typeof skimage, typeof plt)"]);
  assert.is(out, "float64 object object");
});

test("np loads with the package; the other namespaces on first use", () => {
  const script = [
    "const loaded = (ns) => Object.keys(require.cache).some((f) => f.endsWith(require('path').join('dist', ns, 'index.js')));",
    "const m = require('tslab-sci');",
    "const before = ['np', 'skimage', 'plt'].map(loaded);",
    "const sobel = m.skimage.filters.sobel;",
    "console.log(JSON.stringify([before, loaded('skimage'), loaded('plt'), 'filters' in m.skimage, sobel === require('tslab-sci/dist/skimage').filters.sobel]));",
  ].join("\n");
  assert.equal(JSON.parse(node(["-e", script])), [[true, false, false], true, false, true, true]);
});

/** Diagnostics of a cell compiled with tslab's TypeScript and the options tslab uses. */
function tslabDiagnostics(code: string): string[] {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const ts = require(join(ROOT, "node_modules", "@tslab", "typescript-for-tslab"));
  const file = join(ROOT, "notebooks", "__cell__.ts");
  const options = {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    esModuleInterop: true,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts"],
    skipLibCheck: true,
    noEmit: true,
    types: ["node"],
    typeRoots: [join(ROOT, "node_modules", "@types")],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (f: string) => (f === file ? code : readFile(f));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (f: string) => f === file || fileExists(f);
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((d: { messageText: unknown }) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

test("tslab's TypeScript resolves the package and its types", () => {
  assert.equal(tslabDiagnostics(`import { np, skimage, plt, sns, sklearn, natsort, glob } from "tslab-sci";\nconst d: string = np.dtype("int64").name;\n`), []);
});

test("a wrong call is a compile-time error in tslab", () => {
  const diags = tslabDiagnostics(`import { np } from "tslab-sci";\nconst t: number = np.dtype("int64");\n`);
  assert.is(diags.length, 1);
  assert.match(diags[0], "is not assignable to type 'number'");
});

test.run();
