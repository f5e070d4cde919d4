"""Golden fixtures for skimage.filters edges, median, rank, unsharp_mask, difference_of_gaussians.
Run: /usr/bin/python3 scripts/golden/skimage_filters_more.py"""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

from skimage import data, filters  # noqa: E402
from skimage.filters import rank  # noqa: E402

warnings.simplefilter("ignore")
SUB = (slice(None, None, 7), slice(None, None, 5))


def sample(a):
    return {"sub": a[SUB], "sum": float(np.sum(a, dtype=np.float64)), "shape": list(a.shape), "dtype": str(a.dtype)}


rng = np.random.RandomState(23)
u8 = rng.randint(0, 256, size=(13, 16)).astype(np.uint8)
f64 = rng.rand(12, 11)
f32 = rng.rand(10, 9).astype(np.float32)
vol = rng.rand(5, 6, 7)
mask = np.ones((13, 16), bool)
mask[4:9, 5:12] = False
rgb = rng.randint(0, 256, size=(9, 10, 3)).astype(np.uint8)
u16 = (rng.randint(0, 1000, size=(9, 8))).astype(np.uint16)
camera = data.camera()
coins = data.coins()
out = {"versions": versions(), "u8": u8, "f64": f64, "f32": f32, "vol": vol, "mask": mask, "rgb": rgb, "u16": u16}

e = {}
for name in ["scharr", "prewitt"]:
    fn = getattr(filters, name)
    e[name] = {"u8": fn(u8), "f64": fn(f64), "f32": fn(f32), "vol": fn(vol), "axis0": fn(f64, axis=0), "axis1_nearest": fn(f64, axis=1, mode="nearest"),
               "axes_constant": fn(vol, axis=(0, 2), mode="constant"), "mask": fn(u8, mask=mask), "T": fn(u8.T), "camera": sample(fn(camera))}
for name in ["sobel_h", "sobel_v", "scharr_h", "scharr_v", "prewitt_h", "prewitt_v", "roberts", "roberts_pos_diag", "roberts_neg_diag", "farid", "farid_h", "farid_v"]:
    fn = getattr(filters, name)
    e[name] = {"u8": fn(u8), "f64": fn(f64), "f32": fn(f32), "mask": fn(u8, mask=mask), "T": fn(u8.T[::-1]), "camera": sample(fn(camera))}
e["laplace"] = {"u8": filters.laplace(u8), "f64": filters.laplace(f64), "f32": filters.laplace(f32), "vol": filters.laplace(vol), "ksize5": filters.laplace(f64, ksize=5),
                "mask": filters.laplace(u8, mask=mask), "T": filters.laplace(u8.T[::-1]), "camera": sample(filters.laplace(camera))}
out["edges"] = e

m = {}
m["u8"] = filters.median(u8)
m["f64"] = filters.median(f64)
m["f32"] = filters.median(f32, np.ones((3, 5)))
m["disk"] = filters.median(u8, np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]]), mode="reflect")
m["even"] = filters.median(f64, np.ones((4, 2)), mode="constant", cval=0.3)
m["wrap"] = filters.median(u8, np.ones((5, 5)), mode="wrap")
m["mirror"] = filters.median(u8.T, np.ones((3, 3)), mode="mirror")
m["vol"] = filters.median(vol)
m["rank"] = filters.median(u8, np.ones((3, 3)), behavior="rank")
m["camera5"] = sample(filters.median(camera, np.ones((5, 5))))
out["median"] = m

fp = np.array([[0, 1, 1, 0], [1, 1, 1, 1], [0, 1, 1, 0]], dtype=np.uint8)
disk2 = np.array([[0, 0, 1, 0, 0], [0, 1, 1, 1, 0], [1, 1, 1, 1, 1], [0, 1, 1, 1, 0], [0, 0, 1, 0, 0]], dtype=np.uint8)
r = {}
for name in ["mean", "median", "minimum", "maximum"]:
    fn = getattr(rank, name)
    r[name] = {
        "disk": fn(u8, disk2), "box": fn(u8, np.ones((3, 3), np.uint8)), "odd": fn(u8, fp), "mask": fn(u8, disk2, mask=mask),
        "shift": fn(u8, disk2, shift_x=True, shift_y=-1), "u16": fn(u16, disk2), "f64": fn(f64, disk2), "T": fn(u8.T, disk2),
        "camera": sample(fn(camera, disk2)),
    }
r["median_default"] = rank.median(u8)
out["rank"] = r
r2 = {}
for name in ["autolevel", "equalize", "gradient", "geometric_mean", "subtract_mean", "modal", "enhance_contrast", "pop", "sum",
             "threshold", "noise_filter", "entropy", "otsu", "majority"]:
    fn = getattr(rank, name)
    r2[name] = {"disk": fn(u8, disk2), "odd": fn(u8, fp), "mask": fn(u8, disk2, mask=mask), "shift": fn(u8, disk2, shift_x=True, shift_y=-1),
                "u16": fn(u16, disk2), "camera": sample(fn(camera, disk2))}
out["rank2"] = r2

u = {}
u["u8"] = filters.unsharp_mask(u8)
u["f64"] = filters.unsharp_mask(f64, radius=2, amount=1.5)
u["f32"] = filters.unsharp_mask(f32, 0.5, 3)
u["neg"] = filters.unsharp_mask(f64 * 2 - 1, 1.0, 2.0)
u["preserve"] = filters.unsharp_mask(u8, 1.5, 0.7, preserve_range=True)
# channel_axis=-1 slices the wrong axis in scikit-image 0.19 (slice_at_axis with a negative axis): compare axis 2
u["rgb"] = filters.unsharp_mask(rgb, 2, 1, channel_axis=2)
u["rgb_axis0"] = filters.unsharp_mask(np.moveaxis(rgb, -1, 0), 2, 1, channel_axis=0)
u["rgb_nochannel"] = filters.unsharp_mask(rgb, 1.2)
u["camera"] = sample(filters.unsharp_mask(camera, 3, 2))
out["unsharp"] = u

d = {}
d["u8"] = filters.difference_of_gaussians(u8, 1)
d["f64"] = filters.difference_of_gaussians(f64, 1.5, 3)
d["f32"] = filters.difference_of_gaussians(f32, 0.7)
d["axes"] = filters.difference_of_gaussians(f64, (1, 2), (2, 4), mode="reflect")
d["const"] = filters.difference_of_gaussians(f64, 1, mode="constant", cval=0.5, truncate=2.0)
d["rgb"] = filters.difference_of_gaussians(rgb, 1, 2, channel_axis=-1)
d["vol"] = filters.difference_of_gaussians(vol, 0.8)
d["coins"] = sample(filters.difference_of_gaussians(coins, 2, 6))
out["dog"] = d
dump("skimage_filters/more", out)
