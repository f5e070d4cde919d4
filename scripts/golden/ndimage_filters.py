"""Golden fixtures for scipy.ndimage's filters. Run: /usr/bin/python3 scripts/golden/ndimage_filters.py"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump  # noqa: E402
from ndimage_common import Recorder  # noqa: E402

from scipy import ndimage as ndi  # noqa: E402
from skimage import data  # noqa: E402

rng = np.random.default_rng(17)
srcs = {
    "cam": data.camera()[200:248, 220:260],
    "coinsf": data.coins()[80:120, 100:136] / 255.0,
    "small": rng.random((7, 9)),
    "i16": (rng.random((6, 8)) * 600 - 300).astype(np.int16),
    "line": rng.random(13),
    "vol": rng.random((4, 5, 6)),
}
r = Recorder(srcs)
R = r.ref
MODES = ["reflect", "constant", "nearest", "mirror", "wrap"]

for v in ["", "T", "rev", "bcast"]:
    r.add(f"gauss_cam_{v}", ndi.gaussian_filter, [R("cam", v), 3])
    r.add(f"gauss_small_{v}", ndi.gaussian_filter, [R("small", v), 1.2])
    r.add(f"uniform_cam_{v}", ndi.uniform_filter, [R("cam", v)], {"size": 5})
    r.add(f"median_cam_{v}", ndi.median_filter, [R("cam", v)], {"size": 3})
    r.add(f"max_small_{v}", ndi.maximum_filter, [R("small", v)], {"size": 3})
    r.add(f"sobel_cam_{v}", ndi.sobel, [R("cam", v)])
    r.add(f"laplace_small_{v}", ndi.laplace, [R("small", v)])
for m in MODES:
    r.add(f"gauss_mode_{m}", ndi.gaussian_filter, [R("small"), 1.5], {"mode": m, "cval": 0.25})
    r.add(f"uniform_mode_{m}", ndi.uniform_filter, [R("small")], {"size": [3, 4], "mode": m, "cval": 0.5})
    r.add(f"min_mode_{m}", ndi.minimum_filter, [R("small")], {"size": 4, "mode": m, "cval": 0.1})
    r.add(f"median_mode_{m}", ndi.median_filter, [R("small")], {"size": 4, "mode": m, "cval": 0.7})
    r.add(f"correlate_mode_{m}", ndi.correlate, [R("small"), np.array([[1, 2, 0.5], [0, -1, 3]])], {"mode": m, "cval": 2.0})
    r.add(f"convolve_mode_{m}", ndi.convolve, [R("small"), np.array([[1, 2, 0.5, 1], [0, -1, 3, 2]])], {"mode": m, "cval": 2.0})
    r.add(f"sobel_mode_{m}", ndi.sobel, [R("small")], {"axis": 0, "mode": m, "cval": 1.0})
    r.add(f"laplace_mode_{m}", ndi.laplace, [R("i16")], {"mode": m, "cval": 3})
r.add("gauss_sigma_axes", ndi.gaussian_filter, [R("coinsf"), [0.5, 2.5]])
r.add("gauss_order", ndi.gaussian_filter, [R("coinsf"), 2], {"order": [1, 0]})
r.add("gauss_order2", ndi.gaussian_filter, [R("small"), 1.1], {"order": 2, "mode": "nearest"})
r.add("gauss_order_3", ndi.gaussian_filter, [R("line"), 1.7], {"order": 3})
r.add("gauss_truncate", ndi.gaussian_filter, [R("coinsf"), 1.5], {"truncate": 2.0})
r.add("gauss_radius", ndi.gaussian_filter, [R("coinsf"), 1.5], {"radius": 2})
r.add("gauss_modes_seq", ndi.gaussian_filter, [R("small"), 1.0], {"mode": ["wrap", "constant"], "cval": 1.0})
r.add("gauss_i16", ndi.gaussian_filter, [R("i16"), 1.3])
r.add("gauss_cam_f32", ndi.gaussian_filter, [R("cam"), 2], {"output": "float32"})
r.add("gauss_cam_f64", ndi.gaussian_filter, [R("cam"), 2], {"output": "float64"})
r.add("gauss_vol", ndi.gaussian_filter, [R("vol"), [1, 0, 2]])
r.add("gauss_zero_sigma", ndi.gaussian_filter, [R("i16"), 0])
r.add("uniform_cam_size", ndi.uniform_filter, [R("cam")], {"size": [3, 7], "origin": [1, -2]})
r.add("uniform_i16", ndi.uniform_filter, [R("i16")], {"size": 4})
r.add("uniform_vol", ndi.uniform_filter, [R("vol")], {"size": 3, "mode": "nearest"})
r.add("uniform_line", ndi.uniform_filter, [R("line")], {"size": 6, "origin": 2})
r.add("min_cam", ndi.minimum_filter, [R("cam")], {"size": [5, 2]})
r.add("max_cam_fp", ndi.maximum_filter, [R("cam")], {"footprint": np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], bool)})
r.add("min_cam_fp_origin", ndi.minimum_filter, [R("cam")], {"footprint": np.array([[1, 0, 1], [1, 1, 0]], bool), "origin": [0, -1], "mode": "constant", "cval": 7})
r.add("max_fp_full", ndi.maximum_filter, [R("small")], {"footprint": np.ones((2, 3), bool), "mode": "wrap"})
r.add("median_cam5", ndi.median_filter, [R("cam")], {"size": 5})
r.add("median_fp", ndi.median_filter, [R("cam")], {"footprint": np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], bool)})
r.add("median_even", ndi.median_filter, [R("small")], {"size": [2, 3], "origin": [0, 1]})
r.add("median_vol", ndi.median_filter, [R("vol")], {"size": 3})
r.add("median_i16", ndi.median_filter, [R("i16")], {"size": 3, "mode": "constant", "cval": -5})
r.add("correlate_cam", ndi.correlate, [R("cam"), np.array([[1, 0, -1], [2, 0, -2], [1, 0, -1]])])
r.add("convolve_cam_f", ndi.convolve, [R("coinsf"), np.ones((5, 5)) / 25.0])
r.add("correlate_origin", ndi.correlate, [R("small"), np.array([[0.5, 1.5, -2.0], [1.0, 0.25, 3.0], [2, 2, 2]])], {"origin": [1, -1]})
r.add("convolve_origin", ndi.convolve, [R("small"), np.array([[0.5, 1.5], [1.0, 0.25]])], {"origin": [0, -1]})
r.add("convolve_line", ndi.convolve, [R("line"), np.array([1.0, 3.0, -1.0, 2.0])], {"mode": "mirror"})
r.add("sobel_axis0_cam", ndi.sobel, [R("cam")], {"axis": 0})
r.add("sobel_f", ndi.sobel, [R("coinsf")])
r.add("sobel_vol", ndi.sobel, [R("vol")], {"axis": 1})
r.add("laplace_cam", ndi.laplace, [R("cam")])
r.add("laplace_f", ndi.laplace, [R("coinsf")], {"mode": "nearest"})
r.add("laplace_vol", ndi.laplace, [R("vol")])
dump("ndimage/filters", r.fixture())


def more_filters():
    """The one-axis filters, prewitt, the Gaussian derivatives and grey morphology."""
    r = Recorder(srcs)
    R = r.ref
    for v in ["", "T", "rev", "bcast"]:
        r.add(f"g1d_{v}", ndi.gaussian_filter1d, [R("cam", v), 2.0])
        r.add(f"prewitt_{v}", ndi.prewitt, [R("cam", v)])
        r.add(f"glap_{v}", ndi.gaussian_laplace, [R("coinsf", v), 1.5])
        r.add(f"ggm_{v}", ndi.gaussian_gradient_magnitude, [R("coinsf", v), 1.5])
        r.add(f"grey_open_{v}", ndi.grey_opening, [R("cam", v)], {"size": 3})
    for m in MODES:
        r.add(f"g1d_{m}", ndi.gaussian_filter1d, [R("small"), 1.3], {"axis": 0, "order": 1, "mode": m, "cval": 0.5})
        r.add(f"u1d_{m}", ndi.uniform_filter1d, [R("small"), 4], {"mode": m, "cval": 0.5, "origin": 1})
        r.add(f"min1d_{m}", ndi.minimum_filter1d, [R("small"), 3], {"axis": 0, "mode": m, "cval": 0.1})
        r.add(f"max1d_{m}", ndi.maximum_filter1d, [R("small"), 4], {"mode": m, "cval": 0.9, "origin": -1})
        r.add(f"c1d_{m}", ndi.correlate1d, [R("small"), [1.0, -2.0, 0.5, 3.0]], {"axis": 0, "mode": m, "cval": 0.3})
        r.add(f"c1d_sym_{m}", ndi.correlate1d, [R("small"), [0.25, 0.5, 0.25]], {"mode": m, "origin": 1})
        r.add(f"c1d_anti_{m}", ndi.correlate1d, [R("small"), [-1.0, 0.0, 1.0]], {"mode": m})
        r.add(f"v1d_{m}", ndi.convolve1d, [R("small"), [1.0, -2.0, 0.5, 3.0]], {"mode": m, "origin": -1})
        r.add(f"prewitt_{m}", ndi.prewitt, [R("small")], {"axis": 0, "mode": m, "cval": 0.2})
        r.add(f"glap_{m}", ndi.gaussian_laplace, [R("small"), 1.1], {"mode": m})
        r.add(f"ggm_{m}", ndi.gaussian_gradient_magnitude, [R("small"), [1.1, 0.7]], {"mode": m})
    r.add("g1d_order2_radius", ndi.gaussian_filter1d, [R("line"), 1.5], {"order": 2, "radius": 3})
    r.add("g1d_i16", ndi.gaussian_filter1d, [R("i16"), 1.0])
    r.add("glap_i16", ndi.gaussian_laplace, [R("i16"), 1.0])
    r.add("ggm_i16", ndi.gaussian_gradient_magnitude, [R("i16"), 1.0])
    r.add("glap_truncate", ndi.gaussian_laplace, [R("coinsf"), 2.0], {"truncate": 2.0})
    r.add("glap_vol", ndi.gaussian_laplace, [R("vol"), 1.0])
    r.add("u1d_i16", ndi.uniform_filter1d, [R("i16"), 3])
    r.add("c1d_cam", ndi.correlate1d, [R("cam"), [1, 2, 1]], {"axis": 0})
    r.add("v1d_cam_even", ndi.convolve1d, [R("cam"), [1.0, 3.0]])
    fp = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 1]], bool)
    for f in [ndi.grey_erosion, ndi.grey_dilation, ndi.grey_opening, ndi.grey_closing]:
        n = f.__name__
        r.add(f"{n}_size", f, [R("cam")], {"size": [3, 4]})
        r.add(f"{n}_fp", f, [R("cam")], {"footprint": fp})
        r.add(f"{n}_fp_even", f, [R("small")], {"footprint": np.array([[1, 1], [0, 1]], bool), "mode": "nearest"})
        r.add(f"{n}_origin", f, [R("small")], {"size": 3, "origin": [1, -1], "mode": "constant", "cval": 0.5})
        r.add(f"{n}_vol", f, [R("vol")], {"size": 2})
    for v in ["", "T", "rev", "bcast"]:
        r.add(f"rank_{v}", ndi.rank_filter, [R("cam", v), 3], {"size": 3})
        r.add(f"pct_{v}", ndi.percentile_filter, [R("cam", v), 30], {"size": [3, 5]})
    for m in MODES:
        r.add(f"rank_{m}", ndi.rank_filter, [R("small"), -2], {"size": 4, "mode": m, "cval": 0.5})
        r.add(f"pct_{m}", ndi.percentile_filter, [R("small"), 75.5], {"footprint": fp, "mode": m, "cval": 0.5})
    r.add("rank_0", ndi.rank_filter, [R("small"), 0], {"size": 3})
    r.add("rank_last", ndi.rank_filter, [R("small"), -1], {"size": 3})
    r.add("pct_100", ndi.percentile_filter, [R("small"), 100], {"size": 3})
    r.add("pct_neg", ndi.percentile_filter, [R("i16"), -20], {"size": 3, "origin": [0, 1]})
    r.add("pct_vol", ndi.percentile_filter, [R("vol"), 40], {"size": 3})
    # generic_filter with functions the test writes again in TypeScript
    r.add("generic_range", "generic_filter", [R("small"), "range"], {"size": 3}, out=ndi.generic_filter(srcs["small"], lambda w: w.max() - w.min(), size=3))
    r.add("generic_first_fp", "generic_filter", [R("cam"), "first"], {"footprint": fp, "mode": "constant", "cval": 3}, out=ndi.generic_filter(srcs["cam"], lambda w: w[0] * 2 + w[-1], footprint=fp, mode="constant", cval=3))
    r.add("generic_extra", "generic_filter", [R("i16"), "scaled"], {"size": [2, 3], "extra_arguments": [0.5]}, out=ndi.generic_filter(srcs["i16"], lambda w, k: w.sum() * k, size=(2, 3), extra_arguments=(0.5,)))
    dump("ndimage/filters_more", r.fixture())


more_filters()
