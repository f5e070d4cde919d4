"""Golden fixtures for scipy.ndimage's interpolation. Run: /usr/bin/python3 scripts/golden/ndimage_interpolation.py"""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump  # noqa: E402
from ndimage_common import Recorder  # noqa: E402

from scipy import ndimage as ndi  # noqa: E402
from skimage import data  # noqa: E402

warnings.simplefilter("ignore")
rng = np.random.default_rng(43)
srcs = {
    "cam": data.camera()[200:224, 220:250],
    "small": rng.random((7, 9)),
    "i16": (rng.random((6, 8)) * 600 - 300).astype(np.int16),
    "line": rng.random(12),
    "vol": rng.random((4, 5, 6)),
}
srcs["coords"] = np.stack([rng.random((5, 6)) * 9 - 1, rng.random((5, 6)) * 11 - 1])
srcs["coords1"] = rng.random((1, 15)) * 16 - 2
r = Recorder(srcs)
R = r.ref
MODES = ["constant", "nearest", "reflect", "mirror", "wrap", "grid-constant", "grid-wrap", "grid-mirror"]
for order in range(6):
    for m in MODES:
        r.add(f"map_{order}_{m}", ndi.map_coordinates, [R("small"), R("coords")], {"order": order, "mode": m, "cval": 0.5})
        r.add(f"shift_{order}_{m}", ndi.shift, [R("small"), [1.3, -2.6]], {"order": order, "mode": m, "cval": 0.25})
        r.add(f"zoom_{order}_{m}", ndi.zoom, [R("small"), [1.7, 0.6]], {"order": order, "mode": m})
    r.add(f"map1d_{order}", ndi.map_coordinates, [R("line"), R("coords1")], {"order": order, "mode": "reflect"})
    r.add(f"zoom_grid_{order}", ndi.zoom, [R("small"), 2.3], {"order": order, "grid_mode": True, "mode": "grid-constant"})
    r.add(f"zoom_cam_{order}", ndi.zoom, [R("cam"), 1.5], {"order": order})
    r.add(f"rotate_cam_{order}", ndi.rotate, [R("cam"), 30], {"order": order})
    r.add(f"rotate_small_{order}", ndi.rotate, [R("small"), -17], {"order": order, "reshape": False, "mode": "nearest"})
    r.add(f"affine_{order}", ndi.affine_transform, [R("small"), np.array([[0.9, 0.2], [-0.3, 1.1]])], {"offset": [0.5, -1.0], "order": order, "output_shape": [8, 10]})
    if order >= 2:
        r.add(f"spline_filter_{order}", ndi.spline_filter, [R("small")], {"order": order})
        r.add(f"spline_filter_nearest_{order}", ndi.spline_filter, [R("small"), order], {"mode": "nearest"})
for v in ["T", "rev", "bcast"]:
    r.add(f"rotate_{v}", ndi.rotate, [R("cam", v), 45])
    r.add(f"zoom_{v}", ndi.zoom, [R("cam", v), 0.7])
    r.add(f"shift_{v}", ndi.shift, [R("small", v), [0.5, 1.5]])
r.add("rotate_90", ndi.rotate, [R("cam"), 90])
r.add("rotate_180_noreshape", ndi.rotate, [R("small"), 180], {"reshape": False})
r.add("rotate_axes", ndi.rotate, [R("vol"), 25], {"axes": [0, 2], "order": 1})
r.add("rotate_vol", ndi.rotate, [R("vol"), 60])
r.add("rotate_i16", ndi.rotate, [R("i16"), 33])
r.add("zoom_i16", ndi.zoom, [R("i16"), 1.5])
r.add("shift_i16", ndi.shift, [R("i16"), 0.5], {"order": 1})
r.add("zoom_vol", ndi.zoom, [R("vol"), [0.5, 1.5, 1.0]])
r.add("zoom_noprefilter", ndi.zoom, [R("small"), 1.4], {"prefilter": False})
r.add("zoom_f32", ndi.zoom, [R("small"), 1.4], {"output": "float32"})
r.add("affine_homog", ndi.affine_transform, [R("small"), np.array([[1.0, 0.1, 0.5], [0.05, 0.95, -1.0], [0, 0, 1]])])
r.add("affine_diag", ndi.affine_transform, [R("small"), np.array([0.8, 1.2])], {"offset": [1.0, -0.5]})
r.add("affine_cam", ndi.affine_transform, [R("cam"), np.array([[1.1, 0.3], [-0.2, 0.9]])], {"order": 1, "mode": "nearest"})
r.add("map_cam", ndi.map_coordinates, [R("cam"), R("coords")], {"order": 1})
dump("ndimage/interpolation", r.fixture())
