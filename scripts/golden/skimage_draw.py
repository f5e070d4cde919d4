"""Golden fixtures for skimage.draw. Run: /usr/bin/python3 scripts/golden/skimage_draw.py"""
import os
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

from skimage import draw  # noqa: E402

warnings.simplefilter("ignore")
out = {"versions": versions()}
LINES = [(1, 1, 8, 5), (8, 5, 1, 1), (0, 0, 0, 9), (3, 7, 3, 2), (2, 2, 9, 2), (0, 9, 9, 0), (5, 5, 5, 5), (1, 0, 4, 10), (-3, -2, 6, 12)]
out["line"] = [list(draw.line(*a)) for a in LINES]
out["line_aa"] = [list(draw.line_aa(*a)) for a in LINES]
out["lines_args"] = LINES
CIRCLES = [(5, 5, 3, "bresenham", None), (5, 5, 3, "andres", None), (0, 2, 6, "bresenham", (7, 8)), (10, 10, 7, "andres", (12, 15)), (4, 4, 0, "bresenham", None)]
out["circle_perimeter"] = [list(draw.circle_perimeter(*a)) for a in CIRCLES]
POLYS = [
    ([1, 7, 4, 1], [1, 2, 8, 1], None),
    ([0.5, 6.3, 9.9, 3.2], [1.2, 0.1, 7.7, 8.8], None),
    ([-2, 5, 12], [3, -4, 9], (8, 8)),
    ([2, 2, 6, 6], [1, 5, 5, 1], None),
]
out["polygon"] = [list(draw.polygon(np.array(r), np.array(c), s)) for r, c, s in POLYS]
ELL = [(5, 6, 3, 4, None, 0.0), (5, 6, 3, 4, None, 0.7), (5.5, 6.2, 2.5, 5.1, (8, 9), -1.2), (0, 0, 4, 3, (10, 10), 0.0), (10, 10, 6, 2, None, np.pi / 2), (3, 4, 2, 2, None, 4.0)]
out["ellipse"] = [list(draw.ellipse(*a)) for a in ELL]
DISKS = [((4, 4), 3, None), ((4.5, 3.2), 2.7, None), ((1, 1), 4, (5, 6))]
out["disk"] = [list(draw.disk(c, r, shape=s)) for c, r, s in DISKS]
RECTS = [((1, 2), (4, 6), None, None), ((4, 6), (1, 2), None, None), ((1, 2), None, (3, 4), None), ((-1, 3), (5, 9), None, (4, 7)), ((1, 1), None, (-2, 3), None), ((1, 1, 0), (2, 3, 1), None, None)]
out["rectangle"] = [[np.asarray(x) for x in draw.rectangle(s, end=e, extent=x, shape=sh)] for s, e, x, sh in RECTS]
img = np.zeros((6, 7, 3), dtype=np.uint8)
img[..., 0] = 100
rr, cc = draw.disk((3, 3), 2.5)
draw.set_color(img, (rr, cc), (255, 10, 0), alpha=0.35)
rr, cc = draw.line(0, 0, 9, 9)
draw.set_color(img, (rr, cc), (1, 2, 3))
out["set_color_rgb"] = img
g = np.zeros((5, 5))
rr, cc, val = draw.line_aa(0, 0, 4, 3)
draw.set_color(g, (rr, cc), 1, alpha=val)
out["set_color_aa"] = g
f32 = np.full((4, 4), 0.5, dtype=np.float32)
draw.set_color(f32, (np.array([0, 1, 2, 7]), np.array([0, 1, 2, 1])), [0.9], alpha=0.3)
out["set_color_f32"] = f32
out["circle_perimeter_aa"] = [list(draw.circle_perimeter_aa(*a)) for a in [(5, 5, 3), (10, 12, 8), (0, 0, 4, (6, 7)), (3, 3, 0), (20, 20, 15, (25, 30))]]
out["polygon2mask"] = [draw.polygon2mask((8, 9), np.array([[1, 1], [6, 2], [3, 8]])),
                       draw.polygon2mask((10, 10), [[-2.5, 1.5], [4.2, 11.0], [9.7, 3.3], [5.0, 0.0]]),
                       draw.polygon2mask((5, 6, 2), [[0, 0], [4, 1], [1, 5]])]
LND = [((1, 1), (5, 2.5)), ((1, 1, 0), (6, 3, 8)), ((0.5, 2), (6.5, 2)), ((4, -1), (0, 7)), ((2, 2), (2, 2))]
out["line_nd"] = [[np.asarray(x) for x in draw.line_nd(a, b2, endpoint=e, integer=i)] for a, b2 in LND for e in (False, True) for i in (True, False)]
EP = [(10, 10, 5, 8, 0.0, None), (10, 10, 8, 3, 0.0, None), (20, 25, 7, 12, 0.5, None), (20, 25, 12, 7, -1.1, None), (15, 15, 9, 9, np.pi / 4, None),
      (5, 5, 6, 9, 0.3, (12, 14)), (30, 30, 20, 4, 2.0, None), (8, 8, 3, 0, 0.0, None), (12, 12, 10, 6, 1.5707963267948966, None)]
out["ellipse_perimeter"] = [list(draw.ellipse_perimeter(*a)) for a in EP]
BZ = [(1, 5, 5, 10, 9, 2, 1.0, None), (1, 5, 5, 10, 9, 2, 0.3, None), (1, 5, 5, 10, 9, 2, 3.0, None), (2, 2, 10, 8, 3, 14, 1.0, None),
      (2, 2, 10, 8, 3, 14, 0.6, (8, 10)), (0, 0, 4, 12, 12, 0, 2.0, None), (5, 1, 1, 6, 8, 12, 1.0, None), (3, 3, 3, 9, 3, 15, 1.0, None), (10, 0, 0, 5, 10, 10, 0.8, None)]
bz = []
for a in BZ:
    try:
        bz.append(list(draw.bezier_curve(*a)))
    except ZeroDivisionError as e:
        bz.append("ZeroDivisionError: " + str(e))
out["bezier_curve"] = bz
dump("skimage_draw/draw", out)
