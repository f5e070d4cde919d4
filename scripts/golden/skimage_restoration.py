"""Golden fixtures for skimage.restoration. Run: /usr/bin/python3 scripts/golden/skimage_restoration.py

Noisy inputs are built from NumPy's legacy RandomState uniform stream, which the tests replay
bit for bit, so only small inputs are stored; large results are sampled on a grid plus a sum.
"""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

from skimage import data, restoration  # noqa: E402

warnings.simplefilter("ignore")
SUB = (slice(None, None, 7), slice(None, None, 5))


def sample(a):
    return {"sub": a[SUB], "sum": float(np.sum(a, dtype=np.float64)), "shape": list(a.shape), "dtype": str(a.dtype)}


def noisy(img, seed, amp):
    """img / 255 plus uniform noise in [-amp, amp) (RandomState(seed).random_sample)."""
    rng = np.random.RandomState(seed)
    return img / 255.0 + amp * (2 * rng.random_sample(img.shape) - 1)


rng = np.random.RandomState(5)
small = rng.random_sample((13, 11))
small3 = rng.random_sample((6, 7, 5))
small_rgb = rng.random_sample((12, 10, 3))
u8 = rng.randint(0, 256, size=(14, 12)).astype(np.uint8)
neg = small - 0.5
camera = data.camera()
cam_noisy = noisy(camera, 0, 0.2)
ast = data.astronaut()[100:228, 150:278]
ast_noisy = noisy(ast, 1, 0.2)

out = {"versions": versions(), "small": small, "small3": small3, "small_rgb": small_rgb, "u8": u8}

tv = {}
tv["small"] = restoration.denoise_tv_chambolle(small)
tv["small_w"] = restoration.denoise_tv_chambolle(small, weight=0.3, eps=1e-5, max_num_iter=50)
tv["small_iter3"] = restoration.denoise_tv_chambolle(small, max_num_iter=3)
tv["small_T"] = restoration.denoise_tv_chambolle(small.T, weight=0.2)
tv["small_rev"] = restoration.denoise_tv_chambolle(small[::-1, ::-2], weight=0.2)
tv["small3"] = restoration.denoise_tv_chambolle(small3, weight=0.15)
tv["rgb_ch"] = restoration.denoise_tv_chambolle(small_rgb, weight=0.2, channel_axis=-1)
tv["rgb_ch0"] = restoration.denoise_tv_chambolle(np.moveaxis(small_rgb, -1, 0), weight=0.2, channel_axis=0)
tv["rgb_multi"] = restoration.denoise_tv_chambolle(small_rgb, 0.2, 2e-4, 200, True)
tv["u8"] = restoration.denoise_tv_chambolle(u8, weight=0.1)
tv["f32"] = restoration.denoise_tv_chambolle(small.astype(np.float32), weight=0.1)
tv["camera"] = sample(restoration.denoise_tv_chambolle(cam_noisy, weight=0.1))
tv["astronaut"] = sample(restoration.denoise_tv_chambolle(ast_noisy, weight=0.1, channel_axis=-1))
out["tv"] = tv

es = {}
es["small"] = restoration.estimate_sigma(small)
es["small_odd"] = restoration.estimate_sigma(small[:, :10])
es["small3"] = restoration.estimate_sigma(small3)
es["rgb"] = restoration.estimate_sigma(small_rgb, channel_axis=-1)
es["rgb_avg"] = restoration.estimate_sigma(small_rgb, average_sigmas=True, channel_axis=-1)
es["rgb_multi"] = restoration.estimate_sigma(small_rgb, True, True)
es["rgb_ch0"] = restoration.estimate_sigma(np.moveaxis(small_rgb, -1, 0), channel_axis=0)
es["u8"] = restoration.estimate_sigma(u8)
es["oned"] = restoration.estimate_sigma(small[0])
es["small_T"] = restoration.estimate_sigma(small.T)
es["camera"] = restoration.estimate_sigma(cam_noisy)
es["camera_clean"] = restoration.estimate_sigma(camera)
es["astronaut"] = restoration.estimate_sigma(ast_noisy, channel_axis=-1)
out["estimate_sigma"] = es

psf = np.ones((5, 5)) / 25
psf3 = np.array([[0.0, 0.1, 0.0], [0.1, 0.5, 0.15], [0.0, 0.1, 0.05]])
rl = {}
rl["small"] = restoration.richardson_lucy(small, psf3, num_iter=10)
rl["small_noclip"] = restoration.richardson_lucy(small * 3, psf3, num_iter=5, clip=False)
rl["small_clip"] = restoration.richardson_lucy(small * 3, psf3, num_iter=5)
rl["small_feps"] = restoration.richardson_lucy(small, psf, num_iter=4, filter_epsilon=0.45)
rl["small_T"] = restoration.richardson_lucy(small.T, psf3, 7)
rl["small3"] = restoration.richardson_lucy(small3, np.ones((3, 3, 3)) / 27, num_iter=3)
rl["f32"] = restoration.richardson_lucy(small.astype(np.float32), psf3, num_iter=3)
rl["u8"] = restoration.richardson_lucy(u8, psf3, num_iter=3)
rl["even_psf"] = restoration.richardson_lucy(small, np.ones((2, 4)) / 8, num_iter=3)
rl["camera"] = sample(restoration.richardson_lucy(camera[200:328, 200:328] / 255.0, psf, num_iter=30))
out["richardson_lucy"] = rl
out["psf3"] = psf3

