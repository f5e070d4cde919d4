"""Golden fixtures for plt's subplot_mosaic: Debian's matplotlib lays out each mosaic and the
grid cells each labelled Axes spans are recorded, in the order of the returned dict; or the
exception class and message. Writes test/golden/plt_layout/mosaic.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from golden_io import dump  # noqa: E402

CASES = [
    ("string", "AB;CC", {}),
    ("multi-line string", "\n    AAB\n    CDB\n    ", {}),
    ("list of lists", [["a", "."], ["b", "c"]], {}),
    ("empty sentinel", [["a", "x"], ["b", "c"]], {"empty_sentinel": "x"}),
    ("figsize", "AB", {"figsize": [8, 3]}),
    ("error row lengths", "AB;C", {}),
]


def run(mosaic, kwargs):
    plt.close("all")
    try:
        fig, d = plt.subplot_mosaic(mosaic, **kwargs)
        out = {"labels": list(d), "spans": {k: [a.get_subplotspec().rowspan.start, a.get_subplotspec().rowspan.stop,
                                                a.get_subplotspec().colspan.start, a.get_subplotspec().colspan.stop] for k, a in d.items()},
               "naxes": len(fig.axes), "figsize": list(fig.get_size_inches())}
    except Exception as e:
        out = {"error": type(e).__name__, "message": str(e)}
    plt.close("all")
    return out


dump("plt_layout/mosaic", [{"label": l, "mosaic": m, "kwargs": k, "expected": run(m, k)} for l, m, k in CASES])
