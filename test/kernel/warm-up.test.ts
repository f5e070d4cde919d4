/** The kernel's warm-up: the library's declarations compiled and its modules loaded before the first cell. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createRequire } from "node:module";
import { createCellConverters } from "../../src/kernel/converters";
import { warmUp } from "../../src/kernel/warm-up";

const ROOT = path.resolve(__dirname, "..", "..");
const converters = createCellConverters();
test.after(() => converters.close());

test("from a folder where cells import the library: it is compiled and loaded", () => {
  const entry = createRequire(path.join(ROOT, "src.js")).resolve("tslab-sci");
  warmUp(converters, ROOT);
  assert.ok(require.cache[entry] !== undefined, "the library's entry module is loaded");
  assert.equal(converters.lastDiagnostics, []);
  const cell = converters.node.convert("", 'import { np } from "tslab-sci";\nconst a = np.arange(3);');
  assert.equal(cell.diagnostics, []);
});

test("from a folder without the library: nothing happens", () => {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), "tslab-sci-warm-up-"));
  const before = converters.lastDiagnostics;
  warmUp(converters, empty); // does not throw
  assert.is(converters.lastDiagnostics, before);
  fs.rmSync(empty, { recursive: true, force: true });
});

test.run();
