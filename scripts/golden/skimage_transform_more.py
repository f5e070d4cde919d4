"""Golden fixtures for skimage.transform's Hough transforms, integral images, pyramids, swirl,
radon/iradon and resize_local_mean. Run: /usr/bin/python3 scripts/golden/skimage_transform_more.py"""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

from skimage import data, draw, feature, transform  # noqa: E402

warnings.simplefilter("ignore")
SUB = (slice(None, None, 7), slice(None, None, 5))


def sample(a):
    return {"sub": a[SUB], "sum": float(np.sum(a, dtype=np.float64)), "shape": list(a.shape), "dtype": str(a.dtype)}


rng = np.random.RandomState(11)
small = rng.random_sample((13, 11))
small3 = rng.random_sample((6, 7, 5))
small_rgb = rng.random_sample((12, 10, 3))
u8 = rng.randint(0, 256, size=(14, 12)).astype(np.uint8)
i32 = rng.randint(-50, 50, size=(9, 8)).astype(np.int32)
out = {"versions": versions(), "small": small, "small3": small3, "small_rgb": small_rgb, "u8": u8, "i32": i32}

# --- Hough lines: a synthetic image with three lines, and camera's edges
lines = np.zeros((60, 70), dtype=bool)
rr, cc = draw.line(5, 5, 50, 60); lines[rr, cc] = True
rr, cc = draw.line(10, 40, 55, 40); lines[rr, cc] = True
rr, cc = draw.line(30, 2, 30, 66); lines[rr, cc] = True
out["lines"] = lines
hl = {}
h, t, d = transform.hough_line(lines)
hl["default"] = {"h": h, "theta": t, "d": d}
theta = np.linspace(-np.pi / 2, np.pi / 2, 90, endpoint=False)
h2, t2, d2 = transform.hough_line(lines, theta=theta)
hl["theta90"] = {"h": h2, "theta": t2, "d": d2}
hl["strided"] = transform.hough_line(lines[::-1, ::2])[0]
peaks = {}
peaks["default"] = transform.hough_line_peaks(h, t, d)
peaks["opts"] = transform.hough_line_peaks(h, t, d, min_distance=3, min_angle=3, threshold=10, num_peaks=5)
peaks["num2"] = transform.hough_line_peaks(h, t, d, num_peaks=2)
peaks["none"] = transform.hough_line_peaks(h, t, d, threshold=1e9)
peaks["theta90"] = transform.hough_line_peaks(h2, t2, d2, min_distance=5, min_angle=20)
edges = feature.canny(data.camera()[100:300, 150:350], sigma=3)
out["camera_edges"] = edges
hc, tc, dc = transform.hough_line(edges)
hl["camera"] = {"sum": int(hc.sum()), "sub": hc[::9, ::4], "shape": list(hc.shape), "dtype": str(hc.dtype)}
peaks["camera"] = transform.hough_line_peaks(hc, tc, dc, num_peaks=10)
hl["peaks"] = peaks
out["hough_line"] = hl

# --- Hough circles
circles = np.zeros((50, 60), dtype=np.uint8)
for (r, c, rad) in [(20, 25, 10), (30, 40, 7), (12, 48, 5)]:
    rr, cc = draw.circle_perimeter(r, c, rad)
    circles[rr, cc] = 1
out["circles"] = circles
radii = np.array([5, 7, 10, 12])
hcirc = {}
hcirc["default"] = transform.hough_circle(circles, radii)
hcirc["nonorm"] = transform.hough_circle(circles, radii, normalize=False)
hcirc["full"] = transform.hough_circle(circles, radii, full_output=True)
hcirc["scalar"] = transform.hough_circle(circles, 7)
hcirc["float_radius"] = transform.hough_circle(circles, [6.7, 9.2])
hs = hcirc["default"]
cp = {}
cp["default"] = transform.hough_circle_peaks(hs, radii)
cp["num1"] = transform.hough_circle_peaks(hs, radii, num_peaks=1)
cp["total"] = transform.hough_circle_peaks(hs, radii, num_peaks=2, total_num_peaks=3)
cp["dist"] = transform.hough_circle_peaks(hs, radii, min_xdistance=5, min_ydistance=5)
cp["dist_total"] = transform.hough_circle_peaks(hs, radii, min_xdistance=5, min_ydistance=5, total_num_peaks=2)
cp["threshold"] = transform.hough_circle_peaks(hs, radii, threshold=0.5)
cp["norm"] = transform.hough_circle_peaks(hcirc["nonorm"], radii, normalize=True, total_num_peaks=4)
cp["nonorm"] = transform.hough_circle_peaks(hcirc["nonorm"], radii, total_num_peaks=4)
cp["none"] = transform.hough_circle_peaks(hs, radii, threshold=10)
coins_edges = feature.canny(data.coins()[160:300, 0:200], sigma=3, low_threshold=10, high_threshold=50)
out["coins_edges"] = coins_edges
coin_radii = np.arange(20, 35, 2)
hcoins = transform.hough_circle(coins_edges, coin_radii)
hcirc["coins"] = {"sum": float(hcoins.sum()), "sub": hcoins[:, ::7, ::5], "shape": list(hcoins.shape)}
cp["coins"] = transform.hough_circle_peaks(hcoins, coin_radii, total_num_peaks=4)
hcirc["peaks"] = cp
out["hough_circle"] = hcirc

