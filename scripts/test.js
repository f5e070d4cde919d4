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
const UVU = path.join(ROOT, "node_modules", "uvu", "bin.js");
// The tests that drive a kernel through Jupyter run in a process of their own, after the rest:
// the unit tests' process holds a large heap and worker threads by then.
const SESSIONS = "^(kernel|notebooks)";
const runs = [];
if (narrowed) runs.push([UVU, "-r", "tsx", dir, "\\.test\\.ts$"]);
else {
  runs.push([UVU, "-r", "tsx", dir, "\\.test\\.ts$", "-i", `${SESSIONS}(/|$)`, "-r", path.join(ROOT, "test", "helpers", "option-uses.ts")]);
  if (!unitOnly) runs.push([UVU, "-r", "tsx", dir, `${SESSIONS}/.*\\.test\\.ts$`]);
}

/** Declared optional parameters that no test gave a value, as `qualname:param`. */
function unexercisedOptions() {
  if (narrowed || !fs.existsSync(USES)) return [];
  const { declared, used } = JSON.parse(fs.readFileSync(USES, "utf8"));
  const seen = new Set(used);
  return declared.filter((d) => !seen.has(d));
}

/** Runs one uvu process; resolves with its counts. */
function runUvu(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, NO_COLOR: "1" } });
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on("close", (code) => {
      const total = Number(/Total:\s+(\d+)/.exec(out)?.[1] ?? 0);
      const passed = Number(/Passed:\s+(\d+)/.exec(out)?.[1] ?? 0);
      resolve({ passed, failed: code === 0 ? total - passed : Math.max(total - passed, 1) });
    });
  });
}

async function main() {
  fs.rmSync(USES, { force: true });
  let passed = 0;
  let failed = 0;
  for (const args of runs) {
    const r = await runUvu(args);
    passed += r.passed;
    failed += r.failed;
  }
  const untested = unexercisedOptions();
  if (untested.length) {
    console.log(`\nOptions declared but exercised by no test (test each against a reference, or declare it unsupported):`);
    for (const u of untested) console.log(`  ${u}`);
    failed += untested.length;
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main();
