/**
 * np.random's functions and RandomState / Generator methods with their Python parameters by
 * position and by name, against Debian's NumPy (test/golden/np_sig/random.json,
 * scripts/golden/np_sig_random.py).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../src";
import { loadGolden } from "../helpers/golden";
import { checkCases } from "./_sig_cases";

const G = loadGolden("np_sig/random");
const rs = (seed: number) => new np.random.RandomState(seed);
const R = np.random;
const any = (x: unknown) => x as any;

function withOut(fn: (o: np.NDArray) => unknown, shape: number[], dtype: np.DTypeLike = "f8"): np.NDArray[] {
  const out = np.zeros(shape, dtype);
  const r = fn(out);
  return [out, np.array([r === out])];
}

function moduleCalls(): np.NDArray[] {
  any(R.seed)({ seed: 7 });
  const a = R.normal({ size: 2 });
  const b = R.uniform({ low: 1, high: 2, size: 2 });
  const c = R.randint(10, { size: 3 });
  const d = R.sample(2);
  const e = R.ranf({ size: 2 });
  const f = R.random({ size: [1, 2] });
  const g = R.choice(4, { size: 3, replace: false });
  return [a, b, c, d, e, f, g];
}

const CALLS: Record<string, () => unknown> = {
  normal_kw: () => rs(0).normal({ loc: 1, scale: 2, size: 3 }),
  normal_pos: () => rs(0).normal(1, 2, 3),
  uniform_pos: () => rs(1).uniform(2, 5, [2, 2]),
  randint_size_kw: () => rs(2).randint(5, { size: 4 }),
  randint_all_kw: () => any(rs(2)).randint({ low: 2, high: 9, size: 3, dtype: "u1" }),
  randint_dtype_pos: () => rs(2).randint(2, 9, 3, "i2"),
  choice_pos: () => rs(3).choice(5, 3, false),
  choice_p_kw: () => rs(3).choice([1, 2, 3], { size: 4, p: [0.5, 0.25, 0.25] }),
  random_sample_kw: () => rs(4).random_sample({ size: 2 }),
  random_pos: () => rs(4).random([2]),
  standard_normal_kw: () => rs(5).standard_normal({ size: 3 }),
  rand_varargs: () => rs(6).rand(2, 3),
  randn_varargs: () => rs(6).randn(2),
  get_state_legacy_kw: () => (rs(8).get_state({ legacy: false }) as np.random.DictState).state.pos,
  permutation_pos: () => rs(9).permutation(5),
  seed_kw: () => {
    const r = rs(0);
    any(r).seed({ seed: 3 });
    return r.random_sample(2);
  },
  module_calls: moduleCalls,
  rng_random_dtype: () => any(np.random.default_rng)({ seed: 42 }).random(3, { dtype: "f4" }),
  rng_random_kw: () => np.random.default_rng(42).random({ size: 2 }),
  rng_standard_normal: () => np.random.default_rng(42).standard_normal({ size: 2 }),
  rng_normal_pos: () => np.random.default_rng(42).normal(0, 2, 3),
  rng_poisson_kw: () => np.random.default_rng(42).poisson({ lam: 3, size: 4 }),
  rng_random_out: () => withOut((o) => np.random.default_rng(42).random({ out: o }), [2, 2]),
  rng_random_out_f4: () => withOut((o) => np.random.default_rng(42).random({ out: o, dtype: "f4" }), [3], "f4"),
  rng_random_out_wrong_dtype: () => withOut((o) => np.random.default_rng(42).random({ out: o }), [3], "f4"),
  rng_random_out_size_mismatch: () => withOut((o) => np.random.default_rng(42).random(3, { out: o }), [2]),
  rng_random_out_fortran: () => withOut((o) => np.random.default_rng(42).random({ out: o.T }), [3, 2]),
  rng_standard_normal_out: () => withOut((o) => np.random.default_rng(42).standard_normal({ out: o }), [3]),
  rng_random_int_dtype: () => np.random.default_rng(42).random(2, { dtype: "int" }),
  generator_ctor: () => new np.random.Generator(new np.random.PCG64(5)).random(2),
  seed_sequence_pool_size: () => new (np.random.SeedSequence as any)(11, { pool_size: 8 }).generate_state(3),
  seed_sequence_spawn_key: () => new (np.random.SeedSequence as any)(11, { spawn_key: [2] }).generate_state(3),
  seed_sequence_both: () => new (np.random.SeedSequence as any)(11, { spawn_key: [2, 5], pool_size: 6 }).generate_state(4),
  seed_sequence_small_pool: () => new (np.random.SeedSequence as any)(11, { pool_size: 3 }),
  seed_sequence_state: () => any(new np.random.SeedSequence({ entropy: 11 } as never)).generate_state({ n_words: 3 }),
};

test(`np.random by position and by name (${Object.keys(CALLS).length} cases)`, () => {
  checkCases(G.cases, CALLS);
});

test("np.random refuses what it does not support and what Python refuses", () => {
  const refused = (fn: () => unknown, what: string) =>
    assert.throws(fn, (e: Error) => e.name === "NotImplementedError" && e.message.includes(what));
  assert.throws(() => any(np.random.default_rng(1)).standard_normal(2, { dtype: "i8" }), (e: Error) => e.name === "TypeError" && e.message === "Unsupported dtype dtype('int64') for standard_normal");
  refused(() => any(new np.random.SeedSequence(1)).generate_state(2, "u8"), "dtype=");
  assert.throws(() => any(rs(0)).normal({ mean: 1 }), (e: Error) => e.name === "TypeError" && e.message === "normal() got an unexpected keyword argument 'mean'");
  assert.throws(() => any(R.normal)(0, 1, 2, 3), (e: Error) => e.name === "TypeError");
  assert.throws(() => any(rs(0)).rand(2.5), (e: Error) => e.name === "TypeError");
  assert.throws(() => any(rs(0)).permutation({ x: 5 }), (e: Error) => e.name === "TypeError"); // positional-only in NumPy
});

test.run();
