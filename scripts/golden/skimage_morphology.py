"""Golden fixtures for skimage.morphology. Run: /usr/bin/python3 scripts/golden/skimage_morphology.py"""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump  # noqa: E402
from ndimage_common import Recorder  # noqa: E402

from skimage import data, morphology as m  # noqa: E402

warnings.simplefilter("ignore")
rng = np.random.default_rng(31)
cam = data.camera()[150:182, 200:230]
coins = data.coins()[100:150, 60:120]
srcs = {
    "cam": cam,
    "camf": cam / 255.0,
    "coinsb": coins > 110,
    "blobs": rng.random((14, 17)) > 0.5,
    "vol": rng.random((6, 7, 8)),
    "volb": rng.random((6, 7, 8)) > 0.5,
    "labels": rng.integers(0, 6, (10, 12)),
    "i16": (rng.random((9, 10)) * 2000 - 1000).astype(np.int16),
}
r = Recorder(srcs)
R = r.ref

for k in [0, 1, 2, 3, 5]:
    r.add(f"disk_{k}", m.disk, [k])
    r.add(f"diamond_{k}", m.diamond, [k])
    r.add(f"square_{k}", m.square, [k])
    r.add(f"ball_{k}", m.ball, [k])
    r.add(f"octahedron_{k}", m.octahedron, [k])
    r.add(f"cube_{k}", m.cube, [k])
for k in [1, 2, 3, 4, 5, 7]:
    r.add(f"star_{k}", m.star, [k])
for a, b in [(1, 1), (2, 1), (3, 2), (4, 3), (0, 2), (5, 0)]:
    r.add(f"octagon_{a}_{b}", m.octagon, [a, b])
    r.add(f"rectangle_{a}_{b}", m.rectangle, [a, b])
    r.add(f"ellipse_{a}_{b}", m.footprints.ellipse, [a, b])
r.add("disk_bool", m.disk, [3], {"dtype": "bool"}, out=m.disk(3, dtype=bool))
r.add("square_f", m.square, [2, "float64"], out=m.square(2, np.float64))

fps = {"default": None, "disk2": m.disk(2), "sq4": m.square(4), "rect23": m.rectangle(2, 3), "odd": np.array([[1, 0, 0], [1, 1, 0], [0, 1, 1]], np.uint8)}
gray = [m.erosion, m.dilation, m.opening, m.closing, m.white_tophat, m.black_tophat]
for src in ["cam", "camf", "i16", "blobs"]:
    for fname, fp in fps.items():
        for f in gray:
            args = [R(src)] if fp is None else [R(src), fp]
            r.add(f"{f.__name__}_{src}_{fname}", f, args)
for v in ["T", "rev", "bcast"]:
    for f in gray:
        r.add(f"{f.__name__}_cam_{v}", f, [R("cam", v), m.disk(1)])
r.add("erosion_shift", m.erosion, [R("cam"), m.square(4)], {"shift_x": True, "shift_y": False})
r.add("dilation_shift", m.dilation, [R("cam"), m.rectangle(2, 4)], {"shift_x": False, "shift_y": True})
r.add("dilation_shift_xy", m.dilation, [R("cam"), m.square(2)], {"shift_x": True, "shift_y": True})
for f in gray:
    r.add(f"{f.__name__}_vol", f, [R("vol")])
    r.add(f"{f.__name__}_vol_cube", f, [R("vol"), m.cube(2)])

binary = [m.binary_erosion, m.binary_dilation, m.binary_opening, m.binary_closing]
for src in ["coinsb", "blobs", "cam"]:
    for fname, fp in fps.items():
        for f in binary:
            args = [R(src)] if fp is None else [R(src), fp]
            r.add(f"{f.__name__}_{src}_{fname}", f, args)
for f in binary:
    r.add(f"{f.__name__}_volb", f, [R("volb"), m.ball(1)])
    r.add(f"{f.__name__}_T", f, [R("coinsb", "T"), m.disk(2)])

for ms in [0, 1, 5, 30, 64, 200]:
    r.add(f"rso_{ms}", m.remove_small_objects, [R("coinsb")], {"min_size": ms})
    r.add(f"rsh_{ms}", m.remove_small_holes, [R("coinsb")], {"area_threshold": ms})
