/**
 * Ridge filters of scikit-image 0.19 built on Hessian eigenvalues over several scales:
 * meijering (neurites), sato (tubeness), frangi (vesselness) and hessian.
 */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, warn } from "../_internal/arrays";
import { NdMode } from "../_internal/boundary";
import { img_as_float } from "../util/dtype";
import { invert } from "../util/invert";
import { hessianEigenvalues } from "./_hessian";
import { roundingFor } from "../_internal/rounding";
import { expArray } from "../_internal/bulk_math";
import { releaseScratch, uninitFloat64 } from "../_internal/scratch";

const MODES = ["reflect", "constant", "nearest", "mirror", "wrap"];
const SIGMAS = [1, 3, 5, 7, 9];

function checkSigmas(sigmas: number | readonly number[]): number[] {
  const s = typeof sigmas === "number" ? [sigmas] : sigmas.slice();
  if (s.some((v) => v < 0)) throw new ValueError("Sigma values should be equal to or greater than zero.");
  return s;
}

function checkNd(img: NDArray, dims: readonly number[]): void {
  if (!dims.includes(img.ndim)) {
    throw new ValueError(`The parameter \`image\` must be a ${dims.join("-or-")}-dimensional array`);
  }
}

/** The image as compute_hessian_eigenvalues sees it: img_as_float values. */
function floatValues(img: NDArray): { values: Float64Array; single: boolean } {
  const f = img_as_float(img);
  return { values: Float64Array.from(contiguousStorage(f)), single: f.dtype === float32 };
}

function result(best: Float64Array, shape: readonly number[], single: boolean): NDArray {
  return NDArray.fromStorage(single ? new Float32Array(best) : best, shape.slice(), single ? float32 : float64);
}

/** Keyword arguments the ridge filters share. */
export interface RidgeOptions {
  /** Scales (default range(1, 10, 2)). */
  sigmas?: number | readonly number[];
  /** Detect black ridges on a light background (default) or white ones. */
  black_ridges?: boolean;
  mode?: NdMode;
  cval?: number;
}

const MEIJERING = signature("skimage.filters.meijering(image, sigmas=range(1, 10, 2), alpha=None, black_ridges=True, mode='reflect', cval=0)", {
  types: { image: "array_like", sigmas: "float|sequence", alpha: "float|None", black_ridges: "bool", mode: "str", cval: "float" },
  choices: { mode: MODES },
  defaults: { sigmas: SIGMAS },
});

/**
 * `skimage.filters.meijering(image, sigmas=range(1, 10, 2), alpha=None, black_ridges=True,
 * mode='reflect', cval=0)`: Meijering's neuriteness, the largest-magnitude Hessian eigenvalue
 * weighted by (1 + (ndim - 1) alpha), normalised by its minimum, kept where negative; the
 * maximum over scales. As in scikit-image 0.19, the image is cast to float without rescaling
 * before the inversion for black ridges.
 */
export function meijering(
  image: NDArrayLike,
  ...rest: PyArgs<[sigmas: number | readonly number[], alpha: number | null, black_ridges: boolean, mode: NdMode, cval: number, options: RidgeOptions & { alpha?: number | null }], RidgeOptions & { alpha?: number | null }>
): NDArray;
export function meijering(...args: unknown[]): NDArray {
  const b = MEIJERING.bind(args);
  const sigmas = checkSigmas(b.sigmas);
  const img0 = asNDArray(b.image as NDArrayLike);
  const ndim = img0.ndim;
  const alpha = b.alpha === null ? 1.0 / ndim : b.alpha;
  const single = img0.dtype === float32;
  const r = roundingFor(single);
  // astype(float) keeps the integer values; invert then computes 1 - x
  let values = new Float64Array(contiguousStorage(img0));
  if (b.black_ridges) values = values.map((v) => r(1 - v));
  const coef = new Array<number>(ndim).fill(alpha);
  coef[0] = 1;
  const best = new Float64Array(values.length);
  sigmas.forEach((sigma, k) => {
    const filtered = new Float64Array(values.length);
    if (ndim > 1) {
      const eig = hessianEigenvalues(values, img0.shape, sigma, "abs", b.mode, b.cval, single);
      const last = eig[ndim - 1];
      const aux = new Float64Array(values.length);
      for (let t = 0; t < aux.length; t++) {
        let s = 0;
        for (let j = 0; j < ndim; j++) s = r(s + r(last[t] * r(coef[(ndim - 1 - j + ndim) % ndim])));
        aux[t] = s;
      }
      let min = Infinity;
      for (let t = 0; t < aux.length; t++) if (aux[t] < min) min = aux[t];
      const denom = min === 0 ? r(1e-10) : min;
      for (let t = 0; t < aux.length; t++) filtered[t] = aux[t] < 0 ? r(aux[t] / denom) : 0;
    }
    for (let t = 0; t < best.length; t++) if (k === 0 || filtered[t] > best[t]) best[t] = filtered[t];
  });
  return result(best, img0.shape, single);
}
pyfunction(MEIJERING, meijering);

