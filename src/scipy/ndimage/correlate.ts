/** `scipy.ndimage.correlate` and `convolve` (SciPy 1.10): n-D weights, any boundary mode. */
import { NDArray } from "../../np/ndarray";
import { RuntimeError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { filterMode } from "../../skimage/_internal/correlate";
import { tapSums } from "../../skimage/_internal/correlate-simd";
import { uninitStorage } from "../../np/alloc";
import { planFootprint, rowBases } from "./_footprint";
import { MODE, Mode, NDArrayLike, OUTPUT, Output, deliver, inputArray, modeOf, perAxis, valuesOf } from "./_support";
import { SIZE } from "./uniform";

const TYPES = { input: "array_like", weights: "array_like", output: OUTPUT, mode: MODE, cval: "float", origin: SIZE } as const;
const CORRELATE = signature("scipy.ndimage.correlate(input, weights, output=None, mode='reflect', cval=0.0, origin=0)", { types: TYPES });
const CONVOLVE = signature("scipy.ndimage.convolve(input, weights, output=None, mode='reflect', cval=0.0, origin=0)", { types: TYPES });

/** Keyword arguments of correlate and convolve. */
export interface CorrelateOptions {
  output?: Output;
  mode?: Mode;
  cval?: number;
  origin?: number | readonly number[];
}

type CorrelateArgs = PyArgs<[output: Output, mode: Mode, cval: number, origin: number | readonly number[], options: CorrelateOptions], CorrelateOptions>;

/**
 * `scipy.ndimage.correlate(input, weights, output=None, mode='reflect', cval=0.0, origin=0)`:
 * out[i] = sum over the nonzero weights w[j] * input[i + j - (len // 2 + origin)], the terms
 * added in the weights' C order as scipy adds them; the result has the input's dtype.
 */
export function correlate(input: NDArrayLike, weights: NDArrayLike, ...rest: CorrelateArgs): NDArray;
export function correlate(...args: unknown[]): NDArray {
  return correlateOrConvolve(CORRELATE.bind(args), false);
}
pyfunction(CORRELATE, correlate);

/**
 * `scipy.ndimage.convolve(input, weights, output=None, mode='reflect', cval=0.0, origin=0)`:
 * correlation with the weights reversed on every axis (origin mirrored, even lengths shifted).
 */
export function convolve(input: NDArrayLike, weights: NDArrayLike, ...rest: CorrelateArgs): NDArray;
export function convolve(...args: unknown[]): NDArray {
  return correlateOrConvolve(CONVOLVE.bind(args), true);
}
pyfunction(CONVOLVE, convolve);

function correlateOrConvolve(b: Record<string, any>, convolution: boolean): NDArray {
  const img = inputArray(b.input);
  const w = inputArray(b.weights, "weights");
  const rank = img.ndim;
  const wshape = w.shape.filter((d) => d > 0);
  if (wshape.length !== rank) throw new RuntimeError("filter weights array has incorrect shape.");
  const origins = perAxis<number>(b.origin, rank);
  let weights = valuesOf(w);
  if (convolution) {
    // reversing every axis of a C-ordered array reverses its flat order
    weights = weights.slice().reverse();
    for (let k = 0; k < rank; k++) {
      origins[k] = -origins[k];
      if (!(w.shape[k] & 1)) origins[k] -= 1;
    }
  }
  const on = new Uint8Array(weights.length);
  for (let i = 0; i < on.length; i++) on[i] = weights[i] !== 0 ? 1 : 0;
  const plan = planFootprint(valuesOf(img), img.shape, w.shape, on, origins, filterMode(modeOf(b.mode)), b.cval, "weights");
  const { offsets, positions, padded } = plan;
  const taps = Float64Array.from(positions, (p) => weights[p]);
  const count = taps.length;
  const out = uninitStorage(Float64Array, img.size) as Float64Array;
  // row by row, tap by tap: each pixel still adds its terms in the weights' order, from 0
  const cols = img.ndim === 0 ? 1 : img.shape[img.ndim - 1];
  const bases = rowBases(img.shape, plan.paddedShape);
  const simd = img.ndim > 0 && count > 0 ? tapSums(offsets, taps) : null;
  for (let r = 0; r < bases.length; r++) {
    const ob = r * cols;
    if (simd !== null && simd(padded, bases[r], out, ob, cols)) continue;
    out.fill(0, ob, ob + cols);
    for (let j = 0; j < count; j++) {
      const from = bases[r] + offsets[j];
      const w = taps[j];
      for (let c = 0; c < cols; c++) out[ob + c] += padded[from + c] * w;
    }
  }
  return deliver(out, img.shape, b.output, img);
}