r.add("rso_conn2", m.remove_small_objects, [R("blobs"), 3, 2])
r.add("rsh_conn2", m.remove_small_holes, [R("blobs"), 3, 2])
r.add("rso_labels", m.remove_small_objects, [R("labels"), 22])
r.add("rso_volb", m.remove_small_objects, [R("volb"), 4])
r.add("rso_rev", m.remove_small_objects, [R("coinsb", "rev")], {"min_size": 20})

r.add("hull_coins", m.convex_hull_image, [R("coinsb")])
r.add("hull_blobs", m.convex_hull_image, [R("blobs")])
r.add("hull_nooffset", m.convex_hull_image, [R("coinsb")], {"offset_coordinates": False})
tri = np.zeros((12, 14), bool); tri[2, 3] = tri[9, 4] = tri[5, 11] = True
srcs["tri"] = tri
r.add("hull_tri", m.convex_hull_image, [R("tri")])
r.add("hull_tri_nooffset", m.convex_hull_image, [R("tri"), False])
one = np.zeros((5, 6), bool); one[2, 3] = True
srcs["one"] = one
r.add("hull_one", m.convex_hull_image, [R("one")])
dump("skimage_morphology/basic", r.fixture())


def tupled(fn):
    return lambda a, sp, *x, **k: fn(a, tuple(sp), *x, **k)


