"""Golden fixtures for skimage.measure. Run: /usr/bin/python3 scripts/golden/skimage_measure.py"""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump  # noqa: E402
from ndimage_common import Recorder  # noqa: E402

from skimage import data, measure  # noqa: E402
from skimage.measure import regionprops, regionprops_table  # noqa: E402

warnings.simplefilter("ignore")
rng = np.random.default_rng(41)
coins = data.coins()[60:160, 40:180]
cam = data.camera()[120:170, 180:240]
coinsb = coins > 110
ints = rng.integers(0, 4, (14, 17))
vol = rng.random((6, 7, 8)) > 0.6
srcs = {"coins": coins, "coinsb": coinsb, "ints": ints, "vol": vol, "cam": cam, "camf": cam / 255.0,
        "blobs": rng.random((20, 24)) > 0.45, "noise": rng.random((9, 11)), "rgb": data.astronaut()[100:130, 200:240]}
r = Recorder(srcs)
R = r.ref


def lab(*a, **k):
    out = measure.label(*a, **k)
    return list(out) if isinstance(out, tuple) else out


for v in ["", "T", "rev", "bcast"]:
    r.add(f"label_coins_{v}", "label", [R("coinsb", v)], out=lab(r._resolve(R("coinsb", v))))
r.add("label_c1", "label", [R("coinsb")], {"connectivity": 1}, out=lab(coinsb, connectivity=1))
r.add("label_bg1", "label", [R("blobs")], {"background": 1, "return_num": True}, out=lab(srcs["blobs"], background=1, return_num=True))
r.add("label_num", "label", [R("blobs"), None, True], out=lab(srcs["blobs"], None, True))
r.add("label_ints", "label", [R("ints")], out=lab(ints))
r.add("label_ints_c1", "label", [R("ints")], {"connectivity": 1, "background": 2}, out=lab(ints, connectivity=1, background=2))
r.add("label_ints_T", "label", [R("ints", "T")], {"return_num": True}, out=lab(ints.T, return_num=True))
r.add("label_vol", "label", [R("vol")], out=lab(vol))
r.add("label_vol_c1", "label", [R("vol")], {"connectivity": 1}, out=lab(vol, connectivity=1))

for name, img in [("coinsb", R("coinsb")), ("blobs", R("blobs")), ("vol", R("vol"))]:
    r.add(f"euler_{name}", measure.euler_number, [img])
    r.add(f"euler1_{name}", measure.euler_number, [img, 1])
for name in ["coinsb", "blobs"]:
    r.add(f"perimeter_{name}", measure.perimeter, [R(name)])
    r.add(f"perimeter8_{name}", measure.perimeter, [R(name), 8])
    r.add(f"crofton_{name}", measure.perimeter_crofton, [R(name)])
    r.add(f"crofton2_{name}", measure.perimeter_crofton, [R(name), 2])
for name in ["cam", "camf", "blobs", "noise"]:
    r.add(f"moments_{name}", measure.moments, [R(name)])
    r.add(f"moments1_{name}", measure.moments, [R(name), 1])
    r.add(f"mc_{name}", measure.moments_central, [R(name)])
    r.add(f"mc_center_{name}", measure.moments_central, [R(name), [2.5, 3.0]], {"order": 2})
    r.add(f"centroid_{name}", measure.centroid, [R(name)])
    mu = measure.moments_central(r._resolve(R(name)))
    srcs[f"mu_{name}"] = mu
    r.add(f"mn_{name}", measure.moments_normalized, [R(f"mu_{name}")])
    nu = measure.moments_normalized(mu)
    srcs[f"nu_{name}"] = nu
    r.add(f"hu_{name}", measure.moments_hu, [R(f"nu_{name}")])
    r.add(f"it_{name}", measure.inertia_tensor, [R(name)])
    r.add(f"itev_{name}", measure.inertia_tensor_eigvals, [R(name)], out=[float(x) for x in measure.inertia_tensor_eigvals(r._resolve(R(name)))])
r.add("moments_T", measure.moments, [R("cam", "T")])
r.add("moments_vol", measure.moments, [R("vol")])
r.add("itev_vol", measure.inertia_tensor_eigvals, [R("vol")], out=[float(x) for x in measure.inertia_tensor_eigvals(vol)])
for f in ["sum", "mean", "max", "min", "median"]:
    fn = getattr(np, f)
    r.add(f"block_{f}", measure.block_reduce, [R("cam"), 4, f], call=lambda a, b, s, fn=fn: measure.block_reduce(a, b, fn))
    r.add(f"block_{f}_f", measure.block_reduce, [R("noise"), [2, 3], f], {"cval": 0.5}, call=lambda a, b, s, cval, fn=fn: measure.block_reduce(a, tuple(b), fn, cval=cval))
