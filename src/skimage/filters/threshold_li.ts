/** `skimage.filters.threshold_li` (0.19): Li's iterative minimum cross-entropy threshold. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64 } from "../../np/dtype";
import { npLog } from "../../np/ufuncs/exact/log";
import { pairwiseSum } from "../_internal/correlate";
import { PyTypeError, ValueError } from "../../errors";
import { pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { roundingFor } from "../_internal/rounding";

const LI = signature("skimage.filters.threshold_li(image, *, tolerance=None, initial_guess=None, iter_callback=None)", {
  types: { image: "array_like", tolerance: "float|None", initial_guess: "float|callable|None", iter_callback: "callable|None" },
});

/** Keyword arguments of threshold_li. */
export interface ThresholdLiOptions {
  /** Stop when the threshold moves less than this (default: half the smallest intensity step). */
  tolerance?: number | null;
  /** Starting threshold, or a function of the (min-shifted) image giving it (default: the mean). */
  initial_guess?: number | ((image: NDArray) => number) | null;
  /** Called with each threshold in turn. */
  iter_callback?: ((threshold: number) => void) | null;
}

function meanOf(a: Float64Array): number {
  return pairwiseSum(a, 0, a.length) / a.length;
}

/**
 * `skimage.filters.threshold_li(image, *, tolerance=None, initial_guess=None,
 * iter_callback=None)`: iterates t = (mean_back - mean_fore) / (ln mean_back - ln mean_fore)
 * from the mean (or `initial_guess`) until it moves less than `tolerance`. NaNs are skipped;
 * a constant image returns its value.
 */
export function threshold_li(image: NDArrayLike, options?: ThresholdLiOptions): number;
export function threshold_li(...args: unknown[]): number {
  const { image, tolerance, initial_guess, iter_callback } = LI.bind(args);
  const img = asNDArray(image as NDArrayLike);
  const src = contiguousStorage(img);
  const isInt = img.dtype.kind === "i" || img.dtype.kind === "u" || img.dtype.kind === "b";
  const single = img.dtype === float32;
  const r = roundingFor(single);
  // NaNs dropped; a constant image is its own threshold; infinities dropped next
  let finite: Float64Array;
  if (isInt) finite = new Float64Array(src);
  else {
    const kept = new Float64Array(src.length);
    let nk = 0;
    for (let i = 0; i < src.length; i++) if (src[i] === src[i]) kept[nk++] = src[i];
    if (nk === 0) return NaN;
    finite = kept.subarray(0, nk);
  }
  let constant = true;
  for (let i = 1; i < finite.length && constant; i++) constant = finite[i] === finite[0];
  if (constant) return finite.length ? finite[0] : NaN;
  if (!isInt) {
    let nf = 0;
    for (let i = 0; i < finite.length; i++) if (Number.isFinite(finite[i])) finite[nf++] = finite[i];
    finite = finite.subarray(0, nf);
    if (nf === 0) return 0;
  }
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < finite.length; i++) {
    const v = finite[i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (single) for (let i = 0; i < finite.length; i++) finite[i] = Math.fround(finite[i] - min);
  else for (let i = 0; i < finite.length; i++) finite[i] -= min;
  let tol: number = tolerance ?? 0;
  if (!tol) {
    if (isInt) tol = 0.5;
    else {
      const u = Float64Array.from(new Set(finite)).sort();
      let d = Infinity;
      for (let k = 1; k < u.length; k++) d = Math.min(d, r(u[k] - u[k - 1]));
      tol = r(d / 2);
    }
  }
  let next: number;
  if (initial_guess === null) next = single ? Math.fround(meanOf(finite)) : meanOf(finite);
  else if (typeof initial_guess === "function") next = Number(initial_guess(NDArray.fromStorage(single ? new Float32Array(finite) : finite.slice(), [finite.length], single ? float32 : isInt ? img.dtype : float64)));
  else if (typeof initial_guess === "number") {
    next = initial_guess - min;
    if (!(next > 0 && next < max - min)) {
      throw new ValueError(`The initial guess for threshold_li must be within the range of the image. Got ${initial_guess} for image min ${min} and max ${max}.`);
    }
  } else throw new PyTypeError("Incorrect type for `initial_guess`; should be a floating point value, or a function mapping an array to a floating point value.");
  let curr = -2 * tol;
  if (iter_callback !== null) iter_callback(next + min);
  const log = single ? (x: number) => Math.fround(Math.log(x)) : npLog;
  if (isInt) {
    // histogram of the shifted integers: bin centers 0 .. max - min
    const n = max - min + 1;
    const hist = new Float64Array(n);
    for (let i = 0; i < finite.length; i++) hist[finite[i]]++;
    while (Math.abs(next - curr) > tol) {
      curr = next;
      let sf = 0, wf = 0, sb = 0, wb = 0;
      for (let k = 0; k < n; k++) {
        if (k > curr) {
          sf += k * hist[k];
          wf += hist[k];
        } else {
          sb += k * hist[k];
          wb += hist[k];
        }
      }
      const mf = sf / wf;
      const mb = sb / wb;
      next = (mb - mf) / (npLog(mb) - npLog(mf));
      if (iter_callback !== null) iter_callback(next + min);
    }
  } else {
    const fore = new Float64Array(finite.length);
    const back = new Float64Array(finite.length);
    while (Math.abs(next - curr) > tol) {
      curr = next;
      let nf = 0;
      let nb = 0;
      for (const v of finite) {
        if (v > curr) fore[nf++] = v;
        else back[nb++] = v;
      }
      const mf = r(meanOf(fore.subarray(0, nf)));
      const mb = r(meanOf(back.subarray(0, nb)));
      next = r(r(mb - mf) / r(log(mb) - log(mf)));
      if (iter_callback !== null) iter_callback(r(next + min));
    }
  }
  return r(next + min);
}
pyfunction(LI, threshold_li);
