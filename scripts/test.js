#!/usr/bin/env node
// `npm test`: every uvu test under test/ (unit tests, the rendering test and the notebook tests,
// which execute notebooks through Jupyter), then one closing line "N passed, N failed".
// --unit skips the notebook tests; further arguments narrow the folder (e.g. test/np).
// A run over the whole of test/ also fails for every declared optional parameter of a public
// function that no test gives a value: each must be tested against a reference or refused.
// Before the tests, the Debian packages they need are installed (scripts/setup/system.js).
"use strict";
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const USES = path.join(ROOT, "out", "option-uses.json");
const args = process.argv.slice(2);
const unitOnly = args.includes("--unit");
const narrowed = args.find((a) => !a.startsWith("--"));
const dir = narrowed ?? "test";
if (!unitOnly) {
  try {
    require("./setup/system").ensurePythonStack();
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
}
const uvuArgs = [path.join(ROOT, "node_modules", "uvu", "bin.js"), "-r", "tsx", dir, "\\.test\\.ts$"];
if (!narrowed) uvuArgs.push("-r", path.join(ROOT, "test", "helpers", "option-uses.ts"));
if (unitOnly) uvuArgs.push("-i", "notebooks");

/** Declared optional parameters that no test gave a value, as `qualname:param`. */
function unexercisedOptions() {
  if (narrowed || !fs.existsSync(USES)) return [];
  const { declared, used } = JSON.parse(fs.readFileSync(USES, "utf8"));
  const seen = new Set(used);
  return declared.filter((d) => !seen.has(d));
}

fs.rmSync(USES, { force: true });
const child = spawn(process.execPath, uvuArgs, { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, NO_COLOR: "1" } });
let out = "";
child.stdout.on("data", (chunk) => {
  out += chunk;
  process.stdout.write(chunk);
});
child.on("close", (code) => {
  const total = Number(/Total:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const passed = Number(/Passed:\s+(\d+)/.exec(out)?.[1] ?? 0);
  let failed = code === 0 ? total - passed : Math.max(total - passed, 1);
  const untested = unexercisedOptions();
  if (untested.length) {
    console.log(`\nOptions declared but exercised by no test (test each against a reference, or declare it unsupported):`);
    for (const u of untested) console.log(`  ${u}`);
    failed += untested.length;
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(code === 0 && failed === 0 ? 0 : 1);
});
