import { test } from "uvu";
import * as assert from "uvu/assert";
import { RandomState, default_rng } from "../../src/np/random";
import { NDArray } from "../../src/np/ndarray";
import { contiguousStorage } from "../../src/np/contiguous";
import { float64, int64 } from "../../src/np/dtype";
import { broadcast_to } from "../../src/np/manipulate";

// Parameters given as transposed, negative-step and broadcast (stride 0) views draw exactly what
// the same values given as nested lists draw; the list forms are checked against NumPy in the
// fixture-driven tests (random_legacy_dists, random_generator_dists).

function values(a: unknown): number[] {
  return Array.from(contiguousStorage(a as NDArray));
}

const grid = NDArray.fromStorage(Float64Array.from([0.5, 2.0, 1.0, 3.0, 4.0, 6.0]), [3, 2], float64);

test("transposed parameters", () => {
  const viaList = new RandomState(3).gamma([[0.5, 1.0, 4.0], [2.0, 3.0, 6.0]], 2.0);
  const viaView = new RandomState(3).gamma(grid.T, 2.0);
  assert.equal((viaView as NDArray).shape, [2, 3]);
  assert.equal(values(viaView), values(viaList));
  const g1 = default_rng(3).beta(grid.T, [[1.5, 0.5, 2.0]]);
  const g2 = default_rng(3).beta([[0.5, 1.0, 4.0], [2.0, 3.0, 6.0]], [[1.5, 0.5, 2.0]]);
  assert.equal(values(g1), values(g2));
});

test("negative-step and broadcast (stride 0) parameters", () => {
  const lam = NDArray.fromStorage(Float64Array.from([1, 5, 20, 80]), [4], float64);
  const reversed = lam.get("::-1");
  assert.equal(values(new RandomState(9).poisson(reversed)), values(new RandomState(9).poisson([80, 20, 5, 1])));
  const p = broadcast_to(NDArray.fromStorage(Float64Array.from([0.8, 0.2, 0.05, 0.01]), [4], float64), [3, 4]);
  assert.equal(p.strides[0], 0);
  const rows = [0.8, 0.2, 0.05, 0.01];
  assert.equal(values(new RandomState(9).binomial(10, p)), values(new RandomState(9).binomial(10, [rows, rows, rows])));
  assert.equal(values(default_rng(9).normal(p, reversed)), values(default_rng(9).normal([rows, rows, rows], [80, 20, 5, 1])));
});

test("integers and choice take strided arrays", () => {
  const highs = NDArray.fromStorage(Float64Array.from([10, 20, 30, 40, 50, 60]), [2, 3], int64).T;
  const a = default_rng(5).integers(0, highs);
  const b = default_rng(5).integers(0, [[10, 40], [20, 50], [30, 60]]);
  assert.equal(values(a), values(b));
  const pool = NDArray.fromStorage(Float64Array.from([1, 2, 3, 4, 5, 6]), [6], int64).get("::-2");
  assert.equal(values(default_rng(5).choice(pool, 4)), values(default_rng(5).choice([6, 4, 2], 4)));
});

test("float counts are truncated as NumPy casts them (binomial's n, hypergeometric's counts, integers' bounds)", () => {
  // NumPy 1.24, each from a fresh generator: RandomState(0).binomial(10.7, 0.5) == 5,
  // RandomState(0).binomial([10.5, 3.2], 0.5) == [5, 2], default_rng(0).binomial(10.7, 0.5) == 6,
  // RandomState(0).hypergeometric(10.5, 20, 5) == 1, default_rng(0).integers(0, 10.5) == 8
  assert.is(new RandomState(0).binomial(10.7, 0.5), 5);
  assert.equal(values(new RandomState(0).binomial([10.5, 3.2], 0.5)), [5, 2]);
  assert.is(default_rng(0).binomial(10.7, 0.5), 6);
  assert.is(new RandomState(0).hypergeometric(10.5, 20, 5), 1);
  assert.is(default_rng(0).integers(0, 10.5), 8);
});

test.run();
