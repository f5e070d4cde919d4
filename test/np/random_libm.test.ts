import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadGolden, GoldenArray } from "../helpers/golden";
import { exp } from "../../src/np/random/exp";
import { pow } from "../../src/np/random/pow";
import { log1p } from "../../src/np/random/log1p";
import { expm1 } from "../../src/np/random/expm1";

const G = loadGolden<Record<string, GoldenArray>>("np_random_libm/values");

function same(fn: (i: number) => number, want: GoldenArray, what: string): void {
  for (let i = 0; i < want.data.length; i++) {
    const got = fn(i);
    if (!Object.is(got, want.data[i])) assert.unreachable(`${what}[${i}]: ${got} != ${want.data[i]}`);
  }
}

test("exp is glibc's bit for bit (normal, tiny, and the scaled ranges near over- and underflow)", () => {
  same((i) => exp(G.exp_x.data[i]), G.exp, "exp");
});

test("pow is glibc's bit for bit for positive x", () => {
  same((i) => pow(G.pow_x.data[i], G.pow_y.data[i]), G.pow, "pow");
});

test("log1p and expm1 are glibc's bit for bit", () => {
  same((i) => log1p(G.log1p_x.data[i]), G.log1p, "log1p");
  same((i) => expm1(G.expm1_x.data[i]), G.expm1, "expm1");
  assert.is(log1p(-1), -Infinity);
  assert.is(expm1(-800), -1);
  assert.is(expm1(800), Infinity);
});

test("pow's special cases are the engine's, which agree with C's", () => {
  assert.is(pow(0, 2.5), 0);
  assert.is(pow(2, 0), 1);
  assert.is(pow(1, 1e300), 1);
  assert.is(pow(Infinity, -1), 0);
  assert.ok(Number.isNaN(pow(-2, 0.5)));
});

test.run();
