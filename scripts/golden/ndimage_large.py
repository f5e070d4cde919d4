"""Golden fixtures for scipy.ndimage and scikit-image filters on images large enough for the
WebAssembly paths (over 64 KiB). Run: /usr/bin/python3 scripts/golden/ndimage_large.py"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import digest, dump  # noqa: E402

from scipy import ndimage as ndi  # noqa: E402
from skimage import feature, metrics, morphology  # noqa: E402

rng = np.random.default_rng(23)
# smooth-ish images: plateaus and edges, not only noise
u8 = ndi.zoom(rng.integers(0, 256, (33, 38)).astype(float), 8, order=1)[:260, :300].astype(np.uint8)
f64 = ndi.zoom(rng.random((13, 11)), 8, order=3)[:100, :88] + rng.random((100, 88)) * 0.1
mask = u8 > 128
cross = ndi.generate_binary_structure(2, 1)
w5 = rng.random((5, 5)) - 0.3

out = {
    "u8": u8,
    "f64": f64,
    "w5": w5,
    "minimum_filter_5": digest(ndi.minimum_filter(u8, 5)),
    "maximum_filter_cross_constant": digest(ndi.maximum_filter(u8, footprint=cross, mode="constant", cval=7)),
    "grey_opening_3x4_origin": digest(ndi.grey_opening(u8, size=(3, 4), mode="wrap")),
    "minimum_filter1d_axis0": digest(ndi.minimum_filter1d(u8, 6, axis=0, origin=1)),
    "erosion_disk2": digest(morphology.erosion(u8, morphology.disk(2))),
    "white_tophat": digest(morphology.white_tophat(u8)),
    "binary_erosion": digest(ndi.binary_erosion(mask)),
    "binary_dilation_square": digest(ndi.binary_dilation(mask, np.ones((3, 3)))),
    "label": digest(ndi.label(mask)[0]),
    "label8_count": int(ndi.label(mask, np.ones((3, 3)))[1]),
    "local_maxima": digest(morphology.local_maxima(u8)),
    "flood_fill": digest(morphology.flood_fill(u8, (100, 120), 0, tolerance=12)),
    "gaussian_3": ndi.gaussian_filter(f64, 3),
    "gaussian1d_order1": ndi.gaussian_filter1d(f64, 2, axis=0, order=1),
    "correlate_w5": ndi.correlate(f64, w5, mode="nearest"),
    "hausdorff": metrics.hausdorff_distance(mask, np.roll(mask, 17, axis=1)),
    # every third row and column: enough to check, a ninth of the size
    "match_template_3": feature.match_template(u8, u8[40:80, 50:95])[::3, ::3],
}
dump("ndimage/large", out)
