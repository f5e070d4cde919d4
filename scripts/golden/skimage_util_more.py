"""Golden fixtures for skimage.util views, montage, regular_grid, unique_rows.
Run: /usr/bin/python3 scripts/golden/skimage_util_more.py"""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

from skimage import util  # noqa: E402

warnings.simplefilter("ignore")
rng = np.random.RandomState(31)
a = np.arange(4 * 6).reshape(4, 6)
b3 = np.arange(4 * 6 * 2).reshape(4, 6, 2).astype(np.float32)
stack = rng.randint(0, 200, size=(5, 3, 4)).astype(np.uint8)
fstack = rng.rand(3, 4, 2)
rgbstack = rng.randint(0, 256, size=(3, 2, 3, 3)).astype(np.uint8)
# copies: montage(rescale_intensity=True) rescales its input in place in scikit-image 0.19
out = {"versions": versions(), "stack": stack.copy(), "fstack": fstack.copy(), "rgbstack": rgbstack.copy()}
out["blocks"] = util.view_as_blocks(a, (2, 3)).copy()
out["blocks3"] = util.view_as_blocks(b3, (2, 2, 1)).copy()
out["blocks_T"] = util.view_as_blocks(a.T, (3, 2)).copy()
out["windows"] = util.view_as_windows(a, (2, 3)).copy()
out["windows_step"] = util.view_as_windows(a, 3, step=2).copy()
out["windows_steps"] = util.view_as_windows(b3, (2, 2, 2), step=(1, 3, 1)).copy()
out["windows_rev"] = util.view_as_windows(a[::-1, ::2], (2, 2)).copy()
m = {}
m["u8"] = util.montage(stack)
m["grid_pad"] = util.montage(stack, fill=7, grid_shape=(2, 3), padding_width=1)
m["rescale"] = util.montage(stack, rescale_intensity=True)
m["f"] = util.montage(fstack, padding_width=2)
m["rgb"] = util.montage(rgbstack, channel_axis=-1)
m["rgb_fill"] = util.montage(rgbstack, fill=(255, 0, 10), channel_axis=3, padding_width=1)
m["rgb_axis1"] = util.montage(np.moveaxis(rgbstack, -1, 1), channel_axis=1)
out["montage"] = m
g = {}
for shape, n in [((10, 20), 8), ((3, 20, 40), 10), ((7, 5), 100), ((6, 6), 4), ((100, 3), 9), ((512, 512), 1000)]:
    sl = util.regular_grid(shape, n)
    g[f"{shape}_{n}"] = [[s.start, s.stop, s.step] for s in sl]
out["regular_grid"] = g
rows = np.array([[1, 0, 1], [0, 1, 0], [1, 0, 1], [-1, 2, 3], [256, 0, 0], [0, 1, 0], [1, 1, 1]])
out["unique_rows_in"] = rows
out["unique_rows"] = util.unique_rows(rows)
out["unique_rows_u8"] = util.unique_rows(rows.astype(np.uint8))
fr = np.array([[0.5, 1.0], [2.0, -1.0], [0.5, 1.0], [1e-3, 4.0]])
out["unique_rows_f_in"] = fr
out["unique_rows_f"] = util.unique_rows(fr)
c1 = rng.randint(0, 256, size=(13, 17)).astype(np.uint8)
c2 = rng.rand(13, 17)
out["compare_in"] = {"c1": c1, "c2": c2}
out["compare"] = {"diff": util.compare_images(c1, c2), "blend": util.compare_images(c1, c2, "blend"),
                  "checker": util.compare_images(c1, c2, method="checkerboard"), "checker_3x4": util.compare_images(c2, c1, "checkerboard", n_tiles=(3, 4)),
                  "f32": util.compare_images(c2.astype(np.float32), (c2 ** 2).astype(np.float32), "blend")}
dump("skimage_util/more", out)
