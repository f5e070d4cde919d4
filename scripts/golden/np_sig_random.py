"""Golden fixtures for np.random's functions and RandomState/Generator methods called with
their Python parameters by position and by name: test/golden/np_sig/random.json.
Run with /usr/bin/python3."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from np_sig_create import run, with_out  # noqa: E402

rs = np.random.RandomState


def module_calls():
    np.random.seed(seed=7)
    a = np.random.normal(size=2)
    b = np.random.uniform(low=1, high=2, size=2)
    c = np.random.randint(10, size=3)
    d = np.random.sample(2)
    e = np.random.ranf(size=2)
    f = np.random.random(size=(1, 2))
    g = np.random.choice(4, size=3, replace=False)
    return [a, b, c, d, e, f, g]


CASES = {
    "normal_kw": lambda: rs(0).normal(loc=1, scale=2, size=3),
    "normal_pos": lambda: rs(0).normal(1, 2, 3),
    "uniform_pos": lambda: rs(1).uniform(2, 5, (2, 2)),
    "randint_size_kw": lambda: rs(2).randint(5, size=4),
    "randint_all_kw": lambda: rs(2).randint(low=2, high=9, size=3, dtype="u1"),
    "randint_dtype_pos": lambda: rs(2).randint(2, 9, 3, "i2"),
    "choice_pos": lambda: rs(3).choice(5, 3, False),
    "choice_p_kw": lambda: rs(3).choice([1, 2, 3], size=4, p=[0.5, 0.25, 0.25]),
    "random_sample_kw": lambda: rs(4).random_sample(size=2),
    "random_pos": lambda: rs(4).random((2,)),
    "standard_normal_kw": lambda: rs(5).standard_normal(size=3),
    "rand_varargs": lambda: rs(6).rand(2, 3),
    "randn_varargs": lambda: rs(6).randn(2),
    "get_state_legacy_kw": lambda: rs(8).get_state(legacy=False)["state"]["pos"],
    "permutation_pos": lambda: rs(9).permutation(5),
    "seed_kw": lambda: (lambda r: (r.seed(seed=3), r.random_sample(2))[1])(rs(0)),
    "module_calls": module_calls,
    "rng_random_dtype": lambda: np.random.default_rng(seed=42).random(3, dtype="f4"),
    "rng_random_kw": lambda: np.random.default_rng(42).random(size=2),
    "rng_standard_normal": lambda: np.random.default_rng(42).standard_normal(size=2),
    "rng_normal_pos": lambda: np.random.default_rng(42).normal(0, 2, 3),
    "rng_poisson_kw": lambda: np.random.default_rng(42).poisson(lam=3, size=4),
    "rng_random_out": lambda: with_out(lambda o: np.random.default_rng(42).random(out=o), (2, 2)),
    "rng_random_out_f4": lambda: with_out(lambda o: np.random.default_rng(42).random(out=o, dtype="f4"), (3,), "f4"),
    "rng_random_out_wrong_dtype": lambda: with_out(lambda o: np.random.default_rng(42).random(out=o), (3,), "f4"),
    "rng_random_out_size_mismatch": lambda: with_out(lambda o: np.random.default_rng(42).random(3, out=o), (2,)),
    "rng_random_out_fortran": lambda: with_out(lambda o: np.random.default_rng(42).random(out=o.T), (3, 2)),
    "rng_standard_normal_out": lambda: with_out(lambda o: np.random.default_rng(42).standard_normal(out=o), (3,)),
    "rng_random_int_dtype": lambda: np.random.default_rng(42).random(2, dtype=int),
    "generator_ctor": lambda: np.random.Generator(np.random.PCG64(5)).random(2),
    "seed_sequence_pool_size": lambda: np.random.SeedSequence(11, pool_size=8).generate_state(3),
    "seed_sequence_spawn_key": lambda: np.random.SeedSequence(11, spawn_key=(2,)).generate_state(3),
    "seed_sequence_both": lambda: np.random.SeedSequence(11, spawn_key=(2, 5), pool_size=6).generate_state(4),
    "seed_sequence_small_pool": lambda: np.random.SeedSequence(11, pool_size=3),
    "seed_sequence_state": lambda: np.random.SeedSequence(entropy=11).generate_state(n_words=3),
}
if __name__ == "__main__":
    dump("np_sig/random", {"versions": versions(), "cases": {k: run(f) for k, f in CASES.items()}})