const SATO = signature("skimage.filters.sato(image, sigmas=range(1, 10, 2), black_ridges=True, mode='reflect', cval=0)", {
  types: { image: "array_like", sigmas: "float|sequence", black_ridges: "bool", mode: "str", cval: "float" },
  choices: { mode: MODES },
  defaults: { sigmas: SIGMAS },
});

/**
 * `skimage.filters.sato(image, sigmas=range(1, 10, 2), black_ridges=True, mode='reflect',
 * cval=0)`: Sato's tubeness, the geometric mean of the larger Hessian eigenvalues' magnitudes
 * where the largest is positive, maximum over scales (2-D and 3-D images).
 */
export function sato(
  image: NDArrayLike,
  ...rest: PyArgs<[sigmas: number | readonly number[], black_ridges: boolean, mode: NdMode, cval: number, options: RidgeOptions], RidgeOptions>
): NDArray;
export function sato(...args: unknown[]): NDArray {
  const b = SATO.bind(args);
  let img = asNDArray(b.image as NDArrayLike);
  checkNd(img, [2, 3]);
  const sigmas = checkSigmas(b.sigmas);
  if (!b.black_ridges) img = invert(img);
  const { values, single } = floatValues(img);
  const r = roundingFor(single);
  const best = new Float64Array(values.length);
  sigmas.forEach((sigma, k) => {
    const eig = hessianEigenvalues(values, img.shape, sigma, "val", b.mode, b.cval, single);
    const lambdas = eig.slice(1);
    const p = 1 / lambdas.length;
    for (let t = 0; t < best.length; t++) {
      let prod = lambdas[0][t];
      for (let j = 1; j < lambdas.length; j++) prod = r(prod * lambdas[j][t]);
      const v = lambdas[lambdas.length - 1][t] > 0 ? r(Math.abs(prod) ** p) : 0;
      if (k === 0 || v > best[t]) best[t] = v;
    }
  });
  return result(best, img.shape, single);
}
pyfunction(SATO, sato);

/** Keyword arguments of frangi and hessian. */
export interface FrangiOptions extends RidgeOptions {
  /** Deprecated: [start, stop) sigmas with `scale_step` (both needed). */
  scale_range?: readonly [number, number] | null;
  scale_step?: number | null;
  alpha?: number;
  beta?: number;
  gamma?: number;
}

function frangiSignature(name: string) {
  return signature(`skimage.filters.${name}(image, sigmas=range(1, 10, 2), scale_range=None, scale_step=None, alpha=0.5, beta=0.5, gamma=15, black_ridges=True, mode='reflect', cval=0)`, {
    types: {
      image: "array_like", sigmas: "float|sequence", scale_range: "sequence|None", scale_step: "float|None", alpha: "float", beta: "float", gamma: "float",
      black_ridges: "bool", mode: "str", cval: "float",
    },
    choices: { mode: MODES },
    defaults: { sigmas: SIGMAS },
  });
}

