"""Golden fixtures for np.random's distributions: run with /usr/bin/python3 (numpy 1.24).

Each case seeds a fresh RandomState (legacy.json) or default_rng (generator.json), makes one
call [method, args, kwargs] and records the result and the next uniform double (which shows
the call consumed exactly NumPy's draws). Array results are concatenated into one float64
array (integers are exact there) stored beside the JSON. Error cases record the exception's
class and message.
"""
import warnings

import numpy as np

from golden_io import dump, versions

N = 2000


def legacy_cases():
    c = []
    add = lambda m, a, k=None, seed=12345: c.append([m, a, k or {}, seed])
    for s in (0, 1, 2020):
        add("standard_exponential", [], {"size": N}, s)
        add("standard_cauchy", [], {"size": N}, s)
    add("standard_exponential", [], {}, 3)
    for a, b in ((0.5, 0.5), (0.3, 0.9), (1.0, 1.0), (2.0, 5.0), (0.5, 3.0), (20.0, 20.0)):
        add("beta", [a, b, N])
    for shape in (0.0, 0.1, 0.5, 0.999, 1.0, 1.5, 3.0, 25.0):
        add("standard_gamma", [shape, N])
    add("gamma", [2.5, 3.0, N]); add("gamma", [0.3], {"scale": 2.0, "size": N})
    add("gamma", [[0.5, 1.0, 4.0], [[1.0], [2.0]]])
    add("exponential", [2.0, N]); add("exponential", [], {"size": [3, 4]}); add("exponential", [[1.0, 2.0, 3.0]])
    for df in (0.5, 1.0, 3.0, 30.0):
        add("chisquare", [df, N])
    add("f", [3.0, 7.0, N]); add("f", [0.5, 0.5, N])
    add("noncentral_chisquare", [3.0, 2.0, N]); add("noncentral_chisquare", [0.5, 1.5, N]); add("noncentral_chisquare", [2.0, 0.0, N])
    add("noncentral_f", [3.0, 20.0, 3.0, N]); add("noncentral_f", [0.8, 5.0, 1.0, N])
    for df in (0.5, 3.0, 100.0):
        add("standard_t", [df, N])
    for mu, kappa in ((0.0, 4.0), (1.0, 0.5), (-2.0, 1e-9), (0.5, 3e-6), (2.0, 5e6)):
        add("vonmises", [mu, kappa, N])
    for a in (0.5, 3.0):
        add("pareto", [a, N]); add("weibull", [a, N]); add("power", [a, N])
    add("weibull", [0.0, 5])
    for m in ("laplace", "gumbel", "logistic"):
        add(m, [0.5, 2.0, N]); add(m, [], {"size": 7}); add(m, [[0.0, 10.0], [[1.0], [0.1], [3.0]]])
    add("lognormal", [0.0, 1.0, N]); add("lognormal", [1.5, 0.25, N]); add("lognormal", [[0.0, 1.0]], {"sigma": 0.5, "size": [3, 2]})
    add("rayleigh", [2.0, N]); add("rayleigh", [], {"size": 5})
    add("wald", [1.0, 3.0, N]); add("wald", [3.0, 0.5, N])
    add("triangular", [-1.0, 0.0, 3.0, N]); add("triangular", [0.0, 0.0, 1.0, N]); add("triangular", [[0.0, 1.0], 2.0, 4.0, [3, 2]])
    for lam in (0.0, 0.5, 3.0, 9.99, 10.0, 55.0, 1e4):
        add("poisson", [lam, N])
    add("poisson", [[1.0, 20.0, 300.0]], {"size": [4, 3]}); add("poisson", [], {})
    for n, p in ((10, 0.3), (100, 0.25), (1000, 0.02), (1000, 0.5), (50, 0.9), (5, 0.999), (0, 0.5), (20, 0.0), (7, 1.0), (2000, 0.7)):
        add("binomial", [n, p, N])
    add("binomial", [[5, 50, 500], [[0.1], [0.6]]]); add("binomial", [10, 0.5])
    for n, p in ((5, 0.5), (1.5, 0.2), (100, 0.9)):
        add("negative_binomial", [n, p, N])
    for p in (0.1, 0.3, 0.3333333333333333, 0.5, 0.9, 1.0):
        add("geometric", [p, N])
    for a in (1.5, 2.0, 4.0):
        add("zipf", [a, N])
    for p in (0.1, 0.5, 0.9, 0.999):
        add("logseries", [p, N])
    for g, b, s in ((10, 20, 5), (100, 50, 30), (1000, 1000, 500), (5, 3, 8), (40, 2, 11), (3, 97, 1)):
        add("hypergeometric", [g, b, s, N])
    add("hypergeometric", [[10, 20], [[5], [15]], 6])
    add("multinomial", [20, [0.2, 0.3, 0.5], N]); add("multinomial", [100, [0.1] * 10]); add("multinomial", [1000, [0.5, 0.5], [3, 4]])
    add("multinomial", [50, [0.3, 0.3, 0.2]], {"size": 5})
    add("dirichlet", [[0.5, 1.0, 2.0], 500]); add("dirichlet", [[10.0, 0.1]]); add("dirichlet", [[1.0, 1.0, 1.0, 1.0], [2, 3]])
    add("multivariate_normal", [[1.0, -2.0], [[2.0, 0.5], [0.5, 1.0]], 500])
    add("multivariate_normal", [[0.0, 0.0, 0.0], [[1.0, 0.9, 0.2], [0.9, 1.0, 0.1], [0.2, 0.1, 3.0]]], {"size": [4, 5]})
    add("multivariate_normal", [[0.0, 0.0], [[1.0, 1.0], [1.0, 1.0]]])
    add("multivariate_normal", [[0.0, 0.0], [[1.0, 2.0], [2.0, 1.0]], 3], {"check_valid": "ignore"})
    add("multivariate_normal", [[0.0, 0.0], [[1.0, 0.0], [0.0, 1.0 + 1e-9]], 3], {"tol": 1e-12, "check_valid": "raise"})
    add("bytes", [10]); add("bytes", [1]); add("bytes", [0]); add("bytes", [4])
    add("random_integers", [5, 10, 20]); add("random_integers", [6], {"size": [2, 3]}); add("random_integers", [3])
    return c


