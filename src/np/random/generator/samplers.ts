/**
 * Generator's distribution methods over its PCG64 stream, as NumPy 1.24's `_generator.pyx`
 * draws them (ziggurat normals and exponentials underneath). Generator extends this class.
 */
import { OverflowError } from "../errors";
import { PyTypeError, ValueError } from "../../../errors";
import { NDArray } from "../../ndarray";
import { DType, DTypeLike, dtype as toDType, float32, float64 } from "../../dtype";
import { ParamLike, Size, expandParam, readParam, shapeSize, toShape } from "../args";
import { POISSON_LAM_MAX, ParamSpec, outputShape, sample } from "../sampler";
import { DISTRIBUTIONS, DistributionName } from "../dists/table";
import { binomial } from "../dists/discrete";
import { negativeBinomial, standardGamma, triangular } from "../dists/continuous";
import { broadcastValues, checkTriangular } from "../legacy-samplers";
import { GEN, GEN_DIST, GEN_MORE } from "../signatures";
import { PcgSource, fillStandardExponential, fillStandardNormal, standardExponential, standardExponentialF } from "./distributions";
import type { Source } from "../dists/source";
import { uninitStorage } from "../../alloc";
import { standardGammaF } from "./gamma-float";
import { fillTarget } from "./out";
import { log1p } from "../log1p";
import type { PCG64 } from "./pcg64";

type Drawn = number | NDArray;

/** NumPy's Generator distribution methods over one PCG64 stream. */
export class GeneratorSamplers {
  /** The PCG64 stream this generator draws from. */
  declare readonly bit_generator: PCG64;
  private src?: PcgSource;

  /** @internal The ziggurat primitives over the bit generator. */
  get _src(): PcgSource {
    return (this.src ??= new PcgSource(this.bit_generator));
  }

  /** @internal Binds and draws one table-driven distribution. */
  _dist(name: Exclude<DistributionName, "standard_gamma" | "poisson">, args: ArrayLike<unknown>): Drawn {
    const d = DISTRIBUTIONS[name];
    const kw = GEN_DIST[name].bind(args);
    const values = d.specs.map((s) => kw[s.name]);
    const primitive = ONE_DRAW[name];
    const src = primitive === undefined ? this._src : prefetched(this.bit_generator, primitive, d.specs, values, kw.size);
    return sample(d.specs, values, kw.size, d.discrete, (a, b, c) => d.draw(src, a, b, c));
  }

  /** `Generator.beta(a, b, size=None)`: Beta draws (Johnk's method when a, b <= 1, else a ratio of gammas). */
  beta(a: number, b: number, size?: null): number;
  beta(a: ParamLike, b: ParamLike, size?: Size | null): NDArray;
  beta(...args: unknown[]): Drawn;
  beta(): Drawn {
    return this._dist("beta", arguments);
  }

  /** `Generator.exponential(scale=1.0, size=None)`: scale times a ziggurat exponential. */
  exponential(scale?: number, size?: null): number;
  exponential(scale: ParamLike | undefined, size?: Size | null): NDArray;
  exponential(...args: unknown[]): Drawn;
  exponential(): Drawn {
    return this._dist("exponential", arguments);
  }

  /**
   * `Generator.standard_exponential(size=None, dtype=np.float64, method='zig', out=None)`:
   * ziggurat exponentials ('inv': -log1p(-U)), float64 or float32; `out` is filled in memory
   * order and returned.
   */
  standard_exponential(size?: null): number;
  standard_exponential(size: Size | { size?: Size | null; dtype?: DTypeLike; method?: "zig" | "inv"; out?: NDArray | null }): NDArray;
  standard_exponential(...args: unknown[]): Drawn;
  standard_exponential(): Drawn {
    const kw = GEN_MORE.standard_exponential.bind(arguments);
    const dt = floatDType(kw.dtype, "standard_exponential");
    const bg = this.bit_generator;
    const inv = kw.method !== "zig"; // NumPy takes anything but 'zig' as the inverse method
    const one = dt === float64
      ? inv ? () => -log1p(-bg.nextDouble()) : () => standardExponential(bg)
      : inv ? () => Math.fround(-log1p(-bg.nextFloat())) : () => standardExponentialF(bg);
    return fillFloat(kw.size, kw.out, dt, one, dt === float64 && !inv ? (out) => fillStandardExponential(bg, out) : undefined);
  }

