/**
 * `skimage.restoration.unsupervised_wiener` (0.19): Wiener-Hunt deconvolution with the noise and
 * prior precisions estimated by a Gibbs sampler (Orieux, Giovannelli and Rodet, 2010).
 */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { ValueError } from "../../errors";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { NDArrayLike, warn } from "../_internal/arrays";
import { pairwiseSum } from "../_internal/correlate";
import { Generator, default_rng } from "../../np/random/generator/generator";
import { Spectrum, abs2, complexArray, imageQuadNorm, ufft2, urfft2 } from "./_uft";
import { backToImage, divideByReal, wienerSetup } from "./wiener";

/** The Gibbs sampler's settings (scikit-image's user_params). */
export interface UnsupervisedWienerParams {
  /** Stop once the relative change of the running mean is below this (after min_num_iter). Default 1e-4. */
  threshold?: number;
  /** Samples left out of the mean at the start. Default 15. */
  burnin?: number;
  min_num_iter?: number;
  max_num_iter?: number;
  /** Called with every sample of the image's spectrum (complex), for inspection. */
  callback?: ((x_sample: NDArray) => void) | null;
  /** Deprecated names of min_num_iter and max_num_iter (FutureWarning). */
  min_iter?: number;
  max_iter?: number;
}

/** Keyword arguments of restoration.unsupervised_wiener. */
export interface UnsupervisedWienerOptions {
  reg?: NDArrayLike | null;
  user_params?: UnsupervisedWienerParams | null;
  is_real?: boolean;
  clip?: boolean;
  /** An integer seed, a Generator, or None (fresh entropy), as np.random.default_rng takes. */
  random_state?: number | Generator | null;
}

const PARAMS = check("dict or None", (v) => v === null || (typeof v === "object" && !Array.isArray(v) && !(v instanceof NDArray)));
const RANDOM_STATE = check("int, Generator or None", (v) => v === null || Number.isInteger(v) || v instanceof Generator);

const UNSUPERVISED = signature("skimage.restoration.unsupervised_wiener(image, psf, reg=None, user_params=None, is_real=True, clip=True, *, random_state=None)", {
  types: { image: "array_like", psf: "array_like", reg: "array_like|None", user_params: PARAMS, is_real: "bool", clip: "bool", random_state: RANDOM_STATE },
});

const KNOWN = ["threshold", "burnin", "min_num_iter", "max_num_iter", "callback"];

/** scikit-image's defaults updated with the user's, the deprecated *_iter keys renamed. */
function samplerParams(user: UnsupervisedWienerParams | null): Required<Omit<UnsupervisedWienerParams, "min_iter" | "max_iter">> {
  const given: Record<string, unknown> = { ...(user ?? {}) };
  for (const s of ["max", "min"]) {
    if (`${s}_iter` in given) {
      warn(`\`${s}_iter\` is a deprecated key for \`user_params\`. It will be removed in version 1.0. Use \`${s}_num_iter\` instead.`, "FutureWarning");
      given[`${s}_num_iter`] = given[`${s}_iter`];
      delete given[`${s}_iter`];
    }
  }
  for (const k of Object.keys(given)) if (!KNOWN.includes(k)) throw new ValueError(`unknown user_params key '${k}'`);
  return { threshold: 1e-4, max_num_iter: 200, min_num_iter: 30, burnin: 15, callback: null, ...given } as Required<Omit<UnsupervisedWienerParams, "min_iter" | "max_iter">>;
}

/**
 * `skimage.restoration.unsupervised_wiener(image, psf, reg=None, user_params=None,
 * is_real=True, clip=True, *, random_state=None)`: the posterior mean of a 2-D image under
 * Wiener-Hunt's model, the noise and prior precisions drawn by a Gibbs sampler. Returns
 * `[x_postmean, { noise, prior }]`, the chains of both precisions. Draws come from
 * np.random.default_rng(random_state) in scikit-image's order, so a seed gives scikit-image's
 * chains and image (to rounding; float32 images are computed in float64).
 */