def generator_cases():
    c = []
    add = lambda m, a, k=None, seed=12345: c.append([m, a, k or {}, seed])
    for s in (0, 1, 2020):
        add("standard_exponential", [], {"size": N}, s)
        add("exponential", [1.5, N], {}, s)
        add("standard_cauchy", [], {"size": N}, s)
    add("standard_exponential", [], {"size": N, "method": "inv"})
    add("standard_exponential", [], {"size": N, "dtype": "float32"})
    add("standard_exponential", [], {})
    add("standard_normal", [], {"size": N, "dtype": "float32"})
    for a, b in ((0.5, 0.5), (0.3, 0.9), (1.0, 1.0), (2.0, 5.0), (20.0, 20.0)):
        add("beta", [a, b, N])
    for shape in (0.0, 0.1, 0.5, 1.0, 1.5, 3.0, 25.0):
        add("standard_gamma", [shape, N])
    add("standard_gamma", [[0.5, 2.0]], {"size": [3, 2]})
    for shape in (0.3, 1.0, 4.0):
        add("standard_gamma", [shape, N], {"dtype": "float32"})
    add("gamma", [2.5, 3.0, N]); add("gamma", [0.3], {"scale": 2.0, "size": N})
    for df in (0.5, 3.0):
        add("chisquare", [df, N]); add("standard_t", [df, N])
    add("f", [3.0, 7.0, N]); add("noncentral_chisquare", [3.0, 2.0, N]); add("noncentral_chisquare", [0.5, 1.5, N])
    add("noncentral_f", [3.0, 20.0, 3.0, N])
    for mu, kappa in ((0.0, 4.0), (1.0, 0.5), (2.0, 5e6)):
        add("vonmises", [mu, kappa, N])
    for a in (0.5, 3.0):
        add("pareto", [a, N]); add("weibull", [a, N]); add("power", [a, N])
    for m in ("laplace", "gumbel", "logistic"):
        add(m, [0.5, 2.0, N]); add(m, [[0.0, 10.0], [[1.0], [0.1], [3.0]]])
    add("lognormal", [0.0, 1.0, N]); add("lognormal", [1.5, 0.25, N])
    add("rayleigh", [2.0, N]); add("wald", [1.0, 3.0, N]); add("triangular", [-1.0, 0.0, 3.0, N])
    add("uniform", [-2.0, 3.0, N]); add("uniform", [[0.0, 1.0], 5.0]); add("uniform", [])
    for lam in (0.5, 3.0, 10.0, 55.0):
        add("poisson", [lam, N])
    for n, p in ((10, 0.3), (100, 0.25), (1000, 0.5), (50, 0.9), (0, 0.5), (20, 0.0), (7, 1.0)):
        add("binomial", [n, p, N])
    add("binomial", [[5, 50, 500], [[0.1], [0.6]]])
    for n, p in ((5, 0.5), (1.5, 0.2)):
        add("negative_binomial", [n, p, N])
    for p in (0.1, 0.5, 1.0):
        add("geometric", [p, N])
    add("zipf", [2.0, N]); add("logseries", [0.1, N]); add("logseries", [0.9, N])
    add("multinomial", [20, [0.2, 0.3, 0.5], N]); add("multinomial", [[10, 100], [0.5, 0.25, 0.25]])
    add("multinomial", [[[5], [50]], [[0.1, 0.9], [0.5, 0.5], [0.7, 0.3]]]); add("multinomial", [30, [0.2, 0.8]], {"size": [2, 3]})
    add("dirichlet", [[0.5, 1.0, 2.0], 500]); add("dirichlet", [[0.05, 0.08, 0.02], 300]); add("dirichlet", [[10.0, 0.1]])
    add("multivariate_normal", [[1.0, -2.0], [[2.0, 0.5], [0.5, 1.0]], 500])
    for method in ("svd", "eigh", "cholesky"):
        add("multivariate_normal", [[0.0, 1.0, 2.0], [[1.0, 0.9, 0.2], [0.9, 1.0, 0.1], [0.2, 0.1, 3.0]]], {"size": [4, 5], "method": method})
    add("bytes", [10]); add("bytes", [7])
    for g, b, s in ((10, 20, 5), (100, 50, 30), (1000, 1000, 500), (5, 3, 8), (40, 2, 11), (3, 97, 1), (30, 30, 55), (2000, 10, 1995)):
        add("hypergeometric", [g, b, s, N])
    add("hypergeometric", [[10, 20], [[5], [15]], 6])
    # integers: every dtype, endpoint, Lemire vs masked, ranges near the type limits
    for dt in ("int64", "int32", "int16", "int8", "uint64", "uint32", "uint16", "uint8"):
        add("integers", [0, 100, N], {"dtype": dt})
        add("integers", [3, 7], {"size": 50, "dtype": dt, "endpoint": True})
    add("integers", [0, 2, 100], {"dtype": "bool"}); add("integers", [0, 1, 50], {"dtype": "bool", "endpoint": True})
    add("integers", [10, None, N]); add("integers", [-5, 5, [3, 4]]); add("integers", [0, 1 << 40, N]); add("integers", [0, 2**32, N])
    add("integers", [0, 2**32 - 1, N]); add("integers", [-100, 1 << 52, 10]); add("integers", [0, 255, N], {"dtype": "uint8", "endpoint": True})
    add("integers", [0, 65535, 100], {"dtype": "uint16", "endpoint": True}); add("integers", [5]); add("integers", [[1, 10, 100], 1000])
    add("integers", [-128, 127, 100], {"dtype": "int8", "endpoint": True}); add("integers", [[0, 5], [[10], [20]]], {"dtype": "int32"})
    # choice, permutation, shuffle, permuted
    add("choice", [10, 5]); add("choice", [10]); add("choice", [10, 5], {"replace": False}); add("choice", [1000, 10], {"replace": False})
    add("choice", [[1.5, 2.5, 3.5], 20], {"p": [0.2, 0.3, 0.5]}); add("choice", [6, [2, 2]], {"replace": False, "p": [0.1, 0.2, 0.3, 0.15, 0.05, 0.2]})
    add("choice", [100, 60], {"replace": False}); add("choice", [100, 60], {"replace": False, "shuffle": False}); add("choice", [10**6, 5], {"replace": False})
    add("choice", [[[1, 2, 3], [4, 5, 6]], 3]); add("choice", [[[1, 2, 3], [4, 5, 6]], 2], {"axis": 1, "replace": False})
    add("choice", [5, N]); add("choice", [2**33, 10])
    add("permutation", [10]); add("permutation", [[[1, 2], [3, 4], [5, 6]]]); add("permutation", [[[1, 2, 3], [4, 5, 6]]], {"axis": 1})
    add("permutation", [[0.5, 1.5, 2.5, 3.5]])
    add("shuffle_arange", [20]); add("shuffle_2d", [4, 3]); add("shuffle_2d", [4, 3], {"axis": 1})
    add("permuted", [[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]]); add("permuted", [[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]], {"axis": 1})
    add("permuted", [[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]], {"axis": 0})
    add("random", [5], {"dtype": "float32"})
    add("out:standard_exponential", [[2, 3]], {}); add("out:standard_exponential", [[4]], {"dtype": "float32", "method": "inv"})
    add("out:standard_gamma", [[3, 2], 2.5], {}); add("out:standard_normal", [[5]], {"dtype": "float32"})
    add("out:permuted", [[3, 4], [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]], {"axis": 1})
    add("multivariate_normal", [[0.0, 0.0], [[1.0, 0.0], [0.0, 1.0 + 1e-9]], 3], {"tol": 1e-12, "check_valid": "raise", "method": "eigh"})
    return c


