/**
 * Generator's multivariate and counting methods (multinomial, dirichlet, multivariate_normal,
 * hypergeometric, bytes) over its PCG64 stream, as NumPy 1.24's `_generator.pyx` draws them.
 */
import { PyTypeError, ValueError } from "../../../errors";
import { NDArray } from "../../ndarray";
import { float64, int64 } from "../../dtype";
import { ParamLike, Size, expandParam, readParam, shapeSize } from "../args";
import { outputShape, sample } from "../sampler";
import { hypergeometricGen, multinomialInto } from "../dists/discrete";
import { beta, standardGamma } from "../dists/continuous";
import { broadcastValues } from "../legacy-samplers";
import { kahanSum } from "../choice";
import { GEN_MORE } from "../signatures";
import { applyFactor, generatorFactor, mvnInputs, withTrailing } from "../mvnormal";
import { GeneratorSamplers } from "./samplers";
import { pcgInterval } from "./bounded";

type Drawn = number | NDArray;

/** Generator's multivariate and counting methods (Generator extends this class). */
export class GeneratorMultivariate extends GeneratorSamplers {
  /**
   * `Generator.hypergeometric(ngood, nbad, nsample, size=None)`: good items among nsample drawn
   * without replacement, int64 (Stadlober's HRUA for 10 <= nsample <= total - 10, else the
   * draws simulated); ngood and nbad below 10**9.
   */
  hypergeometric(ngood: number, nbad: number, nsample: number, size?: null): number;
  hypergeometric(ngood: ParamLike, nbad: ParamLike, nsample: ParamLike, size?: Size | null): NDArray;
  hypergeometric(...args: unknown[]): Drawn;
  hypergeometric(): Drawn {
    const kw = GEN_MORE.hypergeometric.bind(arguments);
    const names = ["ngood", "nbad", "nsample"];
    const [g, b, n] = broadcastValues([kw.ngood, kw.nbad, kw.nsample], names);
    if (g.some((v, i) => v >= 1e9 || b[i] >= 1e9)) throw new ValueError("both ngood and nbad must be less than 1000000000");
    if (g.some((v, i) => v + b[i] < n[i])) throw new ValueError("ngood + nbad < nsample");
    const src = this._src;
    const bg = this.bit_generator;
    const interval = (max: number): number => pcgInterval(bg, max);
    return sample(
      names.map((name) => ({ name, cons: "nonneg" as const, int: true })),
      [kw.ngood, kw.nbad, kw.nsample], kw.size, true, (good, bad, ns) => hypergeometricGen(src, interval, good, bad, ns),
    );
  }

  /**
   * `Generator.multinomial(n, pvals, size=None)`: counts of n trials over pvals.shape[-1]
   * outcomes, int64; n and the leading dimensions of pvals broadcast (with size) as NumPy's.
   */
  multinomial(n: ParamLike, pvals: ParamLike, size?: Size | null): NDArray;
  multinomial(...args: unknown[]): NDArray;
  multinomial(): NDArray {
    const kw = GEN_MORE.multinomial.bind(arguments);
    const ns = readParam(kw.n as ParamLike, "n");
    const p = readParam(kw.pvals as ParamLike, "pvals");
    const ndim = p.shape.length;
    const d = ndim >= 1 ? p.shape[ndim - 1] : 0;
    if (d === 0) throw new ValueError("pvals must have at least 1 dimension and the last dimension of pvals must be greater than 0.");
    for (let i = 0; i < p.data.length; i++) if (!(p.data[i] >= 0) || !(p.data[i] <= 1)) throw new ValueError("pvals < 0, pvals > 1 or pvals contains NaNs");
    for (let off = 0; off < p.data.length; off += d) {
      if (kahanSum(Array.prototype.slice.call(p.data, off, off + d), d - 1) > 1 + 1e-12) {
        throw new ValueError(`sum(pvals${ndim === 1 ? "[:-1]" : "[...,:-1]"}) > 1.0`);
      }
    }
    for (let i = 0; i < ns.data.length; i++) if (!Number.isInteger(ns.data[i])) throw new PyTypeError("Cannot cast n from float64 to int64 according to the rule 'safe'");
    const src = this._src;
    if (ns.shape.length === 0 && ndim === 1) {
      const n = ns.data[0];
      if (n < 0) throw new ValueError("n < 0");
      const shape = withTrailing(kw.size, d);
      const out = new Float64Array(shapeSize(shape));
      for (let off = 0; off < out.length; off += d) multinomialInto(src, n, p.data, out, off);
      return NDArray.fromStorage(out, shape, int64);
    }
    for (let i = 0; i < ns.data.length; i++) if (ns.data[i] < 0) throw new ValueError("n < 0");
    const rows = p.shape.slice(0, -1);
    const offsets = new Float64Array(shapeSize(rows));
    for (let i = 0; i < offsets.length; i++) offsets[i] = i * d;
    const it = outputShape(kw.size, [ns.shape, rows]);
    const nExp = expandParam(ns, it.shape);
    const oExp = expandParam({ data: offsets, shape: rows }, it.shape);
    const out = new Float64Array(nExp.length * d);
    const pv = Float64Array.from(p.data);
    for (let i = 0; i < nExp.length; i++) multinomialInto(src, nExp[i], pv.subarray(oExp[i], oExp[i] + d), out, i * d);
    return NDArray.fromStorage(out, [...it.shape, d], int64);
  }

