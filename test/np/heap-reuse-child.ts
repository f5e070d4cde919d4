/**
 * Run by heap.test.ts in a process of its own, where a full collection costs what it costs a
 * fresh kernel (a few milliseconds), not what it costs after thousands of tests have grown the
 * test process's heap (where the collector rightly rations collections and arrays spill).
 * Prints {spilled, intact, operandsIntact} as JSON.
 */
import { np } from "../../src";
import { heapAddress, heapLimitBytes } from "../../src/np/heap/heap";

const x = np.full([1000, 1000], 0.5);
const y = np.full([1000, 1000], 2);
let spilled = 0;
let last: np.NDArray | null = null;
for (let i = 0; i < Math.ceil((1.5 * heapLimitBytes()) / 8e6); i++) {
  last = np.multiply(x, y);
  if (heapAddress(last.data) < 0) spilled++;
}
const intact = last !== null && last.data.every((v) => v === 1);
const operandsIntact = x.data.every((v) => v === 0.5) && y.data.every((v) => v === 2);
console.log(JSON.stringify({ spilled, intact, operandsIntact }));
