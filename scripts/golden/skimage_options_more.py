"""Non-default values of the skimage / scipy.ndimage options no other fixture reaches: run with
/usr/bin/python3 (scikit-image 0.19.3, SciPy 1.10). Writes test/golden/skimage_options_more/options.json.

Each case names a function by its qualified name, its positional and keyword arguments, and the
result. Arguments may be {"src": name} (a source array), {"zeros": shape, "dtype": name} (a fresh
output array: the case then records whether the call returned that very array), {"dtype": name}
(a NumPy dtype) or {"callable": name} (a Python function the test writes again)."""
import importlib
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

from skimage import color, data, measure  # noqa: E402

rng = np.random.default_rng(23)
blobs = np.zeros((12, 12), bool)
blobs[2:6, 2:7] = True
blobs[3, 4] = False
blobs[8:11, 1:4] = True
blobs[7:11, 7:11] = True
blobs[9, 9] = False
labels = measure.label(blobs)
rgb = (rng.random((5, 6, 3)))
srcs = {
    "small": rng.random((7, 9)),
    "cam": data.camera()[200:216, 220:236].copy(),
    "camf": data.camera()[200:216, 220:236] / 255.0,
    "inten": data.camera()[200:212, 220:232] / 255.0,
    "blobs": blobs,
    "labels": labels.astype(np.int64),
    "rgb": rgb,
    "rgb_chw": np.ascontiguousarray(np.moveaxis(rgb, -1, 0)),
    "lab_chw": np.ascontiguousarray(np.moveaxis(color.rgb2lab(rgb), -1, 0)),
    "lch_chw": np.ascontiguousarray(np.moveaxis(color.lab2lch(color.rgb2lab(rgb)), -1, 0)),
    "hed_chw": np.ascontiguousarray(np.moveaxis(color.rgb2hed(rgb), -1, 0)),
    "ydbdr_chw": np.ascontiguousarray(np.moveaxis(color.rgb2ydbdr(rgb), -1, 0)),
    "yiq_chw": np.ascontiguousarray(np.moveaxis(color.rgb2yiq(rgb), -1, 0)),
    "ypbpr_chw": np.ascontiguousarray(np.moveaxis(color.rgb2ypbpr(rgb), -1, 0)),
    "yuv_chw": np.ascontiguousarray(np.moveaxis(color.rgb2yuv(rgb), -1, 0)),
    "coinsrgb": data.astronaut()[100:116, 200:216],
    "ref_rgb": data.astronaut()[300:316, 300:316],
    "stack": rng.random((4, 5, 6, 3)),
    "coord": np.array([[0.5, 2.2, 3.9, 6.1], [1.5, 4.0, 0.7, 2.5]]),
    "rgba": rng.random((5, 6, 4)),
    "vol": rng.random((6, 6, 6)),
    "pits": np.array([[5, 5, 5, 5, 5], [5, 1, 5, 5, 5], [5, 5, 0, 5, 5], [5, 5, 5, 5, 2], [5, 5, 5, 2, 5]], np.uint8),
    "i16": (rng.random((6, 8)) * 600 - 300).astype(np.int16),
    "bimodal": np.concatenate([rng.normal(60, 8, 200), rng.normal(170, 10, 200)]).clip(0, 255).astype(np.uint8).reshape(20, 20),
    "counts": np.array([5, 1, 0, 2, 9, 4, 0, 3, 7, 8, 1, 0, 2, 6, 9, 3]),
    "grey3": np.array([[3, 3, 3, 5, 5], [3, 1, 3, 5, 2], [3, 3, 3, 5, 5], [4, 4, 0, 4, 4]], np.uint8),
}
srcs["bimodalf"] = srcs["bimodal"] / 255.0
cases = []
FUNCS = {
    "range": lambda w: w.max() - w.min(),
    "first": lambda w: w[0] * 2 + w[-1],
}


def area2(mask):
    return float(mask.sum()) / 3


def wmean(mask, inten):
    return float(inten[mask].mean())


