/**
 * `sklearn.datasets.make_classification`, replaying scikit-learn 1.2's sequence of generator
 * calls and floating-point operations so the same random_state gives the same X and y.
 */
import { IndexError, ValueError } from "../../errors";
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { uninitStorage } from "../../np/alloc";
import { releaseHeapArray } from "../../np/heap/heap";
import { float64, int64 } from "../../np/dtype";
import { RandomState } from "../../np/random/RandomState";
import { shuffleIndices } from "../../np/random/shuffle";
import { PyArgs, pyfunction, signature } from "../../signature";
import { RANDOM_STATE, RandomStateLike, check_random_state } from "../utils/check_random_state";
import { NEGATIVE_DIMENSIONS, ZeroDivisionError } from "../errors";
import { clusterCentroids, formClusters } from "./clusters";
import { dotRows } from "./dot";
import { fillGaussColumns } from "./gauss_columns";
import { placeShuffled } from "./place_shuffled";
import { uniform01, uniformSigned } from "./uniform";

/** Keyword arguments of make_classification (scikit-learn's names and defaults). */
export interface MakeClassificationOptions {
  n_samples?: number;
  n_features?: number;
  n_informative?: number;
  n_redundant?: number;
  n_repeated?: number;
  n_classes?: number;
  n_clusters_per_class?: number;
  weights?: readonly number[] | null;
  flip_y?: number;
  class_sep?: number;
  hypercube?: boolean;
  /** A number, one value per feature, or null for random shifts in [-class_sep, class_sep]. */
  shift?: number | readonly number[] | null;
  /** A number, one value per feature, or null for random scales in [1, 101]. */
  scale?: number | readonly number[] | null;
  shuffle?: boolean;
  random_state?: RandomStateLike;
}

function perFeature(v: number | readonly number[], nSamples: number, nFeatures: number): Float64Array {
  if (typeof v === "number") return new Float64Array(nFeatures).fill(v);
  if (v.length !== nFeatures) {
    const x = `(${nSamples},${nFeatures})`;
    throw new ValueError(`operands could not be broadcast together with shapes ${x} (${v.length},) ${x} `);
  }
  return Float64Array.from(v);
}

const MAKE_CLASSIFICATION = signature(
  "sklearn.datasets.make_classification(n_samples=100, n_features=20, *, n_informative=2, n_redundant=2, n_repeated=0, n_classes=2, n_clusters_per_class=2, weights=None, flip_y=0.01, class_sep=1.0, hypercube=True, shift=0.0, scale=1.0, shuffle=True, random_state=None)",
  {
    types: {
      n_samples: "int", n_features: "int", n_informative: "int", n_redundant: "int", n_repeated: "int", n_classes: "int",
      n_clusters_per_class: "int", weights: "sequence|None", flip_y: "float", class_sep: "float", hypercube: "bool",
      shift: "float|sequence|None", scale: "float|sequence|None", shuffle: "bool", random_state: RANDOM_STATE,
    },
  },
);

/**
 * `sklearn.datasets.make_classification(n_samples=100, n_features=20, *, n_informative=2, n_redundant=2,
 * n_repeated=0, n_classes=2, n_clusters_per_class=2, weights=None, flip_y=0.01,
 * class_sep=1.0, hypercube=True, shift=0.0, scale=1.0, shuffle=True, random_state=None)`:
 * Gaussian clusters on the vertices of a hypercube, plus redundant, repeated and noise
 * features. Returns [X (n_samples x n_features float64), y (int64 labels)].
 */
