"""Golden fixtures for skimage.filters thresholds. Run: /usr/bin/python3 scripts/golden/skimage_thresholds.py"""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

from skimage import data, filters  # noqa: E402

warnings.simplefilter("ignore")
SUB = (slice(None, None, 7), slice(None, None, 5))


def sample(a):
    return {"sub": a[SUB], "sum": float(np.sum(a, dtype=np.float64)), "shape": list(a.shape), "dtype": str(a.dtype)}


rng = np.random.RandomState(5)
bimodal = np.concatenate([rng.normal(60, 12, 300), rng.normal(170, 20, 200)]).clip(0, 255).astype(np.uint8).reshape(20, 25)
f64 = rng.rand(16, 13)
f32 = (rng.rand(14, 12) * 3 - 1).astype(np.float32)
i16 = rng.randint(-50, 400, size=(12, 11)).astype(np.int16)
camera = data.camera()
coins = data.coins()
out = {"versions": versions(), "bimodal": bimodal, "f64": f64, "f32": f32, "i16": i16}

glob = {}
for name, img in [("bimodal", bimodal), ("f64", f64), ("f32", f32), ("i16", i16), ("camera", camera), ("coins", coins), ("bimodalT", bimodal.T)]:
    r = {}
    r["yen"] = filters.threshold_yen(img)
    r["isodata"] = filters.threshold_isodata(img)
    r["isodata_all"] = np.asarray(filters.threshold_isodata(img, return_all=True))
    r["li"] = filters.threshold_li(img)
    r["mean"] = filters.threshold_mean(img)
    r["triangle"] = filters.threshold_triangle(img)
    try:
        r["minimum"] = filters.threshold_minimum(img)
    except RuntimeError as e:
        r["minimum"] = "RuntimeError: " + str(e)
    r["multiotsu"] = filters.threshold_multiotsu(img)
    glob[name] = r
glob["yen_nbins"] = filters.threshold_yen(f64, 32)
glob["isodata_nbins"] = filters.threshold_isodata(f64, nbins=17)
hist = np.bincount(bimodal.ravel())
glob["yen_hist"] = filters.threshold_yen(hist=hist)
glob["minimum_hist"] = filters.threshold_minimum(hist=hist)
glob["isodata_hist_tuple"] = filters.threshold_isodata(hist=(hist, np.arange(hist.size) * 2.0))
glob["li_tol"] = filters.threshold_li(f64, tolerance=0.01)
glob["li_guess"] = filters.threshold_li(camera, initial_guess=120)
glob["multiotsu_4"] = filters.threshold_multiotsu(camera, classes=4)
glob["multiotsu_f64_nbins"] = filters.threshold_multiotsu(f64, 2, 64)
glob["triangle_nbins"] = filters.threshold_triangle(f64, nbins=20)
out["global"] = glob

loc = {}
loc["gaussian"] = filters.threshold_local(bimodal, 5)
loc["gaussian_param"] = filters.threshold_local(f64, 7, offset=0.1, param=2.0, mode="nearest")
loc["mean"] = filters.threshold_local(bimodal, (3, 5), "mean", mode="constant", cval=10)
loc["mean_f32"] = filters.threshold_local(f32, 5, "mean")
loc["median"] = filters.threshold_local(bimodal, 5, "median", offset=2)
loc["median_wrap"] = filters.threshold_local(f64, 3, "median", mode="wrap")
loc["generic"] = filters.threshold_local(f64, 3, "generic", param=lambda v: v.max() - v.min())
loc["gaussian_T"] = filters.threshold_local(bimodal.T, 5, mode="mirror")
loc["camera"] = sample(filters.threshold_local(camera, 35, offset=10))
loc["niblack"] = filters.threshold_niblack(bimodal, 5, 0.3)
loc["niblack_f64"] = filters.threshold_niblack(f64, (3, 5))
loc["niblack_f32"] = filters.threshold_niblack(f32)
loc["sauvola"] = filters.threshold_sauvola(bimodal, 7)
loc["sauvola_r"] = filters.threshold_sauvola(f64, 5, 0.5, r=0.3)
loc["sauvola_camera"] = sample(filters.threshold_sauvola(camera, 25))
loc["niblack_T"] = filters.threshold_niblack(bimodal.T[::-1], 3)
out["local"] = loc

k = np.zeros((5, 5))
k[0, 0] = 1
k[2, 2] = 2
k[4, 1] = -0.5
k2 = np.zeros((3, 3))
k2[1, 2] = 1.5
k2[2, 0] = 1
sp = {}
for mode in ["reflect", "mirror", "nearest", "constant", "wrap"]:
    sp[mode] = filters.correlate_sparse(f64, k, mode=mode)
sp["valid"] = filters.correlate_sparse(f64, k2, mode="valid")
sp["nocorner"] = filters.correlate_sparse(bimodal, k2)
sp["f32"] = filters.correlate_sparse(f32, k2)
out["sparse"] = sp

hy = {}
hy["f64"] = filters.apply_hysteresis_threshold(f64, 0.4, 0.9)
hy["bimodal"] = filters.apply_hysteresis_threshold(bimodal, 100, 200)
hy["swapped"] = filters.apply_hysteresis_threshold(f64, 0.8, 0.5)
hy["arrays"] = filters.apply_hysteresis_threshold(f64, f64.T.mean() * np.ones((16, 13)), np.full(13, 0.85))
edges = filters.sobel(coins)
hy["coins"] = filters.apply_hysteresis_threshold(edges, 0.05, 0.2)
out["hysteresis"] = hy
dump("skimage_filters/thresholds", out)