r.add("block_default", measure.block_reduce, [R("cam")])
r.add("block_T", measure.block_reduce, [R("cam", "T"), [3, 7]], call=lambda a, b: measure.block_reduce(a, tuple(b)))
r.add("block_vol", measure.block_reduce, [R("vol"), 2])
for name in ["cam", "camf", "coinsb", "noise", "ints"]:
    r.add(f"entropy_{name}", measure.shannon_entropy, [R(name)])
    r.add(f"entropy10_{name}", measure.shannon_entropy, [R(name)], {"base": 10})


def contours(*a, **k):
    return measure.find_contours(*a, **k)


for name, lv in [("camf", None), ("camf", 0.3), ("cam", 100), ("noise", 0.5), ("coinsb", 0.5), ("blobs", None)]:
    for fc in ["low", "high"]:
        for po in ["low", "high"]:
            r.add(f"contours_{name}_{lv}_{fc}_{po}", "find_contours", [R(name), lv, fc, po], out=contours(r._resolve(R(name)), lv, fc, po))
mk = np.ones(cam.shape, bool); mk[10:20, 10:30] = False
srcs["mk"] = mk
r.add("contours_mask", "find_contours", [R("camf"), 0.4], {"mask": R("mk")}, out=contours(srcs["camf"], 0.4, mask=mk))
r.add("contours_T", "find_contours", [R("camf", "T"), 0.45], out=contours(srcs["camf"].T, 0.45))
poly = np.array([[1.0, 1.0], [2.5, 9.0], [8.0, 6.5], [7.0, 2.0], [4.0, 4.0]])
srcs["poly"] = poly
srcs["pts"] = np.concatenate([rng.random((40, 2)) * 10, poly, np.array([[1.75, 5.0], [4.0, 3.0], [5.5, 5.25]])])
r.add("points_in_poly", measure.points_in_poly, [R("pts"), R("poly")])
r.add("grid_points_in_poly", measure.grid_points_in_poly, [[10, 11], R("poly")], call=lambda s, v: measure.grid_points_in_poly(tuple(s), v))
srcs["coords"] = rng.random((30, 2)) * 20
srcs["coords3"] = rng.random((25, 3)) * 5
r.add("mcoords", measure.moments_coords, [R("coords")])
r.add("mcoords_2", measure.moments_coords, [R("coords"), 2])
r.add("mcoords_c", measure.moments_coords_central, [R("coords")])
r.add("mcoords_c_center", measure.moments_coords_central, [R("coords"), [3.0, 4.0]], {"order": 2})
r.add("mcoords_3d", measure.moments_coords_central, [R("coords3")])
hand = np.array([[1.64516129, 1.16145833], [1.64516129, 1.59375], [1.35080645, 1.921875], [1.375, 2.18229167],
                 [1.68548387, 1.9375], [1.60887097, 2.55208333], [1.68548387, 2.69791667], [1.76209677, 2.56770833],
                 [1.83064516, 1.97395833], [1.89516129, 2.75], [1.9516129, 2.84895833], [2.01209677, 2.76041667],
                 [1.99193548, 1.99479167], [2.11290323, 2.63020833], [2.2016129, 2.734375], [2.25403226, 2.60416667],
                 [2.14919355, 1.953125], [2.30645161, 2.36979167], [2.39112903, 2.36979167], [2.41532258, 2.1875],
                 [2.1733871, 1.703125], [2.07782258, 1.16666667]])
srcs["hand"] = hand
srcs["closed"] = np.vstack([hand, hand[:1]])
srcs["contour"] = measure.find_contours(srcs["camf"], 0.5)[0]
for tol in [0, 0.02, 0.1, 0.5]:
    r.add(f"approx_{tol}", measure.approximate_polygon, [R("hand"), tol])
    r.add(f"approx_contour_{tol}", measure.approximate_polygon, [R("contour"), tol])
for deg in range(1, 8):
    r.add(f"subdiv_{deg}", measure.subdivide_polygon, [R("hand"), deg])
    r.add(f"subdiv_closed_{deg}", measure.subdivide_polygon, [R("closed"), deg])
    r.add(f"subdiv_ends_{deg}", measure.subdivide_polygon, [R("hand")], {"degree": deg, "preserve_ends": True})
dump("skimage_measure/basic", r.fixture())

# region properties: every property of every region, as scikit-image computes it
PROPS = ["area", "area_bbox", "area_convex", "area_filled", "axis_major_length", "axis_minor_length", "bbox", "centroid",
         "centroid_local", "centroid_weighted", "centroid_weighted_local", "coords", "eccentricity", "equivalent_diameter_area",
         "euler_number", "extent", "feret_diameter_max", "image", "image_convex", "image_filled", "image_intensity", "inertia_tensor",
         "inertia_tensor_eigvals", "intensity_max", "intensity_mean", "intensity_min", "label", "moments", "moments_central",
         "moments_hu", "moments_normalized", "moments_weighted", "moments_weighted_central", "moments_weighted_hu",
         "moments_weighted_normalized", "orientation", "perimeter", "perimeter_crofton", "solidity",
         "bbox_area", "convex_area", "filled_area", "major_axis_length", "minor_axis_length", "mean_intensity", "max_intensity",
         "min_intensity", "equivalent_diameter", "local_centroid", "weighted_centroid", "convex_image", "filled_image", "intensity_image"]


