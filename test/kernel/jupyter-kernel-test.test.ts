/**
 * jupyter_kernel_test (Debian's python3-jupyter-kernel-test), Jupyter's own conformance suite,
 * run against the kernel: every applicable test passes, and none that the samples enable is
 * skipped.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../helpers/kernel";

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { registerKernel } = require("../../scripts/kernel/register.js");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { ensurePythonStack } = require("../../scripts/setup/system.js");

test("jupyter_kernel_test's KernelTests pass against the tslab-sci kernel", () => {
  const python = ensurePythonStack();
  const r = spawnSync(python, ["-m", "unittest", "-v", "kernel_tests"], {
    cwd: join(ROOT, "test", "kernel", "jupyter"),
    env: registerKernel(),
    encoding: "utf8",
    timeout: 300_000,
  });
  const log = r.stderr ?? "";
  assert.is(r.status, 0, log.slice(-4000));
  assert.match(log, /^OK \(skipped=\d+\)$|^OK$/m);
  const ran = Number(/Ran (\d+) tests/.exec(log)?.[1]);
  assert.is(ran, 12, log);
  // Only what the kernel does not offer is skipped: the pager, history, clear_output.
  const skipped = [...new Set(log.split("\n").filter((l) => / \.\.\. skipped/.test(l)).map((l) => /(test_\w+) \(/.exec(l)?.[1]))].sort();
  assert.equal(skipped, ["test_clear_output", "test_history", "test_pager"]);
});

test.run();