  /**
   * `Generator.standard_gamma(shape, size=None, dtype=np.float64, out=None)`: Marsaglia-Tsang
   * above shape 1, Ahrens-Dieter below, in float64 or (single-precision steps) float32.
   */
  standard_gamma(shape: number, size?: null): number;
  standard_gamma(shape: ParamLike, size?: Size | null | { size?: Size | null; dtype?: DTypeLike; out?: NDArray | null }): NDArray;
  standard_gamma(...args: unknown[]): Drawn;
  standard_gamma(): Drawn {
    const kw = GEN_MORE.standard_gamma.bind(arguments);
    const dt = floatDType(kw.dtype, "standard_gamma");
    const bg = this.bit_generator;
    const src = this._src;
    const spec = [{ name: "shape", cons: "nonneg" as const }];
    if (dt === float64 && kw.out === null) return sample(spec, [kw.shape], kw.size, false, (s) => standardGamma(src, s));
    const p = readParam(kw.shape as ParamLike, "shape");
    if (p.shape.length > 0) GEN_MORE.standard_gamma.notSupported(dt === float32 ? "dtype" : "out", dt === float32 ? "float32 with array shape" : kw.out);
    sample(spec, [p.data[0]], null, false, () => 0); // the parameter check alone
    const shape = p.data[0];
    const one = dt === float64 ? () => standardGamma(src, shape) : () => standardGammaF(bg, shape);
    return fillFloat(kw.size, kw.out, dt, one);
  }

  /** `Generator.gamma(shape, scale=1.0, size=None)`: scale * standard_gamma(shape). */
  gamma(shape: number, scale?: number, size?: null): number;
  gamma(shape: ParamLike, scale?: ParamLike, size?: Size | null): NDArray;
  gamma(...args: unknown[]): Drawn;
  gamma(): Drawn {
    return this._dist("gamma", arguments);
  }

  /** `Generator.f(dfnum, dfden, size=None)`: F (Fisher-Snedecor) draws. */
  f(dfnum: number, dfden: number, size?: null): number;
  f(dfnum: ParamLike, dfden: ParamLike, size?: Size | null): NDArray;
  f(...args: unknown[]): Drawn;
  f(): Drawn {
    return this._dist("f", arguments);
  }

  /** `Generator.noncentral_f(dfnum, dfden, nonc, size=None)`: noncentral F draws. */
  noncentral_f(dfnum: number, dfden: number, nonc: number, size?: null): number;
  noncentral_f(dfnum: ParamLike, dfden: ParamLike, nonc: ParamLike, size?: Size | null): NDArray;
  noncentral_f(...args: unknown[]): Drawn;
  noncentral_f(): Drawn {
    return this._dist("noncentral_f", arguments);
  }

  /** `Generator.chisquare(df, size=None)`: chi-square draws. */
  chisquare(df: number, size?: null): number;
  chisquare(df: ParamLike, size?: Size | null): NDArray;
  chisquare(...args: unknown[]): Drawn;
  chisquare(): Drawn {
    return this._dist("chisquare", arguments);
  }

  /** `Generator.noncentral_chisquare(df, nonc, size=None)`: noncentral chi-square draws. */
  noncentral_chisquare(df: number, nonc: number, size?: null): number;
  noncentral_chisquare(df: ParamLike, nonc: ParamLike, size?: Size | null): NDArray;
  noncentral_chisquare(...args: unknown[]): Drawn;
  noncentral_chisquare(): Drawn {
    return this._dist("noncentral_chisquare", arguments);
  }

  /** `Generator.standard_cauchy(size=None)`: the ratio of two standard normals. */
  standard_cauchy(size?: null): number;
  standard_cauchy(size: Size | { size?: Size | null }): NDArray;
  standard_cauchy(...args: unknown[]): Drawn;
  standard_cauchy(): Drawn {
    return this._dist("standard_cauchy", arguments);
  }

  /** `Generator.standard_t(df, size=None)`: Student's t draws. */
  standard_t(df: number, size?: null): number;
  standard_t(df: ParamLike, size?: Size | null): NDArray;
  standard_t(...args: unknown[]): Drawn;
  standard_t(): Drawn {
    return this._dist("standard_t", arguments);
  }

