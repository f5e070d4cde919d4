/**
 * The program of a heap thread, as source text: it runs from a string (`eval` worker) so that
 * it needs no file of its own next to the compiled or the TypeScript sources. The thread
 * instantiates the modules on the shared heap, says it is ready, then waits until the main
 * thread posts a job: one function and a table of parts (argument lists). Every thread of the
 * team, the main one included, then claims parts one at a time until none is left, so a
 * thread that is slow (sharing its core, say) takes fewer of them.
 *
 * Control words (Int32): job (raised to post a job), ticket (the job's tag in the high 16 bits,
 * the next unclaimed part in the low 16), done (parts finished), fn (function number), count
 * (parts), failed (1 when a part threw), then one ready word per helper (0 again once that
 * thread has ended). The table follows at TABLE_BYTE_OFFSET: MAX_PARTS rows of MAX_ARGS float64s.
 */
export const MAX_ARGS = 10;
export const MAX_PARTS = 64;
export const WORD = { job: 0, ticket: 1, done: 2, fn: 3, count: 4, failed: 5, ready: 8 } as const;
/** Room for the ready words of up to 56 helpers before the table. */
export const TABLE_BYTE_OFFSET = 256;
export const CONTROL_BYTES = TABLE_BYTE_OFFSET + MAX_PARTS * MAX_ARGS * 8;
/**
 * How long a thread watches a word it waits on before it sleeps (OpenBLAS's threads spin far
 * longer): the helpers for the next job, the main thread for the helpers' last parts.
 */
export const SPIN_MS = 0.2;

/**
 * The claiming loop, shared word for word by the helpers and the main thread (team.ts runs it
 * from this same text): claims parts of the job tagged `tag` until none is left or another job
 * has been posted, counting each finished part in `done`.
 */
export const CLAIM_SOURCE = `
(words, table, fns, tag) => {
  for (;;) {
    const v = Atomics.load(words, ${WORD.ticket});
    const part = v & 0xffff;
    if (v >>> 16 !== tag || part >= Atomics.load(words, ${WORD.count})) return;
    if (Atomics.compareExchange(words, ${WORD.ticket}, v, v + 1) !== v) continue;
    try {
      fns[words[${WORD.fn}]](...table.subarray(part * ${MAX_ARGS}, (part + 1) * ${MAX_ARGS}));
    } catch {
      Atomics.store(words, ${WORD.failed}, 1);
    }
    if (Atomics.add(words, ${WORD.done}, 1) + 1 === Atomics.load(words, ${WORD.count})) Atomics.notify(words, ${WORD.done});
  }
}
`;

/** A job's tag in the ticket word: its number's low 15 bits (the word stays positive). */
export const TAG_MASK = 0x7fff;

export const WORKER_SOURCE = `
"use strict";
const { workerData } = require("node:worker_threads");
const { memory, modules, control, slot, names } = workerData;
const exported = modules.map((m) => new WebAssembly.Instance(m, { env: { memory } }).exports);
const fns = names.map((n) => exported.find((e) => typeof e[n] === "function")[n]);
const words = new Int32Array(control, 0, ${TABLE_BYTE_OFFSET / 4});
const table = new Float64Array(control, ${TABLE_BYTE_OFFSET}, ${MAX_PARTS * MAX_ARGS});
const claim = ${CLAIM_SOURCE};
Atomics.store(words, ${WORD.ready} + slot, 1);
// should the thread end, it says so, and the main thread stops waiting for it
process.on("exit", () => {
  Atomics.store(words, ${WORD.ready} + slot, 0);
  Atomics.notify(words, ${WORD.done});
});
let seen = 0;
for (;;) {
  // a next job often follows within microseconds (a product's packing, then its rows): watch
  // for it a moment before sleeping, as waking a sleeping core can take far longer
  for (const until = performance.now() + ${SPIN_MS}; Atomics.load(words, ${WORD.job}) === seen && performance.now() < until;);
  Atomics.wait(words, ${WORD.job}, seen);
  seen = Atomics.load(words, ${WORD.job});
  claim(words, table, fns, seen & ${TAG_MASK});
}
`;
