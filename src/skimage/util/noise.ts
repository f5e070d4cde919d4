/** `skimage.util.random_noise`: seeded noise of several kinds, drawn as scikit-image 0.19 draws it. */
import { ValueError, PyTypeError } from "../../errors";
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64 } from "../../np/dtype";
import { Generator, RNGSeed, default_rng } from "../../np/random/generator";
import { broadcastShapes, expandParam } from "../../np/random/args";
import { NDArrayLike, asNDArray, shapeStr } from "../_internal/arrays";
import { img_as_float } from "./dtype";
import { IMAGE } from "../_internal/bind";
import { KeyError } from "../_internal/errors";
import { PyArgs, check, pyfunction, signature } from "../../signature";

/** The noise kinds of random_noise. */
export type NoiseMode = "gaussian" | "localvar" | "poisson" | "salt" | "pepper" | "s&p" | "speckle";

/** Options of random_noise, with scikit-image's keyword names. */
export interface RandomNoiseOptions {
  image?: NDArrayLike;
  /** Kind of noise (default "gaussian"); case-insensitive. */
  mode?: NoiseMode | string;
  /** An int seed for a fresh default_rng, a Generator to draw from, or nothing (fresh entropy). */
  seed?: RNGSeed | null;
  /** Clip the result to [0, 1] (or [-1, 1] for signed input); default true. */
  clip?: boolean;
  /** Mean of the Gaussian ("gaussian", "speckle"); default 0. */
  mean?: number;
  /** Variance of the Gaussian ("gaussian", "speckle"); default 0.01. */
  var?: number;
  /** Per-pixel variances, positive, broadcastable to the image ("localvar"); default 0.01 everywhere. */
  local_vars?: NDArrayLike;
  /** Fraction of pixels replaced ("salt", "pepper", "s&p"); default 0.05. */
  amount?: number;
  /** Fraction of replaced pixels that become salt ("s&p"); default 0.5. */
  salt_vs_pepper?: number;
}

// scikit-image takes the mode's parameters as **kwargs; they are declared here by name
const RANDOM_NOISE = signature(
  "skimage.util.random_noise(image, mode='gaussian', seed=None, clip=True, *, mean=None, var=None, local_vars=None, amount=None, salt_vs_pepper=None)",
  {
    types: {
      image: IMAGE, mode: "str", seed: check("None, int or Generator", () => true), clip: "bool",
      mean: "float|None", var: "float|None", local_vars: [IMAGE, "None"], amount: "float|None", salt_vs_pepper: "float|None",
    },
  },
);

const ALLOWED: Record<NoiseMode, string[]> = {
  gaussian: ["mean", "var"],
  speckle: ["mean", "var"],
  localvar: ["local_vars"],
  poisson: [],
  salt: ["amount"],
  pepper: ["amount"],
  "s&p": ["amount", "salt_vs_pepper"],
};

function pyList(names: readonly string[]): string {
  return `[${names.map((n) => `'${n}'`).join(", ")}]`;
}

/** Python's `x ** 0.5` for a float: the square root (a negative variance has no real root). */
function stdOf(variance: number): number {
  if (variance < 0) throw new PyTypeError("float() argument must be a string or a real number, not 'complex'");
  return Math.sqrt(variance) + 0; // (-0.0) ** 0.5 is 0.0
}

function minOf(d: ArrayLike<number>): number {
  let m = Infinity;
  for (let i = 0; i < d.length; i++) {
    const v = d[i];
    if (v < m || v !== v) m = v;
    if (m !== m) return m;
  }
  return m;
}

function maxOf(d: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < d.length; i++) {
    const v = d[i];
    if (v > m || v !== v) m = v;
    if (m !== m) return m;
  }
  return m;
}

/** len(np.unique(values)): distinct values, -0 equal to 0, all NaNs counted once. */
function countUnique(d: ArrayLike<number>): number {
  const sorted = Float64Array.from(d).sort();
  let n = 0;
  let sawNaN = false;
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i];
    if (v !== v) sawNaN = true;
    else if (i === 0 || v !== sorted[i - 1]) n++;
  }
  return n + (sawNaN ? 1 : 0);
}

