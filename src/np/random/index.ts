/**
 * `np.random`: NumPy's legacy random API (RandomState and the module-level functions) and the
 * modern one (default_rng, Generator over PCG64), reproducing NumPy's streams bit for bit,
 * distributions included (glibc's log, exp, pow, log1p and expm1 are reproduced exactly).
 */
export { RandomState } from "./RandomState";
export type { LegacyState, DictState } from "./RandomState";
export type { Size, ParamLike } from "./args";
export type { SeedLike } from "./seed";
export type { ChoiceOptions } from "./choice";
export { OverflowError } from "./errors";
export {
  seed, get_state, set_state, rand, randn, random_sample, random, sample, ranf, standard_normal,
  normal, uniform, randint, choice, shuffle, permutation,
  beta, binomial, bytes, chisquare, dirichlet, exponential, f, gamma, geometric, gumbel, hypergeometric, laplace, logistic,
  lognormal, logseries, multinomial, multivariate_normal, negative_binomial, noncentral_chisquare, noncentral_f, pareto,
  poisson, power, random_integers, rayleigh, standard_cauchy, standard_exponential, standard_gamma, standard_t, triangular,
  vonmises, wald, weibull, zipf,
} from "./legacy";
export { default_rng, Generator, PCG64, SeedSequence } from "./generator";
