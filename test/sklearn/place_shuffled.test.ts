/**
 * make_classification's final pass: X[r, j] = (F[rows[r], c] + shift[c]) * scale[c] with
 * c = cols[j]. The WebAssembly scatter (arrays in the shared heap) and the JavaScript loop
 * (anything else) must place the same bits.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { join } from "node:path";
import { placeShuffled } from "../../src/sklearn/datasets/place_shuffled";
import { runOwnProcess } from "../helpers/own-process";

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
  const facts = runOwnProcess<{ outputInHeap: boolean; firstDifference: number; sameLabels: boolean; kernelRan: boolean; outsideRefused: boolean }>(join(__dirname, "place-shuffled-child.ts"));
  assert.ok(facts.outputInHeap, "the output lives in the heap");
  assert.is(facts.firstDifference, -1, "every element has the JavaScript loop's bits");
  assert.ok(facts.sameLabels, "the labels agree");
  assert.ok(facts.kernelRan, "the kernel runs on heap arrays");
  assert.ok(facts.outsideRefused, "arrays outside the heap are left to JavaScript");
});

test.run();