FUNCS["area2"] = area2
FUNCS["wmean"] = wmean


def resolve(x, made):
    if isinstance(x, dict) and "src" in x:
        return srcs[x["src"]].copy()
    if isinstance(x, dict) and "zeros" in x:
        a = np.zeros(x["zeros"], np.dtype(x["dtype"]))
        made.append(a)
        return a
    if isinstance(x, dict) and "dtype" in x:
        return np.dtype(x["dtype"])
    if isinstance(x, dict) and "callable" in x:
        return FUNCS[x["callable"]]
    if isinstance(x, list) and x and isinstance(x[0], dict) and "callable" in x[0]:
        return [FUNCS[f["callable"]] for f in x]
    return x


def find(qual):
    mod, _, name = qual.rpartition(".")
    return getattr(importlib.import_module(mod), name)


def add(name, qual, args, kwargs=None):
    kwargs = kwargs or {}
    made = []
    real = [resolve(a, made) for a in args]
    rkw = {k: resolve(v, made) for k, v in kwargs.items()}
    case = {"name": name, "fn": qual, "args": args, "kwargs": kwargs}
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            result = find(qual)(*real, **rkw)
        except Exception as e:  # noqa: BLE001
            case["error"] = [type(e).__name__, str(e)]
            result = None
    case["warnings"] = [[x.category.__name__, str(x.message)] for x in w if x.category.__name__ in ("FutureWarning", "UserWarning")]
    if real and isinstance(real[0], np.ndarray) and kwargs.get("in_place"):
        case["returns_input"] = result is real[0]
    if made:
        case["returns_out"] = result is made[0]
        case["out_value"] = made[0]
    if isinstance(result, tuple):
        result = list(result)
    if isinstance(result, (np.bool_, bool)):
        result = bool(result)
    case["out"] = result
    cases.append(case)


S = lambda n: {"src": n}  # noqa: E731
Z = lambda shape, dt="float64": {"zeros": shape, "dtype": dt}  # noqa: E731
nd = "scipy.ndimage."
# ---- scipy.ndimage: output arrays, and the other options
rot = [[0.9, -0.3], [0.35, 0.95]]
add("affine_output", nd + "affine_transform", [S("small"), rot], {"output": Z([7, 9])})
add("affine_cval", nd + "affine_transform", [S("small"), rot], {"offset": [1.5, -2.0], "cval": 0.5})
add("affine_prefilter", nd + "affine_transform", [S("small"), rot], {"order": 3, "mode": "nearest", "prefilter": False})
for op in ["binary_closing", "binary_dilation", "binary_erosion", "binary_opening"]:
    add(f"{op}_output", nd + op, [S("blobs")], {"output": Z([12, 12], "bool")})
    add(f"{op}_brute", nd + op, [S("blobs")], {"iterations": 2, "brute_force": True})
