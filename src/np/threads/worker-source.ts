/**
 * The program of a heap thread, as source text: it runs from a string (`eval` worker) so that
 * it needs no file of its own next to the compiled or the TypeScript sources. The thread
 * instantiates the modules on the shared heap, says it is ready, then sleeps on its control
 * words until the main thread hands it a call: function number and up to ten arguments.
 *
 * Control words of a thread (Int32 at its slot): 0 job count (main raises it to start a call),
 * 1 finished count, 2 function number, 3 ready (0 again once the thread has ended), 4 failed
 * (1 when the call threw); the
 * arguments follow as ten float64s at byte 32.
 */
export const SLOT_BYTES = 128;
export const ARGS_BYTE_OFFSET = 32;
export const MAX_ARGS = 10;
export const WORD = { job: 0, finished: 1, fn: 2, ready: 3, failed: 4 } as const;

export const WORKER_SOURCE = `
"use strict";
const { workerData } = require("node:worker_threads");
const { memory, modules, control, slot, names } = workerData;
const exported = modules.map((m) => new WebAssembly.Instance(m, { env: { memory } }).exports);
const fns = names.map((n) => exported.find((e) => typeof e[n] === "function")[n]);
const words = new Int32Array(control, slot * ${SLOT_BYTES}, 8);
const args = new Float64Array(control, slot * ${SLOT_BYTES} + ${ARGS_BYTE_OFFSET}, ${MAX_ARGS});
Atomics.store(words, ${WORD.ready}, 1);
// should the thread end, it says so, and the main thread stops waiting for it
process.on("exit", () => {
  Atomics.store(words, ${WORD.ready}, 0);
  Atomics.notify(words, ${WORD.finished});
});
let seen = 0;
for (;;) {
  Atomics.wait(words, ${WORD.job}, seen);
  seen = Atomics.load(words, ${WORD.job});
  try {
    fns[words[${WORD.fn}]](...args);
    words[${WORD.failed}] = 0;
  } catch {
    words[${WORD.failed}] = 1;
  }
  Atomics.store(words, ${WORD.finished}, seen);
  Atomics.notify(words, ${WORD.finished});
}
`;
