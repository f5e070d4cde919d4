/**
 * The module-level functions of `numpy.random` (np.random.seed, rand, randn, ...): methods of
 * one global RandomState, as NumPy's `numpy.random.mtrand._rand`.
 */
import { RandomState } from "./RandomState";
import { pyfunction } from "../../signature";
import { LEGACY, LEGACY_DIST, LEGACY_MORE, RANF, SAMPLE } from "./signatures";

/** The global generator behind the module-level functions (NumPy's `mtrand._rand`). */
export const _rand = new RandomState();

/** `np.random.seed(seed=None)`: reseeds the global RandomState. */
export const seed = ((...a: unknown[]) => (_rand.seed as (...x: unknown[]) => void)(...a)) as RandomState["seed"];
/** `np.random.get_state(legacy=True)`: the global generator's state. */
export const get_state = ((...a: unknown[]) => (_rand.get_state as (...x: unknown[]) => unknown)(...a)) as RandomState["get_state"];
/** `np.random.set_state(state)`: restores the global generator's state. */
export const set_state = ((...a: unknown[]) => (_rand.set_state as (...x: unknown[]) => void)(...a)) as RandomState["set_state"];
/** `np.random.rand(d0, d1, ..., dn)`: uniform [0, 1) samples of the given shape. */
export const rand = ((...a: number[]) => _rand.rand(...a)) as RandomState["rand"];
/** `np.random.randn(d0, d1, ..., dn)`: standard normal samples of the given shape. */
export const randn = ((...a: number[]) => _rand.randn(...a)) as RandomState["randn"];
/** `np.random.random_sample(size=None)`: uniform [0, 1) floats. */
export const random_sample = ((...a: unknown[]) => (_rand.random_sample as (...x: unknown[]) => unknown)(...a)) as RandomState["random_sample"];
/** `np.random.random(size=None)`: uniform [0, 1) floats (random_sample). */
export const random = ((...a: unknown[]) => (_rand.random as (...x: unknown[]) => unknown)(...a)) as RandomState["random"];
/** `np.random.sample(size=None)`: alias of random_sample. */
export const sample = ((...a: unknown[]) => (_rand.random_sample as (...x: unknown[]) => unknown)(...a)) as RandomState["random_sample"];
/** `np.random.ranf(size=None)`: alias of random_sample. */
export const ranf = ((...a: unknown[]) => (_rand.random_sample as (...x: unknown[]) => unknown)(...a)) as RandomState["random_sample"];
/** `np.random.standard_normal(size=None)`: standard normal samples. */
export const standard_normal = ((...a: unknown[]) => (_rand.standard_normal as (...x: unknown[]) => unknown)(...a)) as RandomState["standard_normal"];
/** `np.random.normal(loc=0.0, scale=1.0, size=None)`: Gaussian samples. */
export const normal = ((...a: unknown[]) => _rand.normal(...a)) as RandomState["normal"];
/** `np.random.uniform(low=0.0, high=1.0, size=None)`: uniform samples on [low, high). */
export const uniform = ((...a: unknown[]) => _rand.uniform(...a)) as RandomState["uniform"];
/** `np.random.randint(low, high=None, size=None, dtype=int)`: integers in [low, high). */
export const randint = ((...a: unknown[]) => _rand.randint(...a)) as RandomState["randint"];
/** `np.random.choice(a, size=None, replace=True, p=None)`: a random sample from a or arange(a). */
export const choice = ((...a: unknown[]) => _rand.choice(...a)) as RandomState["choice"];
/** `np.random.shuffle(x)`: shuffles x in place along its first axis. */
export const shuffle = ((...a: unknown[]) => (_rand.shuffle as (...x: unknown[]) => void)(...a)) as RandomState["shuffle"];
/** `np.random.permutation(x)`: a shuffled arange(x) or shuffled copy of x. */
export const permutation = ((...a: unknown[]) => (_rand.permutation as (...x: unknown[]) => unknown)(...a)) as RandomState["permutation"];

const MODULE: Record<keyof typeof LEGACY, Function> = {
  seed, get_state, set_state, rand, randn, random_sample, random, standard_normal, normal, uniform, randint, choice, shuffle, permutation,
};
for (const [name, fn] of Object.entries(MODULE)) pyfunction(LEGACY[name as keyof typeof LEGACY].module, fn);
pyfunction(SAMPLE, sample);
pyfunction(RANF, ranf);

/** A module function that hands its arguments to the global RandomState's method of the same name. */
function viaGlobal<K extends keyof RandomState>(name: K): RandomState[K] {
  const fn = ((...a: unknown[]) => (_rand[name] as unknown as (...x: unknown[]) => unknown).apply(_rand, a)) as unknown as RandomState[K];
  const pair = (LEGACY_DIST as Record<string, { module: Parameters<typeof pyfunction>[0] }>)[name] ?? (LEGACY_MORE as Record<string, { module: Parameters<typeof pyfunction>[0] }>)[name];
  pyfunction(pair.module, fn as unknown as Function);
  return fn;
}