def call(target, m, a, k):
    if m == "shuffle_arange":
        x = np.arange(a[0]); target.shuffle(x, **k); return x
    if m.startswith("out:"):
        name = m[4:]
        shape = a[0]
        dt = np.int64 if name == "permuted" else np.dtype(k.get("dtype", "float64"))
        out = np.empty(shape, dtype=dt)
        if name == "permuted":
            r = target.permuted(a[1], out=out, **k)
        elif name == "standard_gamma":
            r = target.standard_gamma(a[1], out=out, **k)
        else:
            r = getattr(target, name)(out=out, **k)
        assert r is out
        return out
    if m == "shuffle_2d":
        x = np.arange(a[0] * a[1], dtype=float).reshape(a[0], a[1]); target.shuffle(x, **k); return x
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r = getattr(target, m)(*a, **k)
    return r


def run(cases, make):
    values = []
    results = []
    off = 0
    for m, a, k, seed in cases:
        target = make(seed)
        r = call(target, m, a, k)
        nxt = float(target.random_sample() if hasattr(target, "random_sample") else target.random())
        if isinstance(r, bytes):
            results.append({"bytes": list(r), "next": nxt})
        elif isinstance(r, np.ndarray):
            flat = r.astype(np.float64).ravel()
            values.append(flat)
            results.append({"dtype": str(r.dtype), "shape": list(r.shape), "offset": off, "next": nxt})
            off += flat.size
        elif isinstance(r, (int, np.integer)):
            results.append({"int": int(r), "type": type(r).__name__, "next": nxt})
        else:
            results.append({"float": float(r), "type": type(r).__name__, "next": nxt})
    return results, np.concatenate(values)


