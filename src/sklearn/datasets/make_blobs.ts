/**
 * `sklearn.datasets.make_blobs`, replaying scikit-learn 1.2's generator calls (uniform
 * centers, one normal draw per blob, then a row shuffle) for identical output.
 */
import { IndexError, ValueError } from "../../errors";
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float64, int64 } from "../../np/dtype";
import { shuffleIndices } from "../../np/random/shuffle";
import { readParam } from "../../np/random/args";
import { PyArgs, pyfunction, signature } from "../../signature";
import { RANDOM_STATE, RandomStateLike, check_random_state } from "../utils/check_random_state";
import { NEGATIVE_DIMENSIONS, ZeroDivisionError } from "../errors";

/** Keyword arguments of make_blobs (scikit-learn's names and defaults). */
export interface MakeBlobsOptions {
  /** Total samples split evenly over the centers, or the count for each center. */
  n_samples?: number | readonly number[];
  n_features?: number;
  /** Number of centers (default 3), or their coordinates (n_centers x n_features). */
  centers?: number | NDArray | readonly (readonly number[])[] | null;
  cluster_std?: number | readonly number[];
  center_box?: readonly [number, number];
  shuffle?: boolean;
  random_state?: RandomStateLike;
  return_centers?: boolean;
}

const MAKE_BLOBS = signature(
  "sklearn.datasets.make_blobs(n_samples=100, n_features=2, *, centers=None, cluster_std=1.0, center_box=(-10.0, 10.0), shuffle=True, random_state=None, return_centers=False)",
  {
    types: {
      n_samples: ["int", "sequence"], n_features: "int", centers: "int|array_like|None", cluster_std: "float|sequence",
      center_box: "sequence", shuffle: "bool", random_state: RANDOM_STATE, return_centers: "bool",
    },
  },
);

type BlobsArgs<O> = PyArgs<[n_samples: number | readonly number[], n_features: number, options: O], O>;

/**
 * `sklearn.datasets.make_blobs(n_samples=100, n_features=2, *, centers=None, cluster_std=1.0,
 * center_box=(-10.0, 10.0), shuffle=True, random_state=None, return_centers=False)`:
 * isotropic Gaussian blobs. Returns [X, y] or, with return_centers, [X, y, centers].
 */
export function make_blobs(...args: BlobsArgs<MakeBlobsOptions & { return_centers: true }>): [NDArray, NDArray, NDArray];
export function make_blobs(...args: BlobsArgs<MakeBlobsOptions & { return_centers?: false }>): [NDArray, NDArray];
export function make_blobs(...args: BlobsArgs<MakeBlobsOptions>): [NDArray, NDArray] | [NDArray, NDArray, NDArray];
export function make_blobs(...args: unknown[]): [NDArray, NDArray] | [NDArray, NDArray, NDArray] {
  const options = MAKE_BLOBS.bind(args) as Required<MakeBlobsOptions>;
  const nSamplesOpt = options.n_samples;
  let nFeatures = options.n_features;
  const box = options.center_box;
  if (box.length < 2) throw new IndexError("tuple index out of range");
  let centersOpt = options.centers;
  if (nFeatures < 0 || (typeof nSamplesOpt === "number" && nSamplesOpt < 0) || (typeof centersOpt === "number" && centersOpt < 0)) {
    throw new ValueError(NEGATIVE_DIMENSIONS);
  }
  if (typeof nSamplesOpt !== "number" && nSamplesOpt.length === 0) {
    throw new ValueError(`Found array with 0 sample(s) (shape=(0, ${nFeatures})) while a minimum of 1 is required.`);
  }
  const rs = check_random_state(options.random_state);
  let nCenters: number;
  let centers: Float64Array;
  const drawCenters = (n: number): Float64Array =>
    contiguousStorage(rs.uniform(box[0], box[1], [n, nFeatures])) as Float64Array;
  const readCenters = (c: NDArray | readonly (readonly number[])[]): Float64Array => {
    const p = readParam(c, "centers");
    if (p.shape.length !== 2) throw new ValueError(`Expected 2D array, got ${p.shape.length}D array instead`);
    nCenters = p.shape[0];
    nFeatures = p.shape[1];
    return Float64Array.from(p.data);
  };
  if (typeof nSamplesOpt === "number") {
    if (centersOpt === null) centersOpt = 3;
    if (typeof centersOpt === "number") {
      nCenters = centersOpt;
      centers = drawCenters(nCenters);
    } else {
      centers = readCenters(centersOpt);
    }
  } else {
    nCenters = nSamplesOpt.length;
    if (centersOpt === null) {
      centers = drawCenters(nCenters);
    } else if (typeof centersOpt === "number") {
      throw new ValueError(`Parameter \`centers\` must be array-like. Got ${centersOpt} instead`);
    } else {
      const expected = nCenters;
      centers = readCenters(centersOpt);
      if (nCenters !== expected) {
        throw new ValueError(`Length of \`n_samples\` not consistent with number of centers. Got n_samples = [${nSamplesOpt.join(", ")}] and centers = ${nCenters} centers`);
      }
    }
  }
  nCenters = nCenters!;
  const stdOpt = options.cluster_std ?? 1.0;
  if (typeof stdOpt !== "number" && stdOpt.length !== nCenters) {
    throw new ValueError(`Length of \`clusters_std\` not consistent with number of centers. Got centers = ${nCenters} centers and cluster_std = [${stdOpt.join(", ")}]`);
  }
  const stds = typeof stdOpt === "number" ? new Array<number>(nCenters).fill(stdOpt) : stdOpt;

  let perCenter: number[];
  if (typeof nSamplesOpt === "number") {
    if (nCenters === 0) throw new ZeroDivisionError("integer division or modulo by zero");
    perCenter = new Array<number>(nCenters).fill(Math.floor(nSamplesOpt / nCenters));
    for (let i = 0; i < nSamplesOpt % nCenters; i++) perCenter[i] += 1;
  } else {
    perCenter = nSamplesOpt.slice();
  }
  const total = perCenter.reduce((a, b) => a + b, 0);
  const nf = nFeatures;
  const X = new Float64Array(total * nf);
  const y = new Float64Array(total);
  let start = 0;
  const blobs = Math.min(perCenter.length, stds.length);
  for (let i = 0; i < blobs; i++) {
    const n = perCenter[i];
    const loc = Array.from(centers.subarray(i * nf, (i + 1) * nf));
    const draw = contiguousStorage(rs.normal(loc, stds[i], [n, nf]));
    X.set(draw, start * nf);
    y.fill(i, start, start + n);
    start += n;
  }

  let outX = X;
  const doShuffle = options.shuffle;
  let outY = y;
  if (doShuffle) {
    const rows = new Float64Array(total);
    for (let i = 0; i < total; i++) rows[i] = i;
    shuffleIndices(rs._mt, rows);
    outX = new Float64Array(total * nf);
    outY = new Float64Array(total);
    for (let r = 0; r < total; r++) {
      outX.set(X.subarray(rows[r] * nf, rows[r] * nf + nf), r * nf);
      outY[r] = y[rows[r]];
    }
  }
  const result: [NDArray, NDArray] = [NDArray.fromStorage(outX, [total, nf], float64), NDArray.fromStorage(outY, [total], int64)];
  if (options.return_centers) return [...result, NDArray.fromStorage(centers, [nCenters, nf], float64)];
  return result;
}
pyfunction(MAKE_BLOBS, make_blobs);
