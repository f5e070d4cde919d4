/** The WebAssembly matrix-vector kernels on heap arrays (matvec-heap.ts), in a process of their own. */
import { test } from "uvu";
import { join } from "node:path";
import { runOwnTests } from "../helpers/own-process";

test("rowdots, coldots, the rank-one updates and the rotation sequences against plain loops, on heap arrays", () => {
  runOwnTests(join(__dirname, "matvec-heap.ts"));
});

test.run();