LEGACY_ERRORS = [
    ["beta", [0.0, 1.0]], ["beta", [[1.0, -1.0], 1.0]], ["exponential", [-1.0]], ["exponential", [[1.0, -0.0]]],
    ["gamma", [-1.0]], ["chisquare", [0.0]], ["poisson", [-1.0]], ["poisson", [1e19]], ["poisson", [[1.0, 1e19]]],
    ["poisson", [[1.0, -1.0]]], ["poisson", [float("nan")]], ["binomial", [-1, 0.5]], ["binomial", [10, 1.5]],
    ["binomial", [[10, 5], [0.5, float("nan")]]], ["geometric", [0.0]], ["geometric", [[0.5, 1.5]]], ["zipf", [1.0]],
    ["zipf", [[2.0, 0.5]]], ["logseries", [1.0]], ["logseries", [[0.5, 1.0]]], ["hypergeometric", [5, 5, 11]],
    ["hypergeometric", [5, 5, 0]], ["hypergeometric", [-1, 5, 2]], ["triangular", [1.0, 0.0, 2.0]],
    ["triangular", [0.0, 3.0, 2.0]], ["triangular", [1.0, 1.0, 1.0]], ["wald", [0.0, 1.0]], ["vonmises", [0.0, -1.0]],
    ["negative_binomial", [0.0, 0.5]], ["negative_binomial", [1.0, 1.5]], ["dirichlet", [[1.0, 0.0]]],
    ["multinomial", [10, [0.5, 0.6, 0.1]]], ["multinomial", [10, [0.5, -0.1, 0.6]]], ["multinomial", [-1, [0.5, 0.5]]],
    ["multivariate_normal", [[0.0], [[1.0, 0.0], [0.0, 1.0]]]], ["multivariate_normal", [[[0.0]], [[1.0]]]],
    ["multivariate_normal", [[0.0, 0.0], [1.0, 1.0]]], ["multivariate_normal", [[0.0, 0.0], [[1.0, 2.0], [2.0, 1.0]]], {"check_valid": "raise"}],
    ["normal", [0.0, [1.0, 2.0], 3]], ["laplace", [[0.0, 1.0], 1.0, [3, 3]]], ["standard_gamma", [[1.0, 2.0]], {"size": [2, 3]}],
    ["noncentral_chisquare", [1.0, -1.0]], ["f", [1.0, 0.0]], ["pareto", [[1.0, 0.0]]], ["rayleigh", [-2.0]],
    ["lognormal", [0.0, -1.0]], ["weibull", [-1.0]], ["power", [0.0]], ["standard_t", [[0.0]]],
]

