/**
 * make_classification's final pass: X[r, j] = (F[rows[r], c] + shift[c]) * scale[c] with
 * c = cols[j]. The WebAssembly scatter (arrays in the shared heap) and the JavaScript loop
 * (anything else) must place the same bits.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
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

test("the scatter permutes rows and columns and shifts and scales each column", () => {
  // F = [[1, 2 | 3], [4, 5 | 6]]: head holds two columns, tail one
  const head = Float64Array.of(1, 2, 4, 5);
  const tail = Float64Array.of(3, 6);
  const [X, y] = placeShuffled(head, 2, tail, 3, Float64Array.of(0, 1), Float64Array.of(0.5, 1, 2), Float64Array.of(2, 3, 4),
    Int32Array.of(1, 0), Int32Array.of(2, 0, 1));
  // row 0 is F[1] = [4, 5, 6], columns [c2, c0, c1]
  assert.equal(Array.from(X), [(6 + 2) * 4, (4 + 0.5) * 2, (5 + 1) * 3, (3 + 2) * 4, (1 + 0.5) * 2, (2 + 1) * 3]);
  assert.equal(Array.from(y), [1, 0]);
});

test("WebAssembly over the heap and the JavaScript loop place the same bits", () => {
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
  assert.ok(heapAddress(wX) >= 0, "the output lives in the heap");
  for (let i = 0; i < jsX.length; i++) if (!Object.is(jsX[i], wX[i])) assert.unreachable(`X[${i}]: ${wX[i]} !== ${jsX[i]}`);
  assert.equal(Array.from(wY), Array.from(jsY));
  // the kernel itself runs on heap arrays
  const rowTo = heapArray(Int32Array, n)!;
  rowTo.set(rows);
  assert.ok(scatterRowsWasm(headH, w, tailH, heapArray(Float64Array, n * nf)!, nf, rowTo, cols, shift, scale));
  assert.not.ok(scatterRowsWasm(new Float64Array(n * w), w, tailH, wX, nf, rowTo, cols, shift, scale), "arrays outside the heap are left to JavaScript");
});

test.run();
