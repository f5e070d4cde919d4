"""Golden fixtures for skimage.exposure. Run: /usr/bin/python3 scripts/golden/skimage_exposure.py"""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

from skimage import data, exposure  # noqa: E402
from skimage.util import img_as_float  # noqa: E402

warnings.simplefilter("ignore")
SUB = (slice(None, None, 7), slice(None, None, 5))  # full-image results are sampled on this grid


def sample(a):
    return {"sub": a[SUB], "sum": float(np.sum(a, dtype=np.float64)), "shape": list(a.shape), "dtype": str(a.dtype)}


rng = np.random.RandomState(17)
u8 = rng.randint(0, 256, size=(20, 24)).astype(np.uint8)
i16 = rng.randint(-300, 900, size=(12, 9)).astype(np.int16)
f64 = rng.rand(18, 15) * 0.8 + 0.1
f32 = f64.astype(np.float32)
rgb = rng.randint(0, 256, size=(16, 14, 3)).astype(np.uint8)
camera = data.camera()
coins = data.coins()
ast = data.astronaut()

out = {"versions": versions(), "u8": u8, "i16": i16, "f64": f64, "f32": f32, "rgb": rgb}

h = {}
for key, img in [("u8", u8), ("i16", i16), ("f64", f64), ("f32", f32), ("u8T", u8.T), ("f64_rev", f64[::-1, ::-2])]:
    hist, c = exposure.histogram(img)
    h[key] = {"hist": hist, "centers": c}
h["u8_dtype"] = dict(zip(["hist", "centers"], exposure.histogram(u8, source_range="dtype")))
h["f64_dtype"] = dict(zip(["hist", "centers"], exposure.histogram(f64, nbins=10, source_range="dtype")))
h["f64_norm"] = dict(zip(["hist", "centers"], exposure.histogram(f64, nbins=7, normalize=True)))
h["rgb_channels"] = dict(zip(["hist", "centers"], exposure.histogram(rgb, channel_axis=-1)))
h["rgbf_channels"] = dict(zip(["hist", "centers"], exposure.histogram(rgb / 255.0, nbins=9, channel_axis=-1, normalize=True)))
h["rgb_axis0"] = dict(zip(["hist", "centers"], exposure.histogram(np.moveaxis(rgb, -1, 0), channel_axis=0)))
h["camera"] = dict(zip(["hist", "centers"], exposure.histogram(camera)))
h["camera_float"] = dict(zip(["hist", "centers"], exposure.histogram(camera / 255.0, nbins=64)))
out["histogram"] = h

out["cdf"] = {
    "u8": exposure.cumulative_distribution(u8),
    "f64": exposure.cumulative_distribution(f64, 20),
    "f32": exposure.cumulative_distribution(f32, 20),
    "coins": exposure.cumulative_distribution(coins),
}

out["equalize_hist"] = {
    "u8": exposure.equalize_hist(u8),
    "f64": exposure.equalize_hist(f64, nbins=32),
    "f32": exposure.equalize_hist(f32),
    "f64T": exposure.equalize_hist(f64.T),
    "mask": exposure.equalize_hist(u8, mask=u8 > 100),
    "camera": sample(exposure.equalize_hist(camera)),
}

r = {}
r["u8"] = exposure.rescale_intensity(u8)
r["u8_in"] = exposure.rescale_intensity(u8, in_range=(50, 180))
r["u8_out_float"] = exposure.rescale_intensity(u8, out_range=(0, 1))
r["u8_out_float_name"] = exposure.rescale_intensity(u8, out_range="float")
r["u8_in_uint8_out_uint12"] = exposure.rescale_intensity(u8, in_range="uint8", out_range="uint12")
r["i16"] = exposure.rescale_intensity(i16)
r["i16_out_dtype_uint8"] = exposure.rescale_intensity(i16, out_range=np.uint8)
r["i16_in_dtype"] = exposure.rescale_intensity(i16, in_range="dtype")
r["i16_out_pos"] = exposure.rescale_intensity(i16, out_range=(0, 127))
r["f64"] = exposure.rescale_intensity(f64)
r["f64_in"] = exposure.rescale_intensity(f64, in_range=(0.2, 0.7))
r["f64_uint8"] = exposure.rescale_intensity(f64, out_range="uint8")
r["f64_out_image"] = exposure.rescale_intensity(f64, in_range=(0, 1), out_range="image")
r["f32"] = exposure.rescale_intensity(f32, out_range=(-1, 1))
r["f32_in"] = exposure.rescale_intensity(f32, in_range=(0.2, 0.7))
r["const"] = exposure.rescale_intensity(np.full((2, 3), 127, dtype=np.int32))
r["f64_rev"] = exposure.rescale_intensity(f64[::-1, ::-2], out_range=(-5, 5))
out["rescale"] = r

