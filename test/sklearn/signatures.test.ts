/**
 * Every public function of sklearn carries its Python signature, and bad calls raise what
 * scikit-learn 1.2 raises (class and message from test/golden/sklearn/bad_input.json).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, sklearn } from "../../src";
import { signatureOf } from "../../src/signature";
import { replayBadInput } from "../skimage/_bad_input";

const { make_classification, make_blobs } = sklearn.datasets;
const { train_test_split } = sklearn.model_selection;
const { shuffle, check_random_state } = sklearn.utils;
const anyFn = (f: unknown) => f as (...args: unknown[]) => unknown;



test("parameters may be given positionally where Python allows", () => {
  const [X1, y1] = make_classification(30, 4, { random_state: 0 });
  const [X2, y2] = make_classification({ n_samples: 30, n_features: 4, random_state: 0 });
  assert.equal(X1.shape, [30, 4]);
  assert.equal(X1.tolist(), X2.tolist());
  assert.equal(y1.tolist(), y2.tolist());
  const [B1] = make_blobs(12, 3, { random_state: 1 });
  assert.equal(B1.tolist(), make_blobs({ n_samples: 12, n_features: 3, random_state: 1 })[0].tolist());
  assert.is(check_random_state({ seed: 5 }).randint(1000), check_random_state(5).randint(1000));
});

test("bad calls raise scikit-learn's exception class and message", () => {
  const n = replayBadInput("sklearn/bad_input", {
    make_classification_negative_samples: () => make_classification({ n_samples: -1 }),
    make_classification_no_classes: () => make_classification({ n_classes: 0 }),
    make_classification_no_clusters: () => make_classification({ n_clusters_per_class: 0 }),
    make_classification_negative_classes: () => make_classification({ n_classes: -1 }),
    make_classification_too_many_features: () => make_classification({ n_features: 3 }),
    make_classification_too_few_informative: () => make_classification({ n_classes: 5, n_informative: 2 }),
    make_classification_bad_weights: () => make_classification({ weights: [0.2, 0.3, 0.5] }),
    make_classification_unknown_keyword: () => anyFn(make_classification)({ n_sample: 5 }),
    make_classification_too_many_positional: () => anyFn(make_classification)(100, 20, 2),
    make_blobs_negative_samples: () => make_blobs({ n_samples: -5 }),
    make_blobs_negative_features: () => make_blobs({ n_features: -1 }),
    make_blobs_no_centers: () => make_blobs({ centers: 0 }),
    make_blobs_negative_centers: () => make_blobs({ centers: -1 }),
    make_blobs_int_centers_with_list: () => make_blobs({ n_samples: [2, 3], centers: 3 }),
    make_blobs_short_box: () => make_blobs({ center_box: [1] as unknown as [number, number] }),
    train_test_split_no_arrays: () => train_test_split(),
    train_test_split_test_size: () => train_test_split([1, 2, 3], { test_size: 1.5 }),
    train_test_split_train_size: () => train_test_split([1, 2, 3], { train_size: 3 }),
    train_test_split_inconsistent: () => train_test_split([1, 2, 3], [1, 2]),
    train_test_split_stratify_single: () => train_test_split([1, 2, 3, 4], { stratify: [0, 0, 0, 1] }),
    train_test_split_stratify_no_shuffle: () => train_test_split([1, 2, 3, 4], { shuffle: false, stratify: [0, 0, 1, 1] }),
    train_test_split_unknown_keyword: () => anyFn(train_test_split)([1, 2], { tset_size: 0.5 }),
    shuffle_too_many: () => shuffle([1, 2, 3], { n_samples: 5 }),
    shuffle_unknown_keyword: () => anyFn(shuffle)([1, 2, 3], { seed: 5 }),
    check_random_state_float: () => check_random_state(1.5),
    check_random_state_str: () => check_random_state("a" as unknown as number),
    check_random_state_negative: () => check_random_state(-1),
    check_random_state_missing: () => anyFn(check_random_state)(),
  });
  assert.is(n, 28);
});

test("shuffle: one permutation for every array, n_samples rows", () => {
  // sklearn.utils.shuffle(np.arange(10).reshape(5, 2), [0, 1, 2, 3, 4], random_state=0, n_samples=3)
  const X = np.array([[0, 1], [2, 3], [4, 5], [6, 7], [8, 9]]);
  const [Xs, ys] = shuffle(X, [0, 1, 2, 3, 4], { random_state: 0, n_samples: 3 });
  assert.equal(Xs.tolist(), [[4, 5], [0, 1], [2, 3]]);
  assert.equal(ys, [2, 0, 1]);
});

test("shuffle returns one array as itself, none as None", () => {
  // shuffle(np.arange(5), random_state=0) -> array([2, 0, 1, 3, 4]); shuffle([1, 2, 3], random_state=0) -> [3, 2, 1]
  assert.equal(shuffle(np.arange(5), { random_state: 0 }).tolist(), [2, 0, 1, 3, 4]);
  assert.equal(shuffle([1, 2, 3], { random_state: 0 }), [3, 2, 1]);
  assert.is((shuffle as (...a: unknown[]) => unknown)(), null);
});

test("shuffle's negative n_samples slices as Python's indices[:n_samples]", () => {
  // sklearn.utils.shuffle([1, 2, 3], n_samples=-1, random_state=0) -> [3, 2]
  assert.equal(shuffle([1, 2, 3], { n_samples: -1, random_state: 0 }), [3, 2]);
  assert.equal(shuffle([1, 2, 3, 4, 5], { n_samples: -7, random_state: 0 }), []);
});

test.run();