export function make_classification(
  ...args: PyArgs<[n_samples: number, n_features: number, options: MakeClassificationOptions], MakeClassificationOptions>
): [NDArray, NDArray] {
  const options = MAKE_CLASSIFICATION.bind(args) as Required<MakeClassificationOptions>;
  const nSamples = options.n_samples;
  const nFeatures = options.n_features;
  const nInformative = options.n_informative;
  const nRedundant = options.n_redundant;
  const nRepeated = options.n_repeated;
  const nClasses = options.n_classes;
  const nClustersPerClass = options.n_clusters_per_class;
  const flipY = options.flip_y;
  const classSep = options.class_sep;
  const hypercube = options.hypercube;
  const shiftOpt = options.shift;
  const scaleOpt = options.scale;
  const doShuffle = options.shuffle;
  const rs = check_random_state(options.random_state);

  if (nInformative + nRedundant + nRepeated > nFeatures) {
    throw new ValueError("Number of informative, redundant and repeated features must sum to less than the number of total features");
  }
  if (nInformative < Math.log2(nClasses * nClustersPerClass)) {
    throw new ValueError(
      `n_classes(${nClasses}) * n_clusters_per_class(${nClustersPerClass}) must be smaller or equal 2**n_informative(${nInformative})=${2 ** nInformative}`,
    );
  }
  // scikit-learn goes on with negative counts, into results that are not worth replaying
  if (nRedundant < 0) MAKE_CLASSIFICATION.notSupported("n_redundant", nRedundant);
  if (nRepeated < 0) MAKE_CLASSIFICATION.notSupported("n_repeated", nRepeated);
  if (nClasses === 0) throw new ZeroDivisionError("float division by zero");
  if (nClustersPerClass === 0) throw new ZeroDivisionError("integer modulo by zero");
  if ((nClasses < 0 || nClustersPerClass < 0) && nSamples > 0) throw new IndexError("list index out of range");
  if (nSamples < 0 || nInformative < 0) throw new ValueError(NEGATIVE_DIMENSIONS);
  let weights: number[];
  if (options.weights !== undefined && options.weights !== null) {
    const w = options.weights;
    if (w.length !== nClasses && w.length !== nClasses - 1) {
      throw new ValueError("Weights specified but incompatible with number of classes.");
    }
    weights = w.slice();
    if (w.length === nClasses - 1) {
      let sum = 0;
      for (const v of w) sum += v;
      weights.push(1.0 - sum);
    }
  } else {
    weights = new Array<number>(nClasses).fill(1.0 / nClasses);
  }

  const nUseless = nFeatures - nInformative - nRedundant - nRepeated;
  const nClusters = nClasses * nClustersPerClass;
  const perCluster: number[] = [];
  for (let k = 0; k < nClusters; k++) {
    perCluster.push(Math.trunc((nSamples * weights[k % nClasses]) / nClustersPerClass));
  }
  const assigned = perCluster.reduce((a, b) => a + b, 0);
  for (let i = 0; i < nSamples - assigned; i++) perCluster[i % nClusters] += 1;

  const nf = nFeatures;
  const ni = nInformative;
  // Informative, redundant and repeated features live in X (row width w), the noise
  // ("useless") features in their own buffer; the final pass shuffles both into the output.
  const w = nf - nUseless;
  // Every element of these is written before it is read.
  const X = uninitStorage(Float64Array, nSamples * w) as Float64Array;
  const y = uninitStorage(Float64Array, nSamples) as Float64Array;

  const centroids = clusterCentroids(rs, nClusters, ni, classSep, hypercube);

  // Informative features: standard normal, then per-cluster covariance and centroid
  fillGaussColumns(rs, X, nSamples, w, 0, ni);
  formClusters(rs, X, w, ni, perCluster, centroids, y, nClasses);

  if (nRedundant > 0) {
    const B = uniformSigned(rs, ni * nRedundant);
    dotRows(X, 0, nSamples, w, 0, ni, B, nRedundant, X, 0, w, ni);
  }
  if (nRepeated > 0) {
    const n = ni + nRedundant;
    const u = uniform01(rs, nRepeated);
    const from = Int32Array.from(u, (v) => Math.trunc((n - 1) * v + 0.5));
    copyColumns(X, nSamples, w, from, n);
  }

  const noise = uninitStorage(Float64Array, nSamples * nUseless) as Float64Array;
  rs._mt.fillGauss(noise);

  if (flipY >= 0.0) flipLabels(rs, y, flipY, nClasses);

  let shift: Float64Array;
  if (shiftOpt === null) {
    shift = uniformSigned(rs, nf);
    for (let j = 0; j < nf; j++) shift[j] *= classSep;
  } else {
    shift = perFeature(shiftOpt, nSamples, nf);
  }
  let scale: Float64Array;
  if (scaleOpt === null) {
    scale = uniform01(rs, nf);
    for (let j = 0; j < nf; j++) scale[j] = 1 + 100 * scale[j];
  } else {
    scale = perFeature(scaleOpt, nSamples, nf);
  }

  // Row and column permutations, drawn in scikit-learn's order
  const rows = identity(nSamples);
  const cols = identity(nf);
  if (doShuffle) {
    shuffleIndices(rs._mt, rows);
    shuffleIndices(rs._mt, cols);
  }
  const [outX, outY] = placeShuffled(X, w, noise, nf, y, shift, scale, rows, cols);
  // the working arrays die here: their pages go straight to the next large array
  releaseHeapArray(X);
  releaseHeapArray(noise);
  releaseHeapArray(y);
  return [NDArray.fromStorage(outX, [nSamples, nf], float64), NDArray.fromStorage(outY, [nSamples], int64)];
}
pyfunction(MAKE_CLASSIFICATION, make_classification);

function identity(n: number): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  return p;
}

/** X[:, first + j] = X[:, from[j]] (`X[:, n : n + n_repeated] = X[:, indices]`). */
function copyColumns(X: Float64Array, nSamples: number, width: number, from: Int32Array, first: number): void {
  for (let r = 0; r < nSamples; r++) {
    const base = r * width;
    for (let j = 0; j < from.length; j++) X[base + first + j] = X[base + from[j]];
  }
}

/** `y[uniform(size=n) < flip_y] = randint(n_classes, size=flips)`. */
function flipLabels(rs: RandomState, y: Float64Array, flipY: number, nClasses: number): void {
  const u = uniform01(rs, y.length);
  const flip = new Int32Array(y.length);
  let count = 0;
  for (let r = 0; r < u.length; r++) if (u[r] < flipY) flip[count++] = r;
  const labels = contiguousStorage(rs.randint(nClasses, null, [count]));
  for (let i = 0; i < count; i++) y[flip[i]] = labels[i];
}
