"""Bad calls to scikit-learn 1.2's generators and splitters, natsort 8 and glob (Python 3.11),
with the exception each raises: run with /usr/bin/python3. Writes sklearn/bad_input.json and
natsort/bad_input.json; the tests make the same calls and expect the same class and message."""
import fnmatch
import glob

import natsort
from sklearn.datasets import make_blobs, make_classification
from sklearn.model_selection import train_test_split
from sklearn.utils import check_random_state, shuffle

from golden_io import dump, versions
from skimage_outcomes import outcomes

SKLEARN = {
    "make_classification_negative_samples": lambda: make_classification(n_samples=-1),
    "make_classification_no_classes": lambda: make_classification(n_classes=0),
    "make_classification_no_clusters": lambda: make_classification(n_clusters_per_class=0),
    "make_classification_negative_classes": lambda: make_classification(n_classes=-1),
    "make_classification_too_many_features": lambda: make_classification(n_features=3),
    "make_classification_too_few_informative": lambda: make_classification(n_classes=5, n_informative=2),
    "make_classification_bad_weights": lambda: make_classification(weights=[0.2, 0.3, 0.5]),
    "make_classification_unknown_keyword": lambda: make_classification(n_sample=5),
    "make_classification_too_many_positional": lambda: make_classification(100, 20, 2),
    "make_blobs_negative_samples": lambda: make_blobs(n_samples=-5),
    "make_blobs_negative_features": lambda: make_blobs(n_features=-1),
    "make_blobs_no_centers": lambda: make_blobs(centers=0),
    "make_blobs_negative_centers": lambda: make_blobs(centers=-1),
    "make_blobs_int_centers_with_list": lambda: make_blobs(n_samples=[2, 3], centers=3),
    "make_blobs_short_box": lambda: make_blobs(center_box=(1,)),
    "train_test_split_no_arrays": lambda: train_test_split(),
    "train_test_split_test_size": lambda: train_test_split([1, 2, 3], test_size=1.5),
    "train_test_split_train_size": lambda: train_test_split([1, 2, 3], train_size=3),
    "train_test_split_inconsistent": lambda: train_test_split([1, 2, 3], [1, 2]),
    "train_test_split_stratify_single": lambda: train_test_split([1, 2, 3, 4], stratify=[0, 0, 0, 1]),
    "train_test_split_stratify_no_shuffle": lambda: train_test_split([1, 2, 3, 4], shuffle=False, stratify=[0, 0, 1, 1]),
    "train_test_split_unknown_keyword": lambda: train_test_split([1, 2], tset_size=0.5),
    "shuffle_too_many": lambda: shuffle([1, 2, 3], n_samples=5),
    "shuffle_unknown_keyword": lambda: shuffle([1, 2, 3], seed=5),
    "check_random_state_float": lambda: check_random_state(1.5),
    "check_random_state_str": lambda: check_random_state("a"),
    "check_random_state_negative": lambda: check_random_state(-1),
    "check_random_state_missing": lambda: check_random_state(),
}

NATSORT = {
    "natsorted_missing": lambda: natsort.natsorted(),
    "natsorted_unknown_keyword": lambda: natsort.natsorted(["a"], revers=True),
    "natsorted_float_alg": lambda: natsort.natsorted(["a"], alg=2.5),
    "natsorted_str_alg": lambda: natsort.natsorted(["a"], alg="x"),
    "natsort_keygen_too_many": lambda: natsort.natsort_keygen(None, 0, 1),
    "order_by_index_out_of_range": lambda: natsort.order_by_index([1, 2, 3], [5]),
    "order_by_index_missing": lambda: natsort.order_by_index([1, 2, 3]),
    "glob_unknown_keyword": lambda: glob.glob("*", recursve=True),
    "glob_missing": lambda: glob.glob(),
    "glob_too_many": lambda: glob.glob("*", "x"),
    "escape_missing": lambda: glob.escape(),
    "fnmatch_missing": lambda: fnmatch.fnmatch("a"),
    "filter_non_string_name": lambda: fnmatch.filter([1], "a"),
}

dump("sklearn/bad_input", {"versions": versions(), "cases": outcomes(SKLEARN)})
dump("natsort/bad_input", {"versions": versions(), "cases": outcomes(NATSORT)})
