"""Golden fixtures for seaborn's generated palettes (hls_palette, husl_palette, light_palette,
dark_palette, color_palette("hls" / "husl")) as seaborn 0.12 (Debian's python3-seaborn)
returns them, in hex. Writes test/golden/sns_palettes/palettes.json. Run with /usr/bin/python3."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import seaborn as sns

from golden_io import dump

CASES = [
    ("hls_palette", [], {}),
    ("hls_palette", [8], {"h": 0.5, "l": 0.4, "s": 0.8}),
    ("husl_palette", [], {}),
    ("husl_palette", [10], {"h": 0.3, "s": 0.7, "l": 0.5}),
    ("husl_palette", [12], {"l": 0.7}),
    ("light_palette", ["seagreen"], {}),
    ("light_palette", ["#79C"], {"n_colors": 8, "reverse": True}),
    ("light_palette", [[260, 75, 60]], {"input": "husl"}),
    ("light_palette", [[0.3, 0.5, 0.6]], {"input": "hls", "n_colors": 3}),
    ("dark_palette", ["purple"], {}),
    ("dark_palette", ["C0"], {"n_colors": 4, "reverse": True}),
    ("dark_palette", [[150, 80, 55]], {"input": "husl", "n_colors": 5}),
    ("color_palette", ["husl", 8], {}),
    ("color_palette", ["hls", 5], {}),
]

cases = []
for fn, args, kwargs in CASES:
    args_py = [tuple(a) if isinstance(a, list) else a for a in args]
    colors = sns.color_palette(getattr(sns, fn)(*args_py, **kwargs)).as_hex()
    cases.append({"function": fn, "args": args, "kwargs": kwargs, "expected": colors})
dump("sns_palettes/palettes", {"cases": cases})