export function unsupervised_wiener(
  image: NDArrayLike, psf: NDArrayLike,
  ...rest: PyArgs<[reg: NDArrayLike | null, user_params: UnsupervisedWienerParams | null, is_real: boolean, clip: boolean, options: UnsupervisedWienerOptions], UnsupervisedWienerOptions>
): [NDArray, { noise: number[]; prior: number[] }];
export function unsupervised_wiener(...args: unknown[]): [NDArray, { noise: number[]; prior: number[] }] {
  const b = UNSUPERVISED.bind(args);
  const params = samplerParams(b.user_params as UnsupervisedWienerParams | null);
  const isReal = b.is_real as boolean;
  const s = wienerSetup(b.image as NDArrayLike, b.psf as NDArrayLike, b.reg as NDArrayLike | null, isReal);
  const data = isReal ? urfft2(s.image) : ufft2(s.image);
  const n = data.re.length;
  const shape = data.shape;
  if (s.tf.re.length !== n || s.reg.length !== n) throw new ValueError("the transfer functions do not match the image's spectrum");
  const { re: hr, im: hi } = s.tf;
  const size = s.image.size;
  const areg2 = s.reg.map((r) => r * r);
  const atf2 = new Float64Array(n);
  for (let i = 0; i < n; i++) atf2[i] = abs2(hr[i], hi[i]);
  const gn: number[] = [1];
  const gx: number[] = [1];
  const rng = default_rng(b.random_state as number | Generator | null);
  const mean: Spectrum = { re: new Float64Array(n), im: new Float64Array(n), shape };
  let prev = { re: new Float64Array(n), im: new Float64Array(n) };
  let delta = NaN;
  const x: Spectrum = { re: new Float64Array(n), im: new Float64Array(n), shape };
  const resid = { re: new Float64Array(n), im: new Float64Array(n) };
  const absBuf = new Float64Array(n);
  let iteration = 0;
  for (; iteration < params.max_num_iter; iteration++) {
    const g = gn[gn.length - 1];
    const p = gx[gx.length - 1];
    // float32 images: the draws rounded to float32, as scikit-image casts them
    const r1 = drawn(rng, shape, s.single);
    const r2 = drawn(rng, shape, s.single);
    for (let i = 0; i < n; i++) {
      const precision = g * atf2[i] + p * areg2[i];
      const amp = Math.sqrt(0.5 / precision);
      // wiener_filter = gn * conj(H) / precision
      let wr: number;
      let wi: number;
      if (s.complexTf) [wr, wi] = divideByReal(g * hr[i], g * -hi[i], precision);
      else [wr, wi] = [(g * hr[i]) / precision, 0];
      x.re[i] = wr * data.re[i] - wi * data.im[i] + amp * r1[i];
      x.im[i] = wr * data.im[i] + wi * data.re[i] + amp * r2[i];
    }
    if (params.callback) params.callback(complexArray(x));
    // data - x * H, and x * reg
    for (let i = 0; i < n; i++) {
      resid.re[i] = data.re[i] - (x.re[i] * hr[i] - x.im[i] * hi[i]);
      resid.im[i] = data.im[i] - (x.re[i] * hi[i] + x.im[i] * hr[i]);
    }
    gn.push(rng.gamma(size / 2, 2 / imageQuadNorm(resid.re, resid.im, shape, sum)) as number);
    for (let i = 0; i < n; i++) {
      resid.re[i] = x.re[i] * s.reg[i];
      resid.im[i] = x.im[i] * s.reg[i];
    }
    gx.push(rng.gamma((size - 1) / 2, 2 / imageQuadNorm(resid.re, resid.im, shape, sum)) as number);
    if (iteration > params.burnin) {
      for (let i = 0; i < n; i++) {
        mean.re[i] = prev.re[i] + x.re[i];
        mean.im[i] = prev.im[i] + x.im[i];
      }
    }
    if (iteration > params.burnin + 1) {
      const k = iteration - params.burnin;
      for (let i = 0; i < n; i++) {
        const [cr, ci] = divideByReal(mean.re[i], mean.im[i], k);
        const [pr, pi] = divideByReal(prev.re[i], prev.im[i], k - 1);
        absBuf[i] = Math.hypot(cr - pr, ci - pi);
      }
      const change = sum(absBuf);
      for (let i = 0; i < n; i++) absBuf[i] = Math.hypot(mean.re[i], mean.im[i]);
      delta = change / sum(absBuf) / k;
    }
    prev = { re: mean.re.slice(), im: mean.im.slice() };
    if (iteration > params.min_num_iter && delta < params.threshold) break;
  }
  if (iteration === params.max_num_iter) iteration--; // Python's loop variable stays at the last value
  const k = iteration - params.burnin;
  for (let i = 0; i < n; i++) [mean.re[i], mean.im[i]] = divideByReal(mean.re[i], mean.im[i], k);
  return [backToImage(mean, s.image.shape, isReal, b.clip as boolean, s.single), { noise: gn, prior: gx }];
}
pyfunction(UNSUPERVISED, unsupervised_wiener);

function sum(v: Float64Array): number {
  return pairwiseSum(v, 0, v.length);
}

/** standard_normal draws of `shape` (rounded to float32 for float32 images). */
function drawn(rng: Generator, shape: number[], single: boolean): ArrayLike<number> {
  const d = contiguousStorage(rng.standard_normal(shape));
  return single ? Float32Array.from(d) : d;
}
