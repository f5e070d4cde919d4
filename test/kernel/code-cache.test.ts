/** The kernel's code cache: modules compile from cached code while their file is unchanged. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CodeCache } from "../../src/kernel/code-cache";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tslab-sci-code-cache-"));
const cacheFile = path.join(dir, "cache", "code.bin");
const padding = `// ${"x".repeat(4096)}\n`; // large enough to be cached

function writeModule(name: string, body: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, body + "\n" + padding);
  return file;
}

/** Loads `file` afresh with a cache read from cacheFile; returns its exports and what the cache compiled. */
function load(file: string): { exports: any; pending: number; cache: CodeCache } {
  const cache = new CodeCache(cacheFile, [dir]);
  cache.install();
  try {
    for (const key of Object.keys(require.cache)) if (key.startsWith(dir)) delete require.cache[key];
    return { exports: require(file), pending: cache.pending, cache };
  } finally {
    cache.uninstall();
  }
}

const helper = writeModule("helper.js", "module.exports = { twice: (x) => 2 * x };");
const main = writeModule(
  "main.js",
  [
    "#!/usr/bin/env node",
    "const { twice } = require('./helper');",
    "exports.value = twice(21);",
    "exports.where = [__filename, __dirname, require.resolve('./helper')];",
    "exports.line = new Error().stack.split('\\n')[1];",
  ].join("\n"),
);

test("a first load compiles every module and writes them to the cache", () => {
  const { exports, pending, cache } = load(main);
  assert.is(exports.value, 42);
  assert.equal(exports.where, [main, dir, helper]);
  assert.ok(exports.line.includes("main.js:5"), exports.line); // the #! line still counts
  assert.is(pending, 2);
  cache.write();
  assert.is(cache.pending, 0);
  assert.ok(fs.statSync(cacheFile).size > 0);
});

test("a second load uses the cached code", () => {
  const { exports, pending } = load(main);
  assert.is(exports.value, 42);
  assert.is(pending, 0);
});

test("a changed file is compiled again, and the rest still comes from the cache", () => {
  writeModule("helper.js", "module.exports = { twice: (x) => 3 * x };");
  const { exports, pending, cache } = load(main);
  assert.is(exports.value, 63);
  assert.is(pending, 1);
  cache.write();
  assert.is(load(main).pending, 0);
});

test("a damaged cache file is ignored, then replaced", () => {
  fs.writeFileSync(cacheFile, Buffer.from([5, 0, 0, 0, 200, 1]));
  const { exports, pending, cache } = load(main);
  assert.is(exports.value, 63);
  assert.is(pending, 2);
  cache.write();
  assert.is(load(main).pending, 0);
});

test("modules outside the cached folders compile as usual", () => {
  const cache = new CodeCache(cacheFile, [path.join(dir, "elsewhere")]);
  cache.install();
  try {
    delete require.cache[main];
    delete require.cache[helper];
    assert.is(require(main).value, 63);
    assert.is(cache.pending, 0);
  } finally {
    cache.uninstall();
  }
});

test("an unwritable cache folder costs nothing but the cache", () => {
  const blocked = path.join(dir, "not-a-folder");
  fs.writeFileSync(blocked, "");
  const cache = new CodeCache(path.join(blocked, "code.bin"), [dir]);
  cache.install();
  try {
    delete require.cache[main];
    delete require.cache[helper];
    assert.is(require(main).value, 63);
  } finally {
    cache.uninstall();
  }
  cache.write(); // does not throw
});

test.after(() => fs.rmSync(dir, { recursive: true, force: true }));
test.run();
