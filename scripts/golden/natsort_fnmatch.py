"""Golden fixtures for fnmatch.fnmatchcase (the matching under glob.glob): run with /usr/bin/python3.

Stores [name, pattern, fnmatchcase(name, pattern)] triples: hand-picked cases where other glob
dialects read a pattern differently (escapes, braces, extglobs, negation, leading dots, "/"),
then seeded random names and patterns built from those same characters.
"""
import fnmatch
import random

from golden_io import dump

PICKED = [
    ("a\\b", "a\\b"), ("a\\b", "a\\*"), ("a*", "a\\*"), ("a\\\\b", "a\\\\b"), ("\\", "[\\]"),
    ("ab", "a(b)"), ("a(b)", "a(b)"), ("ab", "a{b,c}"), ("a{b,c}", "a{b,c}"), ("ab", "@(ab)"),
    ("x", "!y"), ("!y", "!y"), ("aab", "+(a)b"), ("a", "[^a]"), ("^", "[^a]"), ("b", "[!a]"),
    ("]", "[]]"), ("]", "[!]]"), ("a", "[!]]"), ("[ab]", "[ab]"), ("[", "["), ("[a", "[a"),
    ("a", "[[:alpha:]]"), ("a]", "[[:alpha:]]"), ("b", "[z-ab]"), ("a", "[z-a]"), ("q", "[!z-a]"),
    ("-", "[a-]"), ("-", "[-a]"), ("b", "[a-c-e]"), ("-", "[a-c-e]"), ("d", "[a-c-e]"),
    ("", "*"), (".", "*"), ("..", "*"), (".x", "*"), (".x", "?x"), (".x", "[.]x"), ("x.", "x.*"),
    ("..", "*."), ("a/b", "*"), ("a/b", "a?b"), ("a/b", "a[!x]b"), ("a/b", "a[!/]b"), ("a/b", "a[.-0]b"),
    ("a/b", "a/b"), ("./a", "*a"), ("\n", "?"), ("a\nb", "a*b"), ("\U0001F600", "?"), ("\U0001F600", "??"),
    ("\U0001F600", "[\U0001F600]"), ("\U0001F601", "[\U0001F600-\U0001F64F]"), ("\ufffd", "[\U0001F600-\U0001F64F]"),
    ("a&&b", "a[&]&b"), ("~", "[~]"), ("|", "[|]"), ("$", "$"), ("a.b", "a.b"), ("axb", "a.b"),
    ("A", "a"), ("a,b", "a,b"), ('"a"', '"a"'), ("a", '"a"'), ("a b", "a b"), ("1", "{1,3}"),
]
NAME_CHARS = list("ab.-!^]\\/[()*?{},|+@$\"'#~&; \n") + ["\u00e9", "\U0001F600"]
PATTERN_CHARS = NAME_CHARS + ["*", "?", "[", "]", "!", "-", "-"]


def random_cases(n, seed=2024):
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        name = "".join(rng.choice(NAME_CHARS) for _ in range(rng.randint(0, 5)))
        if rng.random() < 0.6:  # a pattern grown from the name, so that many cases match
            pat = ""
            for ch in name:
                x = rng.random()
                if x < 0.15:
                    pat += "?"
                elif x < 0.25:
                    pat += "*"
                elif x < 0.45:
                    extra = "".join(rng.choice(PATTERN_CHARS) for _ in range(rng.randint(0, 3)))
                    pat += "[" + rng.choice(["", "!"]) + extra + ch + rng.choice(["", "-", "-z"]) + "]"
                else:
                    pat += ch
        else:
            pat = "".join(rng.choice(PATTERN_CHARS) for _ in range(rng.randint(0, 7)))
        out.append((name, pat))
    return out


def main():
    cases = [[name, pat, fnmatch.fnmatchcase(name, pat)] for name, pat in PICKED + random_cases(2500)]
    dump("natsort/fnmatch", {"cases": cases})


if __name__ == "__main__":
    main()