GENERATOR_ERRORS = [
    ["integers", [5, 5]], ["integers", [0, 300], {"dtype": "uint8"}], ["integers", [-1, 5], {"dtype": "uint8"}],
    ["integers", [0, 10], {"dtype": "float64"}], ["integers", [10, 5]], ["integers", [[0, 10], 5]],
    ["choice", [5, 6], {"replace": False}], ["choice", [0, 1]], ["choice", [[1, 2], 1], {"p": [0.5, 0.6]}],
    ["choice", [3, 1], {"p": [0.5, 0.5]}], ["choice", [3, 1], {"p": [0.5, -0.5, 1.0]}], ["choice", [[[1, 2]], 1], {"axis": 2}],
    ["negative_binomial", [float("nan"), 0.5]], ["negative_binomial", [1.0, 0.0]], ["uniform", [0.0, float("inf")]],
    ["uniform", [1.0, 0.0]], ["dirichlet", [[1.0, -1.0]]], ["multinomial", [10, [0.5, 0.6]]], ["poisson", [-1.0]],
    ["binomial", [5, 1.5]], ["multivariate_normal", [[0.0, 0.0], [[1.0, 2.0], [2.0, 1.0]]], {"check_valid": "raise"}],
    ["standard_exponential", [], {"method": "bad"}], ["hypergeometric", [5, 5, 11]], ["hypergeometric", [10**9, 5, 2]],
    ["hypergeometric", [-1, 5, 2]], ["permuted", [[1, 2, 3]], {"axis": 1}], ["geometric", [0.0]],
]


def errors(make, table):
    out = []
    for entry in table:
        m, a = entry[0], entry[1]
        k = entry[2] if len(entry) > 2 else {}
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                getattr(make(0), m)(*a, **k)
            out.append([m, a, k, None, None])
        except Exception as e:  # noqa: BLE001
            out.append([m, a, k, type(e).__name__, str(e)])
    return out


def main():
    lc = legacy_cases()
    lres, lvals = run(lc, np.random.RandomState)
    np.random.seed(7)
    module = {"beta": np.random.beta(2, 3, 4), "poisson": np.random.poisson(4, 5), "gamma": np.random.gamma(2.0),
              "binomial": np.random.binomial(10, 0.3, 3), "standard_t": np.random.standard_t(3, 2)}
    dump("np_random_dists/legacy", {"versions": versions(), "cases": lc, "results": lres, "values": lvals,
                                   "errors": errors(np.random.RandomState, LEGACY_ERRORS), "module": module})
    gc = generator_cases()
    gres, gvals = run(gc, np.random.default_rng)
    dump("np_random_dists/generator", {"versions": versions(), "cases": gc, "results": gres, "values": gvals,
                                      "errors": errors(np.random.default_rng, GENERATOR_ERRORS)})


if __name__ == "__main__":
    main()
