"""Golden fixtures for sns.plotting_context / set_context: the context values seaborn 0.12
(Debian's python3-seaborn) computes for each context, font_scale and rc, the current values
read back (context=None) from matplotlib's defaults and after set_context, and the errors.
Writes test/golden/sns_context/context.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib as mpl
import seaborn as sns

from golden_io import dump

CASES = [
    {"context": "paper"},
    {"context": "notebook"},
    {"context": "talk"},
    {"context": "poster"},
    {"context": "talk", "font_scale": 1.4},
    {"context": "paper", "rc": {"lines.linewidth": 3, "axes.facecolor": "red"}},
    {"context": {"font.size": 20, "lines.linewidth": 4}},
]


def plain(d):
    return {k: (float(v) if isinstance(v, (int, float)) else v) for k, v in dict(d).items()}


cases = [{"kwargs": kw, "expected": plain(sns.plotting_context(**kw))} for kw in CASES]
mpl.rcdefaults()
current_default = plain(sns.plotting_context())
sns.set_context("poster", font_scale=0.5, rc={"grid.linewidth": 2})
after_set = plain(sns.plotting_context())
rc_after = {k: mpl.rcParams[k] for k in ["font.size", "lines.linewidth", "grid.linewidth", "xtick.labelsize"]}
try:
    sns.plotting_context("huge")
    error = None
except ValueError as e:
    error = str(e)
mpl.rcdefaults()
dump("sns_context/context", {"cases": cases, "current_default": current_default, "after_set": after_set, "rc_after": plain(rc_after), "error": error})
