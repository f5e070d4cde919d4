/**
 * Run by place_shuffled.test.ts in a process of its own (see test/helpers/own-process.ts):
 * make_classification's final pass over arrays in the shared heap (WebAssembly) and outside it
 * (JavaScript) places the same bits. Prints the facts the test checks.
 */
import { heapAddress, heapArray } from "../../src/np/heap/heap";
import { placeShuffled } from "../../src/sklearn/datasets/place_shuffled";
import { scatterRowsWasm } from "../../src/sklearn/datasets/scatter_wasm";

/** A deterministic permutation of 0 .. n - 1. */
function permutation(n: number, step: number): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = (i * step + 3) % n; // step coprime with n
  return p;
}

function values(n: number, seed: number, inHeap: boolean): Float64Array {
  const out = inHeap ? heapArray(Float64Array, n)! : new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.sin(seed + i * 0.37) * 10;
  return out;
}

const n = 20011; // rowTo (int32) large enough for the heap
const nf = 7;
const w = 3;
const rows = permutation(n, 7919);
const cols = Int32Array.of(4, 0, 6, 2, 1, 5, 3);
const shift = Float64Array.from({ length: nf }, (_, c) => c * 0.3 - 1);
const scale = Float64Array.from({ length: nf }, (_, c) => 1 + c * 13.7);
const labels = Float64Array.from({ length: n }, (_, i) => i % 3);
const [jsX, jsY] = placeShuffled(values(n * w, 1, false), w, values(n * (nf - w), 2, false), nf, labels, shift, scale, rows, cols);
const headH = values(n * w, 1, true);
const tailH = values(n * (nf - w), 2, true);
const [wX, wY] = placeShuffled(headH, w, tailH, nf, labels, shift, scale, rows, cols);
let firstDifference = -1;
for (let i = 0; i < jsX.length && firstDifference < 0; i++) if (!Object.is(jsX[i], wX[i])) firstDifference = i;
// the kernel itself runs on heap arrays, and leaves arrays outside the heap to JavaScript
const rowTo = heapArray(Int32Array, n)!;
rowTo.set(rows);
const kernelRan = scatterRowsWasm(headH, w, tailH, heapArray(Float64Array, n * nf)!, nf, rowTo, cols, shift, scale);
const outsideRefused = !scatterRowsWasm(new Float64Array(n * w), w, tailH, wX, nf, rowTo, cols, shift, scale);
console.log(JSON.stringify({
  outputInHeap: heapAddress(wX) >= 0, firstDifference, sameLabels: Array.from(wY).every((v, i) => v === jsY[i]), kernelRan, outsideRefused,
}));
