"""Golden fixtures for skimage.filters.try_all_threshold.
Run: /usr/bin/python3 scripts/golden/skimage_try_all.py"""
import contextlib
import io
import os
import sys
import warnings

import matplotlib

matplotlib.use("Agg")
import numpy as np  # noqa: E402

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

from skimage import data, filters  # noqa: E402

warnings.simplefilter("ignore")


def figure_of(image, **kwargs):
    """What a reader of the figure sees: per axes its title, the binary image or the error text."""
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        fig, ax = filters.try_all_threshold(image, **kwargs)
    axes = []
    for a in ax:
        images = a.get_images()
        axes.append({
            "title": a.get_title(),
            "axis_on": a.axison,
            "image": images[0].get_array().astype(np.uint8) if images else None,
            "texts": [[t.get_text(), *t.get_position()] for t in a.texts],
        })
    return {"printed": printed.getvalue(), "figsize": list(fig.get_size_inches()), "shape": list(ax.shape), "axes": axes}


def main():
    blocks = np.zeros((10, 12), np.uint8)
    blocks[3:6, 4:9] = 200
    dump("skimage/try_all_threshold", {
        "page": figure_of(data.text()[40:90, 100:180]),
        "blocks": figure_of(blocks, figsize=(6, 7), verbose=False),
    })


if __name__ == "__main__":
    print(versions(), file=sys.stderr)
    main()