  /** `Generator.vonmises(mu, kappa, size=None)`: von Mises draws on [-pi, pi) (a wrapped normal past kappa 1e6). */
  vonmises(mu: number, kappa: number, size?: null): number;
  vonmises(mu: ParamLike, kappa: ParamLike, size?: Size | null): NDArray;
  vonmises(...args: unknown[]): Drawn;
  vonmises(): Drawn {
    return this._dist("vonmises", arguments);
  }

  /** `Generator.pareto(a, size=None)`: Pareto II (Lomax) draws, expm1(E / a). */
  pareto(a: number, size?: null): number;
  pareto(a: ParamLike, size?: Size | null): NDArray;
  pareto(...args: unknown[]): Drawn;
  pareto(): Drawn {
    return this._dist("pareto", arguments);
  }

  /** `Generator.weibull(a, size=None)`: E ** (1 / a). */
  weibull(a: number, size?: null): number;
  weibull(a: ParamLike, size?: Size | null): NDArray;
  weibull(...args: unknown[]): Drawn;
  weibull(): Drawn {
    return this._dist("weibull", arguments);
  }

  /** `Generator.power(a, size=None)`: (-expm1(-E)) ** (1 / a). */
  power(a: number, size?: null): number;
  power(a: ParamLike, size?: Size | null): NDArray;
  power(...args: unknown[]): Drawn;
  power(): Drawn {
    return this._dist("power", arguments);
  }

  /** `Generator.laplace(loc=0.0, scale=1.0, size=None)`: double exponential draws. */
  laplace(loc?: number, scale?: number, size?: null): number;
  laplace(loc: ParamLike | undefined, scale: ParamLike | undefined, size: Size): NDArray;
  laplace(...args: unknown[]): Drawn;
  laplace(): Drawn {
    return this._dist("laplace", arguments);
  }

  /** `Generator.gumbel(loc=0.0, scale=1.0, size=None)`: Gumbel draws. */
  gumbel(loc?: number, scale?: number, size?: null): number;
  gumbel(loc: ParamLike | undefined, scale: ParamLike | undefined, size: Size): NDArray;
  gumbel(...args: unknown[]): Drawn;
  gumbel(): Drawn {
    return this._dist("gumbel", arguments);
  }

  /** `Generator.logistic(loc=0.0, scale=1.0, size=None)`: logistic draws. */
  logistic(loc?: number, scale?: number, size?: null): number;
  logistic(loc: ParamLike | undefined, scale: ParamLike | undefined, size: Size): NDArray;
  logistic(...args: unknown[]): Drawn;
  logistic(): Drawn {
    return this._dist("logistic", arguments);
  }

  /** `Generator.lognormal(mean=0.0, sigma=1.0, size=None)`: exp(mean + sigma * standard normal). */
  lognormal(mean?: number, sigma?: number, size?: null): number;
  lognormal(mean: ParamLike | undefined, sigma: ParamLike | undefined, size: Size): NDArray;
  lognormal(...args: unknown[]): Drawn;
  lognormal(): Drawn {
    return this._dist("lognormal", arguments);
  }

  /** `Generator.rayleigh(scale=1.0, size=None)`: scale * sqrt(2 E). */
  rayleigh(scale?: number, size?: null): number;
  rayleigh(scale: ParamLike | undefined, size: Size): NDArray;
  rayleigh(...args: unknown[]): Drawn;
  rayleigh(): Drawn {
    return this._dist("rayleigh", arguments);
  }

  /** `Generator.wald(mean, scale, size=None)`: inverse Gaussian draws. */
  wald(mean: number, scale: number, size?: null): number;
  wald(mean: ParamLike, scale: ParamLike, size?: Size | null): NDArray;
  wald(...args: unknown[]): Drawn;
  wald(): Drawn {
    return this._dist("wald", arguments);
  }

  /**
   * `Generator.poisson(lam=1.0, size=None)`: Poisson counts as int64 (multiplication below
   * lam 10, PTRS above); "lam < 0 or lam is NaN", "lam value too large" as NumPy.
   */
  poisson(lam?: number, size?: null): number;
  poisson(lam: ParamLike | undefined, size: Size): NDArray;
  poisson(...args: unknown[]): Drawn;
  poisson(): Drawn {
    const d = DISTRIBUTIONS.poisson;
    const kw = GEN.poisson.bind(arguments);
    const src = this._src;
    return sample(d.specs, [kw.lam], kw.size, true, (lam) => d.draw(src, lam, 0, 0));
  }