  /**
   * `Generator.dirichlet(alpha, size=None)`: shape (...size, len(alpha)); normalised gammas,
   * or (every alpha below 0.1) NumPy's stick-breaking with beta draws.
   */
  dirichlet(alpha: ParamLike, size?: Size | null): NDArray;
  dirichlet(...args: unknown[]): NDArray;
  dirichlet(): NDArray {
    const kw = GEN_MORE.dirichlet.bind(arguments);
    const a = readParam(kw.alpha as ParamLike, "alpha");
    if (a.shape.length !== 1) throw new ValueError("object of too small depth for desired array");
    const k = a.data.length;
    let max = -Infinity;
    for (let i = 0; i < k; i++) {
      if (a.data[i] <= 0) throw new ValueError("alpha <= 0");
      max = Math.max(max, a.data[i]);
    }
    const shape = withTrailing(kw.size, k);
    const out = new Float64Array(shapeSize(shape));
    const src = this._src;
    if (k > 0 && max < 0.1) {
      // stick breaking: v_j ~ Beta(alpha_j, sum(alpha[j+1:]))
      const tail = new Float64Array(k);
      let csum = 0;
      for (let j = k - 1; j >= 0; j--) tail[j] = csum += a.data[j];
      for (let i = 0; i < out.length; i += k) {
        let acc = 1;
        for (let j = 0; j < k - 1; j++) {
          const v = beta(src, a.data[j], tail[j + 1]);
          out[i + j] = acc * v;
          acc *= 1 - v;
        }
        out[i + k - 1] = acc;
      }
    } else {
      for (let i = 0; i < out.length; i += k) {
        let acc = 0;
        for (let j = 0; j < k; j++) acc += out[i + j] = standardGamma(src, a.data[j]);
        const inv = 1 / acc;
        for (let j = 0; j < k; j++) out[i + j] *= inv;
      }
    }
    return NDArray.fromStorage(out, shape, float64);
  }

  /**
   * `Generator.multivariate_normal(mean, cov, size=None, check_valid='warn', tol=1e-8, *, method='svd')`:
   * draws of shape (...size, len(mean)) through cov's SVD, eigendecomposition or Cholesky
   * factor as NumPy does (the factor's last bits come from this library's linalg, so values
   * agree with NumPy's to about 1e-12).
   */
  multivariate_normal(mean: ParamLike, cov: ParamLike, size?: Size | null, check_valid?: "warn" | "raise" | "ignore", tol?: number): NDArray;
  multivariate_normal(...args: unknown[]): NDArray;
  multivariate_normal(): NDArray {
    const kw = GEN_MORE.multivariate_normal.bind(arguments);
    const { mean, cov, k } = mvnInputs(kw.mean, kw.cov);
    const shape = withTrailing(kw.size, k);
    const x = new Float64Array(shapeSize(shape));
    const src = this._src;
    for (let i = 0; i < x.length; i++) x[i] = src.normal();
    return applyFactor(x, generatorFactor(cov, k, kw.method, kw.check_valid, kw.tol), mean, k, shape);
  }

  /** `Generator.bytes(length)`: random bytes (little-endian 32-bit draws), as a Uint8Array. */
  bytes(length: number | { length: number }): Uint8Array {
    const kw = GEN_MORE.bytes.bind(arguments);
    const n = kw.length as number;
    if (n < 0) throw new ValueError("negative dimensions are not allowed");
    const words = new Uint32Array(Math.trunc((n - 1) / 4) + 1);
    for (let i = 0; i < words.length; i++) words[i] = this.bit_generator.next32();
    return new Uint8Array(words.buffer, 0, n).slice();
  }
}
