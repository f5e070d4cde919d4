"""Golden fixtures for np.fromstring's text mode: test/golden/np_fromstring/cases.json.
Each case is [array, warnings]. Run with /usr/bin/python3."""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from np_more_common import run  # noqa: E402


def read(*args, **kwargs):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        out = np.fromstring(*args, **kwargs)
    return [out, np.array([str(x.message) == "string or file could not be read to its end due to unmatched data; this will raise a ValueError in the future." for x in w], bool)]


CASES = {
    "spaces": lambda: read("1 2 3", sep=" "),
    "comma_int": lambda: read("1,2,3", dtype=int, sep=","),
    "comma_spaced": lambda: read("1, 2,3 ", int, sep=","),
    "count": lambda: read("1 2 3 4", sep=" ", count=2),
    "count_pos": lambda: read("5;6;7", float, 1, sep=";"),
    "unmatched": lambda: read("1 x 3", sep=" "),
    "empty": lambda: read("", sep=" "),
    "specials": lambda: read("1.5e3,-2,inf,nan,-Infinity,.5", sep=","),
    "float_as_int": lambda: read("1.5,2", dtype=int, sep=","),
    "newlines": lambda: read("1  2\n3\t4", sep=" "),
    "double_sep": lambda: read("1;;2", sep=";"),
    "trailing_sep": lambda: read("1,2,", sep=","),
    "hex_int": lambda: read("0x10 12", dtype=int, sep=" "),
    "uint8": lambda: read("1 2 255", sep=" ", dtype=np.uint8),
    "uint8_wrap": lambda: read("300 7", sep=" ", dtype=np.uint8),
    "float32": lambda: read("0.1 0.2", sep=" ", dtype=np.float32),
    "bool": lambda: read("1 0 2", dtype=bool, sep=" "),
    "multi_char_sep": lambda: read("1 -- 2--3", sep="--"),
    "sep_with_space": lambda: read("1 ,2 , 3", sep=" , "),
    "signs": lambda: read("+1 -2 +3.5", sep=" "),
    "leading_space": lambda: read("  4 5", sep=" "),
    "like": lambda: read("1 2", sep=" ", like=np.array([1.0])),
}

if __name__ == "__main__":
    dump("np_fromstring/cases", {"versions": versions(), "cases": {k: run(f) for k, f in CASES.items()}})