/** `np.random.beta(a, b, size=None)`: Beta draws from the global RandomState. */
export const beta = viaGlobal("beta");
/** `np.random.binomial(n, p, size=None)`: binomial counts from the global RandomState. */
export const binomial = viaGlobal("binomial");
/** `np.random.bytes(length)`: random bytes from the global RandomState. */
export const bytes = viaGlobal("bytes");
/** `np.random.chisquare(df, size=None)`: chi-square draws from the global RandomState. */
export const chisquare = viaGlobal("chisquare");
/** `np.random.dirichlet(alpha, size=None)`: Dirichlet draws from the global RandomState. */
export const dirichlet = viaGlobal("dirichlet");
/** `np.random.exponential(scale=1.0, size=None)`: exponential draws from the global RandomState. */
export const exponential = viaGlobal("exponential");
/** `np.random.f(dfnum, dfden, size=None)`: F draws from the global RandomState. */
export const f = viaGlobal("f");
/** `np.random.gamma(shape, scale=1.0, size=None)`: gamma draws from the global RandomState. */
export const gamma = viaGlobal("gamma");
/** `np.random.geometric(p, size=None)`: geometric counts from the global RandomState. */
export const geometric = viaGlobal("geometric");
/** `np.random.gumbel(loc=0.0, scale=1.0, size=None)`: Gumbel draws from the global RandomState. */
export const gumbel = viaGlobal("gumbel");
/** `np.random.hypergeometric(ngood, nbad, nsample, size=None)`: hypergeometric counts from the global RandomState. */
export const hypergeometric = viaGlobal("hypergeometric");
/** `np.random.laplace(loc=0.0, scale=1.0, size=None)`: Laplace draws from the global RandomState. */
export const laplace = viaGlobal("laplace");
/** `np.random.logistic(loc=0.0, scale=1.0, size=None)`: logistic draws from the global RandomState. */
export const logistic = viaGlobal("logistic");
/** `np.random.lognormal(mean=0.0, sigma=1.0, size=None)`: lognormal draws from the global RandomState. */
export const lognormal = viaGlobal("lognormal");
/** `np.random.logseries(p, size=None)`: logarithmic series counts from the global RandomState. */
export const logseries = viaGlobal("logseries");
/** `np.random.multinomial(n, pvals, size=None)`: multinomial counts from the global RandomState. */
export const multinomial = viaGlobal("multinomial");
/** `np.random.multivariate_normal(mean, cov, size=None, check_valid='warn', tol=1e-8)`: multivariate normal draws from the global RandomState. */
export const multivariate_normal = viaGlobal("multivariate_normal");
/** `np.random.negative_binomial(n, p, size=None)`: negative binomial counts from the global RandomState. */
export const negative_binomial = viaGlobal("negative_binomial");
/** `np.random.noncentral_chisquare(df, nonc, size=None)`: noncentral chi-square draws from the global RandomState. */
export const noncentral_chisquare = viaGlobal("noncentral_chisquare");
/** `np.random.noncentral_f(dfnum, dfden, nonc, size=None)`: noncentral F draws from the global RandomState. */
export const noncentral_f = viaGlobal("noncentral_f");
/** `np.random.pareto(a, size=None)`: Pareto II draws from the global RandomState. */
export const pareto = viaGlobal("pareto");
/** `np.random.poisson(lam=1.0, size=None)`: Poisson counts from the global RandomState. */
export const poisson = viaGlobal("poisson");
/** `np.random.power(a, size=None)`: power-distribution draws from the global RandomState. */
export const power = viaGlobal("power");
/** `np.random.random_integers(low, high=None, size=None)`: integers in [low, high] (deprecated) from the global RandomState. */
export const random_integers = viaGlobal("random_integers");
/** `np.random.rayleigh(scale=1.0, size=None)`: Rayleigh draws from the global RandomState. */
export const rayleigh = viaGlobal("rayleigh");
/** `np.random.standard_cauchy(size=None)`: standard Cauchy draws from the global RandomState. */
export const standard_cauchy = viaGlobal("standard_cauchy");
/** `np.random.standard_exponential(size=None)`: standard exponential draws from the global RandomState. */
export const standard_exponential = viaGlobal("standard_exponential");
/** `np.random.standard_gamma(shape, size=None)`: standard gamma draws from the global RandomState. */
export const standard_gamma = viaGlobal("standard_gamma");
/** `np.random.standard_t(df, size=None)`: Student's t draws from the global RandomState. */
export const standard_t = viaGlobal("standard_t");
/** `np.random.triangular(left, mode, right, size=None)`: triangular draws from the global RandomState. */
export const triangular = viaGlobal("triangular");
/** `np.random.vonmises(mu, kappa, size=None)`: von Mises draws from the global RandomState. */
export const vonmises = viaGlobal("vonmises");
/** `np.random.wald(mean, scale, size=None)`: Wald draws from the global RandomState. */
export const wald = viaGlobal("wald");
/** `np.random.weibull(a, size=None)`: Weibull draws from the global RandomState. */
export const weibull = viaGlobal("weibull");
/** `np.random.zipf(a, size=None)`: Zipf counts from the global RandomState. */
export const zipf = viaGlobal("zipf");
