/** The kernel's cell cache: a known cell's conversion comes from disk, without the compiler. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CellCache, cacheable, environmentFingerprint } from "../../src/kernel/cell-cache";
import { createCellConverters } from "../../src/kernel/converters";
import { codeMetadata } from "../../src/kernel/tslab";
import { runOwnProcess } from "../helpers/own-process";
import { CACHED_CELLS } from "./cached-cells";

const ROOT = path.resolve(__dirname, "..", "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tslab-sci-cell-cache-"));
test.after(() => fs.rmSync(dir, { recursive: true, force: true }));

const IMPORT = 'import { np } from "tslab-sci";';
const NOTEBOOKS = path.join(ROOT, "notebooks");

test("cells that import only this package and Node's modules are cacheable", () => {
  assert.ok(cacheable("const a = 1 + 2;", NOTEBOOKS));
  assert.ok(cacheable(IMPORT, NOTEBOOKS));
  assert.ok(cacheable('import * as path from "node:path";\nimport fs from "fs";', NOTEBOOKS));
  assert.ok(cacheable('const { data } = await import("tslab-sci");', NOTEBOOKS));
  assert.ok(cacheable('const lib = require("./local.js"); // a call: its type is any', NOTEBOOKS));
  assert.not.ok(cacheable('import { f } from "./helper";', NOTEBOOKS));
  assert.not.ok(cacheable('import _ from "lodash";', NOTEBOOKS));
  assert.not.ok(cacheable('import "./side-effect";', NOTEBOOKS));
  assert.not.ok(cacheable('import h = require("./helper");', NOTEBOOKS));
  assert.not.ok(cacheable('type T = typeof import("./helper");', NOTEBOOKS));
  assert.not.ok(cacheable('/// <reference path="./types.d.ts" />', NOTEBOOKS));
  // declarations of earlier cells name this package's files by a path from the notebook
  assert.ok(cacheable('declare const data: typeof import("../dist/skimage/data");', NOTEBOOKS));
  assert.not.ok(cacheable('declare const f: typeof import("../scripts/helper");', NOTEBOOKS));
});

test("the fingerprint names the folder and the compiler's version", () => {
  const a = environmentFingerprint(ROOT);
  assert.ok(a.includes(path.resolve(ROOT)));
  assert.ok(a.split("|")[0] !== "-", "TypeScript's version is found");
  assert.is.not(environmentFingerprint(os.tmpdir()), a);
});

test("a stored conversion comes back for the same declarations, source and fingerprint only", () => {
  const cache = new CellCache(path.join(dir, "a"), "f1", ROOT);
  const result = { output: "exports.x = 1;\n", declOutput: "export declare const x = 1;\n", diagnostics: [], lastExpressionVar: "x" };
  assert.is(cache.get("", "const x = 1;"), undefined);
  cache.put("", "const x = 1;", result);
  assert.equal(cache.get("", "const x = 1;"), result);
  assert.is(cache.get("declare const y: number;", "const x = 1;"), undefined);
  assert.is(cache.get("", "const x = 2;"), undefined);
  assert.is(new CellCache(path.join(dir, "a"), "f2", ROOT).get("", "const x = 1;"), undefined);
});

test("a cell that brought other files' JavaScript, or imports a local module, is not stored", () => {
  const cache = new CellCache(path.join(dir, "b"), "f", ROOT);
  cache.put("", "const x = 1;", { output: "", diagnostics: [], sideOutputs: [{ path: "helper.js", data: "" }] });
  assert.is(cache.get("", "const x = 1;"), undefined);
  cache.put("", 'import { f } from "./helper";', { output: "", diagnostics: [] });
  assert.is(cache.get("", 'import { f } from "./helper";'), undefined);
  cache.put('import { f } from "./helper";', "const y = f();", { output: "", diagnostics: [] });
  assert.is(cache.get('import { f } from "./helper";', "const y = f();"), undefined);
});

test("a damaged entry is a miss and an unwritable folder is no error", () => {
  const cache = new CellCache(path.join(dir, "c"), "f", ROOT);
  cache.put("", "1", { output: "", diagnostics: [] });
  for (const name of fs.readdirSync(path.join(dir, "c"))) fs.writeFileSync(path.join(dir, "c", name), "{not json");
  assert.is(cache.get("", "1"), undefined);
  const blocked = path.join(dir, "file");
  fs.writeFileSync(blocked, "");
  const nowhere = new CellCache(path.join(blocked, "cells"), "f", ROOT);
  nowhere.put("", "1", { output: "", diagnostics: [] });
  assert.is(nowhere.get("", "1"), undefined);
});

test("a second kernel converts known cells without creating the compiler, to the same result", () => {
  const cells = [IMPORT, "const a = np.arange(6).reshape(2, 3);\na.sum()", "const b: string = a;"];
  const first = createCellConverters(false, new CellCache(path.join(dir, "d"), "f", ROOT));
  const second = createCellConverters(false, new CellCache(path.join(dir, "d"), "f", ROOT));
  try {
    let decl = "";
    for (const src of cells) {
      const compiled = first.node.convert(decl, src);
      const firstDiagnostics = first.lastDiagnostics;
      const cached = second.node.convert(decl, src);
      assert.equal(cached, JSON.parse(JSON.stringify(compiled))); // keys holding undefined are not stored
      assert.equal(second.lastDiagnostics, JSON.parse(JSON.stringify(firstDiagnostics)));
      decl = compiled.declOutput ?? decl;
    }
    assert.ok(first.compilerReady);
    assert.not.ok(second.compilerReady, "every cell came from the cache");
    assert.is(second.lastDiagnostics.length, 1, "the type error of the last cell is reported from the cache too");
  } finally {
    first.close();
    second.close();
  }
});

test("a kernel answering every cell from the cache loads no TypeScript, and shows what the compiling one shows", () => {
  const cells = path.join(dir, "e");
  const compiling = createCellConverters(false, new CellCache(cells, "f", ROOT));
  const shown: boolean[] = [];
  try {
    let decl = "";
    for (const src of CACHED_CELLS) {
      const result = compiling.node.convert(decl, src);
      shown.push(result.lastExpressionVar !== undefined);
      decl = result.declOutput ?? decl;
    }
  } finally {
    compiling.close();
  }
  assert.equal(shown, [false, true, false, false, false], "IPython's rule: an expression without `;` shows, assignments do not");
  process.env.TSLAB_SCI_TEST_CELLS = cells;
  const child = runOwnProcess<{ shown: boolean[]; compilerReady: boolean; typescriptLoaded: boolean }>(path.join(__dirname, "cached-kernel-child.ts"));
  assert.equal(child, { shown, compilerReady: false, typescriptLoaded: false });
});

test("a cell's tslab tags are read as tslab reads them, without TypeScript for a cell that names none", () => {
  const real = require(require.resolve("tslab/dist/metadata.js")) as { getCodeMetadata(src: string): object };
  for (const src of [
    "const a = 1;",
    "/** @browser */\nconst a = 1;",
    "/**\n * @module mylib\n * @jsx\n */\nexport const a = 1;",
    "/* @node */ const a = 1; // not JSDoc",
    "// @browser\nconst a = 1;",
    'const s = "@node";',
  ]) {
    assert.equal(codeMetadata(src), real.getCodeMetadata(src), src);
  }
});

test.run();