# --- integral images
ii = {}
ii["small"] = transform.integral_image(small)
ii["u8"] = transform.integral_image(u8)
ii["i32"] = transform.integral_image(i32)
ii["u8_f32"] = transform.integral_image(u8, dtype=np.float32)
ii["small3"] = transform.integral_image(small3)
ii["T"] = transform.integral_image(u8.T)
ii["f32"] = transform.integral_image(small.astype(np.float32))
ii["camera"] = sample(transform.integral_image(data.camera()))
iu = transform.integral_image(u8)
ii["integrate_one"] = transform.integrate(iu, (2, 3), (7, 9))
ii["integrate_many"] = transform.integrate(iu, [(0, 0), (2, 3), (1, 1), (-4, -3)], [(13, 11), (7, 9), (1, 1), (-1, -1)])
ii["integrate_3d"] = transform.integrate(transform.integral_image(small3), [(1, 2, 0), (0, 0, 0)], [(4, 5, 3), (5, 6, 4)])
out["integral"] = ii

# --- pyramids
py = {}
py["reduce"] = transform.pyramid_reduce(small)
py["reduce_opts"] = transform.pyramid_reduce(small, downscale=3, sigma=0.8, order=3, mode="constant", cval=0.3)
py["reduce_wrap"] = transform.pyramid_reduce(small, mode="wrap", order=0)
py["reduce_u8"] = transform.pyramid_reduce(u8)
py["reduce_u8_pr"] = transform.pyramid_reduce(u8, preserve_range=True)
py["reduce_rgb"] = transform.pyramid_reduce(small_rgb, channel_axis=-1)
py["reduce_rgb0"] = transform.pyramid_reduce(np.moveaxis(small_rgb, -1, 0), channel_axis=0)
py["reduce_multi"] = transform.pyramid_reduce(small_rgb, 2, None, 1, "reflect", 0, True)
py["reduce_guess_rgb"] = transform.pyramid_reduce(small_rgb)
py["reduce_3d"] = transform.pyramid_reduce(small3, downscale=2.5)
py["reduce_T"] = transform.pyramid_reduce(small.T)
py["expand"] = transform.pyramid_expand(small)
py["expand_opts"] = transform.pyramid_expand(small, upscale=3, sigma=0.7, order=0, mode="constant", cval=0.2)
py["expand_rgb"] = transform.pyramid_expand(small_rgb, channel_axis=-1)
py["expand_u8_pr"] = transform.pyramid_expand(u8, upscale=1.5, preserve_range=True)
py["expand_f32"] = transform.pyramid_expand(small.astype(np.float32))
py["gaussian"] = list(transform.pyramid_gaussian(small))
py["gaussian_max2"] = list(transform.pyramid_gaussian(small, max_layer=2, downscale=3))
py["gaussian_rgb"] = list(transform.pyramid_gaussian(small_rgb, channel_axis=-1))
py["laplacian"] = list(transform.pyramid_laplacian(small))
py["laplacian_max2"] = list(transform.pyramid_laplacian(small, max_layer=2, sigma=1.5, order=0))
py["laplacian_rgb"] = list(transform.pyramid_laplacian(small_rgb, channel_axis=-1))
py["laplacian_u8_pr"] = list(transform.pyramid_laplacian(u8, max_layer=1, preserve_range=True))
py["expand_multi"] = transform.pyramid_expand(small_rgb, 2, None, 1, "reflect", 0, True)
py["gaussian_opts"] = list(transform.pyramid_gaussian(small, max_layer=2, sigma=0.9, order=0, mode="constant", cval=0.3))
py["gaussian_u8_pr"] = list(transform.pyramid_gaussian(u8, max_layer=1, preserve_range=True))
py["gaussian_multi"] = list(transform.pyramid_gaussian(small_rgb, 2, 2, None, 1, "reflect", 0, True))
py["laplacian_opts"] = list(transform.pyramid_laplacian(small, max_layer=2, downscale=3, mode="constant", cval=0.4))
py["laplacian_multi"] = list(transform.pyramid_laplacian(small_rgb, 1, 2, None, 1, "wrap", 0, True))
py["astronaut"] = [sample(a) for a in transform.pyramid_gaussian(data.astronaut(), max_layer=3, channel_axis=-1)]
py["camera_laplacian"] = [sample(a) for a in transform.pyramid_laplacian(data.camera(), max_layer=2)]
out["pyramids"] = py

