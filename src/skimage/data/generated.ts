/**
 * `skimage.data`'s synthetic images: binary_blobs (random blobs from NumPy's Generator) and
 * the Shepp-Logan phantom (a PNG scikit-image ships, read as gray float64).
 */
import { join } from "node:path";
import { NDArray } from "../../np/ndarray";
import { bool } from "../../np/dtype";
import { default_rng, type RNGSeed } from "../../np/random/generator/generator";
import { quantilePositions, quantileValue } from "../../np/reduce/quantile-methods";
import { correlate1d, gaussianFilter, gaussianKernel } from "../_internal/correlate";
import { readFloat64 } from "../_internal/arrays";
import { ValueError } from "../../errors";
import { imread } from "../io/imread";
import { PyArgs, Signature, pyfunction, signature } from "../../signature";

const BINARY_BLOBS = signature("skimage.data.binary_blobs(length=512, blob_size_fraction=0.1, n_dim=2, volume_fraction=0.5, seed=None)", {
  types: { length: "int", blob_size_fraction: "float", n_dim: "int", volume_fraction: "float", seed: "any" },
});

/** Keyword arguments of binary_blobs. */
export interface BinaryBlobsOptions {
  length?: number;
  blob_size_fraction?: number;
  n_dim?: number;
  volume_fraction?: number;
  seed?: RNGSeed | null;
}

/**
 * `skimage.data.binary_blobs(length=512, blob_size_fraction=0.1, n_dim=2, volume_fraction=0.5,
 * seed=None)`: a bool image of rounded blobs. As scikit-image: (1/blob_size_fraction)^n_dim
 * random points from `numpy.random.default_rng(seed)`, Gaussian-blurred with sigma
 * 0.25 * length * blob_size_fraction, thresholded at the percentile that leaves
 * `volume_fraction` of the pixels set. The same seed gives scikit-image's image.
 */
export function binary_blobs(...args: PyArgs<[length: number, blob_size_fraction: number, n_dim: number, volume_fraction: number, seed: RNGSeed | null, options: BinaryBlobsOptions], BinaryBlobsOptions>): NDArray;
export function binary_blobs(...args: unknown[]): NDArray {
  const { length, blob_size_fraction, n_dim, volume_fraction, seed } = BINARY_BLOBS.bind(args);
  const rng = default_rng(seed ?? undefined);
  const shape = new Array<number>(n_dim).fill(length);
  let size = 1;
  for (const s of shape) size *= s;
  const mask = new Float64Array(size);
  const nPts = Math.max(Math.trunc(1 / blob_size_fraction) ** n_dim, 1);
  const points = readFloat64(rng.random([n_dim, nPts]) as NDArray);
  for (let p = 0; p < nPts; p++) {
    let flat = 0;
    for (let d = 0; d < n_dim; d++) flat = flat * length + Math.trunc(length * points[d * nPts + p]);
    mask[flat] = 1;
  }
  const sigma = 0.25 * length * blob_size_fraction;
  const smooth = n_dim === 2 && sigma > 1e-15 ? sparseGaussian2d(mask, length, sigma) : gaussianFilter(mask, shape, shape.map(() => sigma), "nearest", 0, 4.0);
  // np.percentile's linear method on the sorted values (a typed sort: no NaN can occur here)
  const q = 100 * (1 - volume_fraction);
  if (!(q >= 0 && q <= 100)) throw new ValueError("Percentiles must be in the range [0, 100]");
  let threshold = NaN;
  if (size) {
    // only the two values around the percentile need their sorted places
    const partial = Float64Array.from(smooth);
    const [previous, next] = quantilePositions(size, q / 100, "linear");
    selectInPlace(partial, previous);
    if (next !== previous) selectInPlace(partial.subarray(previous + 1), next - previous - 1);
    threshold = quantileValue(partial, 0, size, q / 100, "linear", false);
  }
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = smooth[i] < threshold ? 0 : 1;
  return NDArray.fromStorage(out, shape, bool);
}
pyfunction(BINARY_BLOBS, binary_blobs);

/**
 * gaussianFilter(mask, [n, n], sigma, 'nearest') for a square mask of few points: the pass down
 * the columns runs only on the columns holding a point (gathered side by side; every other
 * column stays 0), then the pass along the rows on the whole image. Each value is the same sum.
 */
function sparseGaussian2d(mask: Float64Array, n: number, sigma: number): Float64Array {
  const kernel = gaussianKernel(sigma, 4.0);
  const used: number[] = [];
  for (let c = 0; c < n; c++) {
    for (let r = 0; r < n; r++) {
      if (mask[r * n + c] !== 0) {
        used.push(c);
        break;
      }
    }
  }
  const k = used.length;
  const columns = new Float64Array(n * k);
  for (let r = 0; r < n; r++) for (let j = 0; j < k; j++) columns[r * k + j] = mask[r * n + used[j]];
  const down = correlate1d(columns, [n, k], 0, kernel, "nearest");
  const full = new Float64Array(n * n);
  for (let r = 0; r < n; r++) for (let j = 0; j < k; j++) full[r * n + used[j]] = down[r * k + j];
  return correlate1d(full, [n, n], 1, kernel, "nearest");
}

/**
 * Puts the kth smallest of `a` (no NaN) at a[kth], smaller values before it and larger after:
 * quickselect with a median-of-three pivot and three-way partitions (runs of equal values
 * end the search at once).
 */
function selectInPlace(a: Float64Array, kth: number): void {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const x = a[lo];
    const y = a[mid];
    const z = a[hi];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    // [lo, lt) < pivot, [lt, i) == pivot, (gt, hi] > pivot
    let lt = lo;
    let gt = hi;
    let i = lo;
    while (i <= gt) {
      const v = a[i];
      if (v < pivot) {
        a[i++] = a[lt];
        a[lt++] = v;
      } else if (v > pivot) {
        a[i] = a[gt];
        a[gt--] = v;
      } else {
        i++;
      }
    }
    if (kth < lt) hi = lt - 1;
    else if (kth > gt) lo = gt + 1;
    else return;
  }
}

const PHANTOM: Signature = signature("skimage.data.shepp_logan_phantom()");
let phantom: NDArray | undefined;

/**
 * `skimage.data.shepp_logan_phantom()`: the Shepp-Logan phantom, (400, 400) float64 in [0, 1].
 * Like scikit-image, read from its phantom.png (RGB) as gray (rgb2gray luminance). Public domain.
 */
export function shepp_logan_phantom(): NDArray {
  if (arguments.length > 0) PHANTOM.bind(arguments);
  phantom ??= imread(join(__dirname, "..", "..", "..", "data", "skimage", "phantom.png"), { as_gray: true });
  return phantom.copy();
}
pyfunction(PHANTOM, shepp_logan_phantom);