/** np.clip(out, lo, hi) in place (NaN stays NaN). */
function clipInPlace(d: Float64Array | Float32Array, lo: number, hi: number): void {
  for (let i = 0; i < d.length; i++) {
    const v = d[i];
    if (v < lo) d[i] = lo;
    else if (v > hi) d[i] = hi;
  }
}

/** Bernoulli(p) trials as scikit-image's _bernoulli: no draws for p of 0 or 1, else random() <= p. */
function bernoulli(rng: Generator, p: number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  if (p === 0) return out;
  if (p === 1) return out.fill(1);
  const u = new Float64Array(n);
  rng.bit_generator.fillDoubles(u);
  for (let i = 0; i < n; i++) out[i] = u[i] <= p ? 1 : 0;
  return out;
}

/**
 * `skimage.util.random_noise(image, mode='gaussian', seed=None, clip=True, **kwargs)`: adds
 * noise to a floating-point copy of the image (converted with img_as_float). Draws come from
 * `np.random.default_rng(seed)` exactly as in scikit-image 0.19 with NumPy 1.24, so the same
 * integer seed gives the same noisy image.
 * Modes: "gaussian" (additive, `mean`, `var`), "localvar" (additive, per-pixel `local_vars`),
 * "poisson" (counts at the image scaled by the next power of two above its number of unique
 * values), "salt", "pepper", "s&p" (`amount` of the pixels set to 1 or to the low value, salt
 * for a `salt_vs_pepper` fraction), "speckle" (out = image + n * image).
 * The image is signed when it has negative values: the low value is then -1 instead of 0.
 * Returns float64 (float32 input keeps float32 in the salt/pepper modes, as NumPy's copy does).
 * The mode parameters (Python's **kwargs) default to mean 0, var 0.01, local_vars 0.01,
 * amount 0.05 and salt_vs_pepper 0.5.
 */
