/**
 * The Python signatures of np.random: RandomState's methods and the module functions that
 * call the global RandomState (same parameters, `numpy.random.<name>`), and Generator's.
 */
import { Signature, SignatureSpec, check, signature } from "../../signature";
import { DTYPE, OUT } from "../params";
import { float64, int64 } from "../dtype";
import { DISTRIBUTIONS, DistributionName } from "./dists/table";

/** `size=`: None, an int or a shape. */
const SIZE = check("int, tuple of ints or None", (v) => v === null || Number.isInteger(v) || (Array.isArray(v) && v.every(Number.isInteger)));

/** A RandomState method and the module function over the global RandomState. */
export interface LegacyPair {
  readonly method: Signature;
  readonly module: Signature;
}

function legacy(name: string, params: string, spec?: SignatureSpec): LegacyPair {
  const method = signature(`numpy.random.RandomState.${name}(${params})`, spec);
  // the module function hands its arguments to the global RandomState's method
  return { method, module: signature(`numpy.random.${name}(${params})`, { ...spec, wraps: method }) };
}

const SIZED = { types: { size: SIZE } };

/** RandomState's methods (and the module functions of the same names). */
export const LEGACY = {
  seed: legacy("seed", "seed=None"),
  get_state: legacy("get_state", "legacy=True", { types: { legacy: "bool" } }),
  set_state: legacy("set_state", "state, /"),
  rand: legacy("rand", "*args", { types: { args: "int" } }),
  randn: legacy("randn", "*args", { types: { args: "int" } }),
  random_sample: legacy("random_sample", "size=None", SIZED),
  random: legacy("random", "size=None", SIZED),
  standard_normal: legacy("standard_normal", "size=None", SIZED),
  normal: legacy("normal", "loc=0.0, scale=1.0, size=None", SIZED),
  uniform: legacy("uniform", "low=0.0, high=1.0, size=None", SIZED),
  randint: legacy("randint", "low, high=None, size=None, dtype=int", { types: { size: SIZE, dtype: DTYPE }, defaults: { dtype: int64 } }),
  choice: legacy("choice", "a, size=None, replace=True, p=None", { types: { size: SIZE, replace: "bool" } }),
  shuffle: legacy("shuffle", "x, /"),
  permutation: legacy("permutation", "x, /"),
};

/** The module-only aliases of random_sample. */
export const SAMPLE = signature("numpy.random.sample(size=None)", { ...SIZED, wraps: LEGACY.random_sample.method });
export const RANF = signature("numpy.random.ranf(size=None)", { ...SIZED, wraps: LEGACY.random_sample.method });

/** The constructors. */
export const RANDOM_STATE = signature("numpy.random.RandomState(seed=None)");
export const GENERATOR = signature("numpy.random.Generator(bit_generator)");
export const DEFAULT_RNG = signature("numpy.random.default_rng(seed=None)");

/** Generator's methods. */
export const GEN = {
  random: signature("numpy.random.Generator.random(size=None, dtype=np.float64, out=None)", {
    types: { size: SIZE, dtype: DTYPE, out: OUT },
    defaults: { dtype: float64 },
  }),
  standard_normal: signature("numpy.random.Generator.standard_normal(size=None, dtype=np.float64, out=None)", {
    types: { size: SIZE, dtype: DTYPE, out: OUT },
    defaults: { dtype: float64 },
  }),
  normal: signature("numpy.random.Generator.normal(loc=0.0, scale=1.0, size=None)", SIZED),
  poisson: signature("numpy.random.Generator.poisson(lam=1.0, size=None)", SIZED),
  toString: signature("numpy.random.Generator.__str__()"),
};

/** The bit generator and the seed sequence. */
export const PCG64_SIG = signature("numpy.random.PCG64(seed=None)");
export const PCG64_METHOD = {
  advance: signature("numpy.random.PCG64.advance(delta)", { types: { delta: check("int", (v) => typeof v === "bigint" || Number.isInteger(v)) } }),
  random_raw: signature("numpy.random.PCG64.random_raw(size=None, output=True)", { unsupported: ["size", "output"] }),
};
export const SEED_SEQUENCE = signature("numpy.random.SeedSequence(entropy=None, *, spawn_key=(), pool_size=4)", {
  types: { pool_size: "int", spawn_key: "sequence" },
});
export const GENERATE_STATE = signature("numpy.random.SeedSequence.generate_state(n_words, dtype=np.uint32)", {
  types: { n_words: "int", dtype: DTYPE },
  defaults: { dtype: "uint32" },
  unsupported: ["dtype"],
});