def more_fixtures():
    """Reconstruction, flood, extrema, area filters and skeletons."""
    rng = np.random.default_rng(37)
    cam = data.camera()[100:140, 150:196]
    coinsb = data.coins()[100:150, 60:120] > 110
    plateaus = rng.integers(0, 4, (11, 13))
    horse = ~data.horse()[::6, ::6] if hasattr(data, "horse") else coinsb
    srcs = {
        "cam": cam, "camf": cam / 255.0, "coinsb": coinsb, "plateaus": plateaus,
        "plat8": plateaus.astype(np.uint8), "noise": rng.random((12, 14)), "vol": rng.integers(0, 5, (5, 6, 7)),
        "horse": horse, "blobs": rng.random((16, 18)) > 0.4, "f32": rng.random((9, 11)).astype(np.float32),
    }
    r = Recorder(srcs)
    R = r.ref
    seed = np.copy(cam); seed[1:-1, 1:-1] = cam.min()
    srcs["seed"] = seed
    seed_e = cam.copy(); seed_e[1:-1, 1:-1] = cam.max()
    srcs["seed_e"] = seed_e
    r.add("rec_erosion", m.reconstruction, [R("seed_e"), R("cam")], {"method": "erosion"})
    r.add("rec_dilation", m.reconstruction, [R("seed"), R("cam")])
    hseed = srcs["camf"] - 0.2
    srcs["hseed"] = hseed
    r.add("rec_h", m.reconstruction, [R("hseed"), R("camf")])
    r.add("rec_h_fp", m.reconstruction, [R("hseed"), R("camf")], {"footprint": m.disk(1)})
    line = rng.random(20)
    srcs["line"] = line
    srcs["lseed"] = line - 0.3
    r.add("rec_line_offset", m.reconstruction, [R("lseed"), R("line")], {"footprint": np.ones(4), "offset": np.array([1])})
    vs = np.maximum(srcs["vol"] - 2, 0)
    srcs["vseed"] = vs
    r.add("rec_vol", m.reconstruction, [R("vseed"), R("vol")])
    for v in ["T", "rev"]:
        r.add(f"rec_{v}", m.reconstruction, [R("hseed", v), R("camf", v)])
    for sp in [(0, 0), (5, 6), (-1, -2), (10, 3)]:
        r.add(f"flood_{sp[0]}_{sp[1]}", m.flood, [R("plateaus"), list(sp)], call=tupled(m.flood))
        r.add(f"flood_c1_{sp[0]}_{sp[1]}", m.flood, [R("plateaus"), list(sp)], {"connectivity": 1}, call=tupled(m.flood))
        r.add(f"flood_tol_{sp[0]}_{sp[1]}", m.flood, [R("cam"), list(sp)], {"tolerance": 20}, call=tupled(m.flood))
        r.add(f"flood_fill_{sp[0]}_{sp[1]}", m.flood_fill, [R("plat8"), list(sp), 9], call=tupled(m.flood_fill))
    r.add("flood_fp", m.flood, [R("plateaus"), [4, 4]], {"footprint": np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]])}, call=tupled(m.flood))
    r.add("flood_fill_tol_f", m.flood_fill, [R("camf"), [20, 20], 0.5], {"tolerance": 0.1}, call=tupled(m.flood_fill))
    r.add("flood_vol", m.flood, [R("vol"), [2, 3, 3]], call=tupled(m.flood))
    r.add("flood_T", m.flood, [R("plateaus", "T"), [1, 2]], call=tupled(m.flood))
    for src in ["plateaus", "cam", "camf", "noise", "plat8", "f32"]:
        r.add(f"lmax_{src}", m.local_maxima, [R(src)])
        r.add(f"lmin_{src}", m.local_minima, [R(src)])
        r.add(f"lmax_{src}_c1", m.local_maxima, [R(src)], {"connectivity": 1})
        r.add(f"lmax_{src}_noborder", m.local_maxima, [R(src)], {"allow_borders": False})
        r.add(f"lmin_{src}_noborder", m.local_minima, [R(src)], {"allow_borders": False, "connectivity": 1})
    r.add("lmax_idx", m.local_maxima, [R("plateaus")], {"indices": True}, out=list(m.local_maxima(plateaus, indices=True)))
    r.add("lmax_vol", m.local_maxima, [R("vol")])
    r.add("lmax_fp", m.local_maxima, [R("cam")], {"footprint": np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]])})
    r.add("lmax_rev", m.local_maxima, [R("cam", "rev")])
    for h in [1, 2, 10, 40]:
        r.add(f"hmax_cam_{h}", m.h_maxima, [R("cam"), h])
        r.add(f"hmax_plat_{h}", m.h_maxima, [R("plat8"), h])
    r.add("hmax_camf", m.h_maxima, [R("camf"), 0.05])
    r.add("hmax_noise", m.h_maxima, [R("noise"), 0.1], {"footprint": m.disk(1)})
    r.add("hmax_f32", m.h_maxima, [R("f32"), 0.2])
    r.add("hmax_frac", m.h_maxima, [R("cam"), 2.5])
    r.add("hmax_big", m.h_maxima, [R("cam"), 1000])
    for t in [2, 8, 30, 100]:
        r.add(f"aopen_{t}", m.area_opening, [R("cam"), t])
        r.add(f"aclose_{t}", m.area_closing, [R("cam"), t])
        r.add(f"aopen_f_{t}", m.area_opening, [R("camf")], {"area_threshold": t, "connectivity": 2})
        r.add(f"aclose_plat_{t}", m.area_closing, [R("plateaus"), t])
    r.add("aopen_vol", m.area_opening, [R("vol"), 5])
    r.add("aopen_T", m.area_opening, [R("cam", "T"), 16])
    for src in ["coinsb", "horse", "blobs"]:
        r.add(f"skel_{src}", m.skeletonize, [R(src)])
        r.add(f"thin_{src}", m.thin, [R(src)])
        r.add(f"thin2_{src}", m.thin, [R(src), 2])
        r.add(f"medial_{src}", m.medial_axis, [R(src)], {"random_state": 7})
        r.add(f"medial_d_{src}", m.medial_axis, [R(src)], {"return_distance": True, "random_state": 3}, out=list(m.medial_axis(srcs[src], return_distance=True, random_state=3)))
    mk = np.zeros(coinsb.shape, bool); mk[5:40, 10:50] = True
    srcs["mk"] = mk
    r.add("medial_mask", m.medial_axis, [R("coinsb")], {"mask": R("mk"), "random_state": 5})
    r.add("skel_T", m.skeletonize, [R("coinsb", "T")])
    r.add("skel_zhang", m.skeletonize, [R("blobs")], {"method": "zhang"})
    for h in [1, 2, 10, 40]:
        r.add(f"hmin_cam_{h}", m.h_minima, [R("cam"), h])
        r.add(f"hmin_plat_{h}", m.h_minima, [R("plat8"), h])
    r.add("hmin_camf", m.h_minima, [R("camf"), 0.05])
    r.add("hmin_noise", m.h_minima, [R("noise"), 0.1], {"footprint": m.disk(1)})
    r.add("hmin_frac", m.h_minima, [R("cam"), 2.5])
    for conn in [1, 2]:
        r.add(f"hull_object_{conn}", m.convex_hull_object, [R("blobs")], {"connectivity": conn})
        r.add(f"hull_object_coins_{conn}", m.convex_hull_object, [R("coinsb")], {"connectivity": conn})
    r.add("morph_label", "label", [R("coinsb")], out=m.label(coinsb))
    dump("skimage_morphology/more", r.fixture())


more_fixtures()
