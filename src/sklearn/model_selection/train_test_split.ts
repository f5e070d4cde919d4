/**
 * `sklearn.model_selection.train_test_split`: the split scikit-learn 1.2 makes, via
 * ShuffleSplit's single `rng.permutation(n_samples)` (test rows first, then train rows).
 */
import { ValueError } from "../../errors";
import { contiguousStorage } from "../../np/contiguous";
import { pyfunction, signature } from "../../signature";
import { RANDOM_STATE, RandomStateLike, check_random_state } from "../utils/check_random_state";
import { Indexable, checkConsistentLength, numSamples, takeRows } from "../utils/indexing";
import { Labels, stratifiedSplit } from "./stratified";

/** Keyword arguments of train_test_split. Integers are sample counts, fractions proportions. */
export interface TrainTestSplitOptions {
  test_size?: number | null;
  train_size?: number | null;
  random_state?: RandomStateLike;
  shuffle?: boolean;
  /** Class labels: keep each class's proportion in both parts (StratifiedShuffleSplit). */
  stratify?: Labels | null;
}

function py(v: number | null | undefined): string {
  return v === null || v === undefined ? "None" : String(v);
}

type Kind = "i" | "f" | null;
const kindOf = (v: number | null | undefined): Kind =>
  v === null || v === undefined ? null : Number.isInteger(v) ? "i" : "f";

/** scikit-learn's `_validate_shuffle_split`: [n_train, n_test] with its error messages. */
export function validateShuffleSplit(
  nSamples: number, testSize: number | null | undefined, trainSize: number | null | undefined, defaultTest = 0.25,
): [number, number] {
  if ((testSize === null || testSize === undefined) && (trainSize === null || trainSize === undefined)) testSize = defaultTest;
  const tk = kindOf(testSize);
  const rk = kindOf(trainSize);
  const ts = testSize as number;
  const rsz = trainSize as number;
  if ((tk === "i" && (ts >= nSamples || ts <= 0)) || (tk === "f" && (ts <= 0 || ts >= 1))) {
    throw new ValueError(`test_size=${py(testSize)} should be either positive and smaller than the number of samples ${nSamples} or a float in the (0, 1) range`);
  }
  if ((rk === "i" && (rsz >= nSamples || rsz <= 0)) || (rk === "f" && (rsz <= 0 || rsz >= 1))) {
    throw new ValueError(`train_size=${py(trainSize)} should be either positive and smaller than the number of samples ${nSamples} or a float in the (0, 1) range`);
  }
  if (rk === "f" && tk === "f" && rsz + ts > 1) {
    throw new ValueError(`The sum of test_size and train_size = ${rsz + ts}, should be in the (0, 1) range. Reduce test_size and/or train_size.`);
  }
  let nTest = tk === "f" ? Math.ceil(ts * nSamples) : tk === "i" ? ts : NaN;
  let nTrain = rk === "f" ? Math.floor(rsz * nSamples) : rk === "i" ? rsz : NaN;
  if (rk === null) nTrain = nSamples - nTest;
  else if (tk === null) nTest = nSamples - nTrain;
  if (nTrain + nTest > nSamples) {
    throw new ValueError(`The sum of train_size and test_size = ${Math.trunc(nTrain + nTest)}, should be smaller than the number of samples ${nSamples}. Reduce test_size and/or train_size.`);
  }
  nTrain = Math.trunc(nTrain);
  nTest = Math.trunc(nTest);
  if (nTrain === 0) {
    throw new ValueError(`With n_samples=${nSamples}, test_size=${py(testSize)} and train_size=${py(trainSize)}, the resulting train set will be empty. Adjust any of the aforementioned parameters.`);
  }
  return [nTrain, nTest];
}

const TRAIN_TEST_SPLIT = signature(
  "sklearn.model_selection.train_test_split(*arrays, test_size=None, train_size=None, random_state=None, shuffle=True, stratify=None)",
  { types: { test_size: "float|None", train_size: "float|None", random_state: RANDOM_STATE, shuffle: "bool", stratify: "array_like|None" } },
);

/**
 * `sklearn.model_selection.train_test_split(*arrays, test_size=None, train_size=None, random_state=None,
 * shuffle=True)`: splits each array's rows into train and test parts and returns
 * [a_train, a_test, b_train, b_test, ...]. Pass the options object last. A whole number
 * is a sample count and a fraction a proportion (Python's int/float distinction).
 * With `stratify: labels` the split keeps class proportions (StratifiedShuffleSplit).
 */
export function train_test_split<T extends Indexable>(...args: (T | TrainTestSplitOptions)[]): T[] {
  const options = TRAIN_TEST_SPLIT.bind(args) as Required<TrainTestSplitOptions>;
  const arrays = (options as unknown as { arrays: T[] }).arrays;
  if (arrays.length === 0) throw new ValueError("At least one array required as input");
  checkConsistentLength(arrays);
  const n = numSamples(arrays[0]);
  const [nTrain, nTest] = validateShuffleSplit(n, options.test_size, options.train_size, 0.25);
  let train: ArrayLike<number>;
  let test: ArrayLike<number>;
  const stratify = options.stratify;
  if (!options.shuffle) {
    if (stratify !== null) throw new ValueError("Stratified train/test split is not implemented for shuffle=False");
    train = Array.from({ length: nTrain }, (_, i) => i);
    test = Array.from({ length: nTest }, (_, i) => nTrain + i);
  } else {
    const rs = check_random_state(options.random_state);
    if (stratify !== null) {
      [train, test] = stratifiedSplit(stratify, n, nTrain, nTest, rs);
    } else {
      const perm = contiguousStorage(rs.permutation(n));
      test = perm.subarray(0, nTest);
      train = perm.subarray(nTest, nTest + nTrain);
    }
  }
  const out: T[] = [];
  for (const a of arrays) out.push(takeRows(a, train), takeRows(a, test));
  return out;
}
pyfunction(TRAIN_TEST_SPLIT, train_test_split);