bl = {}
bl["small"] = restoration.denoise_bilateral(small)
bl["small_opts"] = restoration.denoise_bilateral(small, win_size=3, sigma_color=0.2, sigma_spatial=2, bins=50)
for mode in ["constant", "edge", "symmetric", "reflect", "wrap"]:
    bl["mode_" + mode] = restoration.denoise_bilateral(small, sigma_color=0.3, mode=mode, cval=0.4)
bl["neg"] = restoration.denoise_bilateral(neg, sigma_color=0.3, sigma_spatial=1.5)
bl["u8"] = restoration.denoise_bilateral(u8, sigma_color=0.1)
bl["rgb"] = restoration.denoise_bilateral(small_rgb, sigma_color=0.2, channel_axis=-1)
bl["rgb_multi"] = restoration.denoise_bilateral(small_rgb, 5, 0.2, 1, 10000, "constant", 0, True)
bl["rgb_ch0"] = restoration.denoise_bilateral(np.moveaxis(small_rgb, -1, 0), sigma_color=0.2, channel_axis=0)
bl["small_T"] = restoration.denoise_bilateral(small.T, sigma_color=0.25)
bl["f32"] = restoration.denoise_bilateral(small.astype(np.float32), sigma_color=0.25)
bl["camera"] = sample(restoration.denoise_bilateral(cam_noisy, sigma_color=0.1, sigma_spatial=3))
out["bilateral"] = bl

nl = {}
nl["small"] = restoration.denoise_nl_means(small, patch_size=3, patch_distance=2)
nl["small_slow"] = restoration.denoise_nl_means(small, patch_size=3, patch_distance=2, fast_mode=False)
nl["small_sigma"] = restoration.denoise_nl_means(small, 5, 3, 0.2, sigma=0.1)
nl["small_sigma_slow"] = restoration.denoise_nl_means(small, 5, 3, 0.2, fast_mode=False, sigma=0.1)
nl["small_default"] = restoration.denoise_nl_means(small)
nl["small_default_slow"] = restoration.denoise_nl_means(small, fast_mode=False)
nl["small_even"] = restoration.denoise_nl_means(small, patch_size=4, patch_distance=2)
nl["small_even_slow"] = restoration.denoise_nl_means(small, patch_size=4, patch_distance=2, fast_mode=False)
nl["u8"] = restoration.denoise_nl_means(u8, patch_size=3, patch_distance=2, h=20)
nl["u8_pr"] = restoration.denoise_nl_means(u8, patch_size=3, patch_distance=2, h=20, preserve_range=True)
nl["u8_pr_slow"] = restoration.denoise_nl_means(u8, patch_size=3, patch_distance=2, h=20, fast_mode=False, preserve_range=True)
nl["rgb"] = restoration.denoise_nl_means(small_rgb, patch_size=3, patch_distance=2, h=0.15, channel_axis=-1)
nl["rgb_slow"] = restoration.denoise_nl_means(small_rgb, patch_size=3, patch_distance=2, h=0.15, fast_mode=False, channel_axis=-1)
nl["rgb_multi"] = restoration.denoise_nl_means(small_rgb, 3, 2, 0.15, True)
nl["rgb_ch0"] = restoration.denoise_nl_means(np.moveaxis(small_rgb, -1, 0), 3, 2, 0.15, channel_axis=0)
nl["small3"] = restoration.denoise_nl_means(small3, patch_size=3, patch_distance=1, h=0.2)
nl["small3_slow"] = restoration.denoise_nl_means(small3, patch_size=3, patch_distance=1, h=0.2, fast_mode=False)
nl["small_T"] = restoration.denoise_nl_means(small.T, patch_size=3, patch_distance=2)
nl["f32"] = restoration.denoise_nl_means(small.astype(np.float32), patch_size=3, patch_distance=2)
crop = cam_noisy[150:278, 200:328]
nl["camera"] = sample(restoration.denoise_nl_means(crop, h=0.08, sigma=0.1))
nl["camera_slow"] = sample(restoration.denoise_nl_means(crop[:64, :64], patch_size=5, patch_distance=6, h=0.08, fast_mode=False))
out["nl_means"] = nl

dump("skimage_restoration/restoration", out)