function frangiFilter(b: Record<string, any>): NDArray {
  let sigmaList: number | readonly number[] = b.sigmas;
  if (b.scale_range !== null && b.scale_step !== null) {
    warn("Use keyword parameter `sigmas` instead of `scale_range` and `scale_range` which will be removed in version 0.17.");
    const list: number[] = [];
    const [lo, hi] = b.scale_range as number[];
    const n = Math.max(Math.ceil((hi - lo) / b.scale_step), 0);
    for (let k = 0; k < n; k++) list.push(lo + k * b.scale_step);
    sigmaList = list;
  }
  let img = asNDArray(b.image as NDArrayLike);
  checkNd(img, [2, 3]);
  const sigmas = checkSigmas(sigmaList);
  const ndim = img.ndim;
  if (b.black_ridges) img = invert(img);
  const { values, single } = floatValues(img);
  const r = roundingFor(single);
  const exp = (v: Float64Array) => (single ? v.map((x) => Math.fround(Math.exp(x))) : expArray(v));
  // Python floats meet float32 arrays as float32
  const alphaSq = r(2 * b.alpha ** 2);
  const betaSq = r(2 * b.beta ** 2);
  const gammaSq = r(2 * b.gamma ** 2);
  const nz = (v: number) => (v === 0 ? r(1e-10) : v);
  const best = new Float64Array(values.length);
  sigmas.forEach((sigma, k) => {
    const [l1, ...lambdas] = hessianEigenvalues(values, img.shape, sigma, "abs", b.mode, b.cval, single);
    const p = 1 / lambdas.length;
    const n = best.length;
    // the three exponents first, then np.exp over each whole array
    const ta = uninitFloat64(n);
    const tb = uninitFloat64(n);
    const tg = uninitFloat64(n);
    if (ndim === 2) {
      // one other eigenvalue: its product is itself and its p-th power (p = 1) its magnitude
      const l2 = lambdas[0];
      for (let t = 0; t < n; t++) {
        const q = r(l1[t] / nz(r(Math.abs(l2[t]))));
        const rb = r(q * q);
        const rg = r(r(l1[t] * l1[t]) + r(l2[t] * l2[t]));
        tb[t] = r(-rb / betaSq);
        tg[t] = r(-rg / gammaSq);
      }
    }
    for (let t = 0; t < (ndim === 2 ? 0 : n); t++) {
      const ra = ndim === 2 ? Infinity : r(r(lambdas[0][t] / nz(lambdas[1][t])) ** 2);
      let prod = lambdas[0][t];
      for (let j = 1; j < lambdas.length; j++) prod = r(prod * lambdas[j][t]);
      const raw = r(Math.abs(prod) ** p);
      const q = r(l1[t] / nz(raw));
      const rb = r(q * q);
      let rg = r(l1[t] * l1[t]);
      for (const li of lambdas) rg = r(rg + r(li[t] * li[t]));
      ta[t] = r(-ra / alphaSq);
      tb[t] = r(-rb / betaSq);
      tg[t] = r(-rg / gammaSq);
    }
    const ea = ndim === 2 ? ta.fill(0) : exp(ta);
    const eb = exp(tb);
    const eg = exp(tg);
    for (let t = 0; t < n; t++) {
      let lmax = -Infinity;
      for (const li of lambdas) if (li[t] > lmax) lmax = li[t];
      let v = r(r(r(1 - ea[t]) * eb[t]) * r(1 - eg[t]));
      if (lmax > 0) v = 0;
      if (k === 0 || v > best[t]) best[t] = v;
    }
    releaseScratch(ta, tb, tg, l1, ...lambdas, ...[ea, eb, eg].filter((e) => e !== ta && e !== tb && e !== tg));
  });
  return result(best, img.shape, single);
}

const FRANGI = frangiSignature("frangi");

/**
 * `skimage.filters.frangi(image, sigmas=range(1, 10, 2), scale_range=None, scale_step=None,
 * alpha=0.5, beta=0.5, gamma=15, black_ridges=True, mode='reflect', cval=0)`: Frangi's
 * vesselness from the Hessian eigenvalues (blobness ratio weighted by `beta`, structure by
 * `gamma`, plate-likeness by `alpha` in 3-D), maximum over scales; 2-D and 3-D images.
 */
export function frangi(image: NDArrayLike, options?: FrangiOptions): NDArray;
export function frangi(...args: unknown[]): NDArray {
  return frangiFilter(FRANGI.bind(args));
}
pyfunction(FRANGI, frangi);

const HESSIAN = frangiSignature("hessian");

/**
 * `skimage.filters.hessian(image, sigmas=range(1, 10, 2), scale_range=None, scale_step=None,
 * alpha=0.5, beta=0.5, gamma=15, black_ridges=True, mode='reflect', cval=0)`: the Frangi
 * filter with every value <= 0 set to 1 (the hybrid Hessian filter).
 */
export function hessian(image: NDArrayLike, options?: FrangiOptions): NDArray;
export function hessian(...args: unknown[]): NDArray {
  const out = frangiFilter(HESSIAN.bind(args));
  const d = out.data;
  for (let i = 0; i < d.length; i++) if (d[i] <= 0) d[i] = 1;
  return out;
}
pyfunction(HESSIAN, hessian);
