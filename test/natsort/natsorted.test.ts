import { test } from "uvu";
import * as assert from "uvu/assert";
import * as natsort from "../../src/natsort";
import { loadGolden } from "../helpers/golden";

const golden = loadGolden("natsort/natsorted");
const { natsorted, natsort_keygen, ns } = natsort;

function same(a: unknown[], b: unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => (Array.isArray(v) ? same(v, b[i] as unknown[]) : Object.is(v, b[i])));
}

test("natsorted matches natsort 8 for every list, flag set and direction", () => {
  let n = 0;
  for (const c of golden.cases) {
    const out = natsorted(c.input as unknown[], { alg: c.alg, reverse: c.reverse });
    if (!same(out, c.output)) {
      assert.unreachable(`${c.name} alg=${c.alg} reverse=${c.reverse}:\n  got      ${JSON.stringify(out)}\n  expected ${JSON.stringify(c.output)}`);
    }
    n++;
  }
  assert.ok(n >= 112);
});

function normaliseKey(k: unknown): unknown {
  if (Array.isArray(k)) return k.map(normaliseKey);
  if (typeof k === "bigint") return Number(k);
  return k;
}

test("natsort_keygen builds natsort's keys", () => {
  for (const group of golden.keys) {
    const keyFn = natsort_keygen(null, group.alg);
    for (const [input, expected] of group.keys) {
      assert.equal(normaliseKey(keyFn(input)), expected, `alg=${group.alg} key(${JSON.stringify(input)})`);
    }
  }
});

test("the tutorial's glob-then-natsorted file list", () => {
  assert.equal(natsorted(["IMG_10.JPG", "IMG_2.JPG", "IMG_1.JPG"]), ["IMG_1.JPG", "IMG_2.JPG", "IMG_10.JPG"]);
});

test("key option and ns values", () => {
  const rows = [{ name: "b10" }, { name: "b9" }, { name: "a1" }];
  assert.equal(natsorted(rows, { key: (r) => r.name }).map((r) => r.name), ["a1", "b9", "b10"]);
  assert.is(ns.REAL, ns.FLOAT | ns.SIGNED);
  assert.is(ns.DEFAULT, 0);
  assert.throws(() => natsorted(["a"], { alg: 48 }), /locale/);
});

test.run();
