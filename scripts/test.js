#!/usr/bin/env node
// `npm test`: every uvu test under test/ (unit tests, the rendering test and the notebook tests,
// which execute notebooks through Jupyter), then one closing line "N passed, N failed".
// --unit skips the notebook tests; further arguments narrow the folder (e.g. test/np).
// Before the tests, the Debian packages they need are installed (scripts/setup/system.js).
"use strict";
const { spawn } = require("node:child_process");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const unitOnly = args.includes("--unit");
const dir = args.find((a) => !a.startsWith("--")) ?? "test";
if (!unitOnly) {
  try {
    require("./setup/system").ensurePythonStack();
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
}
const uvuArgs = [path.join(ROOT, "node_modules", "uvu", "bin.js"), "-r", "tsx", dir, "\\.test\\.ts$"];
if (unitOnly) uvuArgs.push("-i", "notebooks");

const child = spawn(process.execPath, uvuArgs, { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, NO_COLOR: "1" } });
let out = "";
child.stdout.on("data", (chunk) => {
  out += chunk;
  process.stdout.write(chunk);
});
child.on("close", (code) => {
  const total = Number(/Total:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const passed = Number(/Passed:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const failed = code === 0 ? total - passed : Math.max(total - passed, 1);
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(code === 0 && failed === 0 ? 0 : 1);
});
