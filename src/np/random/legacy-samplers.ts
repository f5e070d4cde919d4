/**
 * RandomState's distribution methods (beta ... zipf), drawing from its MT19937 stream with the
 * legacy primitives (polar-method Gaussians, -log(1 - U) exponentials) as NumPy 1.24's
 * `mtrand.pyx` and `legacy-distributions.c` do. RandomState extends this class.
 */
import { PyTypeError, ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { MT19937 } from "./mt19937";
import { log } from "./log";
import { ParamLike, Size, expandParam, readParam } from "./args";
import { outputShape, sample } from "./sampler";
import type { Source } from "./dists/source";
import { DISTRIBUTIONS, DistributionName } from "./dists/table";
import { binomial } from "./dists/discrete";
import { negativeBinomial, triangular } from "./dists/continuous";
import { LEGACY_DIST, LEGACY_MORE } from "./signatures";
import { kahanSum } from "./choice";

/** The legacy primitives over an MT19937 stream. */
class LegacySource implements Source {
  readonly legacy = true;
  constructor(private readonly mt: MT19937) {}
  double(): number {
    return this.mt.nextDouble();
  }
  normal(): number {
    return this.mt.nextGauss();
  }
  exponential(): number {
    return -log(1 - this.mt.nextDouble());
  }
}

/** A distribution method's result: a number for scalar parameters without size, else an array. */
type Drawn = number | NDArray;


/** Reads multinomial's pvals (1-d, each in [0, 1], the first d - 1 summing to at most 1). */
export function readPvals(pvals: unknown): Float64Array {
  const p = readParam(pvals as ParamLike, "pvals");
  if (p.shape.length === 0) throw new PyTypeError("pvals must be a 1-d sequence");
  if (p.shape.length !== 1) throw new ValueError("object too deep for desired array");
  const d = Float64Array.from(p.data);
  for (let i = 0; i < d.length; i++) if (!(d[i] >= 0) || !(d[i] <= 1)) throw new ValueError("pvals < 0, pvals > 1 or pvals contains NaNs");
  if (d.length && kahanSum(d, d.length - 1) > 1 + 1e-12) throw new ValueError("sum(pvals[:-1]) > 1.0");
  return d;
}

/** The parameters' values broadcast against each other (NumPy's checks compare them elementwise). */
export function broadcastValues(params: readonly unknown[], names: readonly string[]): Float64Array[] {
  const read = params.map((v, i) => readParam(v as ParamLike, names[i]));
  const { shape } = outputShape(null, read.map((p) => p.shape));
  return read.map((p) => expandParam(p, shape));
}

/** Triangular's parameter order checks, on every broadcast element. */
export function checkTriangular(left: unknown, mode: unknown, right: unknown): void {
  const [l, m, r] = broadcastValues([left, mode, right], ["left", "mode", "right"]);
  if (l.some((v, i) => v > m[i])) throw new ValueError("left > mode");
  if (m.some((v, i) => v > r[i])) throw new ValueError("mode > right");
  if (l.some((v, i) => v === r[i])) throw new ValueError("left == right");
}

/** NumPy's legacy distribution methods over one MT19937 state. */
export class LegacySamplers {
  /** @internal The Mersenne Twister state. */
  readonly _mt = new MT19937();
  /** @internal The legacy primitives over `_mt`. */
  readonly _src: Source = new LegacySource(this._mt);

  /** @internal Binds and draws one table-driven distribution. */
  _dist(name: DistributionName, args: ArrayLike<unknown>): Drawn {
    const d = DISTRIBUTIONS[name];
    const kw = LEGACY_DIST[name].method.bind(args);
    const legacyCons = d.specs.map((s) => (s.cons === "poisson" ? { ...s, cons: "legacy_poisson" as const } : s));
    const src = this._src;
    return sample(legacyCons, d.specs.map((s) => kw[s.name]), kw.size, d.discrete, (a, b, c) => d.draw(src, a, b, c));
  }

  /** `RandomState.beta(a, b, size=None)`: Beta draws (Johnk's method when a, b <= 1, else a ratio of gammas). */
  beta(a: number, b: number, size?: null): number;
  beta(a: ParamLike, b: ParamLike, size?: Size | null): NDArray;
  beta(...args: unknown[]): Drawn;
  beta(): Drawn {
    return this._dist("beta", arguments);
  }

  /** `RandomState.exponential(scale=1.0, size=None)`: scale * -log(1 - U). */
  exponential(scale?: number, size?: null): number;
  exponential(scale: ParamLike | undefined, size?: Size | null): NDArray;
  exponential(...args: unknown[]): Drawn;
  exponential(): Drawn {
    return this._dist("exponential", arguments);
  }

  /** `RandomState.standard_exponential(size=None)`: -log(1 - U). */
  standard_exponential(size?: null): number;
  standard_exponential(size: Size | { size?: Size | null }): NDArray;
  standard_exponential(...args: unknown[]): Drawn;
  standard_exponential(): Drawn {
    const kw = LEGACY_MORE.standard_exponential.method.bind(arguments);
    const src = this._src;
    return sample([], [], kw.size, false, () => src.exponential());
  }

  /** `RandomState.standard_gamma(shape, size=None)`: Marsaglia-Tsang above shape 1, Ahrens-Dieter below. */
  standard_gamma(shape: number, size?: null): number;
  standard_gamma(shape: ParamLike, size?: Size | null): NDArray;
  standard_gamma(...args: unknown[]): Drawn;
  standard_gamma(): Drawn {
    return this._dist("standard_gamma", arguments);
  }

  /** `RandomState.gamma(shape, scale=1.0, size=None)`: scale * standard_gamma(shape). */
  gamma(shape: number, scale?: number, size?: null): number;
  gamma(shape: ParamLike, scale?: ParamLike, size?: Size | null): NDArray;
  gamma(...args: unknown[]): Drawn;
  gamma(): Drawn {
    return this._dist("gamma", arguments);
  }

  /** `RandomState.f(dfnum, dfden, size=None)`: F (Fisher-Snedecor) draws. */
  f(dfnum: number, dfden: number, size?: null): number;
  f(dfnum: ParamLike, dfden: ParamLike, size?: Size | null): NDArray;
  f(...args: unknown[]): Drawn;
  f(): Drawn {
    return this._dist("f", arguments);
  }

  /** `RandomState.noncentral_f(dfnum, dfden, nonc, size=None)`: noncentral F draws. */
  noncentral_f(dfnum: number, dfden: number, nonc: number, size?: null): number;
  noncentral_f(dfnum: ParamLike, dfden: ParamLike, nonc: ParamLike, size?: Size | null): NDArray;
  noncentral_f(...args: unknown[]): Drawn;
  noncentral_f(): Drawn {
    return this._dist("noncentral_f", arguments);
  }

  /** `RandomState.chisquare(df, size=None)`: chi-square draws. */
  chisquare(df: number, size?: null): number;
  chisquare(df: ParamLike, size?: Size | null): NDArray;
  chisquare(...args: unknown[]): Drawn;
  chisquare(): Drawn {
    return this._dist("chisquare", arguments);
  }

  /** `RandomState.noncentral_chisquare(df, nonc, size=None)`: noncentral chi-square draws. */
  noncentral_chisquare(df: number, nonc: number, size?: null): number;
  noncentral_chisquare(df: ParamLike, nonc: ParamLike, size?: Size | null): NDArray;
  noncentral_chisquare(...args: unknown[]): Drawn;
  noncentral_chisquare(): Drawn {
    return this._dist("noncentral_chisquare", arguments);
  }

  /** `RandomState.standard_cauchy(size=None)`: the ratio of two standard normals. */
  standard_cauchy(size?: null): number;
  standard_cauchy(size: Size | { size?: Size | null }): NDArray;
  standard_cauchy(...args: unknown[]): Drawn;
  standard_cauchy(): Drawn {
    return this._dist("standard_cauchy", arguments);
  }

  /** `RandomState.standard_t(df, size=None)`: Student's t draws. */
  standard_t(df: number, size?: null): number;
  standard_t(df: ParamLike, size?: Size | null): NDArray;
  standard_t(...args: unknown[]): Drawn;
  standard_t(): Drawn {
    return this._dist("standard_t", arguments);
  }

  /** `RandomState.vonmises(mu, kappa, size=None)`: von Mises draws on [-pi, pi). */
  vonmises(mu: number, kappa: number, size?: null): number;
  vonmises(mu: ParamLike, kappa: ParamLike, size?: Size | null): NDArray;
  vonmises(...args: unknown[]): Drawn;
  vonmises(): Drawn {
    return this._dist("vonmises", arguments);
  }

  /** `RandomState.pareto(a, size=None)`: Pareto II (Lomax) draws, exp(E / a) - 1. */
  pareto(a: number, size?: null): number;
  pareto(a: ParamLike, size?: Size | null): NDArray;
  pareto(...args: unknown[]): Drawn;
  pareto(): Drawn {
    return this._dist("pareto", arguments);
  }

  /** `RandomState.weibull(a, size=None)`: E ** (1 / a). */
  weibull(a: number, size?: null): number;
  weibull(a: ParamLike, size?: Size | null): NDArray;
  weibull(...args: unknown[]): Drawn;
  weibull(): Drawn {
    return this._dist("weibull", arguments);
  }

  /** `RandomState.power(a, size=None)`: (1 - exp(-E)) ** (1 / a). */
  power(a: number, size?: null): number;
  power(a: ParamLike, size?: Size | null): NDArray;
  power(...args: unknown[]): Drawn;
  power(): Drawn {
    return this._dist("power", arguments);
  }

  /** `RandomState.laplace(loc=0.0, scale=1.0, size=None)`: double exponential draws. */
  laplace(loc?: number, scale?: number, size?: null): number;
  laplace(loc: ParamLike | undefined, scale: ParamLike | undefined, size: Size): NDArray;
  laplace(...args: unknown[]): Drawn;
  laplace(): Drawn {
    return this._dist("laplace", arguments);
  }

  /** `RandomState.gumbel(loc=0.0, scale=1.0, size=None)`: Gumbel draws, loc - scale log(-log(1 - U)). */
  gumbel(loc?: number, scale?: number, size?: null): number;
  gumbel(loc: ParamLike | undefined, scale: ParamLike | undefined, size: Size): NDArray;
  gumbel(...args: unknown[]): Drawn;
  gumbel(): Drawn {
    return this._dist("gumbel", arguments);
  }

  /** `RandomState.logistic(loc=0.0, scale=1.0, size=None)`: logistic draws, loc + scale log(U / (1 - U)). */
  logistic(loc?: number, scale?: number, size?: null): number;
  logistic(loc: ParamLike | undefined, scale: ParamLike | undefined, size: Size): NDArray;
  logistic(...args: unknown[]): Drawn;
  logistic(): Drawn {
    return this._dist("logistic", arguments);
  }

  /** `RandomState.lognormal(mean=0.0, sigma=1.0, size=None)`: exp(mean + sigma * standard normal). */
  lognormal(mean?: number, sigma?: number, size?: null): number;
  lognormal(mean: ParamLike | undefined, sigma: ParamLike | undefined, size: Size): NDArray;
  lognormal(...args: unknown[]): Drawn;
  lognormal(): Drawn {
    return this._dist("lognormal", arguments);
  }

  /** `RandomState.rayleigh(scale=1.0, size=None)`: scale * sqrt(-2 log1p(-U)). */
  rayleigh(scale?: number, size?: null): number;
  rayleigh(scale: ParamLike | undefined, size: Size): NDArray;
  rayleigh(...args: unknown[]): Drawn;
  rayleigh(): Drawn {
    return this._dist("rayleigh", arguments);
  }

  /** `RandomState.wald(mean, scale, size=None)`: inverse Gaussian draws. */
  wald(mean: number, scale: number, size?: null): number;
  wald(mean: ParamLike, scale: ParamLike, size?: Size | null): NDArray;
  wald(...args: unknown[]): Drawn;
  wald(): Drawn {
    return this._dist("wald", arguments);
  }

  /** `RandomState.poisson(lam=1.0, size=None)`: Poisson counts (multiplication below lam 10, PTRS above), int64. */
  poisson(lam?: number, size?: null): number;
  poisson(lam: ParamLike | undefined, size: Size): NDArray;
  poisson(...args: unknown[]): Drawn;
  poisson(): Drawn {
    return this._dist("poisson", arguments);
  }

  /** `RandomState.zipf(a, size=None)`: Zipf counts by rejection, int64. */
  zipf(a: number, size?: null): number;
  zipf(a: ParamLike, size?: Size | null): NDArray;
  zipf(...args: unknown[]): Drawn;
  zipf(): Drawn {
    return this._dist("zipf", arguments);
  }

  /** `RandomState.geometric(p, size=None)`: trials to the first success (search for p >= 1/3, inversion below), int64. */
  geometric(p: number, size?: null): number;
  geometric(p: ParamLike, size?: Size | null): NDArray;
  geometric(...args: unknown[]): Drawn;
  geometric(): Drawn {
    return this._dist("geometric", arguments);
  }

  /** `RandomState.logseries(p, size=None)`: logarithmic series counts, int64. */
  logseries(p: number, size?: null): number;
  logseries(p: ParamLike, size?: Size | null): NDArray;
  logseries(...args: unknown[]): Drawn;
  logseries(): Drawn {
    return this._dist("logseries", arguments);
  }

  /** `RandomState.binomial(n, p, size=None)`: binomial counts (inversion while n min(p, 1-p) <= 30, BTPE above), int64. */
  binomial(n: number, p: number, size?: null): number;
  binomial(n: ParamLike, p: ParamLike, size?: Size | null): NDArray;
  binomial(...args: unknown[]): Drawn;
  binomial(): Drawn {
    const kw = LEGACY_MORE.binomial.method.bind(arguments);
    const src = this._src;
    return sample([{ name: "n", cons: "nonneg", int: true }, { name: "p", cons: "unit" }], [kw.n, kw.p], kw.size, true, (n, p) => binomial(src, n, p, true));
  }

  /** `RandomState.negative_binomial(n, p, size=None)`: failures before n successes (gamma-Poisson mixture), int64. */
  negative_binomial(n: number, p: number, size?: null): number;
  negative_binomial(n: ParamLike, p: ParamLike, size?: Size | null): NDArray;
  negative_binomial(...args: unknown[]): Drawn;
  negative_binomial(): Drawn {
    const kw = LEGACY_MORE.negative_binomial.method.bind(arguments);
    const src = this._src;
    return sample([{ name: "n", cons: "positive" }, { name: "p", cons: "unit" }], [kw.n, kw.p], kw.size, true, (n, p) => negativeBinomial(src, n, p));
  }

  /** `RandomState.triangular(left, mode, right, size=None)`: triangular draws by inversion. */
  triangular(left: number, mode: number, right: number, size?: null): number;
  triangular(left: ParamLike, mode: ParamLike, right: ParamLike, size?: Size | null): NDArray;
  triangular(...args: unknown[]): Drawn;
  triangular(): Drawn {
    const kw = LEGACY_MORE.triangular.method.bind(arguments);
    checkTriangular(kw.left, kw.mode, kw.right);
    const src = this._src;
    return sample([{ name: "left", cons: "none" }, { name: "mode", cons: "none" }, { name: "right", cons: "none" }], [kw.left, kw.mode, kw.right], kw.size, false, (l, m, r) => triangular(src, l, m, r));
  }
}
