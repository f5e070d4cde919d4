"""Golden fixtures for skimage.metrics. Run: /usr/bin/python3 scripts/golden/skimage_metrics.py"""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

from skimage import data, metrics, util  # noqa: E402

warnings.simplefilter("ignore")
SUB = (slice(None, None, 7), slice(None, None, 5))


def sample(a):
    return {"sub": a[SUB], "sum": float(np.sum(a, dtype=np.float64)), "shape": list(a.shape), "dtype": str(a.dtype)}


rng = np.random.RandomState(11)
a8 = rng.randint(0, 256, size=(15, 17)).astype(np.uint8)
b8 = np.clip(a8.astype(int) + rng.randint(-30, 30, size=a8.shape), 0, 255).astype(np.uint8)
af = rng.rand(12, 14)
bf = np.clip(af + rng.normal(0, 0.1, af.shape), 0, 1)
af32 = af.astype(np.float32)
bf32 = bf.astype(np.float32)
rgb1 = rng.randint(0, 256, size=(11, 12, 3)).astype(np.uint8)
rgb2 = np.clip(rgb1.astype(int) + rng.randint(-40, 40, size=rgb1.shape), 0, 255).astype(np.uint8)
camera = data.camera()
# deterministic noise the tests rebuild: ((31 i + 17 j) mod 41) - 20
ii, jj = np.indices(camera.shape)
noisy8 = np.clip(camera.astype(int) + (31 * ii + 17 * jj) % 41 - 20, 0, 255).astype(np.uint8)
out = {"versions": versions(), "a8": a8, "b8": b8, "af": af, "bf": bf, "rgb1": rgb1, "rgb2": rgb2}

m = {}
m["mse_u8"] = metrics.mean_squared_error(a8, b8)
m["mse_f"] = metrics.mean_squared_error(af, bf)
m["mse_f32"] = metrics.mean_squared_error(af32, bf32)
m["mse_mixed"] = metrics.mean_squared_error(a8, b8.astype(np.float32))
m["nrmse_u8"] = metrics.normalized_root_mse(a8, b8)
m["nrmse_minmax"] = metrics.normalized_root_mse(af, bf, normalization="min-max")
m["nrmse_mean"] = metrics.normalized_root_mse(af, bf, normalization="Mean")
m["nrmse_f32"] = metrics.normalized_root_mse(af32, bf32)
m["psnr_u8"] = metrics.peak_signal_noise_ratio(a8, b8)
m["psnr_f"] = metrics.peak_signal_noise_ratio(af, bf)
m["psnr_range"] = metrics.peak_signal_noise_ratio(af, bf, data_range=0.5)
m["psnr_neg"] = metrics.peak_signal_noise_ratio(af * 2 - 1, bf * 2 - 1)
m["psnr_T"] = metrics.peak_signal_noise_ratio(a8.T, b8[::-1].T[:, ::-1])
m["psnr_camera"] = metrics.peak_signal_noise_ratio(camera, noisy8)
m["mse_camera"] = metrics.mean_squared_error(camera, noisy8)
out["simple"] = m

s = {}
s["u8"] = metrics.structural_similarity(a8, b8)
s["f"] = metrics.structural_similarity(af, bf)
s["f_range"] = metrics.structural_similarity(af, bf, data_range=1)
s["f32"] = metrics.structural_similarity(af32, bf32, data_range=1)
s["win5"] = metrics.structural_similarity(a8, b8, win_size=5)
s["gauss"] = metrics.structural_similarity(af, bf, gaussian_weights=True, data_range=1)
s["gauss_sigma"] = metrics.structural_similarity(af, bf, gaussian_weights=True, sigma=1.0, data_range=1, use_sample_covariance=False)
s["k"] = metrics.structural_similarity(af, bf, K1=0.02, K2=0.05, data_range=1)
mssim, S = metrics.structural_similarity(a8, b8, full=True)
s["full"] = {"mssim": mssim, "S": S}
mssim, G = metrics.structural_similarity(af, bf, gradient=True, data_range=1)
s["grad"] = {"mssim": mssim, "G": G}
mssim, G, S = metrics.structural_similarity(af, bf, gradient=True, full=True, data_range=1, gaussian_weights=True)
s["grad_full"] = {"mssim": mssim, "G": G, "S": S}
s["rgb"] = metrics.structural_similarity(rgb1, rgb2, channel_axis=-1)
mssim, S = metrics.structural_similarity(np.moveaxis(rgb1, -1, 0), np.moveaxis(rgb2, -1, 0), channel_axis=0, full=True)
s["rgb_axis0"] = {"mssim": mssim, "S": S}
s["T"] = metrics.structural_similarity(a8.T, b8[::-1].T[:, ::-1])
s["camera"] = metrics.structural_similarity(camera, noisy8)
mssim, S = metrics.structural_similarity(camera, noisy8, full=True, gaussian_weights=True)
s["camera_full"] = {"mssim": mssim, "S": sample(S)}
out["ssim"] = s
n = {}
n["u8"] = metrics.normalized_mutual_information(a8, b8)
n["f"] = metrics.normalized_mutual_information(af, bf, bins=20)
n["same"] = metrics.normalized_mutual_information(af, af)
n["bins2"] = metrics.normalized_mutual_information(a8, b8, bins=[7, 13])
n["pad"] = metrics.normalized_mutual_information(a8, af)
n["camera"] = metrics.normalized_mutual_information(camera, noisy8)
out["nmi"] = n
h = {}
m1 = np.zeros((20, 25), bool); m1[3:7, 4:9] = True; m1[15, 20] = True
m2 = np.zeros((20, 25), bool); m2[5:12, 10:14] = True
h["in"] = {"m1": m1, "m2": m2}
h["d"] = metrics.hausdorff_distance(m1, m2)
h["same"] = metrics.hausdorff_distance(m1, m1)
h["empty"] = metrics.hausdorff_distance(np.zeros((3, 3)), np.zeros((3, 3)))
h["one_empty"] = metrics.hausdorff_distance(m1, np.zeros((20, 25)))
edges = camera > 200
h["camera"] = metrics.hausdorff_distance(edges[::4, ::4], (noisy8 > 200)[::4, ::4])
out["hausdorff"] = h
dump("skimage_metrics/metrics", out)
