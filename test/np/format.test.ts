/**
 * NumPy's repr/str of arrays, checked character for character against numpy 1.24 output
 * (test/golden/np_repr, written by scripts/golden/np_repr.py), over contiguous, transposed,
 * negative-step, strided and broadcast (stride 0) layouts of the same values.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { NDArray, cContiguousStrides } from "../../src/np/ndarray";
import { dtype as toDType, DType, DTypeName } from "../../src/np/dtype";
import { arrayRepr, arrayStr, reset_printoptions, set_printoptions, PrintOptions } from "../../src/np/format/repr";
import { GoldenArray, loadGolden, fixtureText as text } from "../helpers/golden";

interface Case {
  name: string;
  shape: number[];
  array: GoldenArray;
  repr: string;
  str: string;
  options?: Partial<PrintOptions>;
}

const GROUPS = ["basic", "tutorial", "float", "int", "options", "fuzz"];
const cases: Case[] = [];
for (const group of GROUPS) {
  for (const c of loadGolden<{ cases: Case[] }>(`np_repr/${group}`).cases) {
    // The array encoding stores 0-d arrays as shape (1,); the case keeps the true shape.
    c.array.shape = c.shape;
    c.repr = text(c.repr);
    c.str = text(c.str);
    cases.push(c);
  }
}

function storageOf(dt: DType, values: ArrayLike<number>): NDArray["data"] {
  const storage = new dt.storage(values.length);
  storage.set(values);
  return storage;
}

function contiguous(g: GoldenArray): NDArray {
  const dt = toDType(g.dtype as DTypeName);
  return new NDArray(storageOf(dt, g.data), g.shape, cContiguousStrides(g.shape), 0, dt);
}

/** The same values stored as the C-ordered transpose, viewed back through reversed strides. */
function transposedView(g: GoldenArray): NDArray {
  const dt = toDType(g.dtype as DTypeName);
  const ndim = g.shape.length;
  const reversedStrides = cContiguousStrides(g.shape.slice().reverse());
  const strides = reversedStrides.slice().reverse();
  const storage = new dt.storage(g.data.length);
  const index = new Array<number>(ndim).fill(0);
  for (let flat = 0; flat < g.data.length; flat++) {
    let pos = 0;
    for (let k = 0; k < ndim; k++) pos += index[k] * strides[k];
    storage[pos] = g.data[flat];
    for (let k = ndim - 1; k >= 0; k--) {
      if (++index[k] < g.shape[k]) break;
      index[k] = 0;
    }
  }
  return new NDArray(storage, g.shape, strides, 0, dt);
}

/** Storage in reverse order, read with negative strides from an offset at its end. */
function negativeStepView(g: GoldenArray): NDArray {
  const dt = toDType(g.dtype as DTypeName);
  const n = g.data.length;
  const storage = new dt.storage(n + 2);
  for (let i = 0; i < n; i++) storage[n - 1 - i] = g.data[i];
  const strides = cContiguousStrides(g.shape).map((s) => -s);
  return new NDArray(storage, g.shape, strides, Math.max(n - 1, 0), dt);
}

/** Every element two slots apart, after a 3-element gap. */
function gappedView(g: GoldenArray): NDArray {
  const dt = toDType(g.dtype as DTypeName);
  const n = g.data.length;
  const storage = new dt.storage(2 * n + 3).fill(7);
  for (let i = 0; i < n; i++) storage[3 + 2 * i] = g.data[i];
  const strides = cContiguousStrides(g.shape).map((s) => 2 * s);
  return new NDArray(storage, g.shape, strides, 3, dt);
}

/**
 * A stride-0 view when the values are constant along some axis of length > 1 (only that
 * axis's first slice is stored), else undefined.
 */
function broadcastView(g: GoldenArray): NDArray | undefined {
  const dt = toDType(g.dtype as DTypeName);
  const shape = g.shape;
  const strides = cContiguousStrides(shape);
  for (let axis = 0; axis < shape.length; axis++) {
    if (shape[axis] < 2 || g.data.length === 0) continue;
    let constant = true;
    for (let flat = 0; flat < g.data.length && constant; flat++) {
      const i = Math.floor(flat / strides[axis]) % shape[axis];
      if (i > 0 && !Object.is(g.data[flat], g.data[flat - i * strides[axis]])) constant = false;
    }
    if (!constant) continue;
    const reduced = shape.slice();
    reduced[axis] = 1;
    const reducedStrides = cContiguousStrides(reduced);
    const storage = new dt.storage(g.data.length / shape[axis]);
    for (let flat = 0; flat < g.data.length; flat++) {
      if (Math.floor(flat / strides[axis]) % shape[axis] !== 0) continue;
      let rest = flat;
      let pos = 0;
      for (let k = 0; k < shape.length; k++) {
        const idx = Math.floor(rest / strides[k]);
        rest -= idx * strides[k];
        pos += idx * reducedStrides[k];
      }
      storage[pos] = g.data[flat];
    }
    const viewStrides = reducedStrides.slice();
    viewStrides[axis] = 0;
    return new NDArray(storage, shape, viewStrides, 0, dt);
  }
  return undefined;
}

function check(c: Case, a: NDArray, layout: string, failures: string[]): void {
  if (c.options) set_printoptions(c.options);
  try {
    const repr = arrayRepr(a);
    const str = arrayStr(a);
    if (repr !== c.repr) failures.push(`${c.name} [${layout}] repr\n--- expected\n${c.repr}\n--- got\n${repr}`);
    if (str !== c.str) failures.push(`${c.name} [${layout}] str\n--- expected\n${c.str}\n--- got\n${str}`);
  } finally {
    reset_printoptions();
  }
}

function report(failures: string[]): void {
  if (failures.length > 0) {
    throw new Error(`${failures.length} mismatches; first ones:\n\n${failures.slice(0, 6).join("\n\n")}`);
  }
}

test("fixtures cover at least 300 cases", () => {
  assert.ok(cases.length >= 300, `${cases.length} cases`);
});

test("contiguous arrays print as numpy", () => {
  const failures: string[] = [];
  for (const c of cases) check(c, contiguous(c.array), "contiguous", failures);
  report(failures);
});

test("transposed, negative-step and gapped layouts print the same", () => {
  const failures: string[] = [];
  for (const c of cases) {
    check(c, transposedView(c.array), "transposed", failures);
    check(c, negativeStepView(c.array), "negative-step", failures);
    check(c, gappedView(c.array), "gapped", failures);
  }
  report(failures);
});

test("broadcast (stride 0) layouts print the same", () => {
  const failures: string[] = [];
  let used = 0;
  for (const c of cases) {
    const view = broadcastView(c.array);
    if (view === undefined) continue;
    used++;
    check(c, view, "broadcast", failures);
  }
  assert.ok(used >= 15, `only ${used} cases had a constant axis`);
  report(failures);
});

test.run();