  /** `Generator.zipf(a, size=None)`: Zipf counts by rejection, int64. */
  zipf(a: number, size?: null): number;
  zipf(a: ParamLike, size?: Size | null): NDArray;
  zipf(...args: unknown[]): Drawn;
  zipf(): Drawn {
    return this._dist("zipf", arguments);
  }

  /** `Generator.geometric(p, size=None)`: trials to the first success, int64. */
  geometric(p: number, size?: null): number;
  geometric(p: ParamLike, size?: Size | null): NDArray;
  geometric(...args: unknown[]): Drawn;
  geometric(): Drawn {
    return this._dist("geometric", arguments);
  }

  /** `Generator.logseries(p, size=None)`: logarithmic series counts, int64. */
  logseries(p: number, size?: null): number;
  logseries(p: ParamLike, size?: Size | null): NDArray;
  logseries(...args: unknown[]): Drawn;
  logseries(): Drawn {
    return this._dist("logseries", arguments);
  }

  /** `Generator.uniform(low=0.0, high=1.0, size=None)`: low + (high - low) U; high - low must be finite and >= 0. */
  uniform(low?: number, high?: number, size?: null): number;
  uniform(low: ParamLike | undefined, high: ParamLike | undefined, size?: Size | null): NDArray;
  uniform(...args: unknown[]): Drawn;
  uniform(): Drawn {
    const kw = GEN_MORE.uniform.bind(arguments);
    const lo = readParam(kw.low as ParamLike, "low");
    const hi = readParam(kw.high as ParamLike, "high");
    const scalar = lo.shape.length === 0 && hi.shape.length === 0;
    const { shape } = outputShape(null, [lo.shape, hi.shape]);
    const range = expandParam(hi, shape);
    const lows = expandParam(lo, shape);
    for (let i = 0; i < range.length; i++) {
      range[i] -= lows[i];
      if (!Number.isFinite(range[i])) throw new OverflowError(scalar ? "high - low range exceeds valid bounds" : "Range exceeds valid bounds");
    }
    const rangeArg = scalar ? range[0] : NDArray.fromStorage(range, shape, float64);
    const bg = this.bit_generator;
    const specs = [{ name: "low", cons: "none" }, { name: "high - low", cons: "nonneg" }] as const;
    // the checks alone, then the draws in one fill: one double per value, in order
    sample(specs, [kw.low, rangeArg], null, false, () => 0);
    const out = outputShape(kw.size, [lo.shape, hi.shape]);
    const u = uninitStorage(Float64Array, shapeSize(out.shape)) as Float64Array;
    bg.fillDoubles(u);
    if (range.length === 1) {
      const l = lows[0], r = range[0];
      for (let i = 0; i < u.length; i++) u[i] = l + r * u[i];
      return out.scalar ? u[0] : NDArray.fromStorage(u, out.shape, float64);
    }
    let k = 0;
    return sample(specs, [kw.low, rangeArg], kw.size, false, (l, r) => l + r * u[k++]);
  }

  /** `Generator.binomial(n, p, size=None)`: binomial counts (inversion while n min(p, 1-p) <= 30, BTPE above), int64. */
  binomial(n: number, p: number, size?: null): number;
  binomial(n: ParamLike, p: ParamLike, size?: Size | null): NDArray;
  binomial(...args: unknown[]): Drawn;
  binomial(): Drawn {
    const kw = GEN_MORE.binomial.bind(arguments);
    const src = this._src;
    return sample([{ name: "n", cons: "nonneg", int: true }, { name: "p", cons: "unit" }], [kw.n, kw.p], kw.size, true, (n, p) => binomial(src, n, p));
  }

