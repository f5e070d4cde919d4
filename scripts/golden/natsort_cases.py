"""Golden fixtures for natsort: run with /usr/bin/python3 (natsort 8.0.2).

Each case stores the input list, the alg flags (an int), reverse, and natsorted's output;
a few natsort_key outputs are stored too.
"""
from natsort import natsort_keygen, natsorted, ns

from golden_io import dump, versions

FILES = ["IMG_10.JPG", "IMG_2.JPG", "IMG_1.JPG", "img_3.jpg", "IMG_20.JPG", "a.JPG", "B.JPG", "IMG_1b.JPG"]
VERSIONS = ["version-1.9", "version-2.0", "version-1.11", "version-1.10", "version-1.2.3", "version-1"]
SIGNS = ["a-5", "a-10", "a+3", "a0", "a5", "-7", "+2", "3", "a-", "a--2"]
FLOATS = ["x1.5", "x1.25", "x1.10", "x-2.5e1", "x1e3", "x.5", "num5.10", "num5.3", "x1.5E-2", "y2.", "y2.0.1"]
PATHS = ["./folder/file (1).txt", "./folder/file.txt", "./folder (1)/file.txt", "./folder (10)/file.txt",
         "folder/file.1.2.txt", "/a/b10.tar.gz", "/a/b9.tar.gz", "a/b/c", "a/b", "a.b/c", "a/b.c",
         "//srv/x2", "/srv/x10", ".hidden10", ".hidden9", "a..b", "a/./b2", "a//b10", ""]
CASES = ["apple", "Banana", "banana", "Apple", "cherry", "Cherry10", "cherry2", "APPLE", "_x", "Zebra", "zebra1"]
MIXED = ["a", None, 3, "b2", 1.5, "", "10", 10, -2, "a1"]
UNICODE = ["é10", "e2", "ê1", "z", "Ä", "a", "ﬁle2", "file10", "Straße2", "strasse10", "٣a", "12a"]
BIG = ["a12345678901234567890", "a12345678901234567891", "a9", "a123456789012345678", "a0000000000000000001"]
ZEROS = ["a01", "a1", "a001", "a2", "a 2", "a 10", "a10", " ", "a0.5"]
TUPLES = [["a", "b10"], ["a", "b9"], ["A", "c"], ["a", "b9", "x"], ["a"]]
# where JavaScript natural-sort libraries order differently: punctuation below "0", equal numbers
# with leading zeros (natsort keeps input order), dates, hex, decimals and whitespace read as
# text, case, code points past U+FFFF, integers past 2^53, non-ASCII digits
LIBRARY_DIFFS = ["a!", "a1", "a 1", "a  1", " a1", "x01", "x1", "x001", "x0", "x00", "Jan 2, 2020",
                 "Jan 10, 2019", "0x1F", "0x2", "v1.5", "v1.10", "B", "a", "_b", "\U0001F600", "\uff21",
                 "n99999999999999999999", "n100000000000000000000", "n\u0663", "n4", "a-3", "a-10", "-", "a"]

ALGS = {
    "FILES": [0, ns.IGNORECASE, ns.PATH, ns.LOWERCASEFIRST, ns.GROUPLETTERS, ns.IGNORECASE | ns.PATH],
    "VERSIONS": [0, ns.FLOAT, ns.REAL, ns.SIGNED],
    "SIGNS": [0, ns.SIGNED, ns.REAL, ns.FLOAT, ns.NUMAFTER, ns.SIGNED | ns.NUMAFTER],
    "FLOATS": [0, ns.FLOAT, ns.REAL, ns.FLOAT | ns.NOEXP, ns.REAL | ns.NOEXP],
    "PATHS": [0, ns.PATH, ns.PATH | ns.IGNORECASE, ns.PATH | ns.REAL],
    "CASES": [0, ns.IGNORECASE, ns.LOWERCASEFIRST, ns.GROUPLETTERS, ns.IGNORECASE | ns.LOWERCASEFIRST,
              ns.GROUPLETTERS | ns.LOWERCASEFIRST, ns.NUMAFTER],
    "MIXED": [0, ns.NANLAST, ns.NUMAFTER, ns.FLOAT, ns.PATH, ns.REAL | ns.NANLAST],
    "UNICODE": [0, ns.IGNORECASE, ns.COMPATIBILITYNORMALIZE, ns.COMPATIBILITYNORMALIZE | ns.IGNORECASE],
    "BIG": [0, ns.FLOAT],
    "ZEROS": [0, ns.FLOAT, ns.NUMAFTER],
    "TUPLES": [0, ns.IGNORECASE],
    "LIBRARY_DIFFS": [0, ns.IGNORECASE, ns.LOWERCASEFIRST, ns.GROUPLETTERS, ns.REAL, ns.NUMAFTER, ns.PATH],
}

KEY_INPUTS = ["a10b", "10b", "a-5", "", "a.b.10", "x1.5e3y", "/usr/a10/b.tar.gz", "file.1.2.txt", "a..b",
              "1.2.3", "Apple2", "a-5.5e2b", "x+3"]


def main():
    lists = dict(FILES=FILES, VERSIONS=VERSIONS, SIGNS=SIGNS, FLOATS=FLOATS, PATHS=PATHS, CASES=CASES,
                 MIXED=MIXED, UNICODE=UNICODE, BIG=BIG, ZEROS=ZEROS, TUPLES=TUPLES,
                 LIBRARY_DIFFS=LIBRARY_DIFFS)
    cases = []
    for name, seq in lists.items():
        for alg in ALGS[name]:
            for reverse in (False, True):
                out = natsorted([tuple(x) if isinstance(x, list) else x for x in seq], alg=alg, reverse=reverse)
                cases.append({"name": name, "alg": int(alg), "reverse": reverse, "input": seq,
                              "output": [list(x) if isinstance(x, tuple) else x for x in out]})
    keys = []
    for alg in (0, ns.PATH, ns.REAL, ns.GROUPLETTERS | ns.IGNORECASE, ns.NUMAFTER):
        kg = natsort_keygen(alg=alg)
        keys.append({"alg": int(alg), "keys": [[s, kg(s)] for s in KEY_INPUTS]})
    dump("natsort/natsorted", {"versions": versions(), "cases": cases, "keys": keys})


if __name__ == "__main__":
    main()