export function random_noise(
  image: NDArrayLike, ...rest: PyArgs<[mode: NoiseMode | string, seed: RNGSeed | null, clip: boolean, options: RandomNoiseOptions], RandomNoiseOptions>
): NDArray;
export function random_noise(...args: unknown[]): NDArray {
  const bound = RANDOM_NOISE.bind(args);
  const image = bound.image as NDArrayLike;
  // null is "not given", as a missing **kwargs key
  const options: RandomNoiseOptions = {};
  for (const key of ["mean", "var", "local_vars", "amount", "salt_vs_pepper"] as const) if (bound[key] !== null) options[key] = bound[key];
  options.mode = bound.mode;
  options.seed = bound.seed;
  options.clip = bound.clip;
  const mode = (options.mode ?? "gaussian").toLowerCase() as NoiseMode;
  // scikit-image looks the mode up in a dict: an unknown one is a KeyError naming it
  if (!Object.prototype.hasOwnProperty.call(ALLOWED, mode)) throw new KeyError(`'${mode}'`);
  const allowed = ALLOWED[mode];
  for (const key of ["mean", "var", "local_vars", "amount", "salt_vs_pepper"] as const) {
    if (options[key] !== undefined && !allowed.includes(key)) {
      throw new ValueError(`${key} keyword not in allowed keywords ${pyList(allowed)}`);
    }
  }
  const input = asNDArray(image, "image");
  const lowClip = minOf(contiguousStorage(input)) < 0 ? -1 : 0;
  const img = img_as_float(input);
  const rng = default_rng(options.seed ?? undefined);
  const shape = img.shape.slice();
  const src = contiguousStorage(img);
  const n = src.length;
  const single = img.dtype === float32;

  let out: Float64Array | Float32Array;
  let outShape = shape;
  switch (mode) {
    case "gaussian":
    case "speckle": {
      const mean = options.mean ?? 0;
      const std = stdOf(options.var ?? 0.01);
      // noise = mean + std * z as rng.normal(mean, std) draws it, added (and clipped) in the
      // same pass; the fresh standard normals take the result in place
      const z = contiguousStorage(rng.standard_normal(shape) as NDArray) as Float64Array;
      out = z;
      if (mode === "speckle") {
        for (let i = 0; i < n; i++) out[i] = src[i] + src[i] * (mean + std * z[i]);
      } else if (options.clip ?? true) {
        for (let i = 0; i < n; i++) {
          const v = src[i] + (mean + std * z[i]);
          out[i] = v < lowClip ? lowClip : v > 1 ? 1 : v;
        }
        return NDArray.fromStorage(out, outShape, float64);
      } else {
        for (let i = 0; i < n; i++) out[i] = src[i] + (mean + std * z[i]);
      }
      break;
    }
    case "localvar": {
      let lv: NDArray;
      if (options.local_vars === undefined) {
        lv = NDArray.fromStorage(new Float64Array(n).fill(0.01), shape, float64);
      } else {
        lv = asNDArray(options.local_vars, "local_vars");
      }
      const lvData = contiguousStorage(lv);
      for (let i = 0; i < lvData.length; i++) {
        if (lvData[i] <= 0) throw new ValueError("All values of `local_vars` must be > 0.");
      }
      const lvSingle = lv.dtype === float32;
      const std = new Float64Array(lvData.length);
      for (let i = 0; i < std.length; i++) {
        const s = Math.sqrt(lvData[i]);
        std[i] = lvSingle ? Math.fround(s) : s;
      }
      const noise = rng.normal(0, NDArray.fromStorage(std, lv.shape.slice(), float64)) as NDArray;
      try {
        outShape = broadcastShapes([shape, lv.shape]);
      } catch {
        throw new ValueError(`operands could not be broadcast together with shapes ${shapeStr(shape)} ${shapeStr(lv.shape)}`);
      }
      const a = expandParam({ data: src, shape }, outShape);
      const b = expandParam({ data: contiguousStorage(noise), shape: noise.shape.slice() }, outShape);
      out = new Float64Array(a.length);
      for (let i = 0; i < a.length; i++) out[i] = a[i] + b[i];
      break;
    }
    case "poisson": {
      const vals = 2 ** Math.ceil(Math.log2(countUnique(src)));
      let base: ArrayLike<number> = src;
      let oldMax = 0;
      if (lowClip === -1) {
        oldMax = maxOf(src);
        const shifted = single ? new Float32Array(n) : new Float64Array(n);
        // In float32, NumPy divides by the float64 sum old_max + 1 cast to float32.
        const div = single ? Math.fround(oldMax + 1) : oldMax + 1;
        for (let i = 0; i < n; i++) shifted[i] = (src[i] + 1) / div;
        base = shifted;
      }
      const lam = single ? new Float32Array(n) : new Float64Array(n);
      for (let i = 0; i < n; i++) lam[i] = base[i] * vals;
      const counts = contiguousStorage(rng.poisson(NDArray.fromStorage(lam, shape, single ? float32 : float64)) as NDArray);
      out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = counts[i] / vals;
      if (lowClip === -1) for (let i = 0; i < n; i++) out[i] = out[i] * (oldMax + 1) - 1;
      break;
    }
    case "salt":
    case "pepper":
    case "s&p": {
      const amount = options.amount ?? 0.05;
      const q = mode === "salt" ? 1 : mode === "pepper" ? 0 : options.salt_vs_pepper ?? 0.5;
      // The salt and pepper modes re-enter as "s&p" on the float image, whose own low value
      // and clipping are the same as the outer call's.
      out = single ? new Float32Array(src) : new Float64Array(src);
      const flipped = bernoulli(rng, amount, n);
      const salted = bernoulli(rng, q, n);
      for (let i = 0; i < n; i++) {
        if (flipped[i]) out[i] = salted[i] ? 1 : lowClip;
      }
      if (mode !== "s&p") clipInPlace(out, lowClip, 1);
      break;
    }
  }
  if (options.clip ?? true) clipInPlace(out, lowClip, 1);
  return NDArray.fromStorage(out, outShape, out instanceof Float32Array ? float32 : float64);
}
pyfunction(RANDOM_NOISE, random_noise);