/** The table-driven distributions' methods, RandomState's and the module's. */
export const LEGACY_DIST = Object.fromEntries(
  Object.entries(DISTRIBUTIONS).map(([name, d]) => [name, legacy(name, d.params, SIZED)]),
) as Record<DistributionName, LegacyPair>;

/** RandomState's other distribution methods. */
export const LEGACY_MORE = {
  standard_exponential: legacy("standard_exponential", "size=None", SIZED),
  binomial: legacy("binomial", "n, p, size=None", SIZED),
  negative_binomial: legacy("negative_binomial", "n, p, size=None", SIZED),
  hypergeometric: legacy("hypergeometric", "ngood, nbad, nsample, size=None", SIZED),
  triangular: legacy("triangular", "left, mode, right, size=None", SIZED),
  multinomial: legacy("multinomial", "n, pvals, size=None", { types: { size: SIZE, n: "int" } }),
  dirichlet: legacy("dirichlet", "alpha, size=None", SIZED),
  multivariate_normal: legacy("multivariate_normal", "mean, cov, size=None, check_valid='warn', tol=1e-8", {
    types: { size: SIZE, tol: "float" },
    choices: { check_valid: ["warn", "raise", "ignore"] },
  }),
  bytes: legacy("bytes", "length", { types: { length: "int" } }),
  random_integers: legacy("random_integers", "low, high=None, size=None", SIZED),
};

function gen(name: string, params: string, spec: SignatureSpec = SIZED): Signature {
  return signature(`numpy.random.Generator.${name}(${params})`, spec);
}

/** Generator's table-driven distributions (standard_gamma has its own, with dtype and out). */
export const GEN_DIST = Object.fromEntries(
  Object.entries(DISTRIBUTIONS).filter(([name]) => name !== "standard_gamma" && name !== "poisson").map(([name, d]) => [name, gen(name, d.params)]),
) as Record<Exclude<DistributionName, "standard_gamma" | "poisson">, Signature>;

const FLOAT_OUT = { types: { size: SIZE, dtype: DTYPE, out: OUT }, defaults: { dtype: float64 } };

/** Generator's other methods. */
export const GEN_MORE = {
  standard_exponential: gen("standard_exponential", "size=None, dtype=np.float64, method='zig', out=None", FLOAT_OUT),
  standard_gamma: gen("standard_gamma", "shape, size=None, dtype=np.float64, out=None", FLOAT_OUT),
  uniform: gen("uniform", "low=0.0, high=1.0, size=None"),
  binomial: gen("binomial", "n, p, size=None"),
  negative_binomial: gen("negative_binomial", "n, p, size=None"),
  triangular: gen("triangular", "left, mode, right, size=None"),
  multinomial: gen("multinomial", "n, pvals, size=None"),
  dirichlet: gen("dirichlet", "alpha, size=None"),
  multivariate_normal: gen("multivariate_normal", "mean, cov, size=None, check_valid='warn', tol=1e-8, *, method='svd'", {
    types: { size: SIZE, tol: "float" },
    choices: { check_valid: ["warn", "raise", "ignore"], method: ["svd", "eigh", "cholesky"] },
  }),
  bytes: gen("bytes", "length", { types: { length: "int" } }),
  hypergeometric: gen("hypergeometric", "ngood, nbad, nsample, size=None"),
  integers: gen("integers", "low, high=None, size=None, dtype=np.int64, endpoint=False", {
    types: { size: SIZE, dtype: DTYPE, endpoint: "bool" },
    defaults: { dtype: int64 },
  }),
  choice: gen("choice", "a, size=None, replace=True, p=None, axis=0, shuffle=True", {
    types: { size: SIZE, replace: "bool", axis: "int", shuffle: "bool" },
  }),
  shuffle: gen("shuffle", "x, axis=0", { types: { axis: "int" } }),
  permutation: gen("permutation", "x, axis=0", { types: { axis: "int" } }),
  permuted: gen("permuted", "x, *, axis=None, out=None", { types: { out: OUT } }),
};