def conv(v):
    if isinstance(v, tuple):
        return [conv(x) for x in v]
    if isinstance(v, list):
        return [conv(x) for x in v]
    if isinstance(v, (np.floating, np.integer)):
        return v.item()
    return v


def region_dump(labels, intensity, props):
    out = []
    for reg in regionprops(labels, intensity):
        d = {}
        for p in props:
            try:
                d[p] = conv(getattr(reg, p))
            except Exception as e:  # noqa: BLE001
                d[p] = {"error": type(e).__name__}
        out.append(d)
    return out


labels = measure.label(coinsb)
blob_labels = measure.label(srcs["blobs"], connectivity=1)
rp = {
    "labels": labels, "blob_labels": blob_labels, "vol_labels": measure.label(vol),
    "coins": coins, "camf": srcs["camf"], "rgb": srcs["rgb"], "cam_labels": measure.label(cam > 120),
    "coins_regions": region_dump(labels, coins, PROPS),
    "blob_regions": region_dump(blob_labels, None, [p for p in PROPS if "intens" not in p and "weighted" not in p]),
    "rgb_regions": region_dump(measure.label(cam[:30, :40] > 120), srcs["rgb"], ["intensity_mean", "intensity_max", "centroid_weighted", "moments_weighted_hu", "area"]),
    "vol_regions": region_dump(measure.label(vol), None, ["area", "bbox", "centroid", "euler_number", "axis_major_length", "axis_minor_length", "inertia_tensor_eigvals", "moments_central", "extent", "equivalent_diameter_area", "area_filled"]),
    "table": regionprops_table(labels, coins, properties=["label", "area", "bbox", "centroid", "eccentricity", "orientation", "intensity_mean", "major_axis_length", "moments_hu", "inertia_tensor", "solidity", "euler_number", "perimeter"]),
    "table_default": regionprops_table(blob_labels),
    "table_sep": regionprops_table(blob_labels, properties=("label", "centroid", "area_convex", "moments_normalized"), separator="_"),
    "table_empty": regionprops_table(np.zeros((5, 5), int), properties=("label", "centroid", "area")),
}
dump("skimage_measure/regionprops", rp)


def profile_fixtures():
    rng = np.random.default_rng(47)
    cam = data.camera()[100:160, 120:200]
    srcs = {"cam": cam, "camf": cam / 255.0, "rgb": data.astronaut()[50:90, 60:110], "mask": cam > 120, "noise": rng.random((15, 17))}
    r = Recorder(srcs)
    R = r.ref
    for lw in [1, 2, 3, 5]:
        r.add(f"profile_cam_{lw}", measure.profile_line, [R("cam"), [5, 3], [40, 70]], {"linewidth": lw}, call=lambda a, s, d, **k: measure.profile_line(a, tuple(s), tuple(d), **k))
        r.add(f"profile_camf_{lw}", measure.profile_line, [R("camf"), [50, 70], [2.5, 10]], {"linewidth": lw, "order": 3}, call=lambda a, s, d, **k: measure.profile_line(a, tuple(s), tuple(d), **k))
    for m in ["reflect", "constant", "nearest", "mirror", "wrap"]:
        r.add(f"profile_mode_{m}", measure.profile_line, [R("noise"), [-2, -1], [16, 18]], {"linewidth": 3, "mode": m, "cval": 0.5, "order": 2}, call=lambda a, s, d, **k: measure.profile_line(a, tuple(s), tuple(d), **k))
    r.add("profile_bool", measure.profile_line, [R("mask"), [0, 0], [59, 79]], call=lambda a, s, d: measure.profile_line(a, tuple(s), tuple(d)))
    r.add("profile_rgb", measure.profile_line, [R("rgb"), [3, 4], [30, 45]], {"linewidth": 2}, call=lambda a, s, d, **k: measure.profile_line(a, tuple(s), tuple(d), **k))
    r.add("profile_none", measure.profile_line, [R("cam"), [10, 10], [20, 30]], {"linewidth": 3, "reduce_func": None}, call=lambda a, s, d, **k: measure.profile_line(a, tuple(s), tuple(d), **k))
    r.add("profile_max", measure.profile_line, [R("camf"), [10, 10], [20, 30]], {"linewidth": 4, "reduce_func": "max"}, call=lambda a, s, d, linewidth, reduce_func: measure.profile_line(a, tuple(s), tuple(d), linewidth=linewidth, reduce_func=np.max))
    r.add("profile_T", measure.profile_line, [R("cam", "T"), [5, 3], [40, 50]], call=lambda a, s, d: measure.profile_line(a, tuple(s), tuple(d)))
    dump("skimage_measure/profile", r.fixture())


profile_fixtures()
