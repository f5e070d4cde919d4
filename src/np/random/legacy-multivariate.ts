/**
 * RandomState's multivariate and counting methods (multinomial, dirichlet, multivariate_normal,
 * hypergeometric, bytes, random_integers) over its MT19937 stream, as NumPy 1.24's `mtrand.pyx`.
 */
import { ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { float64, int64 } from "../dtype";
import { warn } from "../warnings";
import { ParamLike, Size, readParam, shapeSize } from "./args";
import { sample } from "./sampler";
import { hypergeometricLegacy, multinomialInto } from "./dists/discrete";
import { standardGamma } from "./dists/continuous";
import { LEGACY_MORE } from "./signatures";
import { applyFactor, mvnInputs, svdFactor, withTrailing } from "./mvnormal";
import { LegacySamplers, broadcastValues, readPvals } from "./legacy-samplers";

type Drawn = number | NDArray;

/** RandomState's multivariate and counting methods (RandomState extends this class). */
export class LegacyMultivariate extends LegacySamplers {
  /** `RandomState.hypergeometric(ngood, nbad, nsample, size=None)`: good items among nsample drawn without replacement, int64. */
  hypergeometric(ngood: number, nbad: number, nsample: number, size?: null): number;
  hypergeometric(ngood: ParamLike, nbad: ParamLike, nsample: ParamLike, size?: Size | null): NDArray;
  hypergeometric(...args: unknown[]): Drawn;
  hypergeometric(): Drawn {
    const kw = LEGACY_MORE.hypergeometric.method.bind(arguments);
    const [g, b, n] = broadcastValues([kw.ngood, kw.nbad, kw.nsample], ["ngood", "nbad", "nsample"]);
    if (g.some((v, i) => v + b[i] < n[i])) throw new ValueError("ngood + nbad < nsample");
    const src = this._src;
    return sample(
      [{ name: "ngood", cons: "nonneg", int: true }, { name: "nbad", cons: "nonneg", int: true }, { name: "nsample", cons: "gte1", int: true }],
      [kw.ngood, kw.nbad, kw.nsample], kw.size, true, (good, bad, n) => hypergeometricLegacy(src, good, bad, n),
    );
  }

  /** `RandomState.multinomial(n, pvals, size=None)`: counts of n trials over len(pvals) outcomes, shape (...size, len(pvals)), int64. */
  multinomial(n: number, pvals: ParamLike, size?: Size | null): NDArray;
  multinomial(...args: unknown[]): NDArray;
  multinomial(): NDArray {
    const kw = LEGACY_MORE.multinomial.method.bind(arguments);
    const p = readPvals(kw.pvals);
    const d = p.length;
    const shape = withTrailing(kw.size, d);
    const out = new Float64Array(shapeSize(shape));
    if (kw.n < 0) throw new ValueError("n < 0");
    const src = this._src;
    for (let off = 0; d > 0 && off < out.length; off += d) multinomialInto(src, kw.n, p, out, off);
    return NDArray.fromStorage(out, shape, int64);
  }

  /** `RandomState.dirichlet(alpha, size=None)`: normalised gamma draws, shape (...size, len(alpha)). */
  dirichlet(alpha: ParamLike, size?: Size | null): NDArray;
  dirichlet(...args: unknown[]): NDArray;
  dirichlet(): NDArray {
    const kw = LEGACY_MORE.dirichlet.method.bind(arguments);
    const a = readParam(kw.alpha as ParamLike, "alpha");
    if (a.shape.length !== 1) throw new ValueError(`object of too small depth for desired array`);
    for (let i = 0; i < a.data.length; i++) if (a.data[i] <= 0) throw new ValueError("alpha <= 0");
    const k = a.data.length;
    const shape = withTrailing(kw.size, k);
    const out = new Float64Array(shapeSize(shape));
    const src = this._src;
    for (let i = 0; i < out.length; i += k) {
      let acc = 0;
      for (let j = 0; j < k; j++) {
        out[i + j] = standardGamma(src, a.data[j]);
        acc += out[i + j];
      }
      const inv = 1 / acc;
      for (let j = 0; j < k; j++) out[i + j] *= inv;
    }
    return NDArray.fromStorage(out, shape, float64);
  }

  /**
   * `RandomState.multivariate_normal(mean, cov, size=None, check_valid='warn', tol=1e-8)`:
   * draws of shape (...size, len(mean)) through cov's SVD as NumPy does (the factor's last
   * bits come from this library's SVD, so values agree with NumPy's to about 1e-12).
   */
  multivariate_normal(mean: ParamLike, cov: ParamLike, size?: Size | null, check_valid?: "warn" | "raise" | "ignore", tol?: number): NDArray;
  multivariate_normal(...args: unknown[]): NDArray;
  multivariate_normal(): NDArray {
    const kw = LEGACY_MORE.multivariate_normal.method.bind(arguments);
    const { mean, cov, k } = mvnInputs(kw.mean, kw.cov);
    const shape = withTrailing(kw.size, k);
    const x = new Float64Array(shapeSize(shape));
    this._mt.fillGauss(x);
    return applyFactor(x, svdFactor(cov, k, kw.check_valid, kw.tol), mean, k, shape);
  }

  /** `RandomState.bytes(length)`: random bytes (little-endian uint32 draws), as a Uint8Array. */
  bytes(length: number | { length: number }): Uint8Array {
    const kw = LEGACY_MORE.bytes.method.bind(arguments);
    const n = kw.length as number;
    if (n < 0) throw new ValueError("negative dimensions are not allowed");
    // C division: length 0 still draws one word, as NumPy does
    const words = new Uint32Array(Math.trunc((n - 1) / 4) + 1);
    for (let i = 0; i < words.length; i++) words[i] = this._mt.nextUint32();
    return new Uint8Array(words.buffer, 0, n).slice();
  }

  /**
   * `RandomState.random_integers(low, high=None, size=None)`: integers in [low, high] (or
   * [1, low]), deprecated in NumPy: warns with NumPy's DeprecationWarning and calls randint.
   */
  random_integers(low: number, high?: number | null, size?: null): number;
  random_integers(low: number, high: number | null | undefined, size: Size): NDArray;
  random_integers(...args: unknown[]): Drawn;
  random_integers(): Drawn {
    const kw = LEGACY_MORE.random_integers.method.bind(arguments);
    let low = kw.low as number;
    let high = kw.high as number | null;
    if (high === null) {
      warn(`This function is deprecated. Please call randint(1, ${low} + 1) instead`, "DeprecationWarning");
      high = low;
      low = 1;
    } else {
      warn(`This function is deprecated. Please call randint(${low}, ${high} + 1) instead`, "DeprecationWarning");
    }
    return (this as unknown as { randint(...a: unknown[]): Drawn }).randint(low, Math.trunc(high) + 1, kw.size, "int64");
  }
}