add("fill_holes_output", nd + "binary_fill_holes", [S("blobs")], {"output": Z([12, 12], "bool")})
add("fill_holes_origin", nd + "binary_fill_holes", [S("blobs")], {"structure": np.ones((3, 3), bool).tolist(), "origin": [0, 1]})
k2 = [[1, 2, 0.5], [0, -1, 3]]
add("convolve_output", nd + "convolve", [S("small"), k2], {"output": Z([7, 9], "float32")})
add("correlate_output", nd + "correlate", [S("i16"), k2], {"output": Z([6, 8])})
add("convolve1d_axis", nd + "convolve1d", [S("small"), [1, 3, -2]], {"axis": 0, "mode": "constant", "cval": 0.75})
add("convolve1d_output", nd + "convolve1d", [S("small"), [1, 3, -2]], {"output": Z([7, 9])})
add("correlate1d_output", nd + "correlate1d", [S("small"), [1, 3, -2, 0.5]], {"axis": 0, "output": Z([7, 9])})
add("gauss1d_output", nd + "gaussian_filter1d", [S("small"), 1.3], {"output": Z([7, 9])})
add("gauss1d_truncate", nd + "gaussian_filter1d", [S("small"), 1.3], {"axis": 0, "truncate": 1.5})
add("ggm_output", nd + "gaussian_gradient_magnitude", [S("small"), 1.1], {"output": Z([7, 9])})
add("ggm_cval_truncate", nd + "gaussian_gradient_magnitude", [S("small"), 1.1], {"mode": "constant", "cval": 0.4, "truncate": 2.5})
add("ggm_radius", nd + "gaussian_gradient_magnitude", [S("small"), 1.1], {"radius": 2})
add("glaplace_output", nd + "gaussian_laplace", [S("small"), 0.9], {"output": Z([7, 9])})
add("glaplace_cval", nd + "gaussian_laplace", [S("small"), 0.9], {"mode": "constant", "cval": 0.3})
add("glaplace_radius", nd + "gaussian_laplace", [S("small"), 0.9], {"radius": [1, 3]})
add("generic_output", nd + "generic_filter", [S("small"), {"callable": "range"}], {"size": 3, "output": Z([7, 9])})
add("generic_origin", nd + "generic_filter", [S("small"), {"callable": "first"}], {"size": [2, 3], "origin": [0, 1]})
for op in ["grey_closing", "grey_dilation", "grey_erosion", "grey_opening"]:
    add(f"{op}_output", nd + op, [S("small")], {"size": [2, 3], "output": Z([7, 9])})
add("laplace_output", nd + "laplace", [S("i16")], {"output": Z([6, 8])})
add("prewitt_output", nd + "prewitt", [S("small")], {"output": Z([7, 9])})
add("sobel_output", nd + "sobel", [S("small")], {"axis": 0, "output": Z([7, 9], "float32")})
add("map_coordinates_output", nd + "map_coordinates", [S("small"), S("coord")], {"output": Z([4])})
add("maximum_output", nd + "maximum_filter", [S("small")], {"size": 3, "output": Z([7, 9])})
add("minimum_output", nd + "minimum_filter", [S("small")], {"size": 3, "output": Z([7, 9])})
add("median_output", nd + "median_filter", [S("i16")], {"size": 3, "output": Z([6, 8], "int16")})
add("percentile_output", nd + "percentile_filter", [S("small"), 30], {"size": 3, "output": Z([7, 9])})
add("uniform_output", nd + "uniform_filter", [S("small")], {"size": 3, "output": Z([7, 9])})
add("max1d_axis", nd + "maximum_filter1d", [S("small"), 3], {"axis": 0})
add("max1d_output", nd + "maximum_filter1d", [S("small"), 3], {"output": Z([7, 9])})
add("min1d_output", nd + "minimum_filter1d", [S("small"), 4], {"output": Z([7, 9])})
add("min1d_origin", nd + "minimum_filter1d", [S("small"), 4], {"origin": 1})
add("uniform1d_axis", nd + "uniform_filter1d", [S("small"), 3], {"axis": 0})
add("uniform1d_output", nd + "uniform_filter1d", [S("small"), 3], {"output": Z([7, 9])})
fp = [[1, 0, 1], [0, 1, 1]]
add("rank_footprint", nd + "rank_filter", [S("small"), 1], {"footprint": fp})
add("rank_output", nd + "rank_filter", [S("small"), -1], {"size": 3, "output": Z([7, 9])})
add("rank_origin", nd + "rank_filter", [S("small"), 2], {"size": [3, 2], "origin": [1, 0]})
add("rotate_output", nd + "rotate", [S("small"), 30], {"reshape": False, "output": Z([7, 9])})
add("rotate_cval", nd + "rotate", [S("small"), 30], {"cval": 0.6})
add("rotate_prefilter", nd + "rotate", [S("small"), 30], {"prefilter": False})
add("shift_output", nd + "shift", [S("small"), [0.4, -1.3]], {"output": Z([7, 9])})
add("shift_prefilter", nd + "shift", [S("small"), [0.4, -1.3]], {"prefilter": False})
add("spline_output", nd + "spline_filter", [S("small")], {"output": Z([7, 9])})
add("zoom_cval", nd + "zoom", [S("small"), 1.4], {"mode": "grid-constant", "cval": 0.8, "grid_mode": True})