# --- swirl
sw = {}
sw["default"] = transform.swirl(small)
sw["opts"] = transform.swirl(small, center=(4, 6), strength=3, radius=8, rotation=0.3)
sw["order0"] = transform.swirl(u8, strength=2, radius=6, order=0)
sw["order3"] = transform.swirl(small, strength=2, radius=6, order=3, mode="constant", cval=0.5)
sw["noclip"] = transform.swirl(small, strength=2, radius=6, order=3, clip=False)
sw["outshape"] = transform.swirl(small, strength=2, radius=6, output_shape=(8, 15))
sw["u8_pr"] = transform.swirl(u8, strength=2, radius=6, preserve_range=True)
sw["rgb"] = transform.swirl(small_rgb, strength=2, radius=6, mode="edge")
for m in ["symmetric", "wrap", "reflect"]:
    sw["mode_" + m] = transform.swirl(small, strength=4, radius=10, mode=m)
sw["T"] = transform.swirl(small.T, strength=2, radius=6)
sw["camera"] = sample(transform.swirl(data.camera(), rotation=0, strength=10, radius=120))
out["swirl"] = sw

# --- radon / iradon
phantom = transform.rescale(data.shepp_logan_phantom(), 0.1)  # 40x40
out["phantom"] = phantom
rd = {}
theta = np.linspace(0.0, 180.0, 30, endpoint=False)
rd["default"] = transform.radon(phantom)
rd["theta"] = transform.radon(phantom, theta=theta)
rd["nocircle"] = transform.radon(phantom, theta=theta, circle=False)
rd["rect"] = transform.radon(small, theta=[0, 30, 90, 145], circle=False)
rd["rect_circle"] = transform.radon(small, theta=[0, 30, 90, 145])
rd["u8"] = transform.radon(u8, theta=[0, 45, 90], circle=False)
rd["u8_pr"] = transform.radon(u8, theta=[0, 45, 90], circle=False, preserve_range=True)
sino = rd["theta"]
ir = {}
ir["default"] = transform.iradon(sino, theta=theta)
for f in ["shepp-logan", "cosine", "hamming", "hann", None]:
    ir["filter_" + str(f)] = transform.iradon(sino, theta=theta, filter_name=f)
ir["nearest"] = transform.iradon(sino, theta=theta, interpolation="nearest")
ir["cubic"] = transform.iradon(sino, theta=theta, interpolation="cubic")
ir["nocircle"] = transform.iradon(rd["nocircle"], theta=theta, circle=False)
ir["outsize"] = transform.iradon(sino, theta=theta, output_size=30)
ir["notheta"] = transform.iradon(sino)
ir["pr"] = transform.iradon(sino.astype(np.float32), theta=theta, preserve_range=False)
ir["u8"] = transform.iradon(u8[:, :5], preserve_range=False)
ir["u8_pr"] = transform.iradon(u8[:, :5])
rd["iradon"] = ir
out["radon"] = rd

# --- resize_local_mean
rl = {}
rl["down"] = transform.resize_local_mean(small, (5, 4))
rl["up"] = transform.resize_local_mean(small, (20, 17))
rl["nogrid"] = transform.resize_local_mean(small, (5, 7), grid_mode=False)
rl["nogrid_up"] = transform.resize_local_mean(small, (20, 17), grid_mode=False)
rl["u8"] = transform.resize_local_mean(u8, (5, 5))
rl["u8_pr"] = transform.resize_local_mean(u8, (5, 5), preserve_range=True)
rl["rgb"] = transform.resize_local_mean(small_rgb, (5, 4), channel_axis=-1)
rl["rgb_full"] = transform.resize_local_mean(small_rgb, (5, 4, 3), channel_axis=-1)
rl["rgb0"] = transform.resize_local_mean(np.moveaxis(small_rgb, -1, 0), (5, 4), channel_axis=0)
rl["3d"] = transform.resize_local_mean(small3, (3, 9, 2))
rl["1d_extra"] = transform.resize_local_mean(small, (5, 4, 1))
rl["T"] = transform.resize_local_mean(small.T, (5, 4))
rl["f32"] = transform.resize_local_mean(small.astype(np.float32), (5, 4))
rl["camera"] = sample(transform.resize_local_mean(data.camera(), (100, 130)))
out["resize_local_mean"] = rl

dump("skimage_transform_more/transform", out)
