import { contiguousStorage } from "../../src/np/contiguous";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { closeTo, loadGolden } from "../helpers/golden";
import { expInto, fma, logInto, npExp, npLog } from "../../src/np/ufuncs/exact";
import { np } from "../../src";
import { fusedMultiplyAdd } from "../../src/np/wasm/relaxed-simd";
import { I } from "../../src/np/wasm/assemble";

const g = loadGolden("np/exact_math");

/** xorshift32 stream of the fixture script: regenerates the inputs whose outputs are stored. */
function genInputs(seed: number, n: number, kind: "exp" | "log"): Float64Array {
  let s = seed >>> 0;
  const next = () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
  const out = new Float64Array(n);
  const view = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < n; i++) {
    const a = next(), b = next(), c = next();
    let hi: number;
    if (kind === "exp") hi = (((a & 1) << 31) | ((963 + ((a >>> 1) % 70)) << 20) | (b & 0xfffff)) >>> 0;
    else hi = (((a % 2047) << 20) | (b & 0xfffff)) >>> 0;
    view.setUint32(0, hi, false);
    view.setUint32(4, c, false);
    out[i] = view.getFloat64(0, false);
  }
  return out;
}

function mismatches(actual: ArrayLike<number>, expected: ArrayLike<number>, xs: ArrayLike<number>): string[] {
  const bad: string[] = [];
  for (let i = 0; i < expected.length; i++) {
    if (!Object.is(actual[i], expected[i]) && !(Number.isNaN(actual[i]) && Number.isNaN(expected[i]))) {
      bad.push(`x=${xs[i]}: got ${actual[i]}, NumPy ${expected[i]}`);
    }
  }
  return bad;
}

test("fma is correctly rounded (exact rational reference)", () => {
  const f = g.fma;
  const out = f.a.data.map((a: number, i: number) => fma(a, f.b.data[i], f.c.data[i]));
  assert.equal(mismatches(out, f.r.data, f.a.data), []);
});

test("np.exp: stored inputs bit for bit", () => {
  const xs = Float64Array.from(g.exp_x.data as number[]);
  const out = new Float64Array(xs.length);
  expInto(xs, 0, out, xs.length);
  assert.equal(mismatches(out, g.exp_y.data, xs).slice(0, 10), []);
  for (let i = 0; i < xs.length; i += 97) assert.ok(Object.is(npExp(xs[i]), out[i]));
});

test("np.exp: generated inputs bit for bit", () => {
  const xs = genInputs(g.exp_gen.seed, g.exp_gen.n, "exp");
  assert.equal(Array.from(xs.subarray(0, 20)), g.exp_gen.x_head.data);
  const out = new Float64Array(xs.length);
  expInto(xs, 0, out, xs.length);
  assert.equal(mismatches(out, g.exp_gen.y.data, xs).slice(0, 10), []);
});

test("np.exp: special values", () => {
  assert.ok(Number.isNaN(npExp(NaN)));
  assert.is(npExp(Infinity), Infinity);
  assert.ok(Object.is(npExp(-Infinity), 0));
  assert.is(npExp(0), 1);
  assert.is(npExp(-0), 1);
  assert.is(npExp(710), Infinity);
  assert.ok(Object.is(npExp(-746), 0));
});

/**
 * A ufunc's results against the exact model's: bit for bit where the SIMD kernels run (a fused
 * multiply-add), else (Math.exp / Math.log) within two units in the last place.
 */
function modelMismatches(actual: ArrayLike<number>, expected: ArrayLike<number>, xs: ArrayLike<number>): string[] {
  if (fusedMultiplyAdd()) return mismatches(actual, expected, xs).slice(0, 5);
  const bad: string[] = [];
  for (let i = 0; i < expected.length; i++) {
    if (!closeTo(actual[i], expected[i], 4.5e-16)) bad.push(`x=${xs[i]}: got ${actual[i]}, model ${expected[i]}`);
  }
  return bad.slice(0, 5);
}

