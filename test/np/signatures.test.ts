/**
 * Every public function of `np` (and np.random, RandomState, Generator and NDArray's methods)
 * is declared with the signature mechanism, under the Python name NumPy 1.24 gives it
 * (test/golden/np_sig/names.json, scripts/golden/np_sig_names.py) for the functions listed
 * there. A listed function without a signature, or under the wrong Python name, fails here.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../src";
import { Signature, signatureOf } from "../../src/signature";
import { loadGolden } from "../helpers/golden";

interface Names {
  top: Record<string, string>;
  random: Record<string, string>;
  RandomState: Record<string, string>;
  Generator: Record<string, string>;
  ndarray: Record<string, string>;
}
const NAMES = loadGolden<Names>("np_sig/names");

/** Library helpers exported on `np` for the other namespaces: not NumPy functions. */
const HELPERS = new Set(["contiguousStorage", "isCContiguous", "resultTypeOf"]);
/** Classes on `np` made through functions (np.array, np.dtype, slice), not called by users. */
const CLASSES = new Set(["NDArray", "DType", "Slice", "Complex"]);

const isErrorClass = (v: unknown) => typeof v === "function" && (v as Function).prototype instanceof Error;

function publicMethods(proto: object): [string, Function][] {
  return Object.getOwnPropertyNames(proto)
    .filter((k) => k !== "constructor" && !k.startsWith("_"))
    .map((k) => [k, Object.getOwnPropertyDescriptor(proto, k)!] as const)
    .filter(([, d]) => typeof d.value === "function")
    .map(([k, d]) => [k, d.value as Function]);
}

function checkAll(entries: [string, unknown][], expected: Record<string, string>, where: string): void {
  const missing: string[] = [];
  for (const [name, value] of entries) {
    const sig = signatureOf(value);
    if (sig === undefined) missing.push(`${where}${name}: no signature`);
    // functions outside the list are checked by the walk over the whole library (test/package/api.test.ts)
    else if (expected[name] === undefined) continue;
    else if (sig.qualname !== expected[name]) missing.push(`${where}${name}: declared as ${sig.qualname}, NumPy names it ${expected[name]}`);
  }
  assert.equal(missing, []);
  const seen = new Set(entries.map(([k]) => k));
  assert.equal(Object.keys(expected).filter((k) => !seen.has(k)), [], `${where}: names.json lists functions the namespace lacks`);
}

test("every function of np has its NumPy signature", () => {
  const entries = Object.entries(np).filter(([k, v]) => typeof v === "function" && !HELPERS.has(k) && !CLASSES.has(k));
  assert.ok(entries.length > 100);
  checkAll(entries, NAMES.top, "np.");
});

test("every function and class of np.random has its NumPy signature", () => {
  const entries = Object.entries(np.random).filter(([, v]) => typeof v === "function" && !isErrorClass(v));
  checkAll(entries, NAMES.random, "np.random.");
});

test("every public method of RandomState, Generator and NDArray has its NumPy signature", () => {
  checkAll(publicMethods(np.random.RandomState.prototype), NAMES.RandomState, "RandomState.");
  checkAll(publicMethods(np.random.Generator.prototype), NAMES.Generator, "Generator.");
  checkAll(publicMethods(np.NDArray.prototype), NAMES.ndarray, "ndarray.");
});

test("the signatures print as Python's and name their parameters", () => {
  const sum = signatureOf(np.sum)!;
  assert.equal(sum.params.map((p) => p.name), ["a", "axis", "dtype", "out", "keepdims", "initial", "where"]);
  const add = signatureOf(np.add)!;
  assert.equal(add.params.map((p) => `${p.kind}:${p.name}`), [
    "positional:x1", "positional:x2", "either:out", "keyword:where", "keyword:casting", "keyword:order", "keyword:dtype", "keyword:subok",
  ]);
});

test("calls without options do not bind (small calls stay cheap)", () => {
  const a = np.arange(6, { dtype: "f8" }).reshape(2, 3);
  const b = np.ones(3);
  const original = Signature.prototype.bind;
  const bound: string[] = [];
  Signature.prototype.bind = function (this: Signature, args: ArrayLike<unknown>) {
    bound.push(this.qualname);
    return original.call(this, args);
  };
  try {
    np.add(a, b);
    np.multiply(a, 2);
    np.exp(a);
    np.sqrt(b);
    np.sum(a);
    np.mean(a);
    np.max(a);
    np.argmax(a);
    np.zeros(3);
    np.ones([2, 2]);
    np.array([1, 2]);
    np.asarray(a);
    np.arange(5);
    np.reshape(a, [3, 2]);
    np.transpose(a);
    np.round(a);
    np.sort(b);
    np.unique(b);
    np.cumsum(b);
    np.dot(a, b);
    np.matmul(a, b);
    np.clip(a, 0, 1);
    a.add(b);
    a.gt(1);
    a.sum();
    a.mean();
    a.max();
    a.argmax();
    a.reshape(3, 2);
    a.reshape([6]);
    a.astype("f4");
    a.copy();
    a.get(0, "1:");
    a.set([0, 0], 1);
    a.T;
    a.ravel();
    a.round();
    np.random.seed(0);
    np.random.rand(2);
    np.random.randn(2);
  } finally {
    Signature.prototype.bind = original;
  }
  assert.equal(bound, []);
});

test.run();