a = {}
a["gamma_u8"] = exposure.adjust_gamma(u8, 2.2)
a["gamma_u8_gain"] = exposure.adjust_gamma(u8, 0.5, 0.9)
a["gamma_f64"] = exposure.adjust_gamma(f64, 1.7, 1.1)
a["gamma_f32"] = exposure.adjust_gamma(f32, 0.4)
a["gamma_u16"] = exposure.adjust_gamma((u8.astype(np.uint16) * 200), 1.3)
a["log_u8"] = exposure.adjust_log(u8)
a["log_u8_inv"] = exposure.adjust_log(u8, 1.2, True)
a["log_f64"] = exposure.adjust_log(f64, 0.8)
a["log_f64_inv"] = exposure.adjust_log(f64, inv=True)
a["log_f32"] = exposure.adjust_log(f32)
a["sigmoid_u8"] = exposure.adjust_sigmoid(u8)
a["sigmoid_u8_inv"] = exposure.adjust_sigmoid(u8, 0.4, 7, True)
a["sigmoid_f64"] = exposure.adjust_sigmoid(f64, cutoff=0.3, gain=5)
a["sigmoid_f32"] = exposure.adjust_sigmoid(f32)
a["gamma_camera"] = sample(exposure.adjust_gamma(camera, 0.7))
a["log_camera_float"] = sample(exposure.adjust_log(img_as_float(camera), 0.9))
a["sigmoid_camera_float_inv"] = sample(exposure.adjust_sigmoid(img_as_float(camera), 0.4, 7, True))
out["adjust"] = a

lc = {}
lc["u8"] = exposure.is_low_contrast(u8)
lc["narrow"] = exposure.is_low_contrast((u8 // 40 + 100).astype(np.uint8))
lc["narrow_thresh"] = exposure.is_low_contrast((u8 // 40 + 100).astype(np.uint8), fraction_threshold=0.01)
lc["f64"] = exposure.is_low_contrast(f64 * 0.05)
lc["f64_pct"] = exposure.is_low_contrast(f64 * 0.2, 0.1, 10, 90)
lc["rgb"] = exposure.is_low_contrast(rgb)
lc["bool_same"] = exposure.is_low_contrast(np.ones((3, 3), bool))
lc["bool_both"] = exposure.is_low_contrast(np.eye(3, dtype=bool))
lc["camera"] = exposure.is_low_contrast(camera)
out["low_contrast"] = lc

ref = rng.randint(20, 120, size=(10, 11)).astype(np.uint8)
m = {}
m["u8"] = exposure.match_histograms(u8, ref)
m["f64"] = exposure.match_histograms(f64, ref)
m["f32"] = exposure.match_histograms(f32, f64 ** 2)
m["rgb"] = exposure.match_histograms(rgb, rgb[::-1, :, ::-1].copy(), channel_axis=-1)
m["rgbf"] = exposure.match_histograms(rgb / 255.0, np.sqrt(rgb / 255.0), channel_axis=-1)
m["rgb_axis0"] = exposure.match_histograms(np.moveaxis(rgb, -1, 0), np.moveaxis(rgb[::-1, :, ::-1], -1, 0), channel_axis=0)
m["ref"] = ref
m["coins_camera"] = sample(exposure.match_histograms(coins, camera))
out["match"] = m

c = {}
c["u8"] = exposure.equalize_adapthist(u8, kernel_size=5)
c["u8_clip0"] = exposure.equalize_adapthist(u8, kernel_size=(4, 6), clip_limit=0)
c["u8_nb"] = exposure.equalize_adapthist(u8, kernel_size=8, clip_limit=0.05, nbins=64)
c["f64"] = exposure.equalize_adapthist(f64)
c["f32"] = exposure.equalize_adapthist(f32, kernel_size=4)
c["f64T"] = exposure.equalize_adapthist(f64.T, kernel_size=(5, 3), clip_limit=0.1)
c["rgb"] = exposure.equalize_adapthist(rgb, kernel_size=4)
c["camera"] = sample(exposure.equalize_adapthist(camera))
c["camera_k"] = sample(exposure.equalize_adapthist(camera, kernel_size=100, clip_limit=0.03, nbins=128))
c["coins"] = sample(exposure.equalize_adapthist(coins, clip_limit=0.02))
c["astronaut"] = sample(exposure.equalize_adapthist(ast))
vol = np.random.RandomState(3).randint(0, 256, size=(6, 7, 9)).astype(np.uint8)
c["vol_in"] = vol
c["vol"] = exposure.equalize_adapthist(vol, kernel_size=(2, 3, 4))
c["vol_default"] = exposure.equalize_adapthist(vol, clip_limit=0.05)
c["vol_f"] = exposure.equalize_adapthist(vol / 255.0, kernel_size=3, nbins=32)
c["line"] = exposure.equalize_adapthist(u8[0].astype(np.float64) / 255, kernel_size=5)
out["adapthist"] = c

dump("skimage_exposure/exposure", out)