  /** `Generator.negative_binomial(n, p, size=None)`: failures before n successes (gamma-Poisson mixture), int64. */
  negative_binomial(n: number, p: number, size?: null): number;
  negative_binomial(n: ParamLike, p: ParamLike, size?: Size | null): NDArray;
  negative_binomial(...args: unknown[]): Drawn;
  negative_binomial(): Drawn {
    const kw = GEN_MORE.negative_binomial.bind(arguments);
    const src = this._src;
    // the checks alone, then NumPy's bound on the Poisson mean
    sample([{ name: "n", cons: "positive_not_nan" }, { name: "p", cons: "unit_gt0" }], [kw.n, kw.p], null, true, () => 0);
    const [ns, ps] = broadcastValues([kw.n, kw.p], ["n", "p"]);
    if (ns.some((n, i) => ((1 - ps[i]) / ps[i]) * (n + 10 * Math.sqrt(n)) > POISSON_LAM_MAX)) {
      throw new ValueError("n too large or p too small, see Generator.negative_binomial Notes");
    }
    return sample([{ name: "n", cons: "none" }, { name: "p", cons: "none" }], [kw.n, kw.p], kw.size, true, (n, p) => negativeBinomial(src, n, p));
  }

  /** `Generator.triangular(left, mode, right, size=None)`: triangular draws by inversion. */
  triangular(left: number, mode: number, right: number, size?: null): number;
  triangular(left: ParamLike, mode: ParamLike, right: ParamLike, size?: Size | null): NDArray;
  triangular(...args: unknown[]): Drawn;
  triangular(): Drawn {
    const kw = GEN_MORE.triangular.bind(arguments);
    checkTriangular(kw.left, kw.mode, kw.right);
    const src = this._src;
    return sample([{ name: "left", cons: "none" }, { name: "mode", cons: "none" }, { name: "right", cons: "none" }], [kw.left, kw.mode, kw.right], kw.size, false, (l, m, r) => triangular(src, l, m, r));
  }

}

/** A Source serving draws made beforehand, in order (only their kind is ever asked for). */
class PrefetchedSource implements Source {
  readonly legacy = false;
  private k = 0;
  constructor(private readonly draws: Float64Array) {}
  double(): number {
    throw new Error("no uniform draws were made beforehand");
  }
  normal(): number {
    return this.draws[this.k++];
  }
  exponential(): number {
    return this.draws[this.k++];
  }
}

/** The distributions whose every value takes exactly one standard normal or one standard exponential. */
const ONE_DRAW: Partial<Record<DistributionName, "normal" | "exponential">> = {
  exponential: "exponential", rayleigh: "exponential", lognormal: "normal",
};

/**
 * For a distribution that takes exactly one normal or one exponential per value: the
 * parameter checks, then all the draws of its output in one fill, served in order.
 */
function prefetched(bg: PCG64, primitive: "normal" | "exponential", specs: readonly ParamSpec[], values: unknown[], size: unknown): Source {
  sample(specs, values, null, false, () => 0); // the checks alone, before any draw
  const n = shapeSize(outputShape(size, values.map((v, i) => readParam(v as ParamLike, specs[i].name).shape)).shape);
  const draws = uninitStorage(Float64Array, n) as Float64Array;
  if (primitive === "normal") fillStandardNormal(bg, draws);
  else fillStandardExponential(bg, draws);
  return new PrefetchedSource(draws);
}

/** The float dtype of a `dtype=` argument (float64 or float32), else NumPy's TypeError. */
function floatDType(dt: unknown, method: string): DType {
  const d = toDType(dt as DTypeLike);
  if (d !== float64 && d !== float32) throw new PyTypeError(`Unsupported dtype dtype('${d.name}') for ${method}`);
  return d;
}

/**
 * A float sampler's output: one number without size, else an array (or `out`) filled in order,
 * by `bulk` when given (float64 only) or one by one.
 */
function fillFloat(size: unknown, out: unknown, dt: DType, one: () => number, bulk?: (out: Float64Array) => void): Drawn {
  const fill = (target: Float64Array | Float32Array) => {
    if (bulk !== undefined && target instanceof Float64Array) bulk(target);
    else for (let i = 0; i < target.length; i++) target[i] = one();
  };
  if (out !== null && out !== undefined) {
    fill(fillTarget(out, dt, size));
    return out as NDArray;
  }
  if (size === undefined || size === null) return one();
  const shape = toShape(size as Size);
  const data = uninitStorage(dt === float64 ? Float64Array : Float32Array, shapeSize(shape)) as Float64Array | Float32Array;
  fill(data);
  return NDArray.fromStorage(data, shape, dt);
}