/** `f` over xs as a large (heap, threaded), small, strided, reversed, transposed and in-place array, against `want`. */
function checkLayouts(f: (x: np.NDArray, opts?: { out: np.NDArray }) => np.NDArray, xs: Float64Array, want: Float64Array): void {
  const x = np.array(xs);
  const values = (a: np.NDArray) => contiguousStorage(a) as Float64Array;
  const pick = (idx: (i: number) => number, n: number) => Float64Array.from({ length: n }, (_, i) => want[idx(i)]);
  assert.equal(modelMismatches(values(f(x)), want, xs), [], "contiguous");
  const small = np.array(xs.slice(0, 1001)); // outside the heap, with a tail of one
  assert.equal(modelMismatches(values(f(small)), want.subarray(0, 1001), xs), [], "small");
  const n3 = Math.ceil(xs.length / 3);
  assert.equal(modelMismatches(values(f(x.get("::3"))), pick((i) => 3 * i, n3), xs), [], "strided");
  assert.equal(modelMismatches(values(f(x.get("::-1"))), pick((i) => xs.length - 1 - i, xs.length), xs), [], "reversed");
  const rows = 10;
  const cols = Math.floor(xs.length / rows);
  const t = x.get(`:${rows * cols}`).reshape([rows, cols]).T;
  assert.equal(modelMismatches(values(f(t)), pick((i) => (i % rows) * cols + Math.floor(i / rows), rows * cols), xs), [], "transposed");
  const inPlace = x.copy();
  f(inPlace, { out: inPlace });
  assert.equal(modelMismatches(values(inPlace), want, xs), [], "in place");
}

test("np.exp of float64 arrays is NumPy's, bit for bit, in every layout", () => {
  checkLayouts(np.exp, Float64Array.from(g.exp_x.data as number[]), Float64Array.from(g.exp_y.data as number[]));
});

test("np.log of float64 arrays is the exact model's in every layout", () => {
  const xs = Float64Array.from(g.log_x.data as number[]);
  const model = new Float64Array(xs.length);
  logInto(xs, 0, model, xs.length);
  checkLayouts(np.log, xs, model);
  // and so NumPy's, but for the model's known reciprocal-estimate cases
  const bad = mismatches(contiguousStorage(np.log(np.array(xs))), g.log_y.data, xs);
  assert.ok(bad.length <= (fusedMultiplyAdd() ? LOG_STORED_KNOWN : xs.length), bad.slice(0, 10).join("\n"));
});

test("np.exp of generated float64 inputs is NumPy's, bit for bit", () => {
  const xs = genInputs(g.exp_gen.seed, g.exp_gen.n, "exp");
  const got = contiguousStorage(np.exp(np.array(xs)));
  assert.equal(modelMismatches(got, g.exp_gen.y.data, xs), []);
});

// The SVML log kernel picks c from a 14-bit hardware reciprocal estimate; this code rounds the
// exact reciprocal, which can pick the other neighbour when 32/m is within ~2^-9 of a
// half-integer (about 1 input in 15000). The fixtures pin how many such inputs differ.
const LOG_STORED_KNOWN = 4;
const LOG_GEN_KNOWN = 8;

test("np.log: stored inputs bit for bit (except the known reciprocal-estimate cases)", () => {
  const xs = Float64Array.from(g.log_x.data as number[]);
  const out = new Float64Array(xs.length);
  logInto(xs, 0, out, xs.length);
  const bad = mismatches(out, g.log_y.data, xs);
  assert.ok(bad.length <= LOG_STORED_KNOWN, bad.slice(0, 10).join("\n"));
  for (let i = 0; i < xs.length; i += 97) assert.ok(Object.is(npLog(xs[i]), out[i]) || Number.isNaN(out[i]));
});

test("np.log: generated inputs bit for bit (except the known reciprocal-estimate cases)", () => {
  const xs = genInputs(g.log_gen.seed, g.log_gen.n, "log");
  assert.equal(Array.from(xs.subarray(0, 20)), g.log_gen.x_head.data);
  const out = new Float64Array(xs.length);
  logInto(xs, 0, out, xs.length);
  const bad = mismatches(out, g.log_gen.y.data, xs);
  assert.ok(bad.length <= LOG_GEN_KNOWN, `${bad.length} mismatches:\n` + bad.slice(0, 10).join("\n"));
});

test("np.log: special values", () => {
  assert.is(npLog(0), -Infinity);
  assert.is(npLog(-0), -Infinity);
  assert.ok(Number.isNaN(npLog(-1)));
  assert.ok(Number.isNaN(npLog(-Infinity)));
  assert.ok(Number.isNaN(npLog(NaN)));
  assert.is(npLog(Infinity), Infinity);
  assert.ok(Object.is(npLog(1), 0));
});

test("the SIMD opcodes the kernels compare integer lanes with are WebAssembly's", () => {
  // eq 0xd6, ne 0xd7, lt_s 0xd8 (the signed test rgb2gray's round-to-odd step reads)
  assert.equal(I.i64x2eq, [0xfd, 0xd6, 0x01]);
  assert.equal(I.i64x2ltS, [0xfd, 0xd8, 0x01]);
});

test.run();