# ---- skimage.color: channel_axis=0 for the conversions back to RGB (and lch2lab)
for src, fn in [("hed_chw", "hed2rgb"), ("lab_chw", "lab2rgb"), ("lch_chw", "lch2lab"), ("ydbdr_chw", "ydbdr2rgb"),
                ("yiq_chw", "yiq2rgb"), ("ypbpr_chw", "ypbpr2rgb"), ("yuv_chw", "yuv2rgb")]:
    add(f"{fn}_axis0", "skimage.color." + fn, [S(src)], {"channel_axis": 0})

# ---- deprecated multichannel
add("match_histograms_mc", "skimage.exposure.match_histograms", [S("coinsrgb"), S("ref_rgb")], {"multichannel": True})
add("dog_mc", "skimage.filters.difference_of_gaussians", [S("rgb"), 0.8], {"multichannel": True})
add("unsharp_mc", "skimage.filters.unsharp_mask", [S("rgba")], {"radius": 1.5, "amount": 2.0, "multichannel": True})
# 0.19.3 slices a negative channel_axis (what multichannel=True becomes) along the first axis and
# leaves the other rows of np.empty_like unset: the values are those of channel_axis=2
from skimage import filters  # noqa: E402
cases[-1]["out"] = filters.unsharp_mask(srcs["rgba"], radius=1.5, amount=2.0, channel_axis=2)
cases[-1]["out_from"] = "channel_axis=2"
add("ssim_mc", "skimage.metrics.structural_similarity", [S("coinsrgb"), S("ref_rgb")], {"multichannel": True})
add("montage_mc", "skimage.util.montage", [S("stack")], {"multichannel": True})

# ---- ridge filters
add("frangi_mode", "skimage.filters.frangi", [S("camf")], {"sigmas": [1, 2], "mode": "constant", "cval": 0.25})
add("hessian_scale", "skimage.filters.hessian", [S("camf")], {"scale_range": (1, 3), "scale_step": 1})
add("hessian_alpha_beta", "skimage.filters.hessian", [S("camf")], {"sigmas": [1, 2], "alpha": 0.3, "beta": 0.8, "black_ridges": False})
add("hessian_alpha_3d", "skimage.filters.hessian", [S("vol")], {"sigmas": [1], "alpha": 0.3})
add("hessian_mode", "skimage.filters.hessian", [S("camf")], {"sigmas": [1.5], "mode": "constant", "cval": 0.5})
add("meijering_cval", "skimage.filters.meijering", [S("camf")], {"sigmas": [1, 2], "mode": "constant", "cval": 0.5})

# ---- thresholds
add("minimum_nbins", "skimage.filters.threshold_minimum", [S("bimodalf")], {"nbins": 32})
add("minimum_iter", "skimage.filters.threshold_minimum", [S("bimodal")], {"max_num_iter": 3})
add("minimum_iter_ok", "skimage.filters.threshold_minimum", [S("bimodal")], {"nbins": 64, "max_num_iter": 200})
add("multiotsu_hist", "skimage.filters.threshold_multiotsu", [], {"hist": S("counts")})
add("li_callback", "skimage.filters.threshold_li", [S("cam")], {})

# ---- measure
# mu of another image: the tensor is built from the moments given
mu = measure.moments_central(srcs["inten"], order=2)
add("inertia_mu", "skimage.measure.inertia_tensor", [S("camf")], {"mu": mu})
add("eigvals_mu", "skimage.measure.inertia_tensor_eigvals", [S("camf")], {"mu": mu})
add("eigvals_T", "skimage.measure.inertia_tensor_eigvals", [S("camf")], {"T": measure.inertia_tensor(srcs["camf"]) * 2})
add("moments_normalized_order", "skimage.measure.moments_normalized", [mu], {"order": 2})
add("regionprops_table_extra", "skimage.measure.regionprops_table", [S("labels"), S("inten")],
    {"properties": ["label", "area"], "cache": False, "extra_properties": [{"callable": "area2"}, {"callable": "wmean"}]})

