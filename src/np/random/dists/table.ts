/**
 * The distributions RandomState and Generator share, as data: each method's Python parameter
 * list, its parameters' constraints (NumPy's checks and messages), whether it returns integers,
 * and the draw. Where the legacy code kept other formulas the Source's `legacy` flag selects
 * them inside the draw.
 */
import type { ParamSpec } from "../sampler";
import type { Source } from "./source";
import {
  beta, chisquare, f, gumbel, laplace, logistic, lognormal, noncentralChisquare, noncentralF, pareto, power, rayleigh,
  standardCauchy, standardGamma, standardT, vonmises, wald, weibull,
} from "./continuous";
import { geometric, logseries, poisson, zipf } from "./discrete";

/** One table-driven distribution method. */
export interface Distribution {
  /** The Python parameter list after the method name. */
  readonly params: string;
  readonly specs: readonly ParamSpec[];
  readonly discrete: boolean;
  readonly draw: (src: Source, a: number, b: number, c: number) => number;
}

const P = (name: string, cons: ParamSpec["cons"] = "none"): ParamSpec => ({ name, cons });
const cont = (params: string, specs: ParamSpec[], draw: Distribution["draw"]): Distribution => ({ params, specs, discrete: false, draw });
const disc = (params: string, specs: ParamSpec[], draw: Distribution["draw"]): Distribution => ({ params, specs, discrete: true, draw });

/** The distributions with the same parameters and checks in RandomState and Generator. */
export const DISTRIBUTIONS = {
  beta: cont("a, b, size=None", [P("a", "positive"), P("b", "positive")], (s, a, b) => beta(s, a, b)),
  exponential: cont("scale=1.0, size=None", [P("scale", "nonneg")], (s, scale) => scale * s.exponential()),
  standard_gamma: cont("shape, size=None", [P("shape", "nonneg")], (s, shape) => standardGamma(s, shape)),
  gamma: cont("shape, scale=1.0, size=None", [P("shape", "nonneg"), P("scale", "nonneg")], (s, shape, scale) => scale * standardGamma(s, shape)),
  f: cont("dfnum, dfden, size=None", [P("dfnum", "positive"), P("dfden", "positive")], (s, a, b) => f(s, a, b)),
  noncentral_f: cont("dfnum, dfden, nonc, size=None", [P("dfnum", "positive"), P("dfden", "positive"), P("nonc", "nonneg")], (s, a, b, c) => noncentralF(s, a, b, c)),
  chisquare: cont("df, size=None", [P("df", "positive")], (s, df) => chisquare(s, df)),
  noncentral_chisquare: cont("df, nonc, size=None", [P("df", "positive"), P("nonc", "nonneg")], (s, df, nonc) => noncentralChisquare(s, df, nonc)),
  standard_cauchy: cont("size=None", [], (s) => standardCauchy(s)),
  standard_t: cont("df, size=None", [P("df", "positive")], (s, df) => standardT(s, df)),
  vonmises: cont("mu, kappa, size=None", [P("mu"), P("kappa", "nonneg")], (s, mu, kappa) => vonmises(s, mu, kappa)),
  pareto: cont("a, size=None", [P("a", "positive")], (s, a) => pareto(s, a)),
  weibull: cont("a, size=None", [P("a", "nonneg")], (s, a) => weibull(s, a)),
  power: cont("a, size=None", [P("a", "positive")], (s, a) => power(s, a)),
  laplace: cont("loc=0.0, scale=1.0, size=None", [P("loc"), P("scale", "nonneg")], (s, loc, scale) => laplace(s, loc, scale)),
  gumbel: cont("loc=0.0, scale=1.0, size=None", [P("loc"), P("scale", "nonneg")], (s, loc, scale) => gumbel(s, loc, scale)),
  logistic: cont("loc=0.0, scale=1.0, size=None", [P("loc"), P("scale", "nonneg")], (s, loc, scale) => logistic(s, loc, scale)),
  lognormal: cont("mean=0.0, sigma=1.0, size=None", [P("mean"), P("sigma", "nonneg")], (s, mean, sigma) => lognormal(s, mean, sigma)),
  rayleigh: cont("scale=1.0, size=None", [P("scale", "nonneg")], (s, scale) => rayleigh(s, scale)),
  wald: cont("mean, scale, size=None", [P("mean", "positive"), P("scale", "positive")], (s, mean, scale) => wald(s, mean, scale)),
  poisson: disc("lam=1.0, size=None", [P("lam", "poisson")], (s, lam) => poisson(s, lam)),
  zipf: disc("a, size=None", [P("a", "gt1")], (s, a) => zipf(s, a)),
  geometric: disc("p, size=None", [P("p", "unit_gt0")], (s, p) => geometric(s, p)),
  logseries: disc("p, size=None", [P("p", "unit_lt1")], (s, p) => logseries(s, p)),
} satisfies Record<string, Distribution>;

export type DistributionName = keyof typeof DISTRIBUTIONS;
