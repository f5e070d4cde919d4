"""Golden fixtures for glob.glob (the tutorial's file listing before natsorted): run with
/usr/bin/python3. Builds a small directory tree in a temporary directory, runs glob.glob
for a set of patterns (with root_dir, and from inside the tree via chdir) and stores the
tree plus each result list sorted (Python returns directory-listing order).
"""
import glob
import os
import tempfile

from golden_io import dump, versions

DIRS = [".config", "data", "data/sub", "data/sub/deeper", "docs", "empty", ".cache/x"]
FILES = ["IMG_1.JPG", "IMG_2.JPG", "IMG_10.JPG", "photo.jpg", "notes.txt", ".hidden.JPG",
         ".config/a.txt", "data/a.png", "data/b.png", "data/.c.png", "data/x[1].png",
         "data/sub/d.png", "data/sub/deeper/e.png", "docs/readme.md", "weird[.txt", "q?.txt",
         ".cache/x/f.png", "data/sub/.h.png"]
# names that are syntax in other glob dialects (braces, extglobs, negation, escapes, quotes)
ODD = ["a(b).txt", "{x,y}.txt", "!bang.txt", "+plus.txt", "@at.txt", "back\\slash.txt", "caret^.txt",
       "dollar$.txt", 'quote".txt', "x.", "sp ace.txt", "\u00e9.txt", "\U0001F600.txt", "-dash.txt", "]br.txt",
       ".dot", "star*.txt", "brace{1,3}.txt", "q?.txt", "a.b.c"]
DIRS.append("odd")
FILES += ["odd/" + f for f in ODD]

PATTERNS = [
    ["*JPG", {}], ["*.JPG", {}], ["IMG_?.JPG", {}], ["IMG_[0-9]*.JPG", {}], ["IMG_[!1]*", {}],
    ["*", {}], [".*", {}], ["data/*.png", {}], ["data/*", {}], ["./data/*.png", {}],
    ["data//*.png", {}], ["data/**/*.png", {}], ["data/**/*.png", {"recursive": True}],
    ["**/*.png", {}], ["**/*.png", {"recursive": True}], ["**", {"recursive": True}],
    ["data/**", {"recursive": True}], ["**/", {"recursive": True}], ["*/", {}], ["data/sub/", {}],
    ["notes.txt", {}], ["missing.txt", {}], ["data/x[[]1].png", {}], ["weird[.txt", {}],
    ["q[?].txt", {}], ["*/*.md", {}], ["**/.c.png", {"recursive": True}], [".config/*", {}],
    ["data/[ab].png", {}], ["[a-c]*", {}], ["[!a-z]*", {}], ["*", {"include_hidden": True}],
    ["**", {"recursive": True, "include_hidden": True}], ["*/*", {}], ["d*/s*/*", {}],
    ["**/*.PNG", {"recursive": True}], ["", {}], ["data/sub/deeper/*.png", {}], ["*[", {}],
    ["IMG_[1-2].JPG", {}], ["IMG_[2-1].JPG", {}], ["[]]*", {}], ["**/sub", {"recursive": True}],
    # where picomatch's own syntax differs from fnmatch's
    ["odd/a(b).txt", {}], ["odd/*(b)*", {}], ["odd/{x,y}.txt", {}], ["odd/{x,y}*", {}], ["odd/!bang.txt", {}],
    ["odd/!*", {}], ["odd/[!!]*", {}], ["odd/[^c]*", {}], ["odd/*[\\]*", {}], ["odd/back\\*", {}],
    ["odd/back\\slash.txt", {}], ["odd/+*", {}], ["odd/@*", {}], ["odd/[[:alpha:]]*", {}], ["odd/*.", {}],
    ["odd/x.*", {}], ["odd/[a-]*", {}], ["odd/[-a]*", {}], ["odd/[z-a]*", {}], ["odd/[z-ab]*", {}],
    ["odd/[!z-a]*", {}], ["odd/?.txt", {}], ["odd/??.txt", {}], ["odd/*$*", {}], ['odd/*"*', {}],
    ["odd/[]]*", {}], ["odd/[.]*", {}], ["odd/.*", {}], ["odd/star[*].txt", {}], ["odd/star*", {}],
    ["odd/brace{1,3}.txt", {}], ["odd/*{1,3}*", {}], ["odd/[\u00e9\U0001F600].txt", {}], ["odd/[!a-z]*", {}],
    ["odd/*[?]*", {}], ["odd/sp ace.txt", {}], ["odd/*.*.*", {}], ["odd/*", {"include_hidden": True}],
    ["o[c-e]d/[!.]*", {}], ["**/*.txt", {"recursive": True}], ["**/", {"recursive": True, "include_hidden": True}],
    [glob.escape("odd/star*.txt"), {}], [glob.escape("odd/q?.txt"), {}], [glob.escape("odd/]br.txt"), {}],
]


def main():
    with tempfile.TemporaryDirectory() as tmp:
        for d in DIRS:
            os.makedirs(os.path.join(tmp, d), exist_ok=True)
        for f in FILES:
            with open(os.path.join(tmp, f), "w") as fh:
                fh.write("x")
        results = []
        for pat, kw in PATTERNS:
            results.append({"pattern": pat, "kwargs": kw,
                            "root_dir": sorted(glob.glob(pat, root_dir=tmp, **kw))})
        cwd = os.getcwd()
        os.chdir(tmp)
        try:
            for r, (pat, kw) in zip(results, PATTERNS):
                r["cwd"] = sorted(glob.glob(pat, **kw))
        finally:
            os.chdir(cwd)
        sub = {"root_data_png": sorted(glob.glob("*.png", root_dir=os.path.join(tmp, "data"))),
               "root_data_rec": sorted(glob.glob("**", root_dir=os.path.join(tmp, "data"), recursive=True))}
    dump("natsort/glob", {"versions": versions(), "dirs": DIRS, "files": FILES, "results": results, "sub": sub})


if __name__ == "__main__":
    main()
