"""Golden fixtures for imshow's resampling: small images drawn by Debian's matplotlib (Agg) onto
an axes that fills a canvas of a given pixel size (aspect='auto', no frame), so the canvas is
exactly the resampled image matplotlib's savefig writes. Upsampling by integer and fractional
factors, downsampling, 2-D data through a colormap and RGB(A) data, with interpolation
antialiased / nearest / none / bilinear / bicubic. Writes test/golden/plt/interpolation.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

from golden_io import dump

rng = np.random.RandomState(3)
small = np.add.outer(np.arange(5.0), np.arange(6.0)) / 9.0 + rng.uniform(0, 0.3, size=(5, 6))
small[1, 4] = 1.6
rgb = rng.randint(0, 256, size=(6, 8, 3)).astype(np.uint8)
big = np.sin(np.add.outer(np.arange(48.0) / 3.0, np.arange(64.0) / 5.0)) + rng.normal(scale=0.2, size=(48, 64))
nan_img = small.copy()
nan_img[3, 2] = np.nan

CASES = [
    ("scalar", small, "antialiased", 60, 50, {}),
    ("scalar", small, "antialiased", 37, 29, {}),
    ("scalar", small, "antialiased", 15, 12, {}),
    ("scalar", small, "antialiased", 12, 10, {}),
    ("scalar", small, None, 15, 12, {}),
    ("scalar", small, "nearest", 37, 29, {}),
    ("scalar", small, "none", 37, 29, {}),
    ("scalar", small, "bilinear", 60, 50, {}),
    ("scalar", small, "bilinear", 37, 29, {}),
    ("scalar", small, "bicubic", 60, 50, {}),
    ("scalar", small, "bicubic", 37, 29, {"cmap": "gray", "vmin": 0.2, "vmax": 1.2}),
    ("masked", nan_img, "bilinear", 30, 25, {}),
    ("scalar", small, "bilinear", 30, 25, {"vmin": 0.3, "vmax": 1.1, "interpolation_stage": "data"}),
    ("scalar", small, "nearest", 30, 25, {"clim": (0.5, 0.9), "cmap": "magma"}),
    ("rgb", rgb, "bilinear", 40, 30, {}),
    ("rgb", rgb, "bicubic", 40, 30, {}),
    ("rgb", rgb, "antialiased", 20, 15, {}),
    ("rgb", rgb, "nearest", 27, 19, {}),
    ("big", big, "antialiased", 20, 15, {}),
    ("big", big, "antialiased", 40, 30, {}),
    ("big", big, "nearest", 20, 15, {}),
    ("big", big, "bilinear", 25, 18, {}),
]

out = {"scalar": small, "rgb": rgb, "big": big, "masked": nan_img, "cases": []}
for name, data, interp, w, h, kw in CASES:
    fig = plt.figure(figsize=(w, h), dpi=1)  # exact pixel sizes
    ax = fig.add_axes([0, 0, 1, 1])
    ax.set_axis_off()
    ax.imshow(data, interpolation=interp, aspect="auto", **kw)
    fig.canvas.draw()
    pixels = np.asarray(fig.canvas.buffer_rgba())[:, :, :3].copy()
    plt.close(fig)
    # the canvas size Agg gives (a float figsize may round one pixel down)
    case = {"input": name, "interpolation": interp, "width": pixels.shape[1], "height": pixels.shape[0], "pixels": pixels}
    case.update(kw)
    out["cases"].append(case)
dump("plt/interpolation", out)
