/**
 * A TypeScript file run in a Node process of its own, for checks of where arrays live: in the
 * unit-test process, grown by thousands of tests, the shared heap may be full of their arrays
 * and its collections rationed, so an array that belongs in the heap can rightly spill.
 */
import { spawnSync } from "node:child_process";
import * as assert from "uvu/assert";

/** Runs `file` (under tsx) and returns the JSON of its last output line. */
export function runOwnProcess<T>(file: string): T {
  const child = spawnSync(process.execPath, ["--require", require.resolve("tsx/cjs"), file], { encoding: "utf8" });
  assert.is(child.status, 0, child.stderr);
  return JSON.parse(child.stdout.trim().split("\n").pop()!) as T;
}

/** Runs the uvu tests of `file` (under tsx); fails with their output unless all pass. */
export function runOwnTests(file: string): void {
  const child = spawnSync(process.execPath, ["--require", require.resolve("tsx/cjs"), file], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
  assert.is(child.status, 0, `${child.stdout}\n${child.stderr}`);
}
