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