# ---- morphology
add("area_closing_conn", "skimage.morphology.area_closing", [S("pits"), 2], {"connectivity": 2})
for fn, args in [("ball", [2]), ("cube", [3]), ("diamond", [2]), ("octagon", [2, 1]), ("octahedron", [2]), ("rectangle", [2, 3]), ("star", [2])]:
    add(f"{fn}_dtype", "skimage.morphology." + fn, args, {"dtype": {"dtype": "bool"}})
add("ellipse_dtype", "skimage.morphology.footprints.ellipse", [3, 2], {"dtype": {"dtype": "float64"}})
for op in ["binary_closing", "binary_dilation", "binary_erosion", "binary_opening"]:
    add(f"sk_{op}_out", "skimage.morphology." + op, [S("blobs")], {"out": Z([12, 12], "bool")})
for op in ["black_tophat", "closing", "dilation", "erosion", "opening", "white_tophat"]:
    add(f"sk_{op}_out", "skimage.morphology." + op, [S("cam")], {"out": Z([16, 16], "uint8")})
add("sk_erosion_shift_y", "skimage.morphology.erosion", [S("cam"), [[1, 1], [1, 1]]], {"shift_y": True})
add("sk_erosion_shift_xy", "skimage.morphology.erosion", [S("cam"), [[1, 1, 0], [1, 1, 1]]], {"shift_x": True, "shift_y": True})
add("flood_footprint", "skimage.morphology.flood_fill", [S("grey3"), (0, 0), 9], {"footprint": [[1, 1, 0], [1, 1, 0], [0, 0, 0]]})
add("flood_connectivity", "skimage.morphology.flood_fill", [S("pits"), (1, 1), 9], {"connectivity": 1, "tolerance": 1})
add("flood_in_place", "skimage.morphology.flood_fill", [S("grey3"), (0, 0), 9], {"in_place": True})
add("local_minima_footprint", "skimage.morphology.local_minima", [S("pits")], {"footprint": [[0, 1, 0], [1, 1, 1], [0, 1, 0]]})
add("local_minima_indices", "skimage.morphology.local_minima", [S("grey3")], {"indices": True})
add("rso_in_place", "skimage.morphology.remove_small_objects", [S("blobs"), 10], {"in_place": True})
add("rso_out", "skimage.morphology.remove_small_objects", [S("blobs"), 10], {"out": Z([12, 12], "bool")})
add("rsh_in_place", "skimage.morphology.remove_small_holes", [S("blobs"), 2], {"in_place": True})
add("rsh_out", "skimage.morphology.remove_small_holes", [S("blobs"), 2], {"out": Z([12, 12], "bool")})

# callbacks and regionprops objects, recorded by hand
li_steps = []
extra = {"li_thresholds": li_steps}
extra["li_result"] = float(filters.threshold_li(srcs["cam"], iter_callback=li_steps.append))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    rp = measure.regionprops(srcs["labels"], srcs["inten"], cache=False, coordinates="rc", extra_properties=[FUNCS["area2"], FUNCS["wmean"]])
    extra["regionprops_warnings"] = [[x.category.__name__, str(x.message)] for x in w]
extra["regionprops"] = [{"label": r.label, "area": r.area, "centroid": list(r.centroid), "area2": r.area2, "wmean": r.wmean} for r in rp]
try:
    measure.regionprops(srcs["labels"], coordinates="xy")
except Exception as e:  # noqa: BLE001
    extra["regionprops_xy"] = [type(e).__name__, str(e)]

dump("skimage_options_more/options", {"versions": versions(), "srcs": srcs, "cases": cases, "extra": extra})
